import Testing
import MIP
@testable import GLPKSolver

/// ParkPlan chooses pseudo-cost and Driebeck-Tomlin branches, makes Gomory cuts and
/// chooses among each round's cuts itself, with GLPK's rules, from fewer copies of the
/// node's problem than GLPK's own code makes.
/// The two must take the same search path: the same number of nodes to the same optimum.
@Suite struct GLPKRulesTests {
    static let cases: [(name: String, problem: Problem, cuts: CutOptions, branching: BranchingRule)] = [
        ("knapsack, pseudo-cost, no cuts", Hard.knapsack(items: 18), CutOptions(), .pseudoCost),
        ("knapsack, pseudo-cost, every cut family", Hard.knapsack(items: 18), .all, .pseudoCost),
        ("linked knapsacks, pseudo-cost, every cut family", Hard.linkedKnapsacks(groups: 6, linking: 3), .all, .pseudoCost),
        ("knapsack, Driebeck-Tomlin, Gomory cuts", Hard.knapsack(items: 18), CutOptions(gomory: true), .driebeckTomlin),
        ("linked knapsacks, Driebeck-Tomlin, every cut family", Hard.linkedKnapsacks(groups: 6, linking: 3), .all, .driebeckTomlin),
        ("knapsack with conflicts, most fractional, clique and rounding cuts",
         Hard.conflictingKnapsack(), CutOptions(mir: true, clique: true), .mostFractional),
        ("knapsack, most fractional, cover cuts", Hard.knapsack(items: 18), CutOptions(cover: true), .mostFractional),
    ]

    @Test(arguments: 0..<cases.count)
    func theSearchVisitsTheSameNodesAsGLPKsOwnCode(_ index: Int) throws {
        let c = Self.cases[index]
        var ours = GLPKOptions()
        ours.branching = c.branching
        ours.cuts = c.cuts
        var glpk = ours
        glpk.glpkOwnCode = true
        let a = try GLPKSolver(options: ours).solve(c.problem, options: SolveOptions())
        let b = try GLPKSolver(options: glpk).solve(c.problem, options: SolveOptions())
        #expect(a.status == .optimal && b.status == .optimal, "\(c.name)")
        #expect(a.objective == b.objective, "\(c.name)")
        #expect(a.nodes > 20, "\(c.name): too easy to show a path (\(a.nodes) nodes)")
        #expect(a.nodes == b.nodes, "\(c.name): \(a.nodes) nodes against GLPK's \(b.nodes)")
    }
}
