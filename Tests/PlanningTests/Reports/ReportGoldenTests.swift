import Foundation
import GLPKSolver
import MIP
import Planning
import Testing

/// The table, markdown and CSV reports of ``GoldenPlan``, byte for byte against golden
/// files. Set PARKPLAN_UPDATE_GOLDEN=1 to rewrite them.
@Suite struct ReportGoldenTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Golden")

    /// The golden plan solved, with the solver's name and time fixed.
    static func solvedGoldenPlan() throws -> PlanResult {
        var result = try Planner(solver: GLPKSolver()).solve(GoldenPlan.plan, options: SolveOptions())
        result.solver = SolverRun(name: "GLPK", seconds: 0.01)
        return result
    }

    @Test(arguments: [(ReportFormat.table, "table.txt"), (.markdown, "markdown.md"), (.csv, "result.csv")])
    func goldenReport(format: ReportFormat, file: String) throws {
        let text = format.render(try Self.solvedGoldenPlan(), plan: GoldenPlan.plan)
        let url = Self.goldenFolder.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["PARKPLAN_UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(text == (try String(contentsOf: url, encoding: .utf8)))
    }

    /// json prints the section 3 document, as ``JSONReport`` does.
    @Test func jsonIsTheJSONReport() throws {
        let result = try Self.solvedGoldenPlan()
        #expect(ReportFormat.json.render(result, plan: GoldenPlan.plan) == JSONReport(result).text(pretty: true))
    }

    /// The formats' names are the `--format` values.
    @Test func formatNames() {
        #expect(ReportFormat.allCases.map(\.rawValue) == ["table", "markdown", "csv", "json", "geojson", "html"])
        #expect(ReportFormat(rawValue: "table") == .table)
    }

    /// Every line of the table fits an 80-column terminal.
    @Test func tableFitsEightyColumns() throws {
        let text = ReportFormat.table.render(try Self.solvedGoldenPlan(), plan: GoldenPlan.plan)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }
}
