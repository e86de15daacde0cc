import Testing
import MIP
@testable import GLPKSolver

/// ParkPlan chooses pseudo-cost branches itself, with GLPK's rule, from one copy of each
/// node's problem; GLPK's own code copies the problem for every estimate. The two must
/// take the same search path: the same number of nodes to the same optimum.
@Suite struct PseudoCostBranchingTests {
    static let cases: [(name: String, problem: Problem, cuts: CutOptions)] = [
        ("knapsack, no cuts", Hard.knapsack(items: 18), CutOptions()),
        ("knapsack, every cut family", Hard.knapsack(items: 18), .all),
        ("linked knapsacks, every cut family", Hard.linkedKnapsacks(groups: 6, linking: 3), .all),
    ]

    @Test(arguments: 0..<cases.count)
    func theSearchVisitsTheSameNodesAsGLPKsOwnPseudoCostCode(_ index: Int) throws {
        let c = Self.cases[index]
        var ours = GLPKOptions()
        ours.branching = .pseudoCost
        ours.cuts = c.cuts
        var glpk = ours
        glpk.pseudoCostByGLPK = true
        let a = try GLPKSolver(options: ours).solve(c.problem, options: SolveOptions())
        let b = try GLPKSolver(options: glpk).solve(c.problem, options: SolveOptions())
        #expect(a.status == .optimal && b.status == .optimal, "\(c.name)")
        #expect(a.objective == b.objective, "\(c.name)")
        #expect(a.nodes > 20, "\(c.name): too easy to show a path (\(a.nodes) nodes)")
        #expect(a.nodes == b.nodes, "\(c.name): \(a.nodes) nodes against GLPK's \(b.nodes)")
    }
}
