/// The map section of the HTML report: the contiguous states as inline SVG, one marker
/// per selected site with coordinates, and a legend of the phases.
///
/// Only the markers carry `data-site="ID"`, and an opened site's marker also carries
/// `data-opened="PHASE"`; each marker holds an SVG `<title>` (the browser's tooltip) with
/// the site's plants, spend and binding limits, and the report's script shows the same
/// in a panel on a click or Enter.
struct HTMLMap {
    /// The JSON report.
    let document: JSONValue
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
        (document["sites"]?.items ?? []).first { $0["id"]?.string == id }?["opened_in"]?.string
    }

    /// The plants, spend and limits of a site, one plain-text line each.
    private func detailLines(_ site: Site) -> [String] {
        guard let result = (document["sites"]?.items ?? []).first(where: { $0["id"]?.string == site.id }),
              let phase = result["opened_in"]?.string else {
            return ["not opened"]
        }
        var lines = ["opened in \(phase), spend \(Money.format(result["spend"]?.number ?? 0))"]
        for a in document["allocations"]?.items ?? [] where a["site"]?.string == site.id {
            let count = Int(a["count"]?.number ?? 0)
            lines.append("\(count) × \(a["type"]?.string ?? "") in \(a["phase"]?.string ?? "")")
        }
        for (name, use) in result["resources"]?.members ?? [] {
            let used = use["used"]?.number ?? 0, capacity = use["capacity"]?.number ?? 0
            let share = capacity > 0 ? " (" + Quantity.percent(used / capacity) + ")" : ""
            let binds = use["binds"]?.bool == true ? ", binding" : ""
            lines.append("\(name): \(Quantity.format(used)) of \(Quantity.format(capacity))\(share)\(binds)")
        }
        return lines
    }

    /// A coordinate with at most one decimal.
    static func number(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
