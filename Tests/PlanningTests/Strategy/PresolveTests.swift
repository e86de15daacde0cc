import Foundation
import GLPKSolver
import MIP
import Testing
@testable import Planning

/// ParkPlan's presolve removes only what cannot change the answer: on many small random
/// plans with funding (binding or not, with and without `until` and `recoup_by`, one phase
/// or several, value, jobs or NPV), the presolved solve proves the optimum of the plain
/// model, and its plan, split recovered, meets every row of the plain model.
@Suite struct PresolveTests {
    /// A random small plan (``RandomPlans``) with money over time and two or three sources
    /// whose amounts, `until` and `recoup_by` vary with the seed.
    static func fundedPlan(seed: UInt64) -> Plan {
        var plan = RandomPlans.plan(seed: seed)
        var d = BruteForceTests.Draw(state: seed &* 7919 &+ 13)
        let B = 1e9
        plan.economics = Economics(horizon: YearMonth(year: 2036, month: 12), discountRate: d.pick([0, 0.03, 0.07]),
                                   margin: d.pick([0.1, 0.3, 0.6]))
        switch d.int(0...3) {
        case 0: plan.objective = .maximize(.npv)
        case 1: plan.objective = .maximize(.value)
        case 2: plan.objective = .maximize(.jobs)
        default: break
        }
        let untils = [nil, YearMonth(year: 2026, month: 6), YearMonth(year: 2027, month: 1), YearMonth(year: 2027, month: 6)]
        let recoup = d.chance(0.4) ? YearMonth(year: d.int(2028...2034), month: d.int(1...12)) : nil
        plan.funding = [
            FundingSource(id: "investor", amount: d.chance(0.8) ? Double(d.int(1...14)) * B : nil, until: d.pick(untils),
                          terms: d.chance(0.6) ? InvestorTerms(share: d.pick([0.3, 0.5, 0.9]), shareAfterRecoup: 0.1, recoupBy: recoup) : nil),
            FundingSource(id: "public", amount: d.chance(0.7) ? Double(d.int(0...8)) * B : nil, until: d.pick(untils)),
        ]
        if d.chance(0.3) { plan.funding?.append(FundingSource(id: "late", amount: Double(d.int(1...5)) * B)) }
        // One phase: even an NPV objective is the same in every phase, so the aggregate solves it.
        if d.chance(0.2) { plan.phases = Array(plan.phases.prefix(1)) }
        if d.chance(0.2) { plan.funding = nil }
        return plan
    }

    @Test(arguments: 1...60 as ClosedRange<UInt64>)
    func thePresolvedSolveProvesThePlainModelsOptimum(seed: UInt64) throws {
        let plan = Self.fundedPlan(seed: seed)
        try Self.expectThePlainModelsOptimum(plan, seed: seed)
    }

    @Test(arguments: 1...40 as ClosedRange<UInt64>)
    func theRecoveredSplitMeetsEveryRowOfThePlainModel(seed: UInt64) throws {
        let plan = Self.fundedPlan(seed: seed)
        let formulation = Formulation(plan: plan)
        let presolved = PresolvedModel(formulation)
        let solution = try GLPKSolver().solve(presolved.formulation.problem, options: SolveOptions())
        guard solution.hasPlan else { return }
        let full = presolved.fullValues(solution.values)
        #expect(formulation.problem.isFeasible(full), "seed \(seed)")
    }

    /// Funding projected out: the japan-deal seed's single source cannot bind (its amount is the total
    /// budget), so its rows are left out and the value plan goes through the aggregate.
    @Test func fundingThatCannotBindLeavesTheAggregateToSolveAValuePlan() throws {
        let path = PhaseAggregationTests.seedsFolder.appendingPathComponent("japan-deal.yaml").path
        let plan = try PlanLoader.load(path: path, overrides: ["objective.maximize=value"]).plan
        let presolved = PresolvedModel(Formulation(plan: plan))
        #expect(presolved.summary.fundingColumnsRemoved == 2)
        #expect(presolved.summary.fundingRowsAdded == 0)
        #expect(presolved.summary.rowsThatCannotBind == 2)
        let result = try Planner(solver: GLPKSolver()).solve(plan, options: SolveOptions())
        #expect(result.status == .optimal)
        #expect(result.solver.path == .aggregate)
    }

