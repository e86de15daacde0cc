/// The map section of the HTML report: the contiguous states as inline SVG, one marker
/// per selected site with coordinates, and a legend of the phases.
///
/// Only the markers carry `data-site="ID"`, and an opened site's marker also carries
/// `data-opened="PHASE"`; each marker holds an SVG `<title>` (the browser's tooltip) with
/// the site's plants, spend and binding limits, and the report's script shows the same
/// in a panel on a click or Enter.
struct HTMLMap {
    /// The result to draw.
    let result: PlanResult
    /// The plan, for the sites' names and coordinates.
    let plan: Plan

    /// The section's HTML.
    var html: String {
        let placed = plan.sites.compactMap { site -> (Site, Double, Double)? in
            guard let lat = site.lat, let lon = site.lon else { return nil }
            let p = MapProjection.project(lat: lat, lon: lon)
            return (site, p.x, p.y)
        }
        let b = USStatesOutline.bounds
        var minX = b.x, minY = b.y, maxX = b.x + b.width, maxY = b.y + b.height
        for (_, x, y) in placed {
            minX = min(minX, x); minY = min(minY, y); maxX = max(maxX, x); maxY = max(maxY, y)
        }
        let pad = 12.0
        let viewBox = [minX - pad, minY - pad, maxX - minX + 2 * pad, maxY - minY + 2 * pad].map(Self.number)
            .joined(separator: " ")
        let states = USStatesOutline.states.map { "<path d=\"\($0.path)\"><title>\($0.code)</title></path>" }.joined()
        // Unopened sites first, so opened markers are drawn on top of them.
        let ordered = placed.filter { opened($0.0.id) == nil } + placed.filter { opened($0.0.id) != nil }
        let markers = ordered.map { marker($0.0, x: $0.1, y: $0.2) }.joined(separator: "\n")
        let missing = plan.sites.count - placed.count
        let note = missing > 0
            ? "<p class=\"note\">\(missing) selected site\(missing == 1 ? " has" : "s have") no coordinates and \(missing == 1 ? "is" : "are") not on the map.</p>\n"
            : ""
        return """
        <section id="map">
        <h2>Map</h2>
        <svg class="map" viewBox="\(viewBox)" role="img" aria-label="Map of the selected sites">
        <g class="states">\(states)</g>
        <g class="markers">
        \(markers)
        </g>
        </svg>
        \(legend)
        \(note)<div id="details" class="details" aria-live="polite">Select a marker for its plants, spend and limits.</div>
        </section>
        """
    }

    /// The data the report's script shows for a clicked marker, by site id.
    var siteData: JSONValue {
        .object(plan.sites.map { site in
            (site.id, .object([
                ("name", .string(site.name)),
                ("state", .string(site.state)),
                ("opened_in", opened(site.id).map(JSONValue.string) ?? .null),
                ("lines", .array(detailLines(site).map(JSONValue.string))),
            ]))
        })
    }

    private func marker(_ site: Site, x: Double, y: Double) -> String {
        let id = HTMLText.escape(site.id)
        let title = HTMLText.escape(([site.name + " (" + site.id + ", " + site.state + ")"] + detailLines(site))
            .joined(separator: "\n"))
        let position = "transform=\"translate(\(Self.number(x)) \(Self.number(y)))\""
        guard let phase = opened(site.id) else {
            return "<g class=\"site\" data-site=\"\(id)\" \(position) tabindex=\"0\" role=\"button\">"
                + "<circle r=\"4\" class=\"unopened\"/><title>\(title)</title></g>"
        }
        let colour = HTMLPalette.phase(id: phase, in: plan)
        return "<g class=\"site opened\" data-site=\"\(id)\" data-opened=\"\(HTMLText.escape(phase))\" \(position) tabindex=\"0\" role=\"button\">"
            + "<circle r=\"8\" fill=\"\(colour)\"/><title>\(title)</title></g>"
    }

    private var legend: String {
        let phases = plan.phases.enumerated().map { i, phase in
            let label = phase.name == phase.id ? phase.id : "\(phase.id): \(phase.name)"
            return "<li><span class=\"swatch\" style=\"background:\(HTMLPalette.phase(i))\"></span>opened in \(HTMLText.escape(label)) (ends \(phase.ends))</li>"
        }
        let unopened = "<li><span class=\"swatch unopened\"></span>selected, not opened</li>"
        return "<ul class=\"legend\">" + (phases + [unopened]).joined() + "</ul>"
    }

    private func opened(_ id: String) -> String? {
        result.sites.first { $0.id == id }?.openedIn
    }

    /// The plants, spend and limits of a site, one plain-text line each.
    private func detailLines(_ site: Site) -> [String] {
        guard let opened = result.sites.first(where: { $0.id == site.id }) else { return ["not opened"] }
        var lines = ["opened in \(opened.openedIn), spend \(Money.format(opened.spend))"]
        for a in result.allocations where a.site == site.id {
            lines.append("\(a.count) × \(a.type) in \(a.phase)")
        }
        for use in opened.resources {
            let share = use.capacity > 0 ? " (" + Quantity.percent(use.used / use.capacity) + ")" : ""
            let binds = use.binds ? ", binding" : ""
            lines.append("\(use.name): \(Quantity.format(use.used)) of \(Quantity.format(use.capacity))\(share)\(binds)")
        }
        return lines
    }

    /// A coordinate with at most one decimal.
    static func number(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
