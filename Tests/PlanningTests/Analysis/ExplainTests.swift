import GLPKSolver
import MIP
import Planning
import Synchronization
import Testing

@Suite struct ExplainTests {
    /// Three widgets at $1B each against a total budget of $2.5B: the budget is $0.5B short
    /// (the cheaper relaxation, in scaled units, than dropping a whole plant of the target).
    @Test func budgetShortfallIsNamedWithItsAmount() throws {
        let plan = try PlanLoader.load(path: Analysis.threeSites,
                                       overrides: ["budget.total=2.5B", "targets.widget.min=3"]).plan
        let explanation = try InfeasibilityExplainer.explain(plan: plan, planner: Analysis.planner)
        #expect(explanation.infeasible)
        #expect(explanation.violations.count == 1)
        let v = try #require(explanation.violations.first)
        #expect(v.group == .totalBudget)
        #expect(abs(v.amount - 0.5e9) < 1)
        #expect(explanation.findings == ["the total budget is short by $500M (limit $2.5B)"])
        #expect(explanation.conflict == [.totalBudget, .target(type: "widget")])
    }

    /// Gizmo's lead time at beta is 30 + 40 = 70 months against a horizon of 60, so only
    /// alpha and gamma can take one: a target of 3 is short by one plant.
    @Test func targetShortfallSaysWhichSitesCannotFinishInTime() throws {
        let plan = try PlanLoader.load(path: Analysis.threeSites,
                                       overrides: ["factory_types.gizmo.build_months=40", "targets.gizmo.min=3"]).plan
        let explanation = try InfeasibilityExplainer.explain(plan: plan, planner: Analysis.planner)
        let v = try #require(explanation.violations.first)
        #expect(v.group == .target(type: "gizmo"))
        #expect(v.amount == 1)
        #expect(explanation.findings.first == "target gizmo min 3 is short by 1 plant: only 2 sites can finish one "
            + "in time (at most 2 plants); not at beta (lead time 70 months against a horizon of 60)")
        #expect(explanation.conflict == [.target(type: "gizmo")])
    }

    /// Three gizmos ($2B each) against a $4B total: every site can take one, so the target
    /// is short because of other limits, and the message says so.
    @Test func targetShortfallWithEnoughSitesBlamesOtherLimits() throws {
        let plan = try PlanLoader.load(path: Analysis.threeSites,
                                       overrides: ["budget.total=4B", "targets.gizmo.min=3"]).plan
        let explanation = try InfeasibilityExplainer.explain(plan: plan, planner: Analysis.planner)
        #expect(explanation.findings == ["target gizmo min 3 is short by 1 plant: 3 sites can finish one in time "
            + "(at most 3 plants), so other limits hold it back"])
        #expect(explanation.conflict.contains(.totalBudget))
    }

    /// With alpha cut to 70 MW, two widgets (60 MW) and a gizmo (50 MW) required there
    /// leave it 40 MW short by phase p2 (starting any of them in p1 would miss p1 too).
    @Test func resourceShortfallIsNamedInMegawatts() throws {
        let plan = try PlanLoader.load(path: Analysis.threeSites, overrides: [
            "rules.require=[{site: alpha, type: widget, count: 2}, {site: alpha, type: gizmo}]",
            "sites.alpha.capacity.power_mw=70", "sites.alpha.capacity.land_acres=1000",
        ]).plan
        let explanation = try InfeasibilityExplainer.explain(plan: plan, planner: Analysis.planner)
        let v = try #require(explanation.violations.first)
        #expect(v.group == .resource(site: "alpha", resource: "power_mw", phase: "p2"))
        #expect(abs(v.amount - 40) < 1e-6)
        #expect(explanation.findings.first == "site alpha needs 40 MW more power_mw by phase p2 (capacity 70)")
    }

    @Test func feasiblePlanHasNothingToExplain() throws {
        let plan = try PlanLoader.load(path: Analysis.threeSites).plan
        let explanation = try InfeasibilityExplainer.explain(plan: plan, planner: Analysis.planner)
        #expect(!explanation.infeasible)
        #expect(explanation.text(planName: plan.name).contains("feasible"))
    }

    @Test func summaryGivesTheTopFindings() throws {
        let plan = try PlanLoader.load(path: Analysis.threeSites,
                                       overrides: ["budget.total=2.5B", "targets.widget.min=3"]).plan
        let summary = InfeasibilityExplainer.summary(plan: plan, solver: Analysis.planner.solver)
        #expect(summary == ["the total budget is short by $500M (limit $2.5B)"])
    }

    /// A solver that finds the same points but is stopped before every proof, as a slower
    /// or busier machine would be.
    struct StoppedBeforeProof: Solver {
        let inner = GLPKSolver()
        var name: String { inner.name }
        func solve(_ problem: Problem, options: SolveOptions) throws(SolverError) -> Solution {
            var s = try inner.solve(problem, options: options)
            if s.termination == .optimal { s.termination = .timeLimit }
            return s
        }
    }

    /// Counts the progress reports (one per linear program) of the searches it runs.
    final class CountingSolver: Solver, @unchecked Sendable {
        let inner = GLPKSolver()
        let reports = Mutex(0)
        var name: String { inner.name }
        func solve(_ problem: Problem, options: SolveOptions) throws(SolverError) -> Solution {
            var counted = options
            counted.progress = { progress in
                self.reports.withLock { $0 += 1 }
                options.progress?(progress)
            }
            return try inner.solve(problem, options: counted)
        }
    }

    /// The summary `solve` prints is bounded by work, not only by time: stopped after its
    /// linear programs before the proof, it says nothing; given enough, it says what an
    /// unbounded one says.
    @Test func aSummaryEndsAfterItsWorkLimit() throws {
        let plan = try PlanLoader.load(path: Analysis.threeSites,
                                       overrides: ["budget.total=2.5B", "targets.widget.min=3"]).plan
        let unbounded = CountingSolver()
        let full = InfeasibilityExplainer.summary(plan: plan, solver: unbounded)
        let needed = unbounded.reports.withLock { $0 }
        #expect(needed > 1)
        #expect(InfeasibilityExplainer.summary(plan: plan, solver: CountingSolver(), workLimit: needed + 10) == full)
        let cut = CountingSolver()
        #expect(InfeasibilityExplainer.summary(plan: plan, solver: cut, workLimit: 1).isEmpty)
        #expect(cut.reports.withLock { $0 } < needed)
    }

    @Test func aSummaryStoppedBeforeItsProofSaysNothing() throws {
        let plan = try PlanLoader.load(path: Analysis.threeSites,
                                       overrides: ["budget.total=2.5B", "targets.widget.min=3"]).plan
        #expect(InfeasibilityExplainer.summary(plan: plan, solver: StoppedBeforeProof()).isEmpty)
    }
}

