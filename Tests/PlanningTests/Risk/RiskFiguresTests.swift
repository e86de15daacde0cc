import Foundation
import GLPKSolver
import MIP
import Testing

@testable import Planning

/// Every figure of `parkplan risk` for a solved plan, recomputed by ``IndependentRisk``:
/// exactly on listed scenarios, and within four standard errors of an independent
/// 20,000-scenario sample on sampled ones.
@Suite struct RiskFiguresTests {
    /// Two sites, three types, two phases with budgets, an investor and a second source,
    /// money discounted at 5%; the listed scenarios weigh 3, 1, 1, 2 and 0.5.
    static let yaml = """
        name: Listed scenarios
        start: 2026-01
        phases:
          - {id: p1, ends: 2027-06, budget: 3B}
          - {id: p2, ends: 2030-12, budget: 4B}
        budget: {total: 6.5B, carry_over: true}
        objective: {maximize: npv}
        review_months: {CE: 2, EA: 9, EIS: 20}
        economics: {horizon: 2045-12, discount_rate: 0.05, margin: 0.2}
        funding:
          - {id: japan, amount: 5B, until: 2027-07, terms: {share: 0.5, share_after_recoup: 0.1}}
          - {id: us, amount: 3B}
        sites:
          - id: north
            name: North
            state: OH
            capacity: {power_mw: 400}
            cost_index: 1.1
            development_cost: 200M
            review_months: {EA: 12}
            expansions: [{id: grid, name: Grid tie, adds: {power_mw: 300}, cost: 300M, online_months: 30}]
          - {id: south, name: South, state: TN, capacity: {power_mw: 300}, development_cost: 100M}
        factory_types:
          - {id: transformer, name: Transformer plant, capex: 600M, annual_value: 1.5B, jobs: 700, uses: {power_mw: 100}, build_months: 9, review: EA, max_per_site: 2}
          - {id: cable, name: Cable plant, capex: 300M, annual_value: 800M, jobs: 300, uses: {power_mw: 50}, build_months: 12, review: CE, max_per_site: 2}
          - {id: fab, name: Fab, capex: 2.5B, annual_value: 3B, jobs: 2000, uses: {power_mw: 250}, build_months: 36, review: EIS}
        uncertainty:
          scenarios:
            - {id: base, weight: 3}
            - {id: overrun, capex: {default: 1.4, fab: 1.9}}
            - {id: slow-permits, review_months: {EIS: 2.0, EA: 2.1, CE: 3}, build_months: {default: 1.25}}
            - {id: weak-demand, weight: 2, profit: {default: 0.6}}
            - {id: bad-decade, weight: 0.5, capex: {default: 1.3}, review_months: {default: 1.8}, build_months: {fab: 1.5}, profit: {default: 0.7}}

        """

    static func solved(_ yaml: String) throws -> (Plan, PlanResult) {
        let plan = try PlanLoader.load(yaml: yaml, file: "listed.yaml").plan
        return (plan, try Tiny.solve(plan))
    }

    /// `yaml` solved and evaluated in its scenarios (`scenarios` and `seed` replace a sample's).
    static func evaluated(
        _ yaml: String, scenarios: Int? = nil, seed: UInt64? = nil, shard: SweepShard? = nil, threads: Int = 1
    ) throws -> (Plan, PlanResult, RiskRun) {
        let (plan, result) = try solved(yaml)
        let sampler = try #require(ScenarioSampler(plan: plan, scenarios: scenarios, seed: seed))
        let evaluation = RiskEvaluation(
            plan: plan, fixed: try FixedPlan(plan: plan, result: result), sampler: sampler,
            shard: shard)
        return (plan, result, evaluation.run(status: result.status, threads: threads))
    }

    static func close(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    }

    /// The listed plan with two builders at their own prices, one limited to a plant a phase.
    static let withBuilders = yaml.replacingOccurrences(
        of: "uncertainty:\n  scenarios:",
        with: """
            builders:
              - {id: acme, name: Acme, builds: [transformer, cable], capex_factor: 1.1, commitment: 5B}
              - {id: bolt, name: Bolt, capex_factor: 0.95, max_plants_per_phase: 1}
            uncertainty:
              scenarios:
            """)

