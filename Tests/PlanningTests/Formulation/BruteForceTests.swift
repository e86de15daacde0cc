import GLPKSolver
import MIP
import Planning
import Testing

/// Random tiny plans (2 sites, 2 types, 2 phases, every rule drawn at random) solved by
/// the planner and by ``BruteForce``: status and optimum must agree.
@Suite struct BruteForceTests {
    /// A small deterministic generator (SplitMix64), so every run draws the same plans.
    struct Draw: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ options: [T]) -> T { options.randomElement(using: &self)! }
        mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }
    }

    static func randomPlan(seed: UInt64) -> Plan {
        var d = Draw(state: seed)
        let B = 1e9
        let sites = ["a", "b"].map { id in
            let expansion = Expansion(id: "\(id)-x", adds: ["power_mw": d.pick([30, 60])], cost: d.pick([0.5, 1]) * B,
                                      onlineMonths: d.pick([6, 18, 30]))
            let state = d.pick(["ID", "TN"])
            let capacity: [String: Double] = d.chance(0.7) ? ["power_mw": d.pick([50, 100])] : [:]
            let costIndex = d.pick([1, 1.5]), development = d.pick([0, 0.5]) * B
            let maxPlants: Int? = d.chance(0.2) ? d.pick([1, 2]) : nil
            let excludes = d.chance(0.2) ? ["g"] : []
            let expansions = d.chance(0.6) ? [expansion] : []
            return Tiny.site(id, state: state, capacity: capacity, costIndex: costIndex, development: development,
                             maxPlants: maxPlants, excludes: excludes, expansions: expansions)
        }
        let types = ["f", "g"].map { id in
            let capex = d.pick([0.5, 1, 1.5, 2]) * B, value = d.pick([0.5, 1, 2, 3]) * B
            let jobs = d.pick([100.0, 400, 900]), power = d.pick([0.0, 30, 60]), build = d.pick([12, 12, 18])
            let earliest: String? = d.chance(0.2) ? "p2" : nil
            let maxPerSite = d.pick([1, 2])
            let requires = id == "f" && d.chance(0.3) ? ["g"] : []
            return Tiny.type(id, capex: capex, value: value, jobs: jobs, uses: ["power_mw": power], buildMonths: build,
                             earliest: earliest, maxPerSite: maxPerSite, requires: requires)
        }
        let phaseBudgets: [Double?] = d.chance(0.6) ? [d.pick([1, 2, 3]) * B, d.pick([1, 2, 4]) * B] : [nil, nil]
        let maxPlantsPerSite: Int? = d.chance(0.3) ? d.pick([1, 2, 3]) : nil
        let share: Double? = d.chance(0.3) ? d.pick([0.5, 0.7, 0.9]) : nil
        let minStates: Int? = d.chance(0.2) ? 2 : nil
        let minSites: Int? = d.chance(0.2) ? d.pick([1, 2]) : nil
        let maxSites: Int? = d.chance(0.2) ? 1 : nil
        let require = d.chance(0.2) ? [Requirement(site: "a", type: "g")] : []
        let forbid = d.chance(0.2) ? [Forbidden(site: "b", type: "f")] : []
        let rules = Rules(maxPlantsPerSite: maxPlantsPerSite, maxStateShare: share, minStates: minStates,
                          minSites: minSites, maxSites: maxSites, require: require, forbid: forbid)
        let objective: Objective = d.pick([.maximize(.value), .maximize(.jobs),
                                           .maximize(.weighted(value: 1, jobs: 2e6)), .minimizeCost])
        var targets: [Target] = []
        if d.chance(0.4) {
            let min = d.pick([0, 1, 2])
            targets = [Target(type: "f", min: min, max: d.chance(0.5) ? d.pick([1, 3]) : nil)]
        }
        if objective == .minimizeCost && targets.isEmpty { targets = [Target(type: "g", min: 1)] }
        let total: Double? = d.chance(0.4) ? d.pick([2, 3, 5]) * B : nil
        let budget = Budget(total: total, carryOver: d.pick([true, false]))
        return Tiny.plan(sites: sites, types: types, phases: Tiny.phases(phaseBudgets), budget: budget,
                         objective: objective, reviewMonths: ["CE": d.pick([0, 3])], rules: rules, targets: targets)
    }

    @Test(arguments: 1...40)
    func agreesWithBruteForce(seed: Int) throws {
        let plan = Self.randomPlan(seed: UInt64(seed))
        let expected = BruteForce(plan: plan).optimum()
        let result = try Tiny.solve(plan)
        if let expected {
            #expect(result.status == .optimal, "seed \(seed)")
            let value = try #require(result.objective.value)
            #expect(abs(value - expected) <= 1e-6 * max(1, abs(expected)), "seed \(seed): \(value) vs \(expected)")
        } else {
            #expect(result.status == .infeasible, "seed \(seed)")
        }
    }
}
