/// Prints a ``PlanComparison`` as text, Markdown or JSON (CSV prints the plant changes).
public struct ComparisonReport: Sendable {
    /// The comparison.
    public let comparison: PlanComparison
    /// How A and B are named, e.g. the files or the override sets.
    public let labels: (a: String, b: String)

    /// Creates a report naming the two sides `labels`.
    public init(_ comparison: PlanComparison, labels: (a: String, b: String)) {
        self.comparison = comparison
        self.labels = labels
    }

    /// True when A and B optimize the same measure in the same sense, so their objectives
    /// can be subtracted.
    public var objectivesAlike: Bool {
        comparison.a.objective.sense == comparison.b.objective.sense
            && comparison.a.objective.measure == comparison.b.objective.measure
    }

    /// A sentence saying that A and B optimize different objectives, or nil when they do not.
    public var warning: String? {
        guard !objectivesAlike else { return nil }
        let (a, b) = (comparison.a.objective, comparison.b.objective)
        return "A and B optimize different objectives (A: \(words(a)), B: \(words(b))); "
            + "their objectives are not compared, only plants and spend"
    }

    /// An objective in its own unit (``ObjectiveMeasure/withUnit(_:)``), "-" without one.
    private func amount(_ x: Double?, measure: ObjectiveMeasure) -> String {
        x.map(measure.withUnit) ?? "-"
    }

    /// "maximize value": the sense and measure of an objective.
    private func words(_ objective: ObjectiveResult) -> String {
        "\(objective.sense.rawValue) \(objective.measure.jsonName)"
    }

    private var objectiveLabel: String {
        objectivesAlike ? "objective (\(words(comparison.a.objective)))" : "objective"
    }

    private func signed(_ x: Double?, money: Bool) -> String {
        guard let x else { return "-" }
        let text = money ? Money.format(x) : Quantity.plain(x)
        return x > 0 ? "+" + text : text
    }

    private var summaryRows: [[String]] {
        let c = comparison
        return [["", "A", "B", "change"],
                ["status", c.a.status.rawValue, c.b.status.rawValue, ""],
                [objectiveLabel, amount(c.a.objective.value, measure: c.a.objective.measure),
                 amount(c.b.objective.value, measure: c.b.objective.measure),
                 objectivesAlike
                    ? c.objectiveDelta.map(c.a.objective.measure.signedWithUnit) ?? "-" : "not comparable"],
                ["spend", c.a.status.hasSolution ? Money.format(c.a.totalSpend) : "-",
                 c.b.status.hasSolution ? Money.format(c.b.totalSpend) : "-", signed(c.spendDelta, money: true)],
                ["plants", String(c.a.totals.plants), String(c.b.totals.plants),
                 signed(Double(c.b.totals.plants - c.a.totals.plants), money: false)]] + c.moneyRows + c.builderRows
    }

    private var changeRows: [[String]] {
        [["site", "type", "phase", "A", "B", "change"]] + comparison.plantChanges.map {
            [$0.site, $0.type, $0.phase, String($0.before), String($0.after), ($0.delta > 0 ? "+" : "") + String($0.delta)]
        }
    }

    /// The report in `format`, ending with a newline; the map formats, which a comparison
    /// has no map for, print the table.
    public func render(_ format: ReportFormat) -> String {
        let c = comparison
        switch format {
        case .json:
            return json.rendered(pretty: true) + "\n"
        case .csv:
            return CSVText.table(changeRows)
        case .markdown:
            var lines = ["# Comparison", "", "- A: \(labels.a)", "- B: \(labels.b)", ""]
            if let warning { lines += ["**Warning:** \(warning).", ""] }
            lines += TextTable.markdown(summaryRows, left: 1) + ["", "## Plants added and removed", ""]
            lines += c.plantChanges.isEmpty ? ["No change."] : TextTable.markdown(changeRows, left: 3)
            lines += ["", "## Binding limits", "", "- became binding: \(list(c.becameBinding))",
                      "- stopped binding: \(list(c.stoppedBinding))"]
            return lines.joined(separator: "\n") + "\n"
        case .table, .geojson, .html:
            var lines = ["A: \(labels.a)", "B: \(labels.b)", ""] + (warning.map { ["warning: \($0).", ""] } ?? [])
                + TextTable.aligned(summaryRows, left: 1)
            lines += ["", "Plants added and removed:"]
            lines += c.plantChanges.isEmpty ? ["  no change"] : TextTable.aligned(changeRows, left: 3).map { "  " + $0 }
            lines += ["", "Limits that became binding: \(list(c.becameBinding))",
                      "Limits that stopped binding: \(list(c.stoppedBinding))"]
            return lines.joined(separator: "\n") + "\n"
        }
    }

