import Foundation

/// The frontier of a sweep as a hand-written SVG: the objective against the first
/// parameter, one line per value of the second parameter (if any), points without a
/// solution marked with an x on the horizontal axis, which the legend names by their
/// statuses as the table prints them (`infeasible`, `no_solution`).
public struct SweepPlot: Sendable {
    /// The report to draw.
    public let report: SweepReport

    /// Creates a plot of `report`.
    public init(_ report: SweepReport) {
        self.report = report
    }

    private let plotW = 460.0, height = 440.0
    private let left = 90.0, top = 40.0, bottom = 60.0
    private static let colors = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"]

    /// The SVG document.
    public var svg: String {
        guard let first = report.parameters.first else { return "" }
        let xs = first.values
        let objectives = report.points.compactMap(\.objective)
        let (xMin, xMax) = Self.span(xs)
        let (dataMin, dataMax) = Self.span(objectives.isEmpty ? [0, 1] : objectives + [0])
        let yStep = Self.step(dataMax - dataMin)
        let yMin = (dataMin / yStep).rounded(.down) * yStep, yMax = (dataMax / yStep).rounded(.up) * yStep
        let second = report.parameters.count > 1 ? report.parameters[1] : nil
        let series = second?.values.indices.map { Optional($0) } ?? [nil]
        let labels = series.map { s in s.map { "\(Self.escape(second!.path)) = \(second!.label(second!.values[$0]))" } ?? "objective" }
        // The legend sits right of the plot, as wide as its longest label.
        let right = max(170, 50 + 7.2 * Double(labels.map(\.count).max() ?? 0))
        let width = (left + plotW + right).rounded(.up), plotH = height - top - bottom
        func px(_ x: Double) -> Double { left + (x - xMin) / (xMax - xMin) * plotW }
        func py(_ y: Double) -> Double { top + plotH - (y - yMin) / (yMax - yMin) * plotH }
        var out = ["<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"sans-serif\" font-size=\"12\">",
                   "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>",
                   "<text x=\"\(Int(width / 2))\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">\(Self.escape(report.plan)): \(report.measure.jsonName) vs \(Self.escape(first.path))</text>"]
        out.append(line(left, top + plotH, left + plotW, top + plotH, "black"))
        out.append(line(left, top, left, top + plotH, "black"))
        for x in Self.ticks(xMin, xMax) {
            out.append(line(px(x), top + plotH, px(x), top + plotH + 5, "black"))
            out.append(text(px(x), top + plotH + 20, first.label(x), anchor: "middle"))
        }
        for y in Self.ticks(yMin, yMax) {
            out.append(line(left - 5, py(y), left, py(y), "black"))
            if y > yMin { out.append(line(left + 1, py(y), left + plotW, py(y), "#e5e5e5")) }
            out.append(text(left - 8, py(y) + 4, report.measure.amount(y), anchor: "end"))
        }
        out.append(text(left + plotW / 2, height - 15, Self.escape(first.path), anchor: "middle"))
        out.append("<text x=\"18\" y=\"\(Int(top + plotH / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 18 \(Int(top + plotH / 2)))\">objective (\(report.measure.jsonName))</text>")
        for (n, s) in series.enumerated() {
            let color = Self.colors[n % Self.colors.count]
            let points = report.points.filter { p in s.map { p.values[1] == second!.values[$0] } ?? true }
            let solved = points.compactMap { p in p.objective.map { (px(p.values[0]), py($0)) } }
            if !solved.isEmpty {
                let path = solved.map { String(format: "%.1f,%.1f", $0.0, $0.1) }.joined(separator: " ")
                out.append("<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"/>")
                out += solved.map { String(format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%@\"/>", $0.0, $0.1, color) }
            }
            for p in points where p.objective == nil {
                let x = px(p.values[0]), y = top + plotH
                out.append(line(x - 5, y - 5, x + 5, y + 5, color, width: 2))
                out.append(line(x - 5, y + 5, x + 5, y - 5, color, width: 2))
            }
            let label = labels[n]
            let ly = top + 10 + Double(n) * 18
            out.append(line(left + plotW + 12, ly, left + plotW + 32, ly, color, width: 2))
            out.append(text(left + plotW + 36, ly + 4, label, anchor: "start"))
        }
        if !unsolvedStatuses.isEmpty {
            let ly = top + 10 + Double(series.count) * 18
            out.append(text(left + plotW + 22, ly + 4, "x", anchor: "middle"))
            let statuses = Self.escape(unsolvedStatuses.joined(separator: ", "))
            out.append(text(left + plotW + 36, ly + 4, statuses, anchor: "start"))
        }
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    /// The statuses of the points without a plan, as the sweep's table prints them, in
    /// the order they first appear: the legend of the x marks.
    var unsolvedStatuses: [String] {
        var seen: [String] = []
        for p in report.points where p.objective == nil && !seen.contains(p.status) { seen.append(p.status) }
        return seen
    }

    private func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ color: String, width: Double = 1) -> String {
        String(format: "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%@\" stroke-width=\"%.0f\"/>",
               x1, y1, x2, y2, color, width)
    }

    private func text(_ x: Double, _ y: Double, _ s: String, anchor: String) -> String {
        String(format: "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%@\">", x, y, anchor) + s + "</text>"
    }

    /// A round step (1, 2, 2.5 or 5 times a power of ten) that cuts `span` into at most
    /// about five intervals.
    static func step(_ span: Double) -> Double {
        guard span > 0, span.isFinite else { return 1 }
        let raw = span / 5, magnitude = pow(10, (log10(raw)).rounded(.down))
        return [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw * (1 - 1e-9) } ?? 10 * magnitude
    }

    /// The multiples of ``step(_:)`` from `lo` through `hi`: tick positions with round labels.
    static func ticks(_ lo: Double, _ hi: Double) -> [Double] {
        let step = step(hi - lo)
        let first = (lo / step - 1e-9).rounded(.up)
        let last = (hi / step + 1e-9).rounded(.down)
        guard first <= last else { return [lo, hi] }
        return stride(from: first, through: last, by: 1).map { $0 * step }
    }

    /// The range of `values`, widened when it is a single value.
    private static func span(_ values: [Double]) -> (Double, Double) {
        let lo = values.min() ?? 0, hi = values.max() ?? 1
        return lo == hi ? (lo - 1, hi + 1) : (lo, hi)
    }

    private static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
