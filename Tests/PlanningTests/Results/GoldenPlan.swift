import Planning

/// The plan behind the golden JSON report, with a unique optimum worked out by hand.
///
/// Sites: inl (ID, power 100 MW, workers 2000, opening 0.4B, an SMR adding 200 MW for 2B
/// online after 18 months, so in p2) and orr (TN, power 60 MW, cost index 1.2).
/// Types: transformer (0.5B, worth 1.2B, 800 jobs, 30 MW and 800 workers, 2 a site) and
/// modules (1B, worth 2B, 300 jobs, 60 MW, from p2 only). Budgets 3B (p1) and 3B (p2)
/// without carry-over; total 12B; maximize value.
///
/// Everything that can be built is built: two transformers at inl (60 MW, 1600 workers),
/// two at orr (60 MW: binds), modules at inl (60 MW more: 120 > 100, so the SMR). p2 must
/// pay modules 1B + SMR 2B = 3B, its whole budget, so the transformers start in p1:
/// 0.4B + 2 * 0.5B at inl and 2 * 0.6B at orr = 2.6B <= 3B. Value 4 * 1.2B + 2B = 6.8B,
/// jobs 4 * 800 + 300 = 3500, 5 plants, spend 2.6B + 3B = 5.6B.
enum GoldenPlan {
    static let B = 1e9

    static var plan: Plan {
        let smr = Expansion(id: "inl-smr", name: "SMR units", adds: ["power_mw": 200], cost: 2 * B, onlineMonths: 18)
        let sites = [
            Site(id: "inl", name: "Idaho National Laboratory", state: "ID",
                 capacity: ["power_mw": 100, "workers": 2000], developmentCost: 0.4 * B, expansions: [smr]),
            Site(id: "orr", name: "Oak Ridge Reservation", state: "TN", capacity: ["power_mw": 60], costIndex: 1.2),
        ]
        let types = [
            FactoryType(id: "transformer", name: "Large power transformer plant", capex: 0.5 * B, annualValue: 1.2 * B,
                        jobs: 800, uses: ["power_mw": 30, "workers": 800], buildMonths: 12, review: "EA", maxPerSite: 2),
            FactoryType(id: "modules", name: "Power module plant", capex: 1 * B, annualValue: 2 * B, jobs: 300,
                        uses: ["power_mw": 60], buildMonths: 12, review: "EA", earliestPhase: "p2"),
        ]
        return Plan(
            name: "Golden plan", start: YearMonth(year: 2026, month: 1),
            phases: [Phase(id: "p1", ends: YearMonth(year: 2026, month: 12), budget: 3 * B),
                     Phase(id: "p2", ends: YearMonth(year: 2027, month: 12), budget: 3 * B)],
            budget: Budget(total: 12 * B, carryOver: false), reviewMonths: ["EA": 0], sites: sites, factoryTypes: types)
    }
}
