import Foundation
import GLPKSolver
import MIP
import Testing

@testable import Planning

/// The analyses on plans with builders: explain relaxes commitments, floors and plants per
/// phase in their own units; marginals move binding builder limits; sweeps vary builder
/// paths; alternatives that differ only in who builds are the same plan; comparisons name
/// builder changes.
@Suite struct BuilderAnalysisTests {
    static let plan = Analysis.fixture("builders.yaml")

    static func solve(_ overrides: [String] = []) throws -> (Plan, PlanResult) {
        try Analysis.solve(overrides, path: plan)
    }

    /// Two widgets need $2B of capex from acme, the only builder in TN: $500M over its
    /// $1.5B commitment, a cheaper relaxation than dropping a whole plant of the target.
    @Test func aShortCommitmentIsNamedInDollars() throws {
        let plan = try PlanLoader.load(
            path: Self.plan,
            overrides: [
                "builders.acme.commitment=1.5B", "builders.acme.max_plants_per_phase=2",
                "rules.require=[{site: beta, type: widget, count: 2}]",
            ]
        ).plan
        let explanation = try InfeasibilityExplainer.explain(plan: plan, planner: Analysis.planner)
        #expect(explanation.infeasible)
        #expect(
            explanation.findings == [
                "builder acme's commitment is short by $500M of capex at its price (commitment $1.5B)"
            ])
        #expect(explanation.conflict == [.require(site: "beta", type: "widget"), .builderCommitment(builder: "acme")])
    }

    /// Acme starts one plant a phase, two in all: at most two gizmos, $4B; a floor of
    /// $4.5B is $500M out of reach.
    @Test func anUnreachableFloorSaysWhatCanBeGiven() throws {
        let plan = try PlanLoader.load(
            path: Self.plan,
            overrides: [
                "builders.acme.commitment=10B", "builders.acme.min_work=4.5B", "budget.total=20B",
                "phases.p1.budget=10B", "phases.p2.budget=10B",
            ]
        ).plan
        let explanation = try InfeasibilityExplainer.explain(plan: plan, planner: Analysis.planner)
        #expect(
            explanation.findings == [
                "builder acme's min_work $4.5B is $500M more than it can be given (at most $4B at its price)"
            ])
        #expect(
            explanation.conflict == [
                .builderMinWork(builder: "acme"), .builderPhaseLimit(builder: "acme", phase: "p1"),
                .builderPhaseLimit(builder: "acme", phase: "p2"),
            ])
    }

    /// Three plants required in TN, where only acme builds, one a phase over two phases.
    @Test func aFullPhaseIsAConflictAndASentenceInPlants() throws {
        let plan = try PlanLoader.load(
            path: Self.plan,
            overrides: [
                "rules.require=[{site: beta, type: widget, count: 2}, {site: beta, type: gizmo}]", "budget.total=10B",
                "builders.acme.commitment=10B", "sites.beta.capacity={power_mw: 500, land_acres: 1000}",
                "phases.p1.budget=5B", "phases.p2.budget=5B",
            ]
        ).plan
        let explanation = try InfeasibilityExplainer.explain(plan: plan, planner: Analysis.planner)
        #expect(explanation.infeasible)
        #expect(explanation.conflict.contains(.builderPhaseLimit(builder: "acme", phase: "p2")))
        let limit = ElasticModel.Violation(
            group: .builderPhaseLimit(builder: "acme", phase: "p2"), direction: .aboveMax,
            amount: 1, limit: 1)
        #expect(
            ViolationText(plan: plan).sentence(limit)
                == "builder acme needs room for 1 plant more in phase p2 (max_plants_per_phase 1)")
    }

    /// Acme's $3B binds (it builds $2B and its next plant would cost $1B more than is left,
    /// with beta's power full); each builder marginal equals the re-solve done by hand.
    @Test func bindingBuilderLimitsAreMarginalsEqualToReSolves() throws {
        let (plan, result) = try Self.solve(["builders.acme.commitment=2B"])
        let acme = try #require(result.builders?.first)
        #expect(acme.capex == 2e9 && acme.commitmentBinds)
        #expect(acme.fullPhases == ["p1", "p2"])
        let analysis = MarginalAnalysis(
            path: Self.plan, overrides: ["builders.acme.commitment=2B"], plan: plan, result: result)
        let probes = analysis.probes.filter { $0.kind == .builder }
        #expect(
            probes.map(\.override) == ["builders.acme.commitment=3000000000", "builders.acme.max_plants_per_phase=2"])
        for marginal in analysis.run(planner: Analysis.planner, options: SolveOptions(), threads: 2)
        where marginal.kind == .builder {
            let (_, byHand) = try Self.solve(["builders.acme.commitment=2B", marginal.override])
            #expect(marginal.objective == byHand.objective.value, "\(marginal.override)")
        }
    }

    /// A sweep over a builder's commitment: each point is a plain solve with the same --set,
    /// and more commitment never lowers the value.
    @Test func sweepingACommitmentEqualsPlainSolves() throws {
        let parameter = try SweepParameter.parse("builders.acme.commitment=0..3B:4")
        let base = try PlanLoader.load(path: Self.plan).plan
        let report = Sweep(path: Self.plan, parameters: [parameter])
            .run(base: base, planner: Analysis.planner, options: SolveOptions(), threads: 2)
        let values = report.points.compactMap(\.objective)
        #expect(values.count == 4 && values == values.sorted())
        for point in report.points {
            let (_, plain) = try Self.solve(["builders.acme.commitment=\(Int(point.values[0]))"])
            #expect(point.objective == plain.objective.value)
            #expect(point.builderCapex?["acme"] == plain.builders?.first?.capex)
        }
        let header = SweepTable(report).render(.table).split(separator: "\n").first?.split(separator: " ")
        #expect(header?.prefix(6) == ["builders.acme.commitment", "status", "objective", "spend", "acme", "capex"])
        let back = try SweepReport(jsonText: report.json.rendered(pretty: true), source: "sweep.json")
        #expect(back.points.map(\.builderCapex) == report.points.map(\.builderCapex))
    }

    /// Builders that only change who builds (same price, no limits) change no alternative:
    /// the plans found are those of the plan without builders.
    @Test func plansThatDifferOnlyByBuilderAreTheSamePlan() throws {
        let same = ["builders=[{id: a, name: A}, {id: b, name: B}]"]
        let (plan, optimum) = try Self.solve(same)
        let (bare, bareOptimum) = try Self.solve([Overrides.unsetting("builders")])
        let found = try AlternativeSearch(plan: plan, planner: Analysis.planner).alternatives(
            to: optimum, count: 4, withinPercent: 30)
        let without = try AlternativeSearch(plan: bare, planner: Analysis.planner)
            .alternatives(to: bareOptimum, count: 4, withinPercent: 30)
        #expect(found.count == 4)
        #expect(found.map(\.objective.value) == without.map(\.objective.value))
        func counts(_ r: PlanResult) -> [String: Int] {
            r.allocations.reduce(into: [:]) { $0["\($1.site)/\($1.type)", default: 0] += $1.count }
        }
        let patterns = [counts(optimum)] + found.map(counts)
        #expect(Set(patterns).count == patterns.count)
    }

    /// The twin-site plan with builders: every vector of plant counts is fixed in the full
    /// model (builders and all), and the alternatives must be the best vectors after the
    /// optimum's, whoever builds them.
    @Test func alternativesWithBuildersAreTheNextBestCountVectorsByEnumeration() throws {
        var plan = AlternativeTests.twins(objective: .maximize(.value))
        plan.builders = [
            Builder(id: "x", builds: ["a"], commitment: 6e9, maxPlantsPerPhase: 1),
            Builder(id: "y", capexFactor: 1.5, sources: []),
        ]
        #expect(PhaseAggregation.isExact(for: Formulation(plan: plan)))
        let ranked = try AlternativeTests.bestByCountVector(plan).values.sorted(by: >)
        let optimum = try Analysis.planner.solve(plan, options: SolveOptions())
        #expect(abs((optimum.objective.value ?? 0) - ranked[0]) < 1)
        let found = try AlternativeSearch(plan: plan, planner: Analysis.planner).alternatives(
            to: optimum, count: 4, withinPercent: 50)
        let expected = Array(ranked.dropFirst().prefix(4)).filter { $0 >= 0.5 * ranked[0] - 1 }
        #expect(found.compactMap(\.objective.value) == expected, "\(found.map(\.objective.value)) vs \(expected)")
        for result in [optimum] + found { try BuilderRules.check(result, of: plan) }
    }

    /// Cutting acme's commitment from $3B to $1B moves a widget to bolt at 1.5 x: the
    /// value stays, one of acme's phases is no longer full (a widget moves from beta to
    /// gamma), and both builders' capex change.
    @Test func aComparisonNamesBuilderChanges() throws {
        let (_, a) = try Self.solve()
        let (_, b) = try Self.solve(["builders.acme.commitment=1B"])
        let comparison = PlanComparison(a: a, b: b)
        #expect(comparison.objectiveDelta == 0)
        // Which of acme's phases keeps its one plant is a tie the plan leaves open.
        #expect(
            comparison.stoppedBinding.contains { $0.hasPrefix("max_plants_per_phase in p") && $0.hasSuffix(" of acme") }
        )
        #expect(comparison.builderChanges.map(\.builder) == ["acme", "bolt"])
        let acme = try #require(comparison.builderChanges.first)
        #expect(acme.capex.a == 2e9 && acme.capex.b == 1e9 && acme.plants == (2, 1))
        #expect(comparison.builderChanges.last?.capex.b == 4.5e9)
    }
}
