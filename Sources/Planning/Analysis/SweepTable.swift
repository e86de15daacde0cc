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
        switch format {
        case .json: return report.json.rendered(pretty: true) + "\n"
        case .csv: return rows(csv: true).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
        case .markdown:
            return TextTable.markdown(rows(csv: false), left: report.parameters.count + 1).joined(separator: "\n") + "\n"
        case .table, .geojson, .html:
            return TextTable.aligned(rows(csv: false), left: report.parameters.count + 1).joined(separator: "\n") + "\n"
        }
    }

    /// The plant columns: the plan's types that some point builds, in plan order.
    public var plantTypes: [String] {
        report.types.filter { type in report.points.contains { ($0.plants[type] ?? 0) > 0 } }
    }

    /// The header row, then one row per point; raw numbers for CSV, short forms otherwise.
    func rows(csv: Bool) -> [[String]] {
        let types = plantTypes
        let showNPV = report.points.contains { $0.npv != nil }, showRecoup = report.points.contains { $0.recoup != nil }
        let header = report.parameters.map(\.path) + ["status", "objective", "spend"] + (showNPV ? ["npv"] : [])
            + (showRecoup ? ["recoup"] : []) + types + ["seconds"]
        let money = report.measure.isMoney
        return [header] + report.points.map { p in
            let parameters = zip(report.parameters, p.values).map { csv && !$0.isMonth ? AmountText.overrideValue($1) : $0.label($1) }
            let objective = p.objective.map { csv ? AmountText.overrideValue($0) : money ? AmountText.money($0) : AmountText.number($0) } ?? ""
            let spend = p.spend.map { csv ? AmountText.overrideValue($0) : AmountText.money($0) } ?? ""
            // A point without a plan has no plant counts: its status says why.
            let plants = types.map { p.objective == nil ? (csv ? "" : "-") : String(p.plants[$0] ?? 0) }
            let seconds = csv ? AmountText.overrideValue(p.seconds) : String(format: "%.2f", p.seconds)
            let npv = showNPV ? [p.npv.map { csv ? AmountText.overrideValue($0) : AmountText.money($0) } ?? ""] : []
            let recoup = showRecoup ? [p.recoup ?? ""] : []
            return parameters + [p.status, objective, spend] + npv + recoup + plants + [seconds]
        }
    }

    private static func csvField(_ s: String) -> String {
        s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