/// Limits that the plan writes in another unit than the model measures their shortfall
/// in are said in the plan's unit: a share for `max_state_share`, a month for `recoup_by`.
@Suite struct ExplainInThePlansUnitsTests {
    /// One $1.2M plant earning $1.2M a year from month 2, paid by the investor, who takes
    /// half: its share of the profit through month y is $0.05M * (y - 1), which reaches
    /// $1.2M in month 25 (2028-01). A promise of 2027-12 is $50k short, less than dropping
    /// the required plant costs the elastic model.
    static let recoup = """
        name: Recoup
        start: 2026-01
        phases: [{id: p1, ends: 2026-12}]
        review_months: {CE: 0}
        economics: {horizon: 2030-12}
        funding: [{id: fund, terms: {share: 0.5, recoup_by: 2027-12}}]
        rules: {require: [{site: a, type: w}]}
        sites: [{id: a, name: A, state: ID}]
        factory_types:
          - {id: w, name: W, capex: 1.2M, annual_value: 10M, annual_profit: 1.2M, jobs: 1, build_months: 1, review: CE}
        """

    @Test func aRecoupPromiseSaysTheMonthThatWouldDo() throws {
        let plan = try PlanLoader.load(yaml: Self.recoup).plan
        let explanation = try InfeasibilityExplainer.explain(plan: plan, planner: Analysis.planner)
        #expect(explanation.infeasible)
        let v = try #require(explanation.violations.first)
        #expect(v.group == .recoupBy(source: "fund"))
        #expect(abs(v.amount - 50_000) < 1)
        #expect(v.needed == 25)
        #expect(explanation.findings == [
            "the recoup_by promise to fund (2027-12) is short by $50k of its profit share: recoup_by 2028-01 would do"
        ])
        let later = try PlanLoader.load(yaml: Self.recoup, overrides: ["funding.fund.terms.recoup_by=2028-01"]).plan
        #expect(try Analysis.planner.solve(later, options: SolveOptions()).status == .optimal)
    }

    /// Three widgets ($1B each, one a site in three states, the target) and a share of 0.3:
    /// gamma's $200M opening cost gives SC $1.2B of $3.2B, 37.5%, so 0.38 is the least
    /// share in hundredths that would do; it does, and 0.37 does not.
    @Test func aStateShareSaysTheShareThatWouldDo() throws {
        let overrides = ["rules.max_state_share=0.3", "targets.widget.min=3", "factory_types.widget.max_per_site=1",
                         "budget.total=10B", "phases.p1.budget=10B", "phases.p2.budget=10B"]
        let plan = try PlanLoader.load(path: Analysis.threeSites, overrides: overrides).plan
        let explanation = try InfeasibilityExplainer.explain(plan: plan, planner: Analysis.planner)
        let v = try #require(explanation.violations.first { $0.group == .stateShare(state: "SC") })
        #expect(v.needed == 0.375)
        #expect(explanation.findings.contains {
            $0 == "state SC takes 37.5% of the spend, over max_state_share 0.3: max_state_share 0.38 would do"
        })
        func status(_ share: String) throws -> SolveStatus {
            let relaxed = try PlanLoader.load(path: Analysis.threeSites,
                                              overrides: overrides + ["rules.max_state_share=\(share)"]).plan
            return try Analysis.planner.solve(relaxed, options: SolveOptions()).status
        }
        #expect(try status("0.38") == .optimal)
        #expect(try status("0.37") == .infeasible)
    }
}
