import Foundation

/// The trade-off curve of a sweep over plans chosen to hold (`uncertainty.optimize`): each
/// point's expected NPV against its chance of keeping every phase within budget, both on
/// the plan's evaluation scenarios, joined in the order of the first parameter and
/// labelled with the parameters' values. A hand-written SVG, like ``SweepPlot``.
struct SweepTradeOffPlot {
    /// The report to draw.
    let report: SweepReport

    private let width = 720.0, height = 440.0, left = 90.0, right = 30.0, top = 40.0, bottom = 60.0

    /// The SVG document.
    var svg: String {
        let points = report.points.filter { $0.within != nil && $0.expectedNPV != nil }
        let plotW = width - left - right, plotH = height - top - bottom
        let chances = points.compactMap(\.within), values = points.compactMap(\.expectedNPV)
        let xMin = max(0, ((chances.min() ?? 0) * 10).rounded(.down) / 10 - 0.05)
        let xMax = min(1, ((chances.max() ?? 1) * 10).rounded(.up) / 10 + 0.05)
        let yLow = values.min() ?? 0, yHigh = values.max() ?? 1
        let pad = max((yHigh - yLow) * 0.1, abs(yHigh) * 0.01, 1)
        let step = SweepPlot.step(yHigh - yLow + 2 * pad)
        let yMin = ((yLow - pad) / step).rounded(.down) * step, yMax = ((yHigh + pad) / step).rounded(.up) * step
        func px(_ x: Double) -> Double { left + (x - xMin) / (xMax - xMin) * plotW }
        func py(_ y: Double) -> Double { top + plotH - (y - yMin) / (yMax - yMin) * plotH }
        let title = "\(SweepPlot.escape(report.plan)): expected NPV against the chance of staying in budget"
        var out = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"sans-serif\" font-size=\"12\">",
            "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>",
            "<text x=\"\(Int(width / 2))\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">\(title)</text>",
            line(left, top + plotH, left + plotW, top + plotH), line(left, top, left, top + plotH),
        ]
        for x in SweepPlot.ticks(xMin, xMax) where x >= xMin - 1e-9 && x <= xMax + 1e-9 {
            out.append(line(px(x), top + plotH, px(x), top + plotH + 5))
            out.append(text(px(x), top + plotH + 20, Quantity.percent(x), anchor: "middle"))
        }
        for y in SweepPlot.ticks(yMin, yMax) {
            out.append(line(left - 5, py(y), left, py(y)))
            out.append(text(left - 8, py(y) + 4, Money.format(y), anchor: "end"))
        }
        out.append(text(left + plotW / 2, height - 15, "chance every phase stays within budget", anchor: "middle"))
        out.append(
            "<text x=\"18\" y=\"\(Int(top + plotH / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 18 \(Int(top + plotH / 2)))\">expected NPV</text>"
        )
        let path = points.map { String(format: "%.1f,%.1f", px($0.within!), py($0.expectedNPV!)) }
        out.append(
            "<polyline points=\"\(path.joined(separator: " "))\" fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\"/>")
        // Points that land on the same spot share one marker and one label.
        var spots: [(x: Double, y: Double, labels: [String], point: SweepPoint)] = []
        for p in points {
            let x = px(p.within!), y = py(p.expectedNPV!)
            // One parameter: its values; two: "name value, name value" per point.
            let label =
                report.parameters.count == 1
                ? report.parameters[0].label(p.values[0])
                : zip(report.parameters, p.values).map { "\($0.path.split(separator: ".").last ?? "") \($0.label($1))" }
                    .joined(separator: ", ")
            if let k = spots.firstIndex(where: { abs($0.x - x) < 0.5 && abs($0.y - y) < 0.5 }) {
                spots[k].labels.append(label)
            } else {
                spots.append((x, y, [label], p))
            }
        }
        for spot in spots {
            out.append(
                String(
                    format:
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#1f77b4\" data-within=\"%@\" data-expected-npv=\"%@\"/>",
                    spot.x, spot.y, JSONValue.format(spot.point.within!), JSONValue.format(spot.point.expectedNPV!)))
            let rightHalf = spot.x > left + plotW / 2
            let name =
                report.parameters.count == 1 ? "\(report.parameters[0].path.split(separator: ".").last ?? "") " : ""
            let label = name + spot.labels.joined(separator: report.parameters.count == 1 ? ", " : "; ")
            out.append(
                text(
                    spot.x + (rightHalf ? -6 : 6), spot.y + (rightHalf ? 16 : -8), SweepPlot.escape(label),
                    anchor: rightHalf ? "end" : "start"))
        }
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    private func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> String {
        String(
            format: "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\" stroke-width=\"1\"/>", x1,
            y1, x2, y2)
    }

    private func text(_ x: Double, _ y: Double, _ s: String, anchor: String) -> String {
        String(format: "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%@\">", x, y, anchor) + s + "</text>"
    }
}
