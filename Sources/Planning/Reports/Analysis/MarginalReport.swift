/// Prints marginal values after the main result: lines for a table, a Markdown table, or
/// a `marginals` JSON array.
public struct MarginalReport: Sendable {
    /// The marginals to print.
    public let marginals: [Marginal]
    /// What the objective counts, for units.
    public let measure: ObjectiveMeasure

    /// Creates a report.
    public init(_ marginals: [Marginal], measure: ObjectiveMeasure) {
        self.marginals = marginals
        self.measure = measure
    }

    /// The `marginals` array for the JSON report.
    public var json: JSONValue {
        .array(marginals.map { m in
            var members: [(String, JSONValue)] = [
                ("kind", .string(m.kind.rawValue)), ("limit", .string(m.limit)),
                ("change", .string(Self.words(m.change))), ("set", .string(m.override)), ("status", .string(m.status)),
            ]
            if let objective = m.objective { members.append(("objective", .number(objective))) }
            if let delta = m.delta { members.append(("delta", .number(delta))) }
            if let message = m.message { members.append(("message", .string(message))) }
            return .object(members)
        })
    }

    /// A change in words: "+$1B", "+100 MW", "+12.5 cooling (10%)", "+1 plant (to 7)",
    /// "+1 plant a site (to 2)", "2033-01 (+1 month)", "without inl", "-$1B" (a
    /// builder's floor), "+1 plant a phase".
    static func words(_ change: Marginal.Change) -> String {
        switch change {
        case .raiseBudget(let dollars):
            return "+" + Money.format(dollars)
        case .raiseCapacity(let resource, let amount, let share):
            let step = "+\(Quantity.plain(amount)) \(Quantity.unit(ofResource: resource))"
            return step + (share.map { " (\(Quantity.percent($0)))" } ?? "")
        case .raisePlantLimit(_, let to):
            return "+1 plant (to \(to))"
        case .raiseMaxPerSite(_, let to):
            return "+1 plant a site (to \(to))"
        case .extendLastPhase(_, let ends):
            return "\(ends) (+1 month)"
        case .leaveOut(let site):
            return "without \(site)"
        case .raiseCommitment(let dollars):
            return "+" + Money.format(dollars)
        case .lowerMinWork(let dollars):
            return "-" + Money.format(dollars)
        case .raisePlantsPerPhase:
            return "+1 plant a phase"
        }
    }

    /// The rows: limit, change, objective change (or the status), new objective, amounts
    /// in the measure's unit.
    var rows: [[String]] {
        marginals.map { m in
            let delta = m.delta.map(measure.signedWithUnit) ?? m.status.replacingOccurrences(of: "_", with: " ")
            return [m.limit, Self.words(m.change), delta, m.objective.map(measure.withUnit) ?? ""]
        }
    }

    /// Why a re-solve has no number, one sentence a marginal with a message:
    /// "site portsmouth: rules.require asks for 1 dc-equipment at portsmouth, so it cannot be left out".
    var notes: [String] {
        marginals.compactMap { m in m.message.map { "\(m.limit): \($0)" } }
    }

    /// The section as text (`markdown` for a Markdown table), ending with a newline.
    public func text(markdown: Bool) -> String {
        let all = [["limit", "change", "objective change", "objective"]] + rows
        if markdown {
            let notes = notes.map { "- " + MarkdownReport.escaped($0) }
            return (["", "## Marginals", ""] + TextTable.markdown(all, left: 2) + (notes.isEmpty ? [] : [""] + notes))
                .joined(separator: "\n") + "\n"
        }
        let lines = TextTable.aligned(all, left: 2).map { "  " + $0 } + notes.map { "  " + $0 }
        return (["", "Marginals (each a re-solve with one limit moved):"] + lines).joined(separator: "\n") + "\n"
    }
}