    @Test(arguments: [yaml, withBuilders])
    func everyFigureOfListedScenariosIsRecomputedExactly(_ yaml: String) throws {
        let (plan, result, run) = try Self.evaluated(yaml)
        try #require(result.status == .optimal)
        guard case .listed(let scenarios) = plan.uncertainty?.scenarios else {
            Issue.record("no scenarios")
            return
        }
        let figures = RiskFigures(run)
        let independent = IndependentRisk(plan: plan, result: result)
        let outcomes = scenarios.map { independent.outcome(IndependentRisk.listed($0)) }
        let weights = scenarios.map(\.weight)
        // With builders every plant names its builder, and both build some.
        if plan.builders != nil {
            #expect(Set(result.allocations.compactMap(\.builder)) == ["acme", "bolt"])
        }
        // The plan builds in both phases and one scenario makes a plant late: the test covers them.
        #expect(Set(result.allocations.map(\.phase)) == ["p1", "p2"])
        #expect(outcomes.contains { $0.late.values.contains(true) })

        let npv = outcomes.map(\.npv)
        let want = try #require(figures.npv)
        #expect(Self.close(want.planned, independent.outcome { _, _ in 1 }.npv))
        #expect(Self.close(want.planned, try #require(result.money?.npv)))
        #expect(Self.close(want.mean, IndependentRisk.mean(npv, weights)))
        for (q, got) in [(0.1, want.p10), (0.5, want.p50), (0.9, want.p90)] {
            #expect(Self.close(got, IndependentRisk.quantile(npv, weights, q)), "q \(q)")
        }
        #expect(Self.close(want.cvar10, IndependentRisk.cvar(npv, weights, 0.1)))

        let planned = independent.outcome { _, _ in 1 }.spend
        for (p, phase) in figures.phases.enumerated() {
            #expect(phase.id == plan.phases[p].id)
            #expect(Self.close(phase.within, IndependentRisk.mean(outcomes.map { $0.within[p] ? 1 : 0 }, weights)))
            let overrun = outcomes.map { max(0, $0.spend[p] - planned[p]) }
            #expect(Self.close(phase.overrunMean, IndependentRisk.mean(overrun, weights)))
            #expect(abs(phase.overrunP90 - IndependentRisk.quantile(overrun, weights, 0.9)) < 1e-3)
        }
        let all = outcomes.map { $0.within.allSatisfy { $0 } ? 1.0 : 0 }
        #expect(Self.close(figures.allPhasesWithin, IndependentRisk.mean(all, weights)))

        let recoup = try #require(figures.recoup)
        let horizon = try #require(plan.economics?.horizon)
        let by = plan.start.monthsThrough(horizon)
        #expect(recoup.by == horizon)
        #expect(
            Self.close(
                recoup.probability, IndependentRisk.mean(outcomes.map { ($0.recoup ?? .max) <= by ? 1 : 0 }, weights)))
        let months = outcomes.map { $0.recoup.map(Double.init) ?? .infinity }
        for (q, got) in [(0.1, recoup.p10), (0.5, recoup.p50), (0.9, recoup.p90)] {
            let month = IndependentRisk.quantile(months, weights, q)
            #expect(got == (month.isFinite ? PlanEconomics(plan: plan).calendarMonth(Int(month)) : nil), "q \(q)")
        }

