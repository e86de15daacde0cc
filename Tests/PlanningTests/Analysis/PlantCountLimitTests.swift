import Foundation
import MIP
import Testing

@testable import Planning

/// Plant-count limits that hold a plan back are said to bind, in every report, and have
/// marginals: the plant-counts fixture has three sites that each take one widget and one
/// gizmo ($5B a year a site, $15B in all), held back by nothing but `max_per_site` 1.
@Suite struct PlantCountLimitTests {
    static let path = Analysis.fixture("plant-counts.yaml")

    @Test func maxPerSiteBindsWhereEveryTypeStandsAtItsLimit() throws {
        let (_, result) = try Analysis.solve(path: Self.path)
        #expect(result.objective.value == 15e9)
        for site in result.sites {
            #expect(site.typesAtMaxPerSite == ["widget", "gizmo"])
            #expect(site.plants == PlantCountUse(used: 2, limit: nil))
            #expect(!site.plants.binds)
        }
    }

    /// Raising `rules.max_plants_per_site` changes nothing; raising a type's `max_per_site`
    /// lets every site take a second one: 3 x $3B more for gizmo, 3 x $2B for widget.
    @Test func marginalsRaiseMaxPerSiteAndMatchReSolvesByHand() throws {
        let (plan, result) = try Analysis.solve(path: Self.path)
        let (_, rules) = try Analysis.solve(["rules.max_plants_per_site=10"], path: Self.path)
        #expect(rules.objective.value == 15e9)
        let analysis = MarginalAnalysis(path: Self.path, overrides: [], plan: plan, result: result)
        let marginals = analysis.run(planner: Analysis.planner, options: SolveOptions(), threads: 2)
        let raised = marginals.filter { $0.kind == .maxPerSite }
        #expect(raised.map(\.limit) == ["max_per_site of widget", "max_per_site of gizmo"])
        #expect(
            raised.map(\.override) == ["factory_types.widget.max_per_site=2", "factory_types.gizmo.max_per_site=2"])
        #expect(raised.map(\.delta) == [6e9, 9e9])
        #expect(!marginals.contains { $0.kind == .plantLimit })
    }

    /// With `rules.max_plants_per_site: 1` each site takes its gizmo only ($9B): the site's
    /// limit binds (and says which key sets it), and one more plant a site buys the widgets back.
    @Test func theSitePlantLimitBindsAndNamesItsKey() throws {
        let (plan, result) = try Analysis.solve(["rules.max_plants_per_site=1"], path: Self.path)
        #expect(result.objective.value == 9e9)
        for site in result.sites {
            #expect(site.plants == PlantCountUse(used: 1, limit: 1))
            #expect(site.bindingLimits == ["max_plants_per_site"])
        }
        let analysis = MarginalAnalysis(
            path: Self.path, overrides: ["rules.max_plants_per_site=1"], plan: plan,
            result: result)
        let probes = analysis.probes.filter { $0.kind == .plantLimit }
        #expect(
            probes.map(\.override) == [
                "sites.alpha.max_plants=2", "sites.beta.max_plants=2", "sites.gamma.max_plants=2",
            ])
        let marginal = try #require(
            analysis.run(planner: Analysis.planner, options: SolveOptions())
                .first { $0.limit == "max plants at alpha" })
        #expect(marginal.delta == 2e9)
        let (_, own) = try Analysis.solve(["sites.beta.max_plants=1"], path: Self.path)
        #expect(own.sites.first { $0.id == "beta" }?.bindingLimits == ["max_plants"])
    }

    /// The table marks the allocation rows and the sites' plant rows, the CSV lists the
    /// limits in `binding_limits`, the JSON carries `plants` and `max_per_site` with `binds`.
    @Test func everyFormatShowsTheBindingCountLimits() throws {
        let (plan, result) = try Analysis.solve(["rules.max_plants_per_site=2"], path: Self.path)
        let table = ReportFormat.table.render(result, plan: plan)
        let allocation = table.components(separatedBy: "\n\n")[1].split(separator: "\n").filter { $0.contains("p1") }
        #expect(allocation.count == 6 && allocation.allSatisfy { $0.hasSuffix("BINDS") })
        let plantRows = table.split(separator: "\n").filter { $0.contains(" plants ") && $0.hasSuffix("BINDS") }
        #expect(plantRows.count == 3)
        let csv = ReportFormat.csv.render(result, plan: plan).split(separator: "\n").dropFirst()
        #expect(csv.count == 6 && csv.allSatisfy { $0.hasSuffix(",max_plants_per_site;max_per_site") })
        let json = try #require(JSONSerialization.jsonObject(with: JSONReport(result).data()) as? [String: Any])
        let site = try #require((json["sites"] as? [[String: Any]])?.first)
        let plants = try #require(site["plants"] as? [String: Any])
        #expect(plants["used"] as? Int == 2 && plants["limit"] as? Int == 2 && plants["binds"] as? Bool == true)
        #expect(plants["key"] as? String == "max_plants_per_site")
        let gizmo = try #require((site["max_per_site"] as? [String: [String: Any]])?["gizmo"])
        #expect(gizmo["binds"] as? Bool == true && gizmo["limit"] as? Int == 1)
    }

    /// A comparison names the sites whose plant limit became binding.
    @Test func aComparisonNamesPlantLimitsThatBecameBinding() throws {
        let (_, a) = try Analysis.solve(path: Self.path)
        let (_, b) = try Analysis.solve(["rules.max_plants_per_site=1"], path: Self.path)
        let comparison = PlanComparison(a: a, b: b)
        #expect(comparison.becameBinding == ["max plants at alpha", "max plants at beta", "max plants at gamma"])
        #expect(comparison.stoppedBinding.isEmpty)
    }
}
