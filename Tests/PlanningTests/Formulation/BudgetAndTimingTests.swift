import MIP
import Planning
import Testing

/// Constraint 6 (budgets, carry-over, total) and allowed(s,f,p): lead times and
/// earliest phases.
@Suite struct BudgetAndTimingTests {
    typealias T = Tiny

    /// Plants cost 1.5B, are worth 1B, up to 3 at the one site; budgets 2B in p1, 1B in p2.
    /// With carry-over: spend through p1 <= 2B (one plant) and through p2 <= 3B, so two
    /// plants (3B): value 2B. Without: p1 holds one plant (1.5 <= 2) and p2 none
    /// (1.5 > 1): value 1B.
    @Test func carryOverChangesTheOptimum() throws {
        let plan = T.plan(sites: [T.site("a")], types: [T.type("f", capex: 1.5 * T.B, maxPerSite: 3)],
                          phases: T.phases([2 * T.B, 1 * T.B]), budget: Budget(carryOver: true))
        let carried = try T.solve(plan)
        #expect(carried.objective.value == 2 * T.B)
        #expect(carried.totals.plants == 2)
        #expect(carried.budgets.last?.binds == true)  // 3B of 3B through p2
        var strict = plan
        strict.budget.carryOver = false
        let result = try T.solve(strict)
        #expect(result.objective.value == 1 * T.B)
        #expect(T.allocations(result) == ["a/f/p1=1"])
        // Neither budget has room for another 1.5B plant (0.5B and 1B left): both bind.
        #expect(result.budgets.map(\.binds) == [true, true])
    }

    /// The total budget: 1B plants, 10 allowed, phase budgets 10B each, total 2.5B: two
    /// plants, value 2B; the total budget row binds though 0.5B is left: a third plant would
    /// exceed it.
    @Test func totalBudget() throws {
        let plan = T.plan(sites: [T.site("a")], types: [T.type("f", maxPerSite: 10)],
                          phases: T.phases([10 * T.B, 10 * T.B]), budget: Budget(total: 2.5 * T.B))
        let result = try T.solve(plan)
        #expect(result.objective.value == 2 * T.B)
        #expect(result.totalSpend == 2 * T.B)
        #expect(result.budgets.map(\.id) == ["p1", "p2", "total"])
        #expect(result.budgets.last?.binds == true)
        #expect(result.budgets.dropLast().allSatisfy { !$0.binds })
    }

    /// A lead time that excludes a phase: review CE 6 months + 12 build = 18 > T1 = 12, so
    /// the type is allowed in p2 only (24 >= 18). Budgets 5B (p1) and 1B (p2) without
    /// carry-over: only one 1B plant, in p2. At a site whose CE review takes 0 months the
    /// lead is 12, p1 is allowed and holds all three plants: 3B.
    @Test func leadTimeExcludesTheFirstPhase() throws {
        var plan = T.plan(sites: [T.site("a")], types: [T.type("f", maxPerSite: 3)],
                          phases: T.phases([5 * T.B, 1 * T.B]), budget: Budget(carryOver: false),
                          reviewMonths: ["CE": 6])
        let formulation = Formulation(plan: plan)
        #expect(formulation.counts.allowedTriples == 1)
        #expect(formulation.counts.allTriples == 2)
        let late = try T.solve(plan)
        #expect(late.objective.value == 1 * T.B)
        #expect(T.allocations(late) == ["a/f/p2=1"])
        plan.sites[0].reviewMonths = ["CE": 0]
        let early = try T.solve(plan)
        #expect(early.objective.value == 3 * T.B)
        #expect(T.allocations(early) == ["a/f/p1=3"])
    }

    /// earliest_phase p2 with the same budgets: p1's 5B cannot be used for the type, so one
    /// plant in p2: 1B.
    @Test func earliestPhase() throws {
        let plan = T.plan(sites: [T.site("a")], types: [T.type("f", earliest: "p2", maxPerSite: 3)],
                          phases: T.phases([5 * T.B, 1 * T.B]), budget: Budget(carryOver: false))
        let result = try T.solve(plan)
        #expect(result.objective.value == 1 * T.B)
        #expect(T.allocations(result) == ["a/f/p2=1"])
    }

    /// Development cost counts in the phase the site opens: two sites, each holding one 1B
    /// plant; site b costs 1B to open. Budget total 3B: a's plant (1B) plus b opened with
    /// its plant (2B) = 3B: value 2B, total spend 3B, the total budget binds.
    @Test func developmentCostIsSpend() throws {
        let plan = T.plan(sites: [T.site("a"), T.site("b", development: T.B)], types: [T.type("f")],
                          budget: Budget(total: 3 * T.B))
        let result = try T.solve(plan)
        #expect(result.objective.value == 2 * T.B)
        #expect(result.totalSpend == 3 * T.B)
        #expect(result.sites.map(\.spend) == [1 * T.B, 2 * T.B])
        #expect(result.budgets.last?.binds == true)
    }
}
