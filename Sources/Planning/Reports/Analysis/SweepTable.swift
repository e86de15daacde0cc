import Foundation

/// Prints a ``SweepReport`` as a table, CSV, JSON or Markdown: one row per point with
/// the parameters, the status, the objective, the spend, the NPV and the investor's recoup
/// month when the plan has them, the capex of each builder a parameter varies
/// (`builders.ID....`), the plants of each type that any point builds, and the seconds.
public struct SweepTable: Sendable {
    /// The report to print.
    public let report: SweepReport

    /// Creates a printer for `report`.
    public init(_ report: SweepReport) {
        self.report = report
    }

    /// The report in `format`, ending with a newline; the map formats, which a sweep has
    /// no map for, print the table.
    public func render(_ format: ReportFormat) -> String {
        let left = report.parameters.count + 1
        switch format {
        case .json: return report.json.rendered(pretty: true) + "\n"
        case .csv: return CSVText.table(rows(csv: true))
        case .markdown: return TextTable.markdown(rows(csv: false), left: left).joined(separator: "\n") + "\n"
        case .table, .geojson, .html:
            return TextTable.aligned(rows(csv: false), left: left).joined(separator: "\n") + "\n"
        }
    }

    /// The plant columns: the plan's types that some point builds, in plan order.
    public var plantTypes: [String] {
        report.types.filter { type in report.points.contains { ($0.plants[type] ?? 0) > 0 } }
    }

    /// The builders whose limits a parameter varies, in parameter order.
    public var variedBuilders: [String] {
        var seen = Set<String>()
        return report.parameters.compactMap { parameter -> String? in
            let parts = parameter.path.split(separator: ".")
            guard parts.count >= 3, parts[0] == "builders" else { return nil }
            return seen.insert(String(parts[1])).inserted ? String(parts[1]) : nil
        }
    }

    /// The header row, then one row per point; raw numbers for CSV, short forms otherwise.
    func rows(csv: Bool) -> [[String]] {
        let types = plantTypes
        let builders = variedBuilders
        let showNPV = report.points.contains { $0.npv != nil }
        let showRecoup = report.points.contains { $0.recoup != nil }
        let header = report.parameters.map(\.path) + ["status", "objective", "spend"] + (showNPV ? ["npv"] : [])
            + (showRecoup ? ["recoup"] : []) + builders.map { "\($0) capex" } + types + ["seconds"]
        let objectiveText = report.measure.amount
        func amount(_ x: Double?, _ text: (Double) -> String) -> String {
            x.map { csv ? Overrides.valueText($0) : text($0) } ?? ""
        }
        return [header] + report.points.map { p in
            let parameters = zip(report.parameters, p.values).map { parameter, value in
                csv && !parameter.isMonth ? Overrides.valueText(value) : parameter.label(value)
            }
            // A point without a plan has no plant counts: its status says why.
            let plants = types.map { p.objective == nil ? (csv ? "" : "-") : String(p.plants[$0] ?? 0) }
            let seconds = csv ? Overrides.valueText(p.seconds) : String(format: "%.2f", p.seconds)
            let npv = showNPV ? [amount(p.npv, Money.format)] : []
            let recoup = showRecoup ? [p.recoup ?? ""] : []
            let capex = builders.map { amount(p.builderCapex?[$0], Money.format) }
            return parameters + [p.status, amount(p.objective, objectiveText), amount(p.spend, Money.format)]
                + npv + recoup + capex + plants + [seconds]
        }
    }
}
