/// The map section of the HTML report: the contiguous states as inline SVG, one marker
/// per selected site with coordinates, each labelled with its site id, and a legend of
/// the phases.
///
/// Only the markers carry `data-site="ID"`, and an opened site's marker also carries
/// `data-opened="PHASE"` (and, with builders, `data-builders` with the ids of the builders
/// that build there); each marker holds an SVG `<title>` (the browser's tooltip) with
/// the site's plants, spend and binding limits, and the report's script shows the same
/// in a panel on a click or Enter. Markers that would cover each other are spread apart
/// with a leader line to their true point (``MarkerLayout``); labels let go of the pointer,
/// so every marker can be hovered.
struct HTMLMap {
    /// The result to draw.
    let result: PlanResult
    /// The plan, for the sites' names and coordinates.
    let plan: Plan

    /// The section's HTML.
    var html: String {
        let sites = plan.sites.filter { $0.lat != nil && $0.lon != nil }
        let placed = MarkerLayout(fontSize: Self.labelSize).place(sites.map { site in
            let p = MapProjection.project(lat: site.lat ?? 0, lon: site.lon ?? 0)
            return MarkerLayout.Marker(id: site.id, x: p.x, y: p.y, radius: opened(site.id) == nil ? 5 : 8)
        })
        let b = USStatesOutline.bounds
        var minX = b.x, minY = b.y, maxX = b.x + b.width, maxY = b.y + b.height
        for p in placed {
            let box = p.labelBox
            minX = min(minX, p.marker.x - p.radius, box.x); minY = min(minY, p.marker.y - p.radius, box.y)
            maxX = max(maxX, p.marker.x + p.radius, box.x + box.width)
            maxY = max(maxY, p.marker.y + p.radius, box.y + box.height)
        }
        let pad = 12.0
        let viewBox = [minX - pad, minY - pad, maxX - minX + 2 * pad, maxY - minY + 2 * pad].map(Self.number)
            .joined(separator: " ")
        let states = USStatesOutline.states.map { "<path d=\"\($0.path)\"><title>\($0.code)</title></path>" }.joined()
        let leaders = placed.filter(\.isSpread).map { p in
            "<line x1=\"\(Self.number(p.point.x))\" y1=\"\(Self.number(p.point.y))\" x2=\"\(Self.number(p.marker.x))\" "
                + "y2=\"\(Self.number(p.marker.y))\"/><circle cx=\"\(Self.number(p.point.x))\" "
                + "cy=\"\(Self.number(p.point.y))\" r=\"1.5\"/>"
        }.joined()
        // Unopened sites first, so opened markers are drawn on top of them.
        let pairs = zip(sites, placed)
        let ordered = pairs.filter { opened($0.0.id) == nil } + pairs.filter { opened($0.0.id) != nil }
        let markers = ordered.map { marker($0.0, x: $0.1.marker.x, y: $0.1.marker.y) }.joined(separator: "\n")
        let labels = placed.map { p in
            "<text x=\"\(Self.number(p.label.x))\" y=\"\(Self.number(p.label.y))\" text-anchor=\"\(p.label.anchor)\">"
                + "\(HTMLText.escape(p.id))</text>"
        }.joined()
        let missing = plan.sites.count - sites.count
        let note = missing > 0
            ? "<p class=\"note\">\(missing) selected site\(missing == 1 ? " has" : "s have") no coordinates and \(missing == 1 ? "is" : "are") not on the map.</p>\n"
            : ""
        return """
        <section id="map">
        <h2>Map</h2>
        <svg class="map" viewBox="\(viewBox)" role="img" aria-label="Map of the selected sites">
        <g class="states">\(states)</g>
        <g class="leaders">\(leaders)</g>
        <g class="markers">
        \(markers)
        </g>
        <g class="labels" font-size="\(Self.number(Self.labelSize))">\(labels)</g>
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
                + "<circle r=\"5\" class=\"unopened\"/><title>\(title)</title></g>"
        }
        let colour = HTMLPalette.phase(id: phase, in: plan)
        let builders = plan.builders == nil ? ""
            : " data-builders=\"\(HTMLText.escape(HTMLBuilders(result: result, plan: plan).builders(at: site.id)))\""
        return "<g class=\"site opened\" data-site=\"\(id)\" data-opened=\"\(HTMLText.escape(phase))\"\(builders) "
            + "\(position) tabindex=\"0\" role=\"button\">"
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
            lines.append("\(a.count) × \(a.type) in \(a.phase)" + (a.builder.map { " by \($0)" } ?? ""))
        }
        for use in opened.resources {
            let share = use.capacity > 0 ? " (" + Quantity.percent(use.used / use.capacity) + ")" : ""
            let binds = use.binds ? ", binding" : ""
            lines.append("\(use.name): \(Quantity.format(use.used)) of \(Quantity.format(use.capacity))\(share)\(binds)")
        }
        if let limit = opened.plants.limit {
            lines.append("plants: \(opened.plants.used) of \(limit)\(opened.plants.binds ? ", binding" : "")")
        }
        if !opened.typesAtMaxPerSite.isEmpty {
            lines.append("at max_per_site: " + opened.typesAtMaxPerSite.joined(separator: ", "))
        }
        return lines
    }

    /// The labels' font size in map units (about 12 pixels on a page 960 pixels wide).
    static let labelSize = 9.0

    /// A coordinate with at most one decimal.
    static func number(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
