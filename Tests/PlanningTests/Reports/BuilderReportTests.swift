import Foundation
import GLPKSolver
import MIP
import Planning
import Testing

/// Every report format of a solved plan with builders shows each plant's builder and the
/// builder summary, with capex at each builder's own price and names from the plan as text.
@Suite struct BuilderReportTests {
    /// The map plan with two builders: acme (a name with markup) builds transformers only,
    /// one a phase within $1.5B; bolt builds everything in TN and TX at 1.2 x.
    static var plan: Plan {
        var plan = MapFixture.plan
        plan.builders = [
            Builder(
                id: "acme", name: MapFixture.hostileName, builds: ["transformer"], commitment: 1.5e9,
                maxPlantsPerPhase: 1),
            Builder(id: "bolt", name: "Bolt", states: ["TN", "TX"], capexFactor: 1.2),
        ]
        return plan
    }

    static func solved() throws -> PlanResult {
        try Planner(solver: GLPKSolver()).solve(plan, options: SolveOptions())
    }

    @Test func theTableNamesEachPlantsBuilderAndSummarizesThem() throws {
        let result = try Self.solved()
        try BuilderRules.check(result, of: Self.plan)
        let text = ReportFormat.table.render(result, plan: Self.plan)
        let allocation = text.components(separatedBy: "\nTimeline")[0]
        let header = allocation.split(separator: "\n").first { $0.hasPrefix("  site") }?.split(separator: " ")
        #expect(header == ["site", "state", "phase", "type", "builder", "count", "capex", "value/yr", "jobs", "limit"])
        for a in result.allocations {
            #expect(
                allocation.split(separator: "\n").contains {
                    $0.contains(a.site) && $0.contains(a.type) && $0.contains(a.builder!)
                })
        }
        let builders = try #require(
            text.components(separatedBy: "\nBuilders\n").last?.components(separatedBy: "\n\n").first)
        let columns = builders.split(separator: "\n").first { $0.hasPrefix("  builder") }?.split(separator: " ")
        #expect(columns == ["builder", "plants", "capex", "commitment", "min_work", "p1", "p2", "binds"])
        let acme = try #require(result.builders?.first)
        let row = try #require(builders.split(separator: "\n").first { $0.hasPrefix("  acme") })
        #expect(row.contains(Money.format(acme.capex)) && row.contains("$1.5B"))
        #expect(row.contains("\(acme.byPhase[0].count)/1") && row.contains("\(acme.byPhase[1].count)/1"))
        let markdown = ReportFormat.markdown.render(result, plan: Self.plan)
        #expect(markdown.contains("## Builders") && markdown.contains("| builder | plants | capex |"))
    }

    @Test func csvRowsCarryTheBuilderAndItsSummaryAtItsPrice() throws {
        let result = try Self.solved()
        let lines = ReportFormat.csv.render(result, plan: Self.plan).split(separator: "\n").map(String.init)
        #expect(
            lines[0] == "site,state,phase,type,builder,count,capex,annual_value,jobs,construction_start,first_output,"
                + "binding_limits,builder_capex,builder_commitment,builder_min_work,builder_binding_limits")
        #expect(lines.count == result.allocations.count + 1)
        for (line, a) in zip(lines.dropFirst(), result.allocations) {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let builder = try #require(Self.plan.builders?.first { $0.id == a.builder })
            let type = try #require(Self.plan.factoryTypes.first { $0.id == a.type })
            #expect(fields[4] == builder.id)
            #expect(Double(fields[6]) == Double(a.count) * builder.capexFactor * type.capex)
            let summary = try #require(result.builders?.first { $0.id == builder.id })
            #expect(Double(fields[12]) == summary.capex)
        }
    }

    @Test func geoJSONPlantsCarryTheirBuilder() throws {
        let result = try Self.solved()
        let document = GeoJSONReport(result: result, plan: Self.plan).text
        let json = try #require(try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any])
        let features = try #require(json["features"] as? [[String: Any]])
        for feature in features {
            let properties = try #require(feature["properties"] as? [String: Any])
            let id = try #require(properties["id"] as? String)
            let plants = try #require(properties["plants"] as? [[String: Any]])
            let want = result.allocations.filter { $0.site == id }
            #expect(plants.map { $0["builder"] as? String } == want.map(\.builder))
            let builders = try #require(properties["builders"] as? [String])
            #expect(Set(builders) == Set(want.compactMap(\.builder)))
        }
    }

    @Test func theHTMLPageShowsBuildersAsTextWithAFilter() throws {
        let result = try Self.solved()
        let page = HTMLReport(result: result, plan: Self.plan).text
        #expect(page.contains("<select id=\"builder-filter\">"))
        #expect(page.contains("<table id=\"builders-table\">"))
        #expect(page.components(separatedBy: "<tr data-builder=").count == 3)
        #expect(page.components(separatedBy: "data-row-builder=\"").count - 1 == result.allocations.count)
        #expect(!page.contains("<img src=x"))
        #expect(page.contains("R&amp;D &lt;img src=x onerror=alert(1)&gt;"))
        let lines = page.split(separator: "\n")
        let site = try #require(lines.first { $0.contains("\"site-data\"") })
        #expect(site.contains(" by acme") || site.contains(" by bolt"))
    }
}
