import GLPKSolver
import MIP
import Planning
import Testing

/// Reading solutions back: allocations, sites, resources, expansions, spend, budgets.
@Suite struct PlanResultTests {
    static let B = GoldenPlan.B

    /// The golden plan's optimum, read in full (see ``GoldenPlan`` for the hand solution).
    @Test func goldenPlanResult() throws {
        let result = try Planner(solver: GLPKSolver()).solve(GoldenPlan.plan, options: SolveOptions())
        #expect(result.status == .optimal)
        #expect(result.objective == ObjectiveResult(sense: .maximize, measure: .value, value: 6.8 * Self.B,
                                                    bound: 6.8 * Self.B, gap: 0))
        // No review time and 12 build months: p1's plants build from 2026-01 and produce from
        // 2027-01; p2's wait for p2's money in 2027-01 and produce from 2028-01.
        let m = { (y: Int, mo: Int) in YearMonth(year: y, month: mo) }
        #expect(result.allocations == [
            Allocation(site: "inl", type: "transformer", phase: "p1", count: 2, constructionStart: m(2026, 1), firstOutput: m(2027, 1)),
            Allocation(site: "inl", type: "modules", phase: "p2", count: 1, constructionStart: m(2027, 1), firstOutput: m(2028, 1)),
            Allocation(site: "orr", type: "transformer", phase: "p1", count: 2, constructionStart: m(2026, 1), firstOutput: m(2027, 1)),
        ])
        // No plant limit; every type stands at its max_per_site where it is built.
        let atMax = { (type: String, count: Int) in
            TypeCountUse(type: type, use: PlantCountUse(used: count, limit: count))
        }
        #expect(result.sites == [
            SiteResult(id: "inl", openedIn: "p1", spend: 4.4 * Self.B, resources: [
                ResourceUse(name: "power_mw", used: 120, capacity: 300, binds: false),
                ResourceUse(name: "workers", used: 1600, capacity: 2000, binds: false),
            ], plants: PlantCountUse(used: 3, limit: nil), maxPerSite: [atMax("transformer", 2), atMax("modules", 1)]),
            SiteResult(id: "orr", openedIn: "p1", spend: 1.2 * Self.B, resources: [
                ResourceUse(name: "power_mw", used: 60, capacity: 60, binds: true),
            ], plants: PlantCountUse(used: 2, limit: nil), maxPerSite: [atMax("transformer", 2)]),
        ])
        #expect(result.expansions == [BuiltExpansion(site: "inl", id: "inl-smr", phase: "p2")])
        #expect(result.spendByPhase == [PhaseSpend(phase: "p1", amount: 2.6 * Self.B),
                                        PhaseSpend(phase: "p2", amount: 3 * Self.B)])
        #expect(result.totalSpend == 5.6 * Self.B)
        #expect(result.budgets.map(\.binds) == [false, true, false])
        #expect(result.totals == PlanTotals(value: 6.8 * Self.B, jobs: 3500, plants: 5))
        #expect(result.solver.name.hasPrefix("GLPK"))
    }

    /// A feasible (unproven) solution keeps the solver's bound, scaled back to dollars,
    /// and its gap.
    @Test func feasibleSolutionKeepsBoundAndGap() {
        let plan = GoldenPlan.plan
        let formulation = Formulation(plan: plan)
        var values = [Double](repeating: 0, count: formulation.problem.variables.count)
        let n = formulation.index.plant(site: "orr", type: "transformer", phase: "p1", in: plan)!
        values[n] = 1
        values[formulation.index.opened[1][0]] = 1
        let solution = Solution(status: .feasible, objective: 1.2, bound: 6.8, gap: 4.67, values: values, seconds: 2)
        let result = PlanResult(plan: plan, formulation: formulation, solution: solution, solverName: "test")
        #expect(result.objective.value == 1.2 * Self.B)
        #expect(result.objective.bound == 6.8 * Self.B)
        #expect(result.objective.gap == 4.67)
        #expect(result.allocations == [Allocation(site: "orr", type: "transformer", phase: "p1", count: 1,
                                                  constructionStart: YearMonth(year: 2026, month: 1),
                                                  firstOutput: YearMonth(year: 2027, month: 1))])
        #expect(result.sites.map(\.spend) == [0.6 * Self.B])
        #expect(result.solver == SolverRun(name: "test", seconds: 2))
    }

    /// No solution within the limits: status and bound only.
    @Test func noSolution() {
        let plan = GoldenPlan.plan
        let formulation = Formulation(plan: plan)
        let result = PlanResult(plan: plan, formulation: formulation, solution: Solution(status: .noSolution, bound: 7),
                                solverName: "test")
        #expect(result.status == .noSolution)
        #expect(result.objective.value == nil)
        #expect(result.objective.bound == 7 * Self.B)
        #expect(result.allocations.isEmpty && result.sites.isEmpty && result.budgets.isEmpty)
        #expect(JSONReport(result).text(pretty: false).contains("\"status\":\"no_solution\""))
    }
}
