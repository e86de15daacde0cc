import MIP
import Planning
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
}
