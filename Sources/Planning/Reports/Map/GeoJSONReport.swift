/// `parkplan solve --format geojson`: an RFC 7946 FeatureCollection with one Point
/// feature per selected site that has coordinates, opened or not.
///
/// Each feature's `properties` hold `id`, `name`, `state`, `agency` (or null),
/// `opened_in` (the phase id, or null), `spend` (dollars, 0 when unopened) and `plants`
/// (`{"type", "phase", "count"}` entries, empty when unopened; with builders each entry
/// also names its `builder`, and `builders` lists the ids of the builders that build at
/// the site, for filtering a map by builder); the collection itself
/// carries the plan's name and the solve's status as foreign members `plan` and
/// `status`. Sites without `lat` and `lon` are left out (``ReportFormat/warnings(plan:)``
/// names them).
public struct GeoJSONReport: Sendable {
    /// The result to map.
    public let result: PlanResult
    /// The plan it solves, for the sites and their coordinates.
    public let plan: Plan

    /// Creates a map of `result`, the solution of `plan`.
    public init(result: PlanResult, plan: Plan) {
        self.result = result
        self.plan = plan
    }

    /// The FeatureCollection.
    public var document: JSONValue {
        .object([
            ("type", .string("FeatureCollection")),
            ("plan", .string(result.plan)),
            ("status", .string(result.status.rawValue)),
            ("features", .array(plan.sites.compactMap(feature))),
        ])
    }

    /// The document as indented text ending with a newline.
    public var text: String { document.rendered(pretty: true) + "\n" }

    /// The sites of `plan` that have no coordinates and so no feature.
    public static func sitesWithoutCoordinates(in plan: Plan) -> [Site] {
        plan.sites.filter { $0.lat == nil || $0.lon == nil }
    }

    private func feature(_ site: Site) -> JSONValue? {
        guard let lat = site.lat, let lon = site.lon else { return nil }
        let opened = result.sites.first { $0.id == site.id }
        let here = result.allocations.filter { $0.site == site.id }
        let plants = here.map { a in
            JSONValue.object(
                [("type", .string(a.type)), ("phase", .string(a.phase)), ("count", .number(Double(a.count)))]
                    + (a.builder.map { [("builder", JSONValue.string($0))] } ?? []))
        }
        var builders: [(String, JSONValue)] = []
        if let list = plan.builders {
            let ids = Set(here.compactMap(\.builder))
            builders = [("builders", .array(list.map(\.id).filter(ids.contains).map(JSONValue.string)))]
        }
        return .object([
            ("type", .string("Feature")),
            ("id", .string(site.id)),
            ("geometry", .object([("type", .string("Point")), ("coordinates", .array([.number(lon), .number(lat)]))])),
            ("properties", .object([
                ("id", .string(site.id)),
                ("name", .string(site.name)),
                ("state", .string(site.state)),
                ("agency", site.agency.map(JSONValue.string) ?? .null),
                ("opened_in", opened.map { .string($0.openedIn) } ?? .null),
                ("spend", .number(opened?.spend ?? 0)),
                ("plants", .array(plants)),
            ] + builders)),
        ])
    }
}
