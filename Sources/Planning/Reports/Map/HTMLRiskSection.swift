/// The risk section of the HTML report, for a plan with `uncertainty`.
///
/// The NPV's distribution over scenarios as a histogram with P10, P50 and P90 marked, the
/// recoup month's distribution against the investor's promise, each phase's chance of
/// staying within budget, and which types are late. `solve` and `risk` draw the same section.
///
/// The figures are also data attributes (`data-p10` on the histogram, `data-probability`
/// on the recoup chart, `data-within` on each budget row), written as the JSON prints
/// them, so that what the page shows can be checked against `risk --format json`.
struct HTMLRiskSection {
    /// The figures to draw.
    let figures: RiskFigures

    private let width = 900.0, height = 220.0, left = 60.0, right = 12.0, top = 44.0, bottom = 30.0
    private var frame: RiskFrame { figures.run.frame }

    /// The section's HTML.
    var html: String {
        let body = [summary, npvChart, recoupChart, budgetTable, typeTable].filter { !$0.isEmpty }.joined(
            separator: "\n")
        return
            "<section id=\"risk\">\n<h2>Risk over \(HTMLText.escape(RiskReport(figures).scenarioWords))</h2>\n\(body)\n</section>"
    }

    private var summary: String {
        var parts: [String] = []
        if let npv = figures.npv {
            parts.append(
                "net present value P10 <strong>\(Money.format(npv.p10))</strong>, P50 <strong>\(Money.format(npv.p50))</strong>, P90 <strong>\(Money.format(npv.p90))</strong> (as planned \(Money.format(npv.planned)))"
            )
        }
        if let recoup = figures.recoup {
            parts.append(
                "\(HTMLText.escape(recoup.source)) recoups by \(recoup.by) in <strong>\(Quantity.percent(recoup.probability))</strong> of scenarios"
            )
        }
        parts.append(
            "every phase stays within its budget in <strong>\(Quantity.percent(figures.allPhasesWithin))</strong>")
        return "<p class=\"risk-summary\">" + parts.joined(separator: "; ") + ".</p>"
    }

    /// The NPV histogram: 30 bins of equal width, each bar the share of scenarios in it.
    private var npvChart: String {
        guard let npv = figures.npv, !figures.run.results.npv.isEmpty else { return "" }
        let values = figures.run.results.npv, weights = figures.run.results.weights
        let total = weights.reduce(0, +)
        var low = values.min() ?? 0, high = values.max() ?? 1
        if high - low < 1 {
            low -= 1
            high += 1
        }
        let bins = 30
        var shares = Array(repeating: 0.0, count: bins)
        for (v, w) in zip(values, weights) {
            shares[min(bins - 1, Int((v - low) / (high - low) * Double(bins)))] += w / total
        }
        let plotW = width - left - right, plotH = height - top - bottom
        let x = { (v: Double) in left + (v - low) / (high - low) * plotW }
        let tallest = max(shares.max() ?? 1, 1e-12)
        var out: [String] = []
        for tick in SweepPlot.ticks(low, high) where tick >= low && tick <= high {
            out.append(
                "<text class=\"axis\" x=\"\(n(x(tick)))\" y=\"\(n(height - 10))\" text-anchor=\"middle\">\(Money.format(tick))</text>"
            )
        }
        for (b, share) in shares.enumerated() where share > 0 {
            let x0 = left + plotW * Double(b) / Double(bins), h = plotH * share / tallest
            out.append(
                "<rect class=\"bin\" x=\"\(n(x0 + 1))\" y=\"\(n(top + plotH - h))\" width=\"\(n(plotW / Double(bins) - 2))\" height=\"\(n(h))\"><title>\(Quantity.percent(share)) of scenarios</title></rect>"
            )
        }
        for (row, (name, value)) in [("p10", npv.p10), ("p50", npv.p50), ("p90", npv.p90)].enumerated() {
            out.append(
                marker(
                    at: x(value), row: row % 2, label: "\(name.uppercased()) \(Money.format(value))", kind: "quantile",
                    data: "data-quantile=\"\(name)\""))
        }
        out.append(
            marker(at: x(npv.planned), row: 2, label: "planned \(Money.format(npv.planned))", kind: "planned", data: "")
        )
        out.append(
            "<line class=\"zero\" x1=\"\(n(left))\" x2=\"\(n(width - right))\" y1=\"\(n(top + plotH))\" y2=\"\(n(top + plotH))\"/>"
        )
        let data = [("p10", npv.p10), ("p50", npv.p50), ("p90", npv.p90), ("mean", npv.mean), ("planned", npv.planned)]
            .map { "data-\($0.0)=\"\(JSONValue.format($0.1))\"" }.joined(separator: " ")
        return
            "<h3>Net present value over scenarios</h3>\n<svg class=\"risk-chart npv-histogram\" id=\"npv-histogram\" \(data) viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"Distribution of the net present value\">\n"
            + out.joined(separator: "\n") + "\n</svg>\n"
            + "<p class=\"note\">Bars: the share of scenarios whose NPV falls in each range. P10: one scenario in ten is worth less; P90: one in ten is worth more. The mean of the worst 10% (CVaR) is \(Money.format(npv.cvar10)).</p>"
    }

