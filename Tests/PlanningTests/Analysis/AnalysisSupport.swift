import Foundation
import GLPKSolver
import MIP
import Planning

/// The analysis tests' fixture plans and a GLPK planner.
enum Analysis {
    /// The path of a fixture plan in Fixtures/Analysis.
    static func fixture(_ name: String) -> String {
        (Bundle.module.resourcePath ?? ".") + "/Fixtures/Analysis/" + name
    }

    /// The three-site plan every analysis test starts from.
    static let threeSites = fixture("three-sites.yaml")

    /// A planner solving with GLPK.
    static let planner = Planner(solver: GLPKSolver())

    /// The fixture loaded with `overrides` and solved to optimality.
    static func solve(_ overrides: [String] = [], path: String = threeSites) throws -> (Plan, PlanResult) {
        let plan = try PlanLoader.load(path: path, overrides: overrides).plan
        return (plan, try planner.solve(plan, options: SolveOptions()))
    }
}
