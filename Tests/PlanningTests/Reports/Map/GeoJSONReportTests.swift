import Foundation
import Planning
import Testing

/// The GeoJSON map: one Point per selected site with coordinates, its properties taken
/// from the result.
@Suite struct GeoJSONReportTests {
    static func parsed(_ result: PlanResult) throws -> [String: Any] {
        let text = ReportFormat.geojson.render(result, plan: MapFixture.plan)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func features(_ collection: [String: Any]) -> [String: [String: Any]] {
        let features = collection["features"] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: features.map { (($0["properties"] as? [String: Any])?["id"] as? String ?? "", $0) })
    }

    @Test func oneFeaturePerSiteWithCoordinatesInLonLatOrder() throws {
        let collection = try Self.parsed(MapFixture.result)
        #expect(collection["type"] as? String == "FeatureCollection")
        let features = Self.features(collection)
        #expect(Set(features.keys) == ["inl", "orr"])
        let geometry = try #require(features["inl"]?["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "Point")
        #expect(geometry["coordinates"] as? [Double] == [-112.95, 43.52])
    }

    @Test func openedSiteCarriesItsPhaseSpendAndPlants() throws {
        let properties = try #require(Self.features(try Self.parsed(MapFixture.result))["inl"]?["properties"] as? [String: Any])
        #expect(properties["name"] as? String == MapFixture.hostileName)
        #expect(properties["state"] as? String == "ID")
        #expect(properties["opened_in"] as? String == "p1")
        #expect(properties["spend"] as? Double == 2e9)
        let plants = try #require(properties["plants"] as? [[String: Any]])
        #expect(plants.count == 2)
        #expect(plants[0]["type"] as? String == "transformer" && plants[0]["phase"] as? String == "p1"
                && plants[0]["count"] as? Int == 2)
        #expect(plants[1]["type"] as? String == "modules" && plants[1]["phase"] as? String == "p2"
                && plants[1]["count"] as? Int == 1)
    }

    @Test func unopenedSiteHasNullPhaseZeroSpendNoPlants() throws {
        let properties = try #require(Self.features(try Self.parsed(MapFixture.result))["orr"]?["properties"] as? [String: Any])
        #expect(properties["opened_in"] is NSNull)
        #expect(properties["spend"] as? Double == 0)
        #expect((properties["plants"] as? [Any])?.isEmpty == true)
    }

    @Test func infeasibleRunMapsEverySiteUnopened() throws {
        let result = ReportRenderingTests.bareResult(MapFixture.plan, status: .infeasible)
        let collection = try Self.parsed(result)
        #expect(collection["status"] as? String == "infeasible")
        let features = Self.features(collection)
        #expect(features.count == 2)
        #expect(features.values.allSatisfy { (($0["properties"] as? [String: Any])?["opened_in"]) is NSNull })
    }

    @Test func sitesWithoutCoordinatesAreNamedInAWarning() {
        let warnings = ReportFormat.geojson.warnings(plan: MapFixture.plan)
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("'nowhere'") == true)
        #expect(ReportFormat.html.warnings(plan: MapFixture.plan) == warnings)
        #expect(ReportFormat.json.warnings(plan: MapFixture.plan).isEmpty)
    }
}