    /// The recoup month by year, a last bar for "not by the horizon", and the promise.
    private var recoupChart: String {
        guard let recoup = figures.recoup, !figures.run.results.recoup.isEmpty else { return "" }
        let months = figures.run.results.recoup, weights = figures.run.results.weights
        let total = weights.reduce(0, +)
        let years = months.compactMap { $0.map { frame.calendarMonth($0).year } }
        let first = min(years.min() ?? recoup.by.year, recoup.by.year),
            last = max(years.max() ?? recoup.by.year, recoup.by.year)
        var shares = Array(repeating: 0.0, count: last - first + 2)
        for (m, w) in zip(months, weights) {
            shares[m.map { frame.calendarMonth($0).year - first } ?? shares.count - 1] += w / total
        }
        let plotW = width - left - right, plotH = height - top - bottom
        let slot = plotW / Double(shares.count), tallest = max(shares.max() ?? 1, 1e-12)
        var out: [String] = []
        for (k, share) in shares.enumerated() {
            let label = k == shares.count - 1 ? "not by horizon" : String(first + k)
            let h = plotH * share / tallest, x0 = left + slot * Double(k)
            if share > 0 {
                out.append(
                    "<rect class=\"bin\(k == shares.count - 1 ? " never" : "")\" x=\"\(n(x0 + slot * 0.1))\" y=\"\(n(top + plotH - h))\" width=\"\(n(slot * 0.8))\" height=\"\(n(h))\"><title>\(label): \(Quantity.percent(share)) of scenarios</title></rect>"
                )
            }
            if shares.count <= 30 || k % 5 == 0 || k == shares.count - 1 {
                out.append(
                    "<text class=\"axis\" x=\"\(n(x0 + slot / 2))\" y=\"\(n(height - 10))\" text-anchor=\"middle\">\(label)</text>"
                )
            }
        }
        let promise = left + slot * (Double(recoup.by.year - first) + Double(recoup.by.month) / 12)
        out.append(marker(at: promise, row: 0, label: "promise \(recoup.by)", kind: "promise", data: ""))
        out.append(
            "<line class=\"zero\" x1=\"\(n(left))\" x2=\"\(n(width - right))\" y1=\"\(n(top + plotH))\" y2=\"\(n(top + plotH))\"/>"
        )
        let by = HTMLText.escape(recoup.by.description)
        return
            "<h3>When \(HTMLText.escape(recoup.source)) recoups</h3>\n<svg class=\"risk-chart recoup-chart\" id=\"recoup-chart\" data-by=\"\(by)\" data-probability=\"\(JSONValue.format(recoup.probability))\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"Distribution of the recoup month\">\n"
            + out.joined(separator: "\n") + "\n</svg>\n"
            + "<p class=\"note\">Bars: the share of scenarios in which \(HTMLText.escape(recoup.source)) recoups in each year; the dashed line is the promise (\(by)), met in \(Quantity.percent(recoup.probability)) of scenarios.</p>"
    }

    private var budgetTable: String {
        let rows =
            figures.phases.map { phase in
                let bar =
                    "<span class=\"bar\"><span style=\"width:\(HTMLMap.number(phase.within * 100))%\"></span></span> \(Quantity.percent(phase.within))"
                return
                    "<tr data-phase=\"\(HTMLText.escape(phase.id))\" data-within=\"\(JSONValue.format(phase.within))\"><td>\(HTMLText.escape(phase.id))</td><td>\(bar)</td>"
                    + "<td class=\"num\">\(Money.format(phase.overrunMean))</td><td class=\"num\">\(Money.format(phase.overrunP90))</td></tr>"
            } + [
                "<tr class=\"total\" data-within=\"\(JSONValue.format(figures.allPhasesWithin))\"><td>all phases</td><td>\(Quantity.percent(figures.allPhasesWithin))</td><td></td><td></td></tr>"
            ]
        return
            "<h3>Budgets</h3>\n<table id=\"risk-budget-table\"><thead><tr><th>phase</th><th>chance within budget</th><th class=\"num\">overrun mean</th><th class=\"num\">overrun p90</th></tr></thead><tbody>\n"
            + rows.joined(separator: "\n") + "\n</tbody></table>"
    }

    private var typeTable: String {
        guard !figures.types.isEmpty else { return "" }
        let rows = figures.types.map { type in
            "<tr data-type=\"\(HTMLText.escape(type.id))\"><td>\(HTMLText.escape(type.id))</td><td class=\"num\">\(Quantity.percent(type.late))</td>"
                + "<td class=\"num\">\(Quantity.plain(type.delayMean))</td><td class=\"num\">\(Quantity.plain(type.delayP90))</td></tr>"
        }
        return
            "<h3>Late plants</h3>\n<table id=\"risk-type-table\"><thead><tr><th>type</th><th class=\"num\">late</th><th class=\"num\">delay mean (months)</th><th class=\"num\">delay p90</th></tr></thead><tbody>\n"
            + rows.joined(separator: "\n") + "\n</tbody></table>\n"
            + "<p class=\"note\">Late: a plant of the type starts construction after its phase ends. Delay: months its first output slips.</p>"
    }

    /// A vertical line across the chart at `x` with its label in label row `row` above the bars.
    private func marker(at x: Double, row: Int, label: String, kind: String, data: String) -> String {
        let attributes = data.isEmpty ? "" : " " + data
        let y = 12 + 12 * Double(row)
        return
            "<g class=\"\(kind)\"\(attributes)><line x1=\"\(n(x))\" x2=\"\(n(x))\" y1=\"\(n(y + 2))\" y2=\"\(n(height - bottom))\"/>"
            + "<text class=\"axis\" x=\"\(n(x + 3))\" y=\"\(n(y))\">\(HTMLText.escape(label))</text></g>"
    }

    private func n(_ x: Double) -> String { HTMLMap.number(x) }
}
