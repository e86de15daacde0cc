/// The section of the HTML report of a plan chosen to hold: both plans' NPV distributions
/// on one chart (the chosen plan and the plan chosen for the written case, on the same
/// evaluation scenarios), their figures side by side, the value of the stochastic solution
/// and how the plans differ.
///
/// The chart is an SVG with `id="hold-npv-chart"`, one group of bars per plan
/// (`data-plan="chosen"` and `data-plan="deterministic"`, each bar with `data-share`) and
/// each plan's mean as `data-chosen-mean` and `data-deterministic-mean`; the table rows carry
/// `data-figure`, `data-chosen` and `data-deterministic`, written as the JSON prints them.
struct HTMLHoldSection {
    /// The report whose figures are drawn.
    let report: HoldReport

    private let width = 900.0, height = 240.0, left = 60.0, right = 12.0, top = 44.0, bottom = 30.0
    private var c: HoldComparison { report.comparison }

    /// The section's HTML.
    var html: String {
        let vss = JSONValue.format(c.valueOfStochasticSolution)
        return "<section id=\"hold\" data-vss=\"\(vss)\">\n<h2>Chosen to hold</h2>\n"
            + "<p class=\"risk-summary\">\(HTMLText.escape(report.vssSentence))</p>\n"
            + (report.evpi.map { "<p class=\"risk-summary\" id=\"evpi\">\(HTMLText.escape($0.sentence))</p>\n" } ?? "")
            + chart + "\n" + table + "\n" + differences + "\n</section>"
    }

    /// Both NPV histograms over the same 30 bins, each plan's bars side by side in a bin.
    private var chart: String {
        let a = c.chosen.run.results, b = c.deterministicFigures.run.results
        guard !a.npv.isEmpty, !b.npv.isEmpty else { return "" }
        var low = min(a.npv.min() ?? 0, b.npv.min() ?? 0), high = max(a.npv.max() ?? 1, b.npv.max() ?? 1)
        if high - low < 1 {
            low -= 1
            high += 1
        }
        let bins = 30
        func shares(_ results: ScenarioResults) -> [Double] {
            let total = results.weights.reduce(0, +)
            var shares = Array(repeating: 0.0, count: bins)
            for (v, w) in zip(results.npv, results.weights) {
                shares[min(bins - 1, Int((v - low) / (high - low) * Double(bins)))] += w / total
            }
            return shares
        }
        let series = [("chosen", shares(a), c.chosen.npv?.mean ?? 0), ("deterministic", shares(b), c.deterministicFigures.npv?.mean ?? 0)]
        let plotW = width - left - right, plotH = height - top - bottom
        let slot = plotW / Double(bins)
        let x = { (v: Double) in left + (v - low) / (high - low) * plotW }
        let tallest = max(series.flatMap(\.1).max() ?? 1, 1e-12)
        var out: [String] = []
        for tick in SweepPlot.ticks(low, high) where tick >= low && tick <= high {
            out.append(
                "<text class=\"axis\" x=\"\(n(x(tick)))\" y=\"\(n(height - 10))\" text-anchor=\"middle\">\(Money.format(tick))</text>")
        }
        for (k, (name, shares, _)) in series.enumerated() {
            var bars: [String] = []
            for (bin, share) in shares.enumerated() where share > 0 {
                let h = plotH * share / tallest, x0 = left + slot * Double(bin) + 1 + Double(k) * (slot - 2) / 2
                bars.append(
                    "<rect class=\"bin \(name)\" data-share=\"\(JSONValue.format(share))\" x=\"\(n(x0))\" y=\"\(n(top + plotH - h))\" width=\"\(n((slot - 2) / 2))\" height=\"\(n(h))\"><title>\(name): \(Quantity.percent(share)) of scenarios</title></rect>")
            }
            out.append("<g class=\"series \(name)\" data-plan=\"\(name)\">" + bars.joined() + "</g>")
        }
        for (k, (name, _, mean)) in series.enumerated() {
            let y = 12 + 12 * Double(k)
            out.append(
                "<g class=\"mean \(name)\"><line x1=\"\(n(x(mean)))\" x2=\"\(n(x(mean)))\" y1=\"\(n(y + 2))\" y2=\"\(n(height - bottom))\"/>"
                    + "<text class=\"axis\" x=\"\(n(x(mean) + 3))\" y=\"\(n(y))\">\(name) mean \(Money.format(mean))</text></g>")
        }
        out.append(
            "<line class=\"zero\" x1=\"\(n(left))\" x2=\"\(n(width - right))\" y1=\"\(n(top + plotH))\" y2=\"\(n(top + plotH))\"/>")
        let data = "data-chosen-mean=\"\(JSONValue.format(series[0].2))\" data-deterministic-mean=\"\(JSONValue.format(series[1].2))\""
        return "<h3>Net present value of both plans over scenarios</h3>\n"
            + "<svg class=\"risk-chart hold-chart\" id=\"hold-npv-chart\" \(data) viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"Distributions of the net present value of the chosen and the deterministic plan\">\n"
            + out.joined(separator: "\n") + "\n</svg>\n"
            + "<p class=\"note\"><span class=\"swatch chosen\"></span> chosen plan, <span class=\"swatch deterministic\"></span> deterministic plan: the share of scenarios whose NPV falls in each range. \(HTMLText.escape(report.scenarioNote))</p>"
    }

