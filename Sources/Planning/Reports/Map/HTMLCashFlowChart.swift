/// The cash flow of the HTML report as a chart: each year's profit as a bar above the
/// axis and its spend as a bar below it, the cumulative net as a line, and the investor's
/// recoup month as a dashed mark.
struct HTMLCashFlowChart {
    /// The cash flow by calendar year.
    let years: [CashFlowYear]
    /// The investor's recoup, if the plan has terms.
    let recoup: Recoup?

    private let width = 900.0, height = 240.0, left = 70.0, right = 10.0, top = 14.0, bottom = 24.0

    /// The chart's SVG; empty without years.
    var svg: String {
        let rows = years.map { (year: $0.year, profit: $0.profit, spend: $0.spend) }
        guard let first = rows.first?.year else { return "" }
        let net = years.cumulativeNet
        let high = max(rows.map(\.profit).max() ?? 0, net.max() ?? 0, 1)
        let low = min(-(rows.map(\.spend).max() ?? 0), net.min() ?? 0, 0)
        let plotW = width - left - right, plotH = height - top - bottom
        let slot = plotW / Double(rows.count)
        let y = { (v: Double) in top + (high - v) / (high - low) * plotH }
        let x = { (year: Double) in left + (year - Double(first)) * slot }
        var out: [String] = []
        for tick in SweepPlot.ticks(low, high) {
            out.append("<line class=\"grid\" x1=\"\(n(left))\" x2=\"\(n(width - right))\" y1=\"\(n(y(tick)))\" y2=\"\(n(y(tick)))\"/>"
                + "<text class=\"axis\" x=\"\(n(left - 6))\" y=\"\(n(y(tick) + 3))\" text-anchor=\"end\">\(Money.format(tick))</text>")
        }
        for (i, row) in rows.enumerated() {
            let x0 = x(Double(row.year)) + slot * 0.15, w = slot * 0.7
            out.append("<rect class=\"profit\" x=\"\(n(x0))\" y=\"\(n(y(row.profit)))\" width=\"\(n(w))\" height=\"\(n(y(0) - y(row.profit)))\"><title>\(row.year): profit \(Money.format(row.profit))</title></rect>")
            out.append("<rect class=\"spend\" x=\"\(n(x0))\" y=\"\(n(y(0)))\" width=\"\(n(w))\" height=\"\(n(y(-row.spend) - y(0)))\"><title>\(row.year): spend \(Money.format(row.spend))</title></rect>")
            if rows.count <= 30 || i % 5 == 0 {
                out.append("<text class=\"axis\" x=\"\(n(x0 + w / 2))\" y=\"\(n(height - 8))\" text-anchor=\"middle\">\(row.year)</text>")
            }
        }
        let points = rows.indices.map { "\(n(x(Double(rows[$0].year)) + slot / 2)),\(n(y(net[$0])))" }.joined(separator: " ")
        out.append("<polyline class=\"net\" points=\"\(points)\"/>")
        out.append("<line class=\"zero\" x1=\"\(n(left))\" x2=\"\(n(width - right))\" y1=\"\(n(y(0)))\" y2=\"\(n(y(0)))\"/>")
        if let month = recoup?.month {
            let at = x(Double(month.year) + Double(month.month - 1) / 12)
            out.append("<line class=\"recoup\" x1=\"\(n(at))\" x2=\"\(n(at))\" y1=\"\(n(top))\" y2=\"\(n(height - bottom))\"/>"
                + "<text class=\"axis\" x=\"\(n(at + 4))\" y=\"\(n(top + 10))\">recouped \(month)</text>")
        }
        return "<svg class=\"cash-flow\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"Cash flow by year\">\n"
            + out.joined(separator: "\n") + "\n</svg>\n"
            + "<p class=\"note\">Bars: profit (green, above) and spend (red, below) in each year; line: the whole "
            + "program's profit less its spend, summed through the year.</p>"
    }

    private func n(_ x: Double) -> String { HTMLMap.number(x) }
}