        let built = plan.factoryTypes.map(\.id).filter { id in result.allocations.contains { $0.type == id } }
        #expect(figures.types.map(\.id) == built)
        for type in figures.types {
            #expect(
                Self.close(type.late, IndependentRisk.mean(outcomes.map { $0.late[type.id] == true ? 1 : 0 }, weights)))
            let delays = outcomes.map { Double($0.delay[type.id] ?? 0) }
            #expect(Self.close(type.delayMean, IndependentRisk.mean(delays, weights)))
            #expect(type.delayP90 == IndependentRisk.quantile(delays, weights, 0.9))
        }
        for source in figures.sources {
            let paid = outcomes.map { $0.paid[source.id] ?? 0 }
            #expect(Self.close(source.paidMean, IndependentRisk.mean(paid, weights)))
        }
    }

    /// The same plan with sampled multipliers on every quantity, and japan's promise to
    /// recoup by 2031-06 (its planned recoup is 2030-08).
    static let sampledYAML =
        yaml.components(separatedBy: "uncertainty:")[0]
        .replacingOccurrences(of: "share_after_recoup: 0.1}", with: "share_after_recoup: 0.1, recoup_by: 2031-06}")
            + """
            uncertainty:
              sample: {scenarios: 4000, seed: 11}
              capex: {default: {p50: 1.1, p90: 1.5}, fab: {p50: 1.3, p90: 2.1}}
              review_months: {default: {p50: 1.0, p90: 2.0}, EIS: {p50: 1.2, p90: 2.5}}
              build_months: {default: {p50: 1.1, p90: 1.6}, cable: 1.0}
              profit: {default: {p50: 1.0, p90: 0.7}}

            """

    @Test func sampledFiguresAgreeWithAnIndependentSample() throws {
        let (plan, result, run) = try Self.evaluated(Self.sampledYAML)
        guard case .sample(_, _, let m) = plan.uncertainty?.scenarios else {
            Issue.record("no sample")
            return
        }
        let figures = RiskFigures(run)
        // 20,000 scenarios drawn independently: Box-Muller normals from a xorshift generator,
        // one z per quantity and type (or review class), evaluated by IndependentRisk.
        var random = XorShift(seed: 20_261_206)
        let independent = IndependentRisk(plan: plan, result: result)
        let tables = [
            "capex": m.capex, "build_months": m.buildMonths, "profit": m.profit, "review_months": m.reviewMonths,
        ]
        var npv: [Double] = [], recouped: [Double] = []
        let by = plan.start.monthsThrough(YearMonth(year: 2031, month: 6))
        #expect(figures.recoup?.by == YearMonth(year: 2031, month: 6))
        for _ in 0..<20_000 {
            var draws: [String: Double] = [:]
            let outcome = independent.outcome { quantity, key in
                let name = quantity + "/" + key
                if draws[name] == nil { draws[name] = random.normal() }
                switch tables[quantity]?.byKey[key] ?? tables[quantity]?.fallback {
                case .fixed(let x)?: return x
                case .quantiles(let a, let b)?: return a * pow(b / a, draws[name]! / 1.2815516)
                case nil: return 1
                }
            }
            npv.append(outcome.npv)
            recouped.append((outcome.recoup ?? .max) <= by ? 1 : 0)
        }
        let ours = run.results.npv
        func standardError(_ xs: [Double]) -> Double {
            let mean = xs.reduce(0, +) / Double(xs.count)
            return (xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(xs.count - 1) / Double(xs.count))
                .squareRoot()
        }
        /// Half the spread of the order statistics n/2 -+ sqrt(n)/2: about one standard error of the median.
        func medianError(_ xs: [Double]) -> Double {
            let sorted = xs.sorted(), n = sorted.count, d = Int(Double(n).squareRoot() / 2)
            return (sorted[n / 2 + d] - sorted[n / 2 - d]) / 2
        }
        let npvFigures = try #require(figures.npv)
        let meanGap = abs(npvFigures.mean - npv.reduce(0, +) / Double(npv.count))
        #expect(
            meanGap < 4
                * (standardError(ours) * standardError(ours) + standardError(npv) * standardError(npv)).squareRoot())
        let medianGap = abs(npvFigures.p50 - IndependentRisk.quantile(npv, Array(repeating: 1, count: npv.count), 0.5))
        #expect(
            medianGap < 4 * (medianError(ours) * medianError(ours) + medianError(npv) * medianError(npv)).squareRoot())
        let p = try #require(figures.recoup).probability, q = recouped.reduce(0, +) / Double(recouped.count)
        let pooled = (p + q) / 2
        let recoupError = (pooled * (1 - pooled) * (1.0 / Double(ours.count) + 1.0 / 20_000)).squareRoot()
        #expect(abs(p - q) <= 4 * max(recoupError, 1e-12), "recoup \(p) against \(q)")
        // The multipliers vary: NPV is spread and recoup by the promise is not certain either way.
        #expect(npvFigures.p90 - npvFigures.p10 > 1e9)
        #expect(p > 0.1 && p < 0.9)
    }
}

/// A small seeded generator for the independent sample (xorshift64*), with Box-Muller normals.
struct XorShift {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed
    }

    mutating func unit() -> Double {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return (Double((state &* 0x2545_F491_4F6C_DD1D) >> 11) + 0.5) * 0x1.0p-53
    }

    mutating func normal() -> Double {
        (-2 * log(unit())).squareRoot() * cos(2 * Double.pi * unit())
    }
}
