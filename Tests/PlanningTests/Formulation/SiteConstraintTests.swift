import MIP
import Planning
import Testing

/// Constraints 1-5, 7 and 8: each on a plan small enough to solve by hand.
@Suite struct SiteConstraintTests {
    typealias T = Tiny

    /// 1. Open once. One site and min_sites 2: without constraint 1 the site could be
    /// "opened" in p1 and again in p2 to count twice; with it, at most one opening, so
    /// min_sites 2 cannot be met. With min_sites 1 it is met by the single site.
    @Test func openOnce() throws {
        let site = T.site("a", development: T.B)
        let twice = T.plan(sites: [site], types: [T.type("f")], phases: T.phases([nil, nil]),
                           objective: .minimizeCost, rules: Rules(minSites: 2))
        #expect(try T.solve(twice).status == .infeasible)
        var once = twice
        once.rules.minSites = 1
        let result = try T.solve(once)
        #expect(result.status == .optimal)
        #expect(result.objective.value == 1 * T.B)  // the development cost, paid once
        #expect(result.sites.map(\.id) == ["a"])
    }

    /// 2. Plants need an open site. The site costs 5B to open and the plant 1B; with a
    /// total budget of 3B nothing fits (a plant without opening the site is not allowed),
    /// so the value is 0. With 6B the site opens and holds the plant: 1B.
    @Test func plantsNeedAnOpenSite() throws {
        var plan = T.plan(sites: [T.site("a", development: 5 * T.B)], types: [T.type("f")],
                          budget: Budget(total: 3 * T.B))
        let poor = try T.solve(plan)
        #expect(poor.status == .optimal)
        #expect(poor.objective.value == 0)
        #expect(poor.allocations.isEmpty)
        plan.budget.total = 6 * T.B
        let rich = try T.solve(plan)
        #expect(rich.objective.value == 1 * T.B)
        #expect(T.allocations(rich) == ["a/f/p1=1"])
    }

    /// 2. (by phase) Opening costs 4B and the plant 1B; phase budgets 1B and 5B without
    /// carry-over. The site cannot open in p1 (4B > 1B), and a plant in p1 needs Open[p1],
    /// so the site opens in p2 and the plant starts in p2: 4B + 1B <= 5B, value 1B.
    @Test func plantsWaitForTheOpeningPhase() throws {
        let plan = T.plan(sites: [T.site("a", development: 4 * T.B)], types: [T.type("f")],
                          phases: T.phases([1 * T.B, 5 * T.B]), budget: Budget(carryOver: false))
        let result = try T.solve(plan)
        #expect(result.objective.value == 1 * T.B)
        #expect(T.allocations(result) == ["a/f/p2=1"])
        #expect(result.sites.first?.openedIn == "p2")
    }

    /// 3. Per-site type limit. max_per_site 2, allowed in both phases: each n[a,f,p] may be
    /// 2, but the sum over phases may not exceed 2, so 2 plants (2B), not 4.
    @Test func perSiteTypeLimit() throws {
        let plan = T.plan(sites: [T.site("a")], types: [T.type("f", maxPerSite: 2)], phases: T.phases([nil, nil]))
        let result = try T.solve(plan)
        #expect(result.objective.value == 2 * T.B)
        #expect(result.totals.plants == 2)
    }

    /// 4. Expansions need an open site, seen through the state share. Site a (ID) can hold
    /// the only plant (1B, worth 1B); site b (TN) excludes it but has a 1B expansion. With
    /// max_state_share 0.5, ID's 1B must be at most half the total spend, so b's expansion
    /// must be built too (1B in TN: 1 <= 0.5 * 2). With max_sites 1, b cannot be opened, so
    /// its expansion cannot be built, and the only feasible spend is 0: value 0. With
    /// max_sites 2: value 1B, b opened with its expansion.
    @Test func expansionsNeedAnOpenSite() throws {
        let expansion = Expansion(id: "b-grid", adds: ["power_mw": 10], cost: T.B, onlineMonths: 6)
        let sites = [T.site("a", state: "ID"), T.site("b", state: "TN", excludes: ["f"], expansions: [expansion])]
        var plan = T.plan(sites: sites, types: [T.type("f")], rules: Rules(maxStateShare: 0.5, maxSites: 1))
        let one = try T.solve(plan)
        #expect(one.status == .optimal)
        #expect(one.objective.value == 0)
        #expect(one.expansions.isEmpty)
        plan.rules.maxSites = 2
        let two = try T.solve(plan)
        #expect(two.objective.value == 1 * T.B)
        #expect(two.expansions == [BuiltExpansion(site: "b", id: "b-grid", phase: "p1")])
        #expect(two.sites.map(\.id) == ["a", "b"])
    }

