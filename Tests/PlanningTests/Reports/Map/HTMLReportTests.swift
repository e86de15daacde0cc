import Foundation
@testable import Planning
import Testing

/// The HTML page's structure without a browser: markers, tables, timeline, and the
/// money-over-time sections when the JSON report carries them.
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
        let timeline = PlantTimeline(document: JSONReport(MapFixture.result).document, plan: MapFixture.plan)
        #expect(timeline.entries.map(\.constructionStart) == [13, 25])
        #expect(timeline.entries.map(\.firstOutput) == [25, 43])
        #expect(timeline.phaseEnds.map(\.month) == [24, 60])
        let html = Self.page()
        #expect(html.contains("<td>2027-01</td><td>2028-01</td>"))
        #expect(html.contains("<td>2028-01</td><td>2029-07</td>"))
        #expect(html.components(separatedBy: "<g class=\"plant\">").count - 1 == 3)
    }

    @Test func scheduleFieldsOfTheReportWinOverTheDerivedOnes() {
        guard case .object(var members) = JSONReport(MapFixture.result).document else { Issue.record("not an object"); return }
        let i = members.firstIndex { $0.0 == "allocations" }!
        members[i].1 = .array([.object([("site", .string("inl")), ("type", .string("transformer")),
                                        ("phase", .string("p1")), ("count", .number(2)),
                                        ("construction_start", .string("2027-03")), ("first_output", .string("2028-05"))])])
        let timeline = PlantTimeline(document: .object(members), plan: MapFixture.plan)
        #expect(timeline.entries.map(\.constructionStart) == [15])
        #expect(timeline.entries.map(\.firstOutput) == [29])
    }

    @Test func cashFlowAndRecoupAppearWhenTheReportHasThem() {
        guard case .object(var members) = JSONReport(MapFixture.result).document else { Issue.record("not an object"); return }
        #expect(!HTMLReport(document: .object(members), plan: MapFixture.plan).text.contains("id=\"cash-flow\""))
        members.append(("cash_flow", .array([
            .object([("year", .number(2027)), ("spend", .number(1e9)), ("profit", .number(0)), ("plants_online", .number(0)),
                     ("investor", .number(0)), ("others", .number(0))]),
            .object([("year", .number(2028)), ("spend", .number(1e9)), ("profit", .number(3e8)), ("plants_online", .number(2)),
                     ("investor", .number(1.5e8)), ("others", .number(1.5e8))]),
        ])))
        members.append(("recoup", .object([("source", .string("japan")), ("invested", .number(2e9)),
                                           ("month", .string("2037-04"))])))
        let html = HTMLReport(document: .object(members), plan: MapFixture.plan).text
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
