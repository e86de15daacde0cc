import GLPKSolver
import MIP
import Planning
import Testing

/// Random tiny plans with builders (2 sites, 2 types, 2 phases, 2 builders, every rule
/// and builder field drawn at random) solved by the planner, by both methods, and by
/// ``BruteForce`` enumerating w[b,s,f,p]: status and optimum must agree, and ParkPlan's
/// own allocation must meet B1-B4 with a builder summary that adds up.
@Suite struct BuilderBruteForceTests {
    typealias Draw = BruteForceTests.Draw

    /// Two builders with drawn types, states, commitments, floors, plant limits and prices.
    static func randomBuilders(_ d: inout Draw) -> [Builder] {
        ["x", "y"].map { id in
            let builds: [String]? = d.pick([nil, nil, ["f"], ["g"]])
            let states: [String]? = d.pick([nil, nil, ["ID"], ["TN"]])
            let commitment: Double? = d.chance(0.5) ? d.pick([1, 2, 3]) * Tiny.B : nil
            let minWork = d.chance(0.2) ? min(d.pick([0.5, 1, 2]) * Tiny.B, commitment ?? .infinity) : 0
            let limit: Int? = d.chance(0.4) ? d.pick([1, 2]) : nil
            return Builder(
                id: id, builds: builds, states: states, commitment: commitment, minWork: minWork,
                maxPlantsPerPhase: limit, capexFactor: d.pick([1, 0.8, 1.25]))
        }
    }

    /// A random tiny plan: two sites (ID and TN), two types with at most one plant per site
    /// (the enumeration of builders grows fast), two phases, a few rules, any objective, and
    /// two builders.
    static func randomPlan(seed: UInt64) -> Plan {
        var d = Draw(state: seed &* 7919)
        let B = Tiny.B
        let sites = [("a", "ID"), ("b", "TN")].map { id, state in
            Tiny.site(
                id, state: state, capacity: d.chance(0.5) ? ["power_mw": d.pick([40, 80])] : [:],
                costIndex: d.pick([1, 1.5]), development: d.pick([0, 0.5]) * B)
        }
        let types = ["f", "g"].map { id in
            Tiny.type(
                id, capex: d.pick([0.5, 1, 1.5]) * B, value: d.pick([0.5, 1, 2]) * B, jobs: d.pick([100, 400]),
                uses: ["power_mw": d.pick([0, 30])], buildMonths: d.pick([12, 18]))
        }
        let budgets: [Double?] = d.chance(0.5) ? [d.pick([1, 2]) * B, d.pick([2, 4]) * B] : [nil, nil]
        let rules = Rules(
            maxStateShare: d.chance(0.2) ? 0.7 : nil,
            require: d.chance(0.2) ? [Requirement(site: "b", type: "g")] : [])
        let objective: Objective = d.pick([
            .maximize(.value), .maximize(.jobs), .maximize(.weighted(value: 1, jobs: 2e6)),
            .minimizeCost, .maximize(.npv),
        ])
        var plan = Tiny.plan(
            sites: sites, types: types, phases: Tiny.phases(budgets),
            budget: Budget(total: d.chance(0.3) ? 3 * B : nil, carryOver: d.pick([true, false])),
            objective: objective, rules: rules)
        if objective == .maximize(.npv) {
            plan.economics = Economics(horizon: YearMonth(year: 2040, month: 12), discountRate: 0.07, margin: 0.2)
        }
        plan.builders = randomBuilders(&d)
        // A type no builder builds may not carry a require or a positive target minimum (a load error).
        let unbuilt = Set(plan.typesNoBuilderBuilds.map(\.id))
        plan.rules.require.removeAll { unbuilt.contains($0.type) }
        if objective == .minimizeCost { plan.targets = [Target(type: unbuilt.contains("f") ? "g" : "f", min: 1)] }
        return plan
    }

    @Test(arguments: 1...80)
    func agreesWithBruteForceByBothMethods(seed: Int) throws {
        let plan = Self.randomPlan(seed: UInt64(seed))
        let expected = BruteForce(plan: plan).optimum()
        for method in Planner.Method.allCases {
            let result = try Planner(solver: GLPKSolver(), method: method).solve(plan, options: SolveOptions())
            if let expected {
                #expect(result.status == .optimal, "seed \(seed) \(method)")
                let value = try #require(result.objective.value)
                #expect(
                    abs(value - expected) <= 1e-6 * max(1, abs(expected)),
                    "seed \(seed) \(method): \(value) vs \(expected)")
                try BuilderRules.check(result, of: plan)
            } else {
                #expect(result.status == .infeasible, "seed \(seed) \(method)")
            }
        }
    }
}

/// B1-B4 and the builder summary checked on a solved result, in the plan's ids: every
/// allocation names an eligible builder, commitments, floors and plants per phase hold,
/// and each builder's `plants`, `capex` and `by_phase` add up from the allocations.
enum BuilderRules {
    static func check(_ result: PlanResult, of plan: Plan, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws
    {
        let builders = try #require(plan.builders)
        let summary = try #require(result.builders, sourceLocation: sourceLocation)
        #expect(summary.map(\.id) == builders.map(\.id), sourceLocation: sourceLocation)
        var capex = [String: Double](), plants = [String: Int](), byPhase = [String: [String: Int]]()
        for a in result.allocations {
            let b = try #require(
                builders.first { $0.id == a.builder }, "allocation without a builder", sourceLocation: sourceLocation)
            let site = try #require(plan.sites.first { $0.id == a.site })
            let type = try #require(plan.factoryTypes.first { $0.id == a.type })
            let p = try #require(plan.phases.firstIndex { $0.id == a.phase })
            #expect(
                plan.isEligible(builder: b, site: site, type: type, phase: p), "B1: \(a)",
                sourceLocation: sourceLocation)
            capex[b.id, default: 0] += Double(a.count) * b.capexFactor * type.capex * site.costIndex
            plants[b.id, default: 0] += a.count
            byPhase[b.id, default: [:]][a.phase, default: 0] += a.count
        }
        for (builder, entry) in zip(builders, summary) {
            let work = capex[builder.id] ?? 0
            let slack = 1e-6 * max(1, work)
            if let commitment = builder.commitment {
                #expect(work <= commitment + slack, "B2 \(builder.id)", sourceLocation: sourceLocation)
            }
            #expect(work >= builder.minWork - slack, "B3 \(builder.id)", sourceLocation: sourceLocation)
            for phase in plan.phases {
                let started = byPhase[builder.id]?[phase.id] ?? 0
                if let limit = builder.maxPlantsPerPhase {
                    #expect(started <= limit, "B4 \(builder.id)", sourceLocation: sourceLocation)
                }
                #expect(entry.byPhase.first { $0.phase == phase.id }?.count == started, sourceLocation: sourceLocation)
            }
            #expect(entry.byPhase.map(\.phase) == plan.phases.map(\.id), sourceLocation: sourceLocation)
            #expect(entry.plants == plants[builder.id] ?? 0, sourceLocation: sourceLocation)
            #expect(abs(entry.capex - work) <= slack, "capex \(builder.id)", sourceLocation: sourceLocation)
            #expect(
                entry.commitment == builder.commitment && entry.minWork == builder.minWork,
                sourceLocation: sourceLocation)
        }
        let spend = summary.reduce(0.0) { $0 + $1.capex }
        let other = plan.sites.filter { s in result.sites.contains { $0.id == s.id } }.reduce(0.0) {
            $0 + $1.developmentCost
        }
        #expect(result.totalSpend >= spend + other - 1e-6 * max(1, result.totalSpend), sourceLocation: sourceLocation)
    }
}
