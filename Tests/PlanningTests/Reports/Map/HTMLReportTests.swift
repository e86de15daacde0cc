import Foundation
@testable import Planning
import Testing

/// The HTML page's structure without a browser: markers, tables, timeline, and the
/// money-over-time sections when the result has them.
@Suite struct HTMLReportTests {
    static func page(_ result: PlanResult = MapFixture.result) -> String {
        ReportFormat.html.render(result, plan: MapFixture.plan)
    }

    /// Every `data-site` attribute's value, in page order.
    static func markerSites(_ html: String) -> [String] {
        html.components(separatedBy: "data-site=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func oneMarkerPerSiteWithCoordinatesAndOnlyMarkersCarryDataSite() {
        let html = Self.page()
        #expect(Self.markerSites(html).sorted() == ["inl", "orr"])
        let tags = html.components(separatedBy: "<").filter { $0.contains("data-site=\"") }
        #expect(tags.count == 2)
        #expect(tags.allSatisfy { $0.hasPrefix("g class=\"site") })
    }

    @Test func onlyOpenedSitesCarryTheirPhase() {
        let html = Self.page()
        let opened = html.components(separatedBy: "<").filter { $0.contains("data-opened=") }
        #expect(opened.count == 1)
        #expect(opened.first?.contains("data-site=\"inl\" data-opened=\"p1\"") == true)
    }

    @Test func noSolutionShowsTheSitesUnopenedAndSaysTheStatus() {
        let html = Self.page(ReportRenderingTests.bareResult(MapFixture.plan, status: .infeasible))
        #expect(Self.markerSites(html).sorted() == ["inl", "orr"])
        #expect(!html.contains("data-opened="))
        #expect(html.contains("data-status=\"infeasible\""))
        #expect(html.contains("none opened"))
        #expect(!html.contains("id=\"allocation-table\""))
    }

    @Test func allocationTableHasOneRowPerAllocation() {
        let html = Self.page()
        #expect(html.contains("<table id=\"allocation-table\">"))
        #expect(html.components(separatedBy: "<tr data-row-site=\"inl\">").count - 1 == 2)
    }

    /// T1 = 24, T2 = 60. transformer: EA review 12, build 12, started in p1: construction
    /// month max(12, 0) + 1 = 13 (2027-01), output 25 (2028-01). modules: CE review 3,
    /// build 18, started in p2: construction max(3, 24) + 1 = 25 (2028-01), output 43 (2029-07).
    @Test func timelineIsDerivedFromThePlanWithoutScheduleFields() {
        let timeline = PlantTimeline(result: MapFixture.result, plan: MapFixture.plan)
        #expect(timeline.entries.map(\.constructionStart) == [13, 25])
        #expect(timeline.entries.map(\.firstOutput) == [25, 43])
        #expect(timeline.phaseEnds.map(\.month) == [24, 60])
        let html = Self.page()
        #expect(html.contains("<td>2027-01</td><td>2028-01</td>"))
        #expect(html.contains("<td>2028-01</td><td>2029-07</td>"))
        #expect(html.components(separatedBy: "<g class=\"plant\">").count - 1 == 2)
        #expect(html.contains("<text class=\"group\" x=\"4\" y=\"38\">inl</text>"))
        #expect(html.contains(">transformer · p1 ×2</text>"))
    }

    /// Below the allocation: the sites with their resources and plant limits, the spend, the
    /// totals; a label per marker, drawn so that it never takes the pointer.
    @Test func thePageHasTheSitesAndTotalsTablesAndLabels() {
        let html = Self.page()
        for id in ["allocation-table", "sites-table", "spend-table", "totals-table"] {
            #expect(html.contains("<table id=\"\(id)\">"), "\(id)")
        }
        #expect(!html.contains("expansions-table"))
        #expect(html.contains("<td class=\"num\">100%</td><td class=\"binds\">BINDS</td>"))
        #expect(html.contains("<td class=\"num\">$4.4B</td><td class=\"num\">1,900</td><td class=\"num\">3</td>"))
        #expect(html.contains(">inl</text>") && html.contains(">orr</text>"))
        #expect(html.contains(".labels{pointer-events:none}"))
    }

    @Test func scheduleFieldsOfTheReportWinOverTheDerivedOnes() {
        var result = MapFixture.result
        result.allocations = [Allocation(site: "inl", type: "transformer", phase: "p1", count: 2,
                                         constructionStart: YearMonth(year: 2027, month: 3),
                                         firstOutput: YearMonth(year: 2028, month: 5))]
        let timeline = PlantTimeline(result: result, plan: MapFixture.plan)
        #expect(timeline.entries.map(\.constructionStart) == [15])
        #expect(timeline.entries.map(\.firstOutput) == [29])
    }

    @Test func cashFlowAndRecoupAppearWhenTheReportHasThem() {
        var result = MapFixture.result
        #expect(!HTMLReport(result: result, plan: MapFixture.plan).text.contains("id=\"cash-flow\""))
        result.money = MoneyResult(npv: 0, cashFlow: [
            CashFlowYear(year: 2027, spend: 1e9, profit: 0, plantsOnline: 0, investor: 0, others: 0),
            CashFlowYear(year: 2028, spend: 1e9, profit: 3e8, plantsOnline: 2, investor: 1.5e8, others: 1.5e8),
        ], recoup: Recoup(source: "japan", invested: 2e9, month: YearMonth(year: 2037, month: 4)))
        let html = HTMLReport(result: result, plan: MapFixture.plan).text
        #expect(html.contains("<table id=\"cash-flow-table\">"))
        #expect(html.contains("<td>2028</td><td class=\"num\">$1B</td><td class=\"num\">$300M</td><td class=\"num\">2</td>"))
        #expect(html.contains("id=\"recoup\" data-month=\"2037-04\""))
        #expect(html.components(separatedBy: "<rect class=\"profit\"").count - 1 == 2)
        #expect(html.components(separatedBy: "<rect class=\"spend\"").count - 1 == 2)
        #expect(html.contains("recouped 2037-04"))
    }

    @Test func pageLoadsNothingFromTheNetwork() {
        let html = Self.page()
        for needle in ["http://", "https://", " src=\"", "<link", "@import", "url("] {
            #expect(!html.contains(needle), "found \(needle)")
        }
        #expect(html.contains("default-src 'none'"))
    }
}