    private func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: ", ") }

    /// The comparison as JSON: both sides' status, objective and spend, the deltas, the
    /// plant changes, the builders whose work changes (plants and capex in A and B; empty
    /// without builders) and the binding changes.
    public var json: JSONValue {
        let c = comparison
        func side(_ label: String, _ r: PlanResult) -> JSONValue {
            var members: [(String, JSONValue)] = [("label", .string(label)), ("status", .string(r.status.rawValue)),
                                                  ("sense", .string(r.objective.sense.rawValue)),
                                                  ("measure", .string(r.objective.measure.jsonName))]
            if let value = r.objective.value { members.append(("objective", .number(value))) }
            if r.status.hasSolution { members.append(("spend", .number(r.totalSpend))) }
            members.append(("plants", .number(Double(r.totals.plants))))
            if let npv = r.money?.npv { members.append(("npv", .number(npv))) }
            if let recoup = r.money?.recoup { members.append(("recoup", recoup.month.map { .string($0.description) } ?? .null)) }
            return .object(members)
        }
        return .object([
            ("a", side(labels.a, c.a)), ("b", side(labels.b, c.b)),
            ("objectives_comparable", .bool(objectivesAlike)),
            ("objective_delta", objectivesAlike ? c.objectiveDelta.map(JSONValue.number) ?? .null : .null),
            ("spend_delta", c.spendDelta.map(JSONValue.number) ?? .null),
            ("plants", .array(c.plantChanges.map {
                .object([("site", .string($0.site)), ("type", .string($0.type)), ("phase", .string($0.phase)),
                         ("a", .number(Double($0.before))), ("b", .number(Double($0.after))),
                         ("delta", .number(Double($0.delta)))])
            })),
            ("builders", .array(c.builderChanges.map {
                .object([("builder", .string($0.builder)), ("plants_a", .number(Double($0.plants.a))),
                         ("plants_b", .number(Double($0.plants.b))), ("capex_a", .number($0.capex.a)),
                         ("capex_b", .number($0.capex.b))])
            })),
            ("became_binding", .array(c.becameBinding.map(JSONValue.string))),
            ("stopped_binding", .array(c.stoppedBinding.map(JSONValue.string))),
        ])
    }
}

extension PlanComparison {
    /// Rows `[label, A, B, change]` for each builder whose work changes: its capex at its own
    /// price, and the change in its plants when there is one ("toshiba capex", "$2.2B",
    /// "$3.1B", "+$900M (+3 plants)").
    public var builderRows: [[String]] {
        builderChanges.map { change in
            let delta = change.capex.b - change.capex.a
            let plants = change.plants.b - change.plants.a
            let moved = plants == 0 ? "" : " (\(plants > 0 ? "+" : "")\(plants) plant\(abs(plants) == 1 ? "" : "s"))"
            return ["\(change.builder) capex", Money.format(change.capex.a), Money.format(change.capex.b),
                    (delta > 0 ? "+" : "") + Money.format(delta) + moved]
        }
    }

    /// Rows `[label, A, B, change]` for the NPV and the investor's recoup month, for plans
    /// with `economics`; empty otherwise.
    public var moneyRows: [[String]] {
        guard a.money?.npv != nil || b.money?.npv != nil else { return [] }
        func npv(_ r: PlanResult) -> String { r.money?.npv.map(Money.format) ?? "-" }
        let delta = a.money?.npv.flatMap { x in b.money?.npv.map { $0 - x } }
        var rows = [["npv", npv(a), npv(b), delta.map { ($0 > 0 ? "+" : "") + Money.format($0) } ?? "-"]]
        if a.money?.recoup != nil || b.money?.recoup != nil {
            func month(_ r: PlanResult) -> String { r.money?.recoup.map { $0.month?.description ?? "none" } ?? "-" }
            rows.append(["recoup", month(a), month(b), ""])
        }
        return rows
    }
}
