import MIP
import Planning

/// A small plan for the map outputs: an opened site, a selected site left unopened, and a
/// site without coordinates; names carry markup that must stay text.
enum MapFixture {
    static let B = 1e9
    static let hostileName = "R&D <img src=x onerror=alert(1)> \"quoted\" 'single' </script><script>alert(2)</script>"

    static var plan: Plan {
        let sites = [
            Site(id: "inl", name: hostileName, state: "ID", lat: 43.52, lon: -112.95, capacity: ["power_mw": 100]),
            Site(id: "orr", name: "Oak Ridge Reservation", state: "TN", lat: 35.93, lon: -84.31, capacity: ["power_mw": 60]),
            Site(id: "nowhere", name: "Site without coordinates", state: "TX", capacity: ["power_mw": 60]),
        ]
        let types = [
            FactoryType(id: "transformer", name: "Transformer plant", capex: 0.5 * B, annualValue: 1.2 * B, jobs: 800,
                        uses: ["power_mw": 30], buildMonths: 12, review: "EA", maxPerSite: 2),
            FactoryType(id: "modules", name: "Module plant", capex: 1 * B, annualValue: 2 * B, jobs: 300,
                        uses: ["power_mw": 40], buildMonths: 18, review: "CE"),
        ]
        return Plan(
            name: "Map </script> plan & <b>co</b>", start: YearMonth(year: 2026, month: 1),
            phases: [Phase(id: "p1", ends: YearMonth(year: 2027, month: 12), budget: 3 * B),
                     Phase(id: "p2", ends: YearMonth(year: 2030, month: 12), budget: 3 * B)],
            reviewMonths: ["EA": 12, "CE": 3], sites: sites, factoryTypes: types)
    }

    /// inl opened in p1 with two transformers in p1 and a module plant in p2; orr and
    /// nowhere unopened.
    static var result: PlanResult {
        var result = ReportRenderingTests.bareResult(plan, status: .optimal)
        result.allocations = [
            Allocation(site: "inl", type: "transformer", phase: "p1", count: 2),
            Allocation(site: "inl", type: "modules", phase: "p2", count: 1),
        ]
        result.sites = [SiteResult(id: "inl", openedIn: "p1", spend: 2 * B, resources: [
            ResourceUse(name: "power_mw", used: 100, capacity: 100, binds: true),
        ])]
        result.spendByPhase = [PhaseSpend(phase: "p1", amount: 1 * B), PhaseSpend(phase: "p2", amount: 1 * B)]
        result.totalSpend = 2 * B
        result.totals = PlanTotals(value: 4.4 * B, jobs: 1900, plants: 3)
        result.objective.value = 4.4 * B
        return result
    }
}