    /// Both plans' figures side by side.
    private var table: String {
        let rows = report.rows.map { row in
            let format = { (x: Double) in row.money ? Money.format(x) : Quantity.percent(x) }
            return "<tr data-figure=\"\(HTMLText.escape(row.key))\" data-chosen=\"\(JSONValue.format(row.chosen))\" data-deterministic=\"\(JSONValue.format(row.deterministic))\">"
                + "<td>\(HTMLText.escape(row.name))</td><td class=\"num\">\(format(row.chosen))</td><td class=\"num\">\(format(row.deterministic))</td></tr>"
        }
        return "<table id=\"hold-table\"><thead><tr><th>figure</th><th class=\"num\">chosen</th><th class=\"num\">deterministic</th></tr></thead><tbody>\n"
            + rows.joined(separator: "\n") + "\n</tbody></table>"
    }

    /// The types whose plants differ, and the sites only one plan opens.
    private var differences: String {
        let d = c.differences
        let phases = c.chosen.phases.map { HTMLText.escape($0.id) }.joined(separator: " / ")
        let rows = d.types.map { shift in
            "<tr data-type=\"\(HTMLText.escape(shift.type))\" data-shift=\"\(shift.shift)\"><td>\(HTMLText.escape(shift.type))</td>"
                + "<td class=\"num\">\(shift.chosen.map(String.init).joined(separator: " / "))</td>"
                + "<td class=\"num\">\(shift.deterministic.map(String.init).joined(separator: " / "))</td><td>\(shift.shift)</td></tr>"
        }
        var notes: [String] = []
        if !d.sitesAdded.isEmpty { notes.append("Only the chosen plan opens " + d.sitesAdded.map(HTMLText.escape).joined(separator: ", ") + ".") }
        if !d.sitesDropped.isEmpty { notes.append("Only the deterministic plan opens " + d.sitesDropped.map(HTMLText.escape).joined(separator: ", ") + ".") }
        return "<h3>How the plans differ</h3>\n<table id=\"hold-differences\"><thead><tr><th>type</th><th class=\"num\">chosen (\(phases))</th><th class=\"num\">deterministic</th><th>shift</th></tr></thead><tbody>\n"
            + rows.joined(separator: "\n") + "\n</tbody></table>"
            + (notes.isEmpty ? "" : "\n<p class=\"note\">" + notes.joined(separator: " ") + "</p>")
    }

    private func n(_ x: Double) -> String { HTMLMap.number(x) }
}
