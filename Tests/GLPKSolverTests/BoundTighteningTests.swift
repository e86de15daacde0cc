import Testing
import MIP
import GLPKSolver

/// A search may tighten column bounds from the rows at every node or at its root only
/// (`SolveOptions.tightensBoundsAtEveryNode`): the same proven optimum either way, by
/// another path.
@Suite struct BoundTighteningTests {
    @Test(arguments: [SearchVariant.strongBound, .strongBoundAlternate])
    func aSearchThatTightensBoundsAtTheRootOnlyProvesTheSameOptimumByAnotherPath(_ variant: SearchVariant) throws {
        let problem = Hard.linkedKnapsacks(groups: 6, linking: 3)
        var everyNode = SolveOptions()
        everyNode.search = variant
        var rootOnly = everyNode
        rootOnly.tightensBoundsAtEveryNode = false
        let a = try GLPKSolver().solve(problem, options: everyNode)
        let b = try GLPKSolver().solve(problem, options: rootOnly)
        let plain = try GLPKSolver().solve(problem, options: SolveOptions())
        #expect(a.status == .optimal && b.status == .optimal && plain.status == .optimal)
        #expect(a.objective == plain.objective && b.objective == plain.objective)
        #expect(a.nodes > 20, "too easy to show a path (\(a.nodes) nodes)")
        #expect(a.nodes != b.nodes, "the same \(a.nodes) nodes: the setting did not reach the search")
    }
}
