import Foundation
import Testing
@testable import Planning

/// Construction start, first output, payment months and NPV coefficients against numbers
/// worked out by hand from section 4 of the plan format.
@Suite struct EconomicsTimingTests {
    /// Start 2026-01; p1 ends 2026-12 (T1 = 12), p2 ends 2027-12 (T2 = 24). Site "a" has an
    /// EA review of 3 months, site "b" one of 15; type t builds in 6 months.
    static func plan(rate: Double = 0.1, horizon: YearMonth = YearMonth(year: 2027, month: 12)) -> Plan {
        var type = Tiny.type("t", capex: 1.2 * Tiny.B, value: 2 * Tiny.B, buildMonths: 6)
        type.review = "EA"
        type.annualProfit = 1.2 * Tiny.B
        var plan = Tiny.plan(sites: [Tiny.site("a", development: 0.5 * Tiny.B, reviewMonths: ["EA": 3]),
                                     Tiny.site("b", costIndex: 2, reviewMonths: ["EA": 15])],
                             types: [type], phases: Tiny.phases([nil, nil]), reviewMonths: ["EA": 3])
        plan.economics = Economics(horizon: horizon, discountRate: rate)
        return plan
    }

    @Test func constructionWaitsForReviewAndPhaseMoney() {
        let e = PlanEconomics(plan: Self.plan())
        #expect(e.constructionStart(site: 0, type: 0, phase: 0) == 4)     // review 3 ends, p1's money there
        #expect(e.firstOutput(site: 0, type: 0, phase: 0) == 10)          // 4 + 6
        #expect(e.constructionStart(site: 0, type: 0, phase: 1) == 13)    // waits for p2 (T1 = 12)
        #expect(e.constructionStart(site: 1, type: 0, phase: 1) == 16)    // review of 15 months outlasts T1
        #expect(e.calendarMonth(10) == YearMonth(year: 2026, month: 10))
        #expect(e.calendarMonth(16) == YearMonth(year: 2027, month: 4))
        #expect(e.phaseStart(1) == 13)
    }

    @Test func plantCoefficientIsDiscountedProfitLessDiscountedCapex() {
        let e = PlanEconomics(plan: Self.plan())
        // Profit 0.1B a month from month 10 to 24, capex 1.2B paid in month 4, 10% a year.
        var expected = -1.2e9 * pow(1.1, -3.0 / 12)
        for m in 10...24 { expected += 0.1e9 * pow(1.1, -Double(m - 1) / 12) }
        #expect(abs(e.plantCoefficient(site: 0, type: 0, phase: 0) - expected) < 1e-3)
        // Site b doubles capex (cost index 2), starts in month 16, produces from 22: 3 months.
        var b = -2.4e9 * pow(1.1, -15.0 / 12)
        for m in 22...24 { b += 0.1e9 * pow(1.1, -Double(m - 1) / 12) }
        #expect(abs(e.plantCoefficient(site: 1, type: 0, phase: 1) - b) < 1e-3)
    }

    @Test func siteAndExpansionCostsArePaidWhenTheirPhaseStarts() {
        var plan = Self.plan()
        plan.sites[0].expansions = [Expansion(id: "x", adds: ["power_mw": 10], cost: 0.3e9, onlineMonths: 18)]
        let e = PlanEconomics(plan: plan)
        #expect(abs(e.openingCoefficient(site: 0, phase: 1) - -0.5e9 * pow(1.1, -1)) < 1e-3)   // month 13
        #expect(e.availablePhase(site: 0, expansion: 0) == 1)
        #expect(abs(e.expansionCoefficient(site: 0, expansion: 0, phase: 1) - -0.3e9 * pow(1.1, -1)) < 1e-3)
    }

    @Test func profitAfterTheHorizonDoesNotCountButCostsDo() {
        let e = PlanEconomics(plan: Self.plan(rate: 0, horizon: YearMonth(year: 2026, month: 8)))
        // H = 8: the plant started in month 4 never produces by then; its capex still counts.
        #expect(e.plantCoefficient(site: 0, type: 0, phase: 0) == -1.2e9)
        #expect(e.plantCoefficient(site: 1, type: 0, phase: 1) == -2.4e9)
    }

    @Test func cumulativeProfitCountsPastTheHorizon() {
        let e = PlanEconomics(plan: Self.plan(horizon: YearMonth(year: 2026, month: 12)))
        // On in month 10; through month 30: 21 months of 0.1B.
        #expect(abs(e.cumulativeProfit(site: 0, type: 0, phase: 0, through: 30) - 2.1e9) < 1e-3)
        #expect(e.cumulativeProfit(site: 0, type: 0, phase: 0, through: 9) == 0)
    }
}
