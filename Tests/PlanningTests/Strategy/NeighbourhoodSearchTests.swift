import GLPKSolver
import MIP
@testable import Planning
import Testing

/// The neighbourhood of a rounded plan keeps at zero every integer column that is zero in
/// both the plan and the relaxation, and the search returns its optimum only when it beats
/// the plan. Checked on a knapsack solved by hand.
@Suite struct NeighbourhoodSearchTests {
    /// Items (value, weight): a (5, 2), b (4, 2), c (3, 2), d (1, 1), e (10, 1); capacity 4.
    static func knapsack() -> Problem {
        var problem = Problem(name: "knapsack", sense: .maximize)
        let items: [(String, Double, Double)] = [("a", 5, 2), ("b", 4, 2), ("c", 3, 2), ("d", 1, 1), ("e", 10, 1)]
        for (name, value, _) in items {
            problem.addVariable(name, upper: 1, kind: .binary, objective: value)
        }
        problem.addRow("capacity", terms: items.indices.map { ($0, items[$0].2) }, upper: 4)
        return problem
    }

    static func search() -> NeighbourhoodSearch {
        var search = NeighbourhoodSearch(solver: GLPKSolver())
        search.minimumColumns = 0
        return search
    }

    /// Start {c, d} (worth 4), relaxation a = 1, b = 0.5: e is zero in both and stays out,
    /// so the best plan near the start is {a, b}, worth 9, though {a, d, e} is worth 16.
    @Test func itFindsTheBestPlanThatLeavesOutWhatBothLeaveOut() throws {
        let problem = Self.knapsack()
        let better = try #require(try Self.search().improve([0, 0, 1, 1, 0], relaxation: [1, 0.5, 0, 0, 0],
                                                            problem: problem, options: SolveOptions()))
        #expect(better.map { $0.rounded() } == [1, 1, 0, 0, 0])
        #expect(problem.objectiveValue(of: better) == 9)
    }

    @Test func aPlanThatIsBestInItsNeighbourhoodIsNotReplaced() throws {
        let found = try Self.search().improve([1, 1, 0, 0, 0], relaxation: [1, 1, 0, 0, 0],
                                              problem: Self.knapsack(), options: SolveOptions())
        #expect(found == nil)
    }

    @Test func aProblemBelowTheSizeWorthSearchingIsLeftAlone() throws {
        let found = try NeighbourhoodSearch(solver: GLPKSolver())
            .improve([0, 0, 1, 1, 0], relaxation: [1, 0.5, 0, 0, 0], problem: Self.knapsack(), options: SolveOptions())
        #expect(found == nil)
    }

    @Test func aStoppedCommandSkipsTheSearch() throws {
        let stop = CancellationFlag()
        stop.cancel()
        var options = SolveOptions()
        options.cancellation = stop
        let found = try Self.search().improve([0, 0, 1, 1, 0], relaxation: [1, 0.5, 0, 0, 0],
                                              problem: Self.knapsack(), options: options)
        #expect(found == nil)
    }
}