    /// 5. Resources with an expansion online in p2 only. Power 100 MW; a plant uses 60 MW,
    /// costs 1B, is worth 1B, up to 3 a site. The expansion adds 100 MW for 0.5B and is
    /// online after 18 months: avail = p2 (T1 = 12 < 18 <= 24). Budgets 2B and 2B without
    /// carry-over. In p1 power allows one plant (120 > 100): 1B. In p2 a second plant
    /// needs the expansion (120 > 100 without it): 0.5B + 1B = 1.5B <= 2B; a third would cost
    /// 2.5B. Optimum 2 plants: one in p1, one in p2, expansion paid in p2. (Were the
    /// expansion online in p1, p1 could hold 1 plant + expansion and p2 2 plants: 3.)
    @Test func resourcesAndAnExpansionOnlineInPhaseTwo() throws {
        let expansion = Expansion(id: "smr", adds: ["power_mw": 100], cost: 0.5 * T.B, onlineMonths: 18)
        let site = T.site("a", capacity: ["power_mw": 100], expansions: [expansion])
        let plan = T.plan(sites: [site], types: [T.type("f", uses: ["power_mw": 60], maxPerSite: 3)],
                          phases: T.phases([2 * T.B, 2 * T.B]), budget: Budget(carryOver: false))
        let result = try T.solve(plan)
        #expect(result.objective.value == 2 * T.B)
        #expect(T.allocations(result) == ["a/f/p1=1", "a/f/p2=1"])
        #expect(result.expansions == [BuiltExpansion(site: "a", id: "smr", phase: "p2")])
        #expect(result.spendByPhase.map(\.amount) == [1 * T.B, 1.5 * T.B])
        let power = try #require(result.sites.first?.resources.first)
        #expect(power == ResourceUse(name: "power_mw", used: 120, capacity: 200, binds: false))
    }

    /// 5. An expansion that never comes online (36 months against a 24-month horizon) has
    /// no variable; 100 MW then hold one 60 MW plant: 1B. Power binds: the 40 MW left
    /// keep a second plant out.
    @Test func expansionBeyondTheHorizonIsNotUsable() throws {
        let expansion = Expansion(id: "late", adds: ["power_mw": 100], cost: 0, onlineMonths: 36)
        let site = T.site("a", capacity: ["power_mw": 100], expansions: [expansion])
        let plan = T.plan(sites: [site], types: [T.type("f", uses: ["power_mw": 60], maxPerSite: 3)],
                          phases: T.phases([nil, nil]))
        #expect(Formulation(plan: plan).index.expansions.isEmpty)
        let result = try T.solve(plan)
        #expect(result.objective.value == 1 * T.B)
        #expect(result.sites.first?.resources.first?.binds == true)
    }

    /// 7. Co-location. "chip" (worth 5B) requires "power" (worth 0.1B), each 1B. With 1.5B
    /// only one plant fits, and chip cannot stand alone: power alone, 0.1B. With 2B both: 5.1B.
    @Test func coLocationNeedsTheRequiredType() throws {
        let types = [T.type("chip", value: 5 * T.B, requires: ["power"]), T.type("power", value: 0.1 * T.B)]
        var plan = T.plan(sites: [T.site("a")], types: types, budget: Budget(total: 1.5 * T.B))
        let poor = try T.solve(plan)
        #expect(poor.objective.value == 0.1 * T.B)
        #expect(T.allocations(poor) == ["a/power/p1=1"])
        plan.budget.total = 2 * T.B
        let rich = try T.solve(plan)
        #expect(rich.objective.value == 5.1 * T.B)
    }

    /// 7. Co-location uses cumulative counts: "power" may start only from p2
    /// (earliest_phase), so N[power,p1] = 0 and "chip" cannot start in p1 either; both
    /// start in p2. Where the site excludes "power", chip can never stand there: value 0.
    @Test func coLocationFollowsTheRequiredTypesPhase() throws {
        let types = [T.type("chip", value: 5 * T.B, requires: ["power"]), T.type("power", value: 0, earliest: "p2")]
        var plan = T.plan(sites: [T.site("a")], types: types, phases: T.phases([nil, nil]))
        let result = try T.solve(plan)
        #expect(result.objective.value == 5 * T.B)
        #expect(T.allocations(result) == ["a/chip/p2=1", "a/power/p2=1"])
        plan.sites[0].excludes = ["power"]
        #expect(try T.solve(plan).objective.value == 0)
    }

    /// 8. Plants per site. Types worth 2B and 1B; max_plants_per_site 1 keeps only the
    /// 2B plant. A site's own max_plants 2 overrides the rule: both, 3B.
    @Test func plantsPerSite() throws {
        var plan = T.plan(sites: [T.site("a")], types: [T.type("big", value: 2 * T.B), T.type("small")],
                          rules: Rules(maxPlantsPerSite: 1))
        let one = try T.solve(plan)
        #expect(one.objective.value == 2 * T.B)
        #expect(T.allocations(one) == ["a/big/p1=1"])
        plan.sites[0].maxPlants = 2
        #expect(try T.solve(plan).objective.value == 3 * T.B)
    }
}
