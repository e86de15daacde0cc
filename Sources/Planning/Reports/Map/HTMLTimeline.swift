/// The timeline section of the HTML report: one bar per plant, its review (grey) from
/// the plan's start, its construction (the colour of its phase) and a mark at its first
/// producing month, with the phases' ends drawn as dashed lines and the years on an axis.
struct HTMLTimeline {
    /// The plants' schedule.
    let timeline: PlantTimeline
    /// The plan, for its start month and phase colours.
    let plan: Plan

    private let labelWidth = 260.0
    private let chartWidth = 640.0
    private let rowHeight = 14.0
    private let top = 24.0

    /// The section's HTML; empty when no plant is started.
    var html: String {
        let rows = timeline.entries.flatMap { entry in (0..<max(1, entry.count)).map { (entry, $0) } }
        guard !rows.isEmpty else { return "" }
        let last = max(timeline.phaseEnds.last?.month ?? 1, rows.map { $0.0.firstOutput }.max() ?? 1) + 6
        let x = { (month: Int) in labelWidth + chartWidth * Double(month - 1) / Double(last) }
        let height = top + rowHeight * Double(rows.count) + 8
        var svg: [String] = []
        for month in stride(from: 1, through: last, by: 1) {
            let date = timeline.economics.calendarMonth(month)
            guard date.month == 1, (date.year % (last > 180 ? 5 : last > 72 ? 2 : 1)) == 0 else { continue }
            svg.append("<line class=\"year\" x1=\"\(n(x(month)))\" x2=\"\(n(x(month)))\" y1=\"\(n(top - 6))\" y2=\"\(n(height))\"/>"
                + "<text class=\"axis\" x=\"\(n(x(month)))\" y=\"\(n(top - 10))\">\(date.year)</text>")
        }
        for (i, end) in timeline.phaseEnds.enumerated() {
            let at = x(end.month + 1)
            svg.append("<line class=\"phase-end\" x1=\"\(n(at))\" x2=\"\(n(at))\" y1=\"0\" y2=\"\(n(height))\" stroke=\"\(HTMLPalette.phase(i))\"/>"
                + "<text class=\"phase-label\" x=\"\(n(at - 3))\" y=\"\(n(height - 2))\" fill=\"\(HTMLPalette.phase(i))\">end of \(HTMLText.escape(end.id))</text>")
        }
        for (row, (entry, k)) in rows.enumerated() {
            let y = top + rowHeight * Double(row)
            let colour = HTMLPalette.phase(id: entry.phase, in: plan)
            let label = "\(entry.site) · \(entry.type)" + (entry.count > 1 ? " #\(k + 1)" : "")
            let tip = "\(label): review months 1–\(entry.reviewMonths), construction from \(month(entry.constructionStart)), producing from \(month(entry.firstOutput))"
            var bar = "<g class=\"plant\"><title>\(HTMLText.escape(tip))</title>"
                + "<text class=\"label\" x=\"\(n(labelWidth - 6))\" y=\"\(n(y + 10))\">\(HTMLText.escape(label))</text>"
            if entry.reviewMonths > 0 {
                bar += "<rect class=\"review\" x=\"\(n(x(1)))\" y=\"\(n(y + 3))\" width=\"\(n(x(entry.reviewMonths + 1) - x(1)))\" height=\"8\"/>"
            }
            bar += "<rect class=\"build\" x=\"\(n(x(entry.constructionStart)))\" y=\"\(n(y + 2))\" width=\"\(n(x(entry.firstOutput) - x(entry.constructionStart)))\" height=\"10\" fill=\"\(colour)\"/>"
                + "<path class=\"output\" d=\"M\(n(x(entry.firstOutput))) \(n(y + 1))l6 6 -6 6z\"/></g>"
            svg.append(bar)
        }
        return """
        <section id="timeline">
        <h2>Timeline</h2>
        <p class="note">One bar a plant: grey is its review from the plan's start, the coloured bar its construction (the colour of its phase), the black mark its first producing month. Dashed lines are the ends of phases.</p>
        <svg class="timeline" viewBox="0 0 \(n(labelWidth + chartWidth + 10)) \(n(height))" role="img" aria-label="Timeline of the plants">
        \(svg.joined(separator: "\n"))
        </svg>
        </section>
        """
    }

    private func month(_ m: Int) -> String { timeline.economics.calendarMonth(m).description }

    private func n(_ x: Double) -> String { HTMLMap.number(x) }
}
