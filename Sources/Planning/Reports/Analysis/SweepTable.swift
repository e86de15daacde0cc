import Foundation

/// Prints a ``SweepReport`` as a table, CSV, JSON or Markdown: one row per point with
/// the parameters, the status, the objective, the spend, the NPV and the investor's recoup
/// month when the plan has them, the plants of each type that any
/// point builds, and the seconds.
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

    /// The header row, then one row per point; raw numbers for CSV, short forms otherwise.
    func rows(csv: Bool) -> [[String]] {
        let types = plantTypes
        let showNPV = report.points.contains { $0.npv != nil }
        let showRecoup = report.points.contains { $0.recoup != nil }
        let header = report.parameters.map(\.path) + ["status", "objective", "spend"] + (showNPV ? ["npv"] : [])
            + (showRecoup ? ["recoup"] : []) + types + ["seconds"]
        let money = report.measure.isMoney
        func objectiveText(_ x: Double) -> String { money ? Money.format(x) : Quantity.plain(x) }
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
            return parameters + [p.status, amount(p.objective, objectiveText), amount(p.spend, Money.format)]
                + npv + recoup + plants + [seconds]
        }
    }
}
