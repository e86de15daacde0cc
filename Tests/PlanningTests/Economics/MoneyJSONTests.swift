import Foundation
import Testing
@testable import Planning

/// The section 4 fields of `solve --format json`: allocation months, totals.npv,
/// cash_flow, funding and recoup.
@Suite struct MoneyJSONTests {
    /// One plant (capex 1.2B, profit 1.2B a year, 12 build months) at one site; the investor
    /// pays p1 and recoups at share 0.5 after 24 months of output: 2028-12.
    static func plan(horizon: YearMonth) -> Plan {
        var type = Tiny.type("t", capex: 1.2e9, value: 2e9)
        type.annualProfit = 1.2e9
        var plan = Tiny.plan(sites: [Tiny.site("a")], types: [type], phases: Tiny.phases([nil, nil]), objective: .maximize(.npv))
        plan.economics = Economics(horizon: horizon, discountRate: 0)
        plan.funding = [FundingSource(id: "j", until: YearMonth(year: 2026, month: 12),
                                      terms: InvestorTerms(share: 0.5, shareAfterRecoup: 0.1)),
                        FundingSource(id: "k", amount: 0)]
        return plan
    }

    static func json(_ plan: Plan) throws -> [String: Any] {
        let result = try Tiny.solve(plan)
        return try #require(JSONSerialization.jsonObject(with: JSONReport(result).data()) as? [String: Any])
    }

    @Test func moneyFieldsFollowTheContract() throws {
        let object = try Self.json(Self.plan(horizon: YearMonth(year: 2029, month: 6)))
        let objective = try #require(object["objective"] as? [String: Any])
        #expect(objective["measure"] as? String == "npv")
        let allocation = try #require((object["allocations"] as? [[String: Any]])?.first)
        #expect(allocation["construction_start"] as? String == "2026-01")
        #expect(allocation["first_output"] as? String == "2027-01")
        let totals = try #require(object["totals"] as? [String: Any])
        // 30 months of 0.1B (2027-01 to 2029-06) less 1.2B, undiscounted.
        #expect(abs(((totals["npv"] as? NSNumber)?.doubleValue ?? 0) - 1.8e9) < 1)
        let years = try #require(object["cash_flow"] as? [[String: Any]])
        #expect(years.map { ($0["year"] as? NSNumber)?.intValue } == [2026, 2027, 2028, 2029])
        #expect(years.map { ($0["plants_online"] as? NSNumber)?.intValue } == [0, 1, 1, 1])
        #expect((years[0]["spend"] as? NSNumber)?.doubleValue == 1.2e9)
        // 2028: 0.6B to the investor (its last 0.6B) exactly in December, so all at share 0.5.
        #expect(abs(((years[2]["investor"] as? NSNumber)?.doubleValue ?? 0) - 0.6e9) < 1)
        #expect(abs(((years[3]["investor"] as? NSNumber)?.doubleValue ?? 0) - 0.06e9) < 1)
        #expect(abs(((years[3]["others"] as? NSNumber)?.doubleValue ?? 0) - 0.54e9) < 1)
        let funding = try #require(object["funding"] as? [String: [String: NSNumber]])
        #expect(Set(funding["j"]?.keys.map { $0 } ?? []) == ["p1", "total"])
        #expect(funding["j"]?["total"]?.doubleValue == 1.2e9)
        #expect(Set(funding["k"]?.keys.map { $0 } ?? []) == ["p1", "p2", "total"])
        let recoup = try #require(object["recoup"] as? [String: Any])
        #expect(recoup["source"] as? String == "j")
        #expect(recoup["month"] as? String == "2028-12")
    }

    @Test func recoupMonthIsNullWhenNotReachedByTheHorizon() throws {
        let object = try Self.json(Self.plan(horizon: YearMonth(year: 2028, month: 6)))
        let recoup = try #require(object["recoup"] as? [String: Any])
        #expect(recoup["month"] is NSNull)
    }

    @Test func versionOnePlansPrintNoMoneyFields() throws {
        var plan = Self.plan(horizon: YearMonth(year: 2029, month: 6))
        plan.economics = nil
        plan.funding = nil
        plan.objective = .maximize(.value)
        let object = try Self.json(plan)
        #expect(object["cash_flow"] == nil && object["funding"] == nil && object["recoup"] == nil)
        #expect((object["totals"] as? [String: Any])?["npv"] == nil)
    }

    @Test func compareShowsNPVAndRecoupMonths() throws {
        let a = try Tiny.solve(Self.plan(horizon: YearMonth(year: 2029, month: 6)))
        let b = try Tiny.solve(Self.plan(horizon: YearMonth(year: 2028, month: 6)))
        let rows = PlanComparison(a: a, b: b).moneyRows
        // A: 30 months of 0.1B less 1.2B = 1.8B; B: 18 months less 1.2B = 0.6B.
        #expect(rows.first == ["npv", "$1.8B", "$600M", "-$1.2B"])
        #expect(rows.last == ["recoup", "2028-12", "none", ""])
        let text = ComparisonReport(PlanComparison(a: a, b: b), labels: (a: "a", b: "b")).render(.table)
        #expect(text.contains("recoup") && text.contains("2028-12"))
    }
}
