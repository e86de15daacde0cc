/// The timeline section of the HTML report, as wide as the page: the plants grouped by
/// site, one bar for the plants of a type a site starts in a phase, with their review
/// (grey) from the plan's start, their construction (the colour of their phase) and a mark
/// at their first producing month, the phases' ends drawn as dashed lines and the years on
/// an axis; text at about the size of the page's own.
struct HTMLTimeline {
    /// The plants' schedule.
    let timeline: PlantTimeline
    /// The plan, for its start month and phase colours.
    let plan: Plan

    private let labelWidth = 200.0
    private let chartWidth = 730.0
    private let rowHeight = 17.0
    private let top = 26.0

    /// The section's HTML; empty when no plant is started.
    var html: String {
        let rows = self.rows
        guard !rows.isEmpty else { return "" }
        let last = max(timeline.phaseEnds.last?.month ?? 1, timeline.entries.map(\.firstOutput).max() ?? 1) + 6
        let x = { (month: Int) in labelWidth + chartWidth * Double(month - 1) / Double(last) }
        let height = top + rowHeight * Double(rows.count) + 14
        var svg: [String] = []
        for month in stride(from: 1, through: last, by: 1) {
            let date = timeline.economics.calendarMonth(month)
            guard date.month == 1, (date.year % (last > 180 ? 5 : last > 96 ? 2 : 1)) == 0 else { continue }
            let at = n(x(month))
            svg.append("<line class=\"year\" x1=\"\(at)\" x2=\"\(at)\" y1=\"\(n(top - 6))\" y2=\"\(n(height - 14))\"/>"
                + "<text class=\"axis\" x=\"\(at)\" y=\"\(n(top - 10))\">\(date.year)</text>")
        }
        for (i, end) in timeline.phaseEnds.enumerated() {
            let at = x(end.month + 1), colour = HTMLPalette.phase(i)
            svg.append("<line class=\"phase-end\" x1=\"\(n(at))\" x2=\"\(n(at))\" y1=\"\(n(top - 6))\" "
                + "y2=\"\(n(height - 12))\" stroke=\"\(colour)\"/><text class=\"phase-label\" x=\"\(n(at - 3))\" "
                + "y=\"\(n(height - 2))\" fill=\"\(colour)\">end of \(HTMLText.escape(end.id))</text>")
        }
        for (row, item) in rows.enumerated() {
            let y = top + rowHeight * Double(row)
            guard let entry = item.entry else {
                svg.append("<text class=\"group\" x=\"4\" y=\"\(n(y + 12))\">\(HTMLText.escape(item.label))</text>"
                    + "<line class=\"group-rule\" x1=\"0\" x2=\"\(n(labelWidth + chartWidth))\" "
                    + "y1=\"\(n(y + 1))\" y2=\"\(n(y + 1))\"/>")
                continue
            }
            let colour = HTMLPalette.phase(id: entry.phase, in: plan)
            let plants = entry.count == 1 ? "1 plant" : "\(entry.count) plants"
            let tip = "\(entry.site) · \(entry.type) (\(plants), \(entry.phase)): "
                + "review months 1–\(entry.reviewMonths), "
                + "construction from \(month(entry.constructionStart)), producing from \(month(entry.firstOutput))"
            var bar = "<g class=\"plant\"><title>\(HTMLText.escape(tip))</title><text class=\"label\" "
                + "x=\"\(n(labelWidth - 6))\" y=\"\(n(y + 12))\">\(HTMLText.escape(item.label))</text>"
            if entry.reviewMonths > 0 {
                let width = x(entry.reviewMonths + 1) - x(1)
                bar += "<rect class=\"review\" x=\"\(n(x(1)))\" y=\"\(n(y + 4))\" width=\"\(n(width))\" height=\"9\"/>"
            }
            let (start, output) = (x(entry.constructionStart), x(entry.firstOutput))
            bar += "<rect class=\"build\" x=\"\(n(start))\" y=\"\(n(y + 3))\" width=\"\(n(output - start))\" "
                + "height=\"11\" fill=\"\(colour)\"/>"
                + "<path class=\"output\" d=\"M\(n(output)) \(n(y + 2))l7 6.5 -7 6.5z\"/></g>"
            svg.append(bar)
        }
        return """
        <section id="timeline">
        <h2>Timeline</h2>
        <p class="note">One bar for the plants of a type a site starts in a phase, grouped by site: grey is \
        their review from the plan's start, the coloured bar their construction (the colour of their phase), \
        the black mark their first producing month. Dashed lines are the ends of phases.</p>
        <svg class="timeline" viewBox="0 0 \(n(labelWidth + chartWidth + 10)) \(n(height))" role="img" \
        aria-label="Timeline of the plants">
        \(svg.joined(separator: "\n"))
        </svg>
        </section>
        """
    }

    /// The rows top to bottom: for each site in the allocation's order, a heading row, then
    /// a row for each of its entries, labelled with the type, the phase and the count.
    private var rows: [(label: String, entry: PlantTimeline.Entry?)] {
        var sites: [String] = []
        for entry in timeline.entries where !sites.contains(entry.site) { sites.append(entry.site) }
        return sites.flatMap { site in
            [(site, nil)] + timeline.entries.filter { $0.site == site }.map { entry in
                ("\(entry.type) · \(entry.phase)" + (entry.count > 1 ? " ×\(entry.count)" : ""), Optional(entry))
            }
        }
    }

    private func month(_ m: Int) -> String { timeline.economics.calendarMonth(m).description }

    private func n(_ x: Double) -> String { HTMLMap.number(x) }
}
