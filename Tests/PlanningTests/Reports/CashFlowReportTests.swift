import Foundation
import Testing

@testable import Planning

/// What each side of a deal gets, in every format: the cash flow's totals row, the
/// investor's and the others' receipts through the horizon, and whose net the running
/// column is.
@Suite struct CashFlowReportTests {
    static let B = 1e9

    /// The map fixture with money: $1B spent in 2027 and 2028, profit $0.3B in 2028 and
    /// $0.9B in 2029 split 50/50 and then 1/3 to 2/3; the investor paid $1.5B, a second
    /// source $0.5B. Totals: spend $2B, profit $1.2B, investor $0.45B, others $0.75B, net -$0.8B.
    static var result: PlanResult {
        var result = MapFixture.result
        result.money = MoneyResult(
            npv: -0.5 * B,
            cashFlow: [
                CashFlowYear(year: 2027, spend: 1 * B, profit: 0, plantsOnline: 0, investor: 0, others: 0),
                CashFlowYear(
                    year: 2028, spend: 1 * B, profit: 0.3 * B, plantsOnline: 2, investor: 0.15 * B, others: 0.15 * B),
                CashFlowYear(
                    year: 2029, spend: 0, profit: 0.9 * B, plantsOnline: 3, investor: 0.3 * B, others: 0.6 * B),
            ],
            funding: [
                SourceFunding(
                    source: "japan",
                    byPhase: [
                        PhaseSpend(phase: "p1", amount: 1 * B),
                        PhaseSpend(phase: "p2", amount: 0.5 * B),
                    ]),
                SourceFunding(source: "us", byPhase: [PhaseSpend(phase: "p2", amount: 0.5 * B)]),
            ], recoup: Recoup(source: "japan", invested: 1.5 * B, month: nil))
        return result
    }

    static var plan: Plan {
        var plan = MapFixture.plan
        plan.economics = Economics(horizon: YearMonth(year: 2029, month: 12), discountRate: 0.07)
        plan.funding = [
            FundingSource(id: "japan", terms: InvestorTerms(share: 0.5, shareAfterRecoup: 0.1)),
            FundingSource(id: "us"),
        ]
        return plan
    }

    static let sentence =
        "Through 2029-12 japan receives $450M of the profit for the $1.5B it paid (net -$1.05B); "
        + "the others (everyone but japan) receive $750M for the $500M they paid (net $250M)."

    @Test func totalsAddUpTheYears() {
        let totals = Self.result.money!.cashFlowTotals
        #expect(
            totals
                == CashFlowTotals(
                    spend: 2 * Self.B, profit: 1.2 * Self.B, investor: 0.45 * Self.B,
                    others: 0.75 * Self.B))
        #expect(abs(totals.net + 0.8 * Self.B) < 1)
        #expect(Self.result.money!.paidByOthers == 0.5 * Self.B)
    }

    @Test func theTableEndsWithTotalsAndSaysWhatEachSideGets() {
        let text = ReportFormat.table.render(Self.result, plan: Self.plan)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("  year  ") && $0.hasSuffix("to japan  to others  program net") })
        #expect(lines.contains("  total    $2B   $1.2B             $450M      $750M       -$800M"))
        #expect(text.contains("program net: the whole program's profit less its spend, summed through the year."))
        #expect(text.contains(Self.sentence))
        let markdown = ReportFormat.markdown.render(Self.result, plan: Self.plan)
        #expect(markdown.contains("| total | \\$2B | \\$1.2B |  | \\$450M | \\$750M | -\\$800M |"))
    }

    @Test func theJSONAddsTotalsAndBothSidesReceipts() throws {
        let json = try #require(JSONSerialization.jsonObject(with: JSONReport(Self.result).data()) as? [String: Any])
        let totals = try #require(json["cash_flow_totals"] as? [String: Double])
        #expect(totals["spend"] == 2e9 && totals["profit"] == 1.2e9 && totals["investor"] == 4.5e8)
        #expect(totals["others"] == 7.5e8 && abs(totals["net"]! + 8e8) < 1)
        let recoup = try #require(json["recoup"] as? [String: Any])
        #expect(recoup["received"] as? Double == 4.5e8)
        #expect(recoup["others_paid"] as? Double == 5e8)
        #expect(recoup["others_received"] as? Double == 7.5e8)
        #expect(recoup["invested"] as? Double == 1.5e9)
    }

    @Test func theCSVAddsTheCashFlowAfterAnEmptyLine() {
        let csv = ReportFormat.csv.render(Self.result, plan: Self.plan)
        let tables = csv.components(separatedBy: "\n\n")
        #expect(tables.count == 2)
        #expect(
            tables[1].split(separator: "\n") == [
                "year,spend,profit,plants_online,investor,others,program_net",
                "2027,1000000000,0,0,0,0,-1000000000",
                "2028,1000000000,300000000,2,150000000,150000000,-1700000000",
                "2029,0,900000000,3,300000000,600000000,-800000000",
                "total,2000000000,1200000000,,450000000,750000000,-800000000",
            ])
    }

    @Test func theHTMLPageHasTheTotalsRowAndTheSplit() {
        let html = HTMLReport(result: Self.result, plan: Self.plan).text
        #expect(html.contains("<p id=\"split\">" + HTMLText.escape(Self.sentence) + "</p>"))
        #expect(
            html.contains(
                "<tr class=\"total\"><td>total</td><td class=\"num\">$2B</td><td class=\"num\">$1.2B</td>"
                    + "<td class=\"num\"></td><td class=\"num\">$450M</td><td class=\"num\">$750M</td></tr>"))
        #expect(html.contains("<th class=\"num\">to japan</th><th class=\"num\">to others</th>"))
    }
}