    /// The split pays the phases in order from the sources in plan order, each as much as
    /// it can while the later phases can still be paid: 4 + 3 + 2 = 9B of spend over
    /// three phases; "early" (5B) may pay p1 and p2, "any" (5B) every phase.
    @Test func theSplitPaysFromTheFirstSourceWhileLaterPhasesCanStillBePaid() throws {
        let B = 1e9
        let types = [Tiny.type("t4", capex: 4 * B), Tiny.type("t3", capex: 3 * B), Tiny.type("t2", capex: 2 * B)]
        var plan = Tiny.plan(sites: [Tiny.site("a")], types: types,
                             phases: [Phase(id: "p1", ends: YearMonth(year: 2026, month: 12)),
                                      Phase(id: "p2", ends: YearMonth(year: 2027, month: 12)),
                                      Phase(id: "p3", ends: YearMonth(year: 2028, month: 12))])
        plan.funding = [FundingSource(id: "early", amount: 5 * B, until: YearMonth(year: 2027, month: 1)),
                        FundingSource(id: "any", amount: 5 * B)]
        let formulation = Formulation(plan: plan)
        let presolved = PresolvedModel(formulation)
        var values = [Double](repeating: 0, count: presolved.formulation.problem.variables.count)
        for (f, p) in [(0, 0), (1, 1), (2, 2)] { values[try #require(formulation.index.plant(site: 0, type: f, phase: p))] = 1 }
        values[formulation.index.opened[0][0]] = 1
        let full = presolved.fullValues(values)
        #expect(formulation.problem.isFeasible(full))
        let paid = formulation.index.funding.map { $0.map { $0.map { full[$0] } } }  // billions
        // "early" pays p1 in full (4B) and 1B of p2; "any" the other 2B of p2 and all of p3.
        #expect(paid[0] == [4, 1, nil])
        #expect(paid[1] == [0, 2, 2])
    }

    /// A model whose funding columns appear in a row the projection does not know is left
    /// as it is.
    @Test func aFundingColumnInAnUnknownRowLeavesTheModelAsItIs() {
        let plan = Self.fundedPlan(seed: 3)
        let formulation = Formulation(plan: plan)
        #expect(FundingProjection(formulation) != nil)
        let g = formulation.index.funding[0].compactMap { $0 }
        var problem = formulation.problem
        problem.addRow("extra", terms: g.map { ($0, 1) }, upper: 1)
        #expect(FundingProjection(problem: problem, index: formulation.index, groups: formulation.groups + [.totalBudget],
                                  plan: plan) == nil)
    }

    /// Phase budgets that do not carry over, each too small for two plants of a type: the
    /// cardinality rows add up to fewer plants than the target needs, so the aggregate's LP
    /// proves the plan infeasible (the plain model agrees), where the aggregate alone found
    /// point after point it could not place into phases.
    @Test func budgetsThatPayForOnePlantAPhaseRefuteATargetOfThree() throws {
        let B = 1e9
        let sites = ["a", "b", "c"].map { Tiny.site($0) }
        var plan = Tiny.plan(sites: sites, types: [Tiny.type("t", capex: 0.6 * B, maxPerSite: 2)],
                             phases: Tiny.phases([1 * B, 1 * B]), budget: Budget(carryOver: false),
                             targets: [Target(type: "t", min: 3)])
        let presolved = PresolvedModel(Formulation(plan: plan))
        #expect(presolved.summary.cardinalityRowsAdded == 3, "one per phase and one over both")
        let aggregate = AggregateModel(formulation: presolved.formulation)
        let relaxation = try GLPKSolver().solve(aggregate.problem.linearRelaxation, options: SolveOptions())
        #expect(relaxation.status == .infeasible)
        let plain = try GLPKSolver().solve(Formulation(plan: plan).problem, options: SolveOptions())
        #expect(plain.status == .infeasible)
        #expect(try Tiny.solve(plan).status == .infeasible)
        // Two plants fit (one a phase): feasible, and the rows do not cut that plan.
        plan.targets = [Target(type: "t", min: 2)]
        let two = try Tiny.solve(plan)
        #expect(two.status == .optimal)
        #expect(two.totals.plants == 2)
    }

    @Test(arguments: 301...340 as ClosedRange<UInt64>)
    func tightPhaseBudgetsKeepThePlainModelsOptimum(seed: UInt64) throws {
        let plan = RandomPlans.plan(seed: seed, tightPhases: true)
        try Self.expectThePlainModelsOptimum(plan, seed: seed)
    }

    /// The planner, presolve and all, reaches the status and optimum of a plain GLPK solve
    /// of `plan`'s model.
    static func expectThePlainModelsOptimum(_ plan: Plan, seed: UInt64) throws {
        let formulation = Formulation(plan: plan)
        let plain = try GLPKSolver().solve(formulation.problem, options: SolveOptions())
        let result = try Planner(solver: GLPKSolver()).solve(plan, options: SolveOptions())
        #expect(result.status == plain.status, "seed \(seed): plain \(plain.status), presolved \(result.status) (\(result.solver.detail))")
        guard plain.status == .optimal, result.status == .optimal else { return }
        let expected = try #require(plain.objective) * formulation.objectiveScale
        let value = try #require(result.objective.value)
        #expect(abs(value - expected) <= 1e-6 * max(1, abs(expected)), "seed \(seed): plain \(expected), presolved \(value)")
    }
}
