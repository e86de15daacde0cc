/// The next-best plans `--alternatives` finds, printed after the main result: how many
/// were found, then for each a heading with its objective and its distance from the
/// optimum, and the plan in the report's own format.
public struct AlternativesReport: Sendable {
    /// The optimum the alternatives are measured against.
    public let optimum: PlanResult
    /// The alternatives, best first.
    public let alternatives: [PlanResult]
    /// How far from the optimum an alternative may be, in percent.
    public let withinPercent: Double
    /// The plan they solve.
    public let plan: Plan

    /// Creates a report of `alternatives` to `optimum`, a solve of `plan`.
    public init(optimum: PlanResult, alternatives: [PlanResult], withinPercent: Double, plan: Plan) {
        self.optimum = optimum
        self.alternatives = alternatives
        self.withinPercent = withinPercent
        self.plan = plan
    }

    /// The `alternatives` array for the JSON report: each plan's own JSON document.
    public var json: JSONValue {
        .array(alternatives.map { JSONReport($0).document })
    }

    /// The section in `format` (headings for Markdown), starting with a blank line and
    /// ending with a newline.
    public func text(_ format: ReportFormat) -> String {
        let markdown = format == .markdown
        var text =
            "\n" + (markdown ? "## " : "")
            + "Alternatives within \(Quantity.plain(withinPercent))% of the optimum: \(alternatives.count) found\n"
        for (k, other) in alternatives.enumerated() {
            let objective = amount(other.objective.value)
            let distance = percent(other.objective.value, from: optimum.objective.value)
            let heading =
                "Alternative \(k + 1): objective \(objective) (\(distance) from the optimum), "
                + other.status.rawValue
            text += "\n" + (markdown ? "### " : "") + heading + "\n" + format.render(other, plan: plan)
        }
        return text
    }

    private func amount(_ x: Double?) -> String {
        x.map(optimum.objective.measure.withUnit) ?? "-"
    }

    private func percent(_ x: Double?, from base: Double?) -> String {
        guard let x, let base, base != 0 else { return "-" }
        return Quantity.plain((x - base) / abs(base) * 100) + "%"
    }
}
