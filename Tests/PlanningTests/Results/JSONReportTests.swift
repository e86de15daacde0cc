import Foundation
import GLPKSolver
import MIP
import Planning
import Testing

/// The section 3 JSON: a golden file for one plan, and the shape without a solution.
@Suite struct JSONReportTests {
    static let goldenURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Golden/golden-plan.json")

    /// The report of ``GoldenPlan`` matches the golden file byte for byte (with the
    /// solver's name and time fixed). Set PARKPLAN_UPDATE_GOLDEN=1 to rewrite the file.
    @Test func goldenReport() throws {
        var result = try Planner(solver: GLPKSolver()).solve(GoldenPlan.plan, options: SolveOptions())
        result.solver = SolverRun(name: "GLPK", seconds: 0)
        let text = JSONReport(result).text()
        if ProcessInfo.processInfo.environment["PARKPLAN_UPDATE_GOLDEN"] == "1" {
            try text.write(to: Self.goldenURL, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: Self.goldenURL, encoding: .utf8)
        #expect(text == golden)
    }

    /// The report parses as JSON and carries the contract's keys and numbers in dollars.
    @Test func reportIsValidJSON() throws {
        let result = try Planner(solver: GLPKSolver()).solve(GoldenPlan.plan, options: SolveOptions())
        let object = try #require(JSONSerialization.jsonObject(with: JSONReport(result).data(pretty: false))
            as? [String: Any])
        #expect(Set(object.keys).isSuperset(of: ["plan", "status", "objective", "allocations", "sites", "expansions",
                                                 "spend", "totals", "solver"]))
        #expect(object["status"] as? String == "optimal")
        let objective = try #require(object["objective"] as? [String: Any])
        #expect((objective["value"] as? NSNumber)?.doubleValue == 6.8e9)
        let spend = try #require(object["spend"] as? [String: Any])
        #expect((spend["total"] as? NSNumber)?.doubleValue == 5.6e9)
    }

    /// Infeasible: plan, status, objective's sense and measure, empty allocations, solver.
    @Test func infeasibleReport() throws {
        var plan = GoldenPlan.plan
        plan.targets = [Target(type: "modules", min: 3)]
        var result = try Planner(solver: GLPKSolver()).solve(plan, options: SolveOptions())
        result.solver = SolverRun(name: "GLPK", seconds: 0)
        #expect(JSONReport(result).text(pretty: false) == """
            {"plan":"Golden plan","status":"infeasible","objective":{"sense":"maximize","measure":"value"},\
            "allocations":[],"solver":{"name":"GLPK","seconds":0}}

            """)
    }

    /// Numbers: whole amounts print without a fraction, others in shortest form.
    @Test func numbers() {
        #expect(JSONValue.number(12_300_000_000).rendered() == "12300000000")
        #expect(JSONValue.number(0.01).rendered() == "0.01")
        #expect(JSONValue.number(-3).rendered() == "-3")
        #expect(JSONValue.number(.nan).rendered() == "null")
        #expect(JSONValue.string("a\"b\n").rendered() == "\"a\\\"b\\n\"")
    }
}
