import Foundation
import Testing
@testable import Planning

/// The year-by-year cash flow and the investor's recoup month, against simulations written
/// here month by month.
@Suite struct CashFlowTests {
    /// Start 2026-07, one phase to 2027-06, horizon 2028-03 (H = 21): years 2026 (6
    /// months), 2027 and 2028 (3 months).
    static func plan(profit: Double = 1.2e9) -> Plan {
        var type = Tiny.type("t", capex: 1e9, value: 2e9, buildMonths: 6)
        type.annualProfit = profit
        var late = Tiny.type("late", capex: 0.5e9, value: 1e9, buildMonths: 11)
        late.annualProfit = profit
        var plan = Tiny.plan(sites: [Tiny.site("a", development: 0.2e9), Tiny.site("b", reviewMonths: ["CE": 2])],
                             types: [type, late],
                             phases: [Phase(id: "p1", ends: YearMonth(year: 2026, month: 12)),
                                      Phase(id: "p2", ends: YearMonth(year: 2028, month: 6))])
        plan.start = YearMonth(year: 2026, month: 7)
        plan.economics = Economics(horizon: YearMonth(year: 2028, month: 3), discountRate: 0)
        return plan
    }

    /// One t at a in p1 (b = 1, on = 7), one late at b in p2 (b = 7, on = 18), one t at b
    /// in p2 (b = 7, on = 13); site a opened in p1 (month 1), b in p2 (month 7).
    static let program = BuiltProgram(counts: [[[1, 0], [0, 0]], [[0, 1], [0, 1]]], openedIn: [0, 1], built: [[], []])

    @Test func yearsCoverPartialFirstAndLastYears() {
        let flow = PlanEconomics(plan: Self.plan()).cashFlow(of: Self.program)
        #expect(flow.years.map(\.year) == [2026, 2027, 2028])
        // 2026: months 1-6: site a 0.2B + capex 1B in month 1; no profit (on = 7 is 2027-01).
        #expect(flow.years[0].spend == 1.2e9)
        #expect(flow.years[0].profit == 0)
        #expect(flow.years[0].plantsOnline == 0)
        // 2027: months 7-18: capex 1B + 0.5B in month 7; profit: t@a 12 months, t@b months
        // 13-18 (6), late months 18 (1): 19 plant-months of 0.1B.
        #expect(flow.years[1].spend == 1.5e9)
        #expect(abs(flow.years[1].profit - 1.9e9) < 1)
        #expect(flow.years[1].plantsOnline == 3)
        // 2028: months 19-21, three plants: 9 plant-months.
        #expect(abs(flow.years[2].profit - 0.9e9) < 1)
        #expect(flow.years[2].plantsOnline == 3)
    }

    @Test func plantsOnlineCountsDecemberAndSpendAfterTheHorizonIsOnlyInTheNPV() {
        var plan = Self.plan()
        plan.economics?.horizon = YearMonth(year: 2026, month: 12)  // H = 6; p2's costs fall after it
        let e = PlanEconomics(plan: plan)
        let flow = e.cashFlow(of: Self.program)
        #expect(flow.years.map(\.year) == [2026])
        #expect(flow.years[0].spend == 1.2e9)
        // NPV at rate 0: all costs (0.2 + 1 + 1 + 0.5 + b's opening 0) and no profit by H.
        #expect(abs(flow.npv - -2.7e9) < 1)
    }

    /// The investor's receipts month by month, written independently: before recoup it gets
    /// `share` of the month's profit, in the recoup month `share` up to I and the after-share
    /// of the rest, afterwards the after-share.
    static func independentRecoup(profits: [Double], invested: Double, share: Double, after: Double)
        -> (month: Int?, receipts: [Double]) {
        var total = 0.0, month: Int?, receipts: [Double] = []
        for (i, p) in profits.enumerated() {
            if month != nil { receipts.append(after * p); continue }
            // Under one dollar counts as recouped in month 1, its split as in any recoup month.
            if (invested < 1 && i == 0) || total + share * p >= invested * (1 - 1e-7) {
                month = i + 1
                let toReach = (invested - total) / share
                let x = min(p, toReach)
                receipts.append(share * x + after * (p - x))
                total = invested
            } else {
                total += share * p
                receipts.append(share * p)
            }
        }
        return (month, receipts)
    }

    @Test(arguments: [(5.0, 0.5, 0.1), (12.3, 0.5, 0.1), (40.0, 0.3, 0.05), (0.4, 0.5, 0.2), (1e9, 0.5, 0.1)])
    func recoupMonthMatchesAnIndependentSimulation(invested: Double, share: Double, after: Double) {
        let profits = (1...60).map { m in Double(m % 7) * 0.37 + (m > 20 ? 1.5 : 0) }
        let terms = InvestorTerms(share: share, shareAfterRecoup: after)
        let got = PlanEconomics.investorReceipts(profit: profits, invested: invested, terms: terms)
        let want = Self.independentRecoup(profits: profits, invested: invested, share: share, after: after)
        #expect(got.recoupMonth == want.month)
        for (a, b) in zip(got.receipts, want.receipts) { #expect(abs(a - b) < 1e-9) }
    }

    @Test func anExactlyReachedInvestmentRecoupsInThatMonthDespiteFloatNoise() {
        // $0.1B a month reaches $1.2B in month 12; within a relative 1e-7 still counts, beyond it does not.
        let terms = InvestorTerms(share: 1)
        let profit = Array(repeating: 0.1e9, count: 20)
        #expect(PlanEconomics.investorReceipts(profit: profit, invested: 1.2e9 * (1 + 5e-8), terms: terms).recoupMonth == 12)
        #expect(PlanEconomics.investorReceipts(profit: profit, invested: 1.2e9 * (1 + 5e-7), terms: terms).recoupMonth == 13)
    }
}
