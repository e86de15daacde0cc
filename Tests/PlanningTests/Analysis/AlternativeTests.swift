import MIP
import Planning
import Testing

@Suite struct AlternativeTests {
    /// The site-type pairs an allocation uses.
    func pairs(_ result: PlanResult) -> Set<String> {
        Set(result.allocations.map { "\($0.site)/\($0.type)" })
    }

    @Test func alternativesAreDistinctRankedAndWithinTheBound() throws {
        let (plan, optimum) = try Analysis.solve()
        let best = try #require(optimum.objective.value)
        let found = try AlternativeSearch(plan: plan, planner: Analysis.planner)
            .alternatives(to: optimum, count: 4, withinPercent: 10)
        #expect(found.count == 4)
        let patterns = [pairs(optimum)] + found.map(pairs)
        #expect(Set(patterns).count == patterns.count)
        let values = found.compactMap(\.objective.value)
        #expect(values.count == found.count)
        #expect(values.allSatisfy { $0 >= 0.9 * best - 1 && $0 <= best + 1 })
        #expect(values == values.sorted(by: >))
    }

    /// Within 0% only allocations as good as the optimum qualify.
    @Test func zeroPercentKeepsOnlyEqualOptima() throws {
        let (plan, optimum) = try Analysis.solve()
        let found = try AlternativeSearch(plan: plan, planner: Analysis.planner)
            .alternatives(to: optimum, count: 3, withinPercent: 0)
        #expect(found.allSatisfy { $0.objective.value == optimum.objective.value })
    }
}
