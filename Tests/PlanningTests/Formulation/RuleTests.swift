import MIP
import Planning
import Testing

/// Constraints 9-13 and `forbid`.
@Suite struct RuleTests {
    typealias T = Tiny

    /// 9. Target max: "big" (2B) is capped at 0, so the site takes "small" (1B) only.
    @Test func targetMax() throws {
        let plan = T.plan(sites: [T.site("a")], types: [T.type("big", value: 2 * T.B), T.type("small")],
                          targets: [Target(type: "big", max: 0)])
        let result = try T.solve(plan)
        #expect(result.objective.value == 1 * T.B)
        #expect(T.allocations(result) == ["a/small/p1=1"])
    }

    /// 9. Target min that cannot be met: 2 plants of a type allowed once per site at one
    /// site: infeasible, with no allocations.
    @Test func targetMinMakesItInfeasible() throws {
        let plan = T.plan(sites: [T.site("a")], types: [T.type("f")], targets: [Target(type: "f", min: 2)])
        let result = try T.solve(plan)
        #expect(result.status == .infeasible)
        #expect(result.allocations.isEmpty)
        #expect(result.objective.value == nil)
    }

    /// 9. A target min on a type that is allowed nowhere (lead 12 + 24 > 12) leaves an
    /// empty row 0 >= 1: infeasible.
    @Test func targetMinOnATypeAllowedNowhere() throws {
        let plan = T.plan(sites: [T.site("a")], types: [T.type("f", buildMonths: 24)],
                          targets: [Target(type: "f", min: 1)])
        #expect(Formulation(plan: plan).counts.allowedTriples == 0)
        #expect(try T.solve(plan).status == .infeasible)
    }

    /// Minimize cost with a target min. Site x: development 1B, cost index 1 -> 1B + 1B = 2B.
    /// Site y: development 0.2B, cost index 2 -> 0.2B + 2B = 2.2B. min 1: x alone, 2B.
    /// min 2 (one plant per site): both, 4.2B.
    @Test func minimizeCostWithATargetMin() throws {
        var plan = T.plan(sites: [T.site("x", development: T.B), T.site("y", costIndex: 2, development: 0.2 * T.B)],
                          types: [T.type("f")], objective: .minimizeCost, targets: [Target(type: "f", min: 1)])
        let one = try T.solve(plan)
        #expect(one.objective.sense == .minimize)
        #expect(one.objective.measure == .cost)
        #expect(one.objective.value == 2 * T.B)
        #expect(T.allocations(one) == ["x/f/p1=1"])
        plan.targets = [Target(type: "f", min: 2)]
        let two = try T.solve(plan)
        #expect(two.objective.value == 4.2 * T.B)
        #expect(two.totals.plants == 2)
    }

    /// 10. State share. Site a (ID) holds up to 2 plants, site b (TN) 1 (max_plants 1);
    /// plants cost 1B and are worth 1B. Share 0.6: 2 at a and 1 at b gives ID 2/3 > 0.6, so
    /// the best is 1 + 1 (each state 1/2): 2B. Share 0.7: 2/3 <= 0.7, all three: 3B.
    @Test func maxStateShare() throws {
        let sites = [T.site("a", state: "ID"), T.site("b", state: "TN", maxPlants: 1)]
        var plan = T.plan(sites: sites, types: [T.type("f", maxPerSite: 2)], rules: Rules(maxStateShare: 0.6))
        let tight = try T.solve(plan)
        #expect(tight.objective.value == 2 * T.B)
        #expect(T.allocations(tight) == ["a/f/p1=1", "b/f/p1=1"])
        plan.rules.maxStateShare = 0.7
        #expect(try T.solve(plan).objective.value == 3 * T.B)
    }

    /// 11. Min states, minimizing cost: ID sites a1 (0.5B to open) and a2 (0.3B), TN site b
    /// (2B). Two states need b and the cheaper ID site a2: 2.3B.
    @Test func minStates() throws {
        let sites = [T.site("a1", state: "ID", development: 0.5 * T.B), T.site("a2", state: "ID", development: 0.3 * T.B),
                     T.site("b", state: "TN", development: 2 * T.B)]
        let plan = T.plan(sites: sites, types: [T.type("f")], objective: .minimizeCost, rules: Rules(minStates: 2))
        let result = try T.solve(plan)
        #expect(result.objective.value == 2.3 * T.B)
        #expect(result.sites.map(\.id) == ["a2", "b"])
    }

    /// 12. Min sites, minimizing cost: sites cost 1B, 2B, 3B to open; min_sites 2 opens the
    /// first two: 3B.
    @Test func minSites() throws {
        let sites = [T.site("a", development: T.B), T.site("b", development: 2 * T.B), T.site("c", development: 3 * T.B)]
        let plan = T.plan(sites: sites, types: [T.type("f")], objective: .minimizeCost, rules: Rules(minSites: 2))
        let result = try T.solve(plan)
        #expect(result.objective.value == 3 * T.B)
        #expect(result.sites.map(\.id) == ["a", "b"])
    }

    /// 12. Max sites: each of two sites could hold one 1B plant, but only one may open: 1B.
    @Test func maxSites() throws {
        let plan = T.plan(sites: [T.site("a"), T.site("b")], types: [T.type("f")], rules: Rules(maxSites: 1))
        let result = try T.solve(plan)
        #expect(result.objective.value == 1 * T.B)
        #expect(result.sites.count == 1)
    }

    /// 13. Require: one plant a site (max_plants_per_site 1); "big" is worth 2B, "small" 1B,
    /// but small is required: 1B.
    @Test func require() throws {
        let plan = T.plan(sites: [T.site("a")], types: [T.type("big", value: 2 * T.B), T.type("small")],
                          rules: Rules(maxPlantsPerSite: 1, require: [Requirement(site: "a", type: "small")]))
        let result = try T.solve(plan)
        #expect(result.objective.value == 1 * T.B)
        #expect(T.allocations(result) == ["a/small/p1=1"])
    }

    /// 13. Require with a count, minimizing cost: 2 plants of 1B each are required: 2B.
    @Test func requireCount() throws {
        let plan = T.plan(sites: [T.site("a")], types: [T.type("f", maxPerSite: 3)], objective: .minimizeCost,
                          rules: Rules(require: [Requirement(site: "a", type: "f", count: 2)]))
        let result = try T.solve(plan)
        #expect(result.objective.value == 2 * T.B)
        #expect(T.allocations(result) == ["a/f/p1=2"])
    }

    /// Forbid: "big" forbidden at a leaves "small" there (1B) while b keeps "big" (2B):
    /// 3B. Forbidding "big" everywhere leaves two "small" plants: 2B.
    @Test func forbid() throws {
        var plan = T.plan(sites: [T.site("a"), T.site("b")], types: [T.type("big", value: 2 * T.B), T.type("small")],
                          rules: Rules(maxPlantsPerSite: 1, forbid: [Forbidden(site: "a", type: "big")]))
        let some = try T.solve(plan)
        #expect(some.objective.value == 3 * T.B)
        #expect(T.allocations(some) == ["a/small/p1=1", "b/big/p1=1"])
        plan.rules.forbid = [Forbidden(type: "big")]
        let all = try T.solve(plan)
        #expect(all.objective.value == 2 * T.B)
        #expect(T.allocations(all) == ["a/small/p1=1", "b/small/p1=1"])
    }
}
