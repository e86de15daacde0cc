/// `parkplan solve --format html`: one self-contained page, drawn from the same result
/// the JSON report prints and the plan, that opens offline in any browser.
///
/// The page holds a summary line with the status, a map of the contiguous states with a
/// marker per selected site (``HTMLMap``), the allocation table, with builders the
/// builder of each plant, a filter by builder and the Builders table (``HTMLBuilders``),
/// spend by phase against budget, a timeline of the plants (``HTMLTimeline``), and, when
/// the result has them, funding, the cash flow by year and the recoup month, and for a
/// plan with `uncertainty` the risk section (``HTMLRiskSection``). Nothing is loaded from the
/// network: the styles, the outline and a small script are inline, and a content security
/// policy forbids any other source. Every name from the plan is escaped as text, and the
/// data the script reads is JSON with `<`, `>` and `&` escaped.
public struct HTMLReport: Sendable {
    /// The result to draw, the one ``JSONReport`` prints.
    public let result: PlanResult
    /// The plan the report solves.
    public let plan: Plan
    /// How the plan fares in the scenarios of its `uncertainty`, when evaluated.
    public let risk: RiskFigures?

    /// Creates a page of `result`, a solve of `plan`, with its `risk` figures if any.
    public init(result: PlanResult, plan: Plan, risk: RiskFigures? = nil) {
        self.result = result
        self.plan = plan
        self.risk = risk
    }

    /// The page.
    public var text: String {
        let timeline = PlantTimeline(result: result, plan: plan)
        let map = HTMLMap(result: result, plan: plan)
        let tables = HTMLTables(result: result, plan: plan, timeline: timeline)
        let content = ReportContent(result: result, plan: plan)
        let body = [
            "<h1>\(HTMLText.escape(result.plan))</h1>",
            summary,
            map.html,
        ] + (result.status.hasSolution ? [
            tables.allocation,
            HTMLBuilders(result: result, plan: plan).section(tables),
            tables.table(content.sitesSection, id: "sites"),
            tables.table(content.expansionsSection, id: "expansions"),
            tables.spend,
            tables.table(content.totalsSection, id: "totals"),
            HTMLTimeline(timeline: timeline, plan: plan).html,
            tables.funding,
            tables.cashFlow,
            risk.map { HTMLRiskSection(figures: $0).html } ?? "",
        ] : [])
        let page = body.filter { !$0.isEmpty }.joined(separator: "\n")
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(result.plan)) · ParkPlan</title>
        <style>\(Self.style)</style>
        </head>
        <body>
        <div id="errors" role="alert"></div>
        \(page)
        <script type="application/json" id="site-data">\(HTMLText.scriptJSON(map.siteData))</script>
        <script>\(Self.script)</script>
        </body>
        </html>

        """
    }

    /// The status and objective in one sentence, and why nothing is shown without a solution.
    private var summary: String {
        let status = result.status.rawValue
        let objective = result.objective
        var line = "Status: <strong class=\"status\" data-status=\"\(HTMLText.escape(status))\">"
            + HTMLText.escape(status.replacingOccurrences(of: "_", with: " ")) + "</strong>"
        line += "; \(objective.sense.rawValue) \(objective.measure.jsonName)"
        if let value = objective.value { line += " " + objective.measure.withUnit(value) }
        if let gap = objective.gap, gap > 0 { line += " (gap \(Quantity.percent(gap)))" }
        line += "; \(HTMLText.escape(result.solver.name)), \(Quantity.seconds(result.solver.reportedSeconds))"
        var html = "<p class=\"summary\">\(line).</p>"
        if !result.status.hasSolution {
            let why = switch result.status {
            case .infeasible: "No allocation meets every limit of the plan"
            case .unbounded: "The objective can grow without limit"
            default: "No plan was found within the limits"
            }
            html += "\n<p class=\"no-solution\">\(why); the map shows the selected sites, none opened.</p>"
        }
        return html
    }

    private static let style = """
    body{font:14px/1.4 system-ui,sans-serif;margin:1.5em auto;max-width:960px;color:#222;padding:0 1em}
    h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ddd}
    .map{width:100%;height:auto;background:#f7fafc}.states path{fill:#eef1f4;stroke:#8a96a3;stroke-width:.6}
    .site{cursor:pointer}.site circle{stroke:#fff;stroke-width:1.5}.site circle.unopened{fill:#fff;stroke:#555;stroke-width:1.2}
    .site:focus circle,.site:hover circle{stroke:#000;stroke-width:2.5}
    .leaders{pointer-events:none}.leaders line{stroke:#444;stroke-width:.8}.leaders circle{fill:#444}
    .labels{pointer-events:none}
    .labels text{fill:#222;paint-order:stroke;stroke:#f7fafc;stroke-width:2.5px;stroke-linejoin:round}
    .legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4em 1.2em}.swatch,.dot{display:inline-block;width:.9em;height:.9em;border-radius:50%;margin-right:.35em;vertical-align:-.1em}
    .swatch.unopened{background:#fff;border:1px solid #555;box-sizing:border-box}
    .details{white-space:pre-line;background:#f4f4f4;padding:.6em .8em;border-radius:4px;min-height:2.8em}
    .table-wrap{overflow-x:auto}
    table{border-collapse:collapse;margin:.4em 0;font-size:.93em;font-variant-numeric:tabular-nums}
    th,td{padding:.2em .45em;border-bottom:1px solid #eee;text-align:left;white-space:nowrap}
    .num{text-align:right}tr.total td{font-weight:600;border-top:1px solid #999}
    .bar{display:inline-block;width:8em;height:.7em;background:#eee;vertical-align:middle}.bar span{display:block;height:100%;background:#0072b2}
    .box{display:inline-block;width:.8em;height:.8em;margin-right:.35em;vertical-align:-.05em}.site.faded{opacity:.2}
    .filter select{font:inherit}#allocation,#builders{overflow-x:auto}
    .note{color:#555;font-size:.92em}.no-solution{color:#a00}#errors:empty{display:none}#errors{color:#a00;white-space:pre-line}
    .timeline{width:100%;height:auto}.timeline .label{font-size:12px;text-anchor:end}
    .timeline .axis{font-size:11px;text-anchor:middle;fill:#555}
    .timeline .group{font-size:12px;font-weight:600}.timeline .group-rule{stroke:#ccc}
    .timeline .year{stroke:#eee}.timeline .phase-end{stroke-dasharray:4 3}
    .timeline .phase-label{font-size:11px;text-anchor:end}
    td.binds{font-weight:600;color:#a00}@media print{.details{display:none}}
    .timeline .review{fill:#ccc}.timeline .output{fill:#000}
    .cash-flow{width:100%;height:auto}.cash-flow .profit{fill:#009e73}.cash-flow .spend{fill:#d55e00}.cash-flow .net{fill:none;stroke:#222;stroke-width:1.5}
    .risk-chart{width:100%;height:auto}.risk-chart .bin{fill:#56b4e9}.risk-chart .bin.never{fill:#999}.risk-chart .zero{stroke:#888}
    .risk-chart .quantile line{stroke:#d55e00;stroke-width:1.5}.risk-chart .planned line,.risk-chart .promise line{stroke:#222;stroke-dasharray:4 3}
    .risk-chart .axis{font-size:9px;fill:#555}h3{font-size:1em;margin:1.2em 0 .3em}
    .cash-flow .grid{stroke:#eee}.cash-flow .zero{stroke:#888}.cash-flow .recoup{stroke:#0072b2;stroke-dasharray:4 3}.cash-flow .axis{font-size:9px;fill:#555}
    """

    private static let script = """
    (function () {
      "use strict";
      var errors = document.getElementById("errors");
      window.addEventListener("error", function (e) { errors.textContent += "script error: " + e.message + "\\n"; });
      var data = JSON.parse(document.getElementById("site-data").textContent);
      var panel = document.getElementById("details");
      function show(id) {
        var site = data[id];
        if (!site) return;
        panel.textContent = site.name + " (" + id + ", " + site.state + ")\\n" + site.lines.join("\\n");
      }
      var markers = document.querySelectorAll("[data-site]");
      for (var i = 0; i < markers.length; i++) {
        markers[i].addEventListener("click", function () { show(this.getAttribute("data-site")); });
        markers[i].addEventListener("keydown", function (e) {
          if (e.key === "Enter" || e.key === " ") { e.preventDefault(); show(this.getAttribute("data-site")); }
        });
      }
      var filter = document.getElementById("builder-filter");
      function showBuilder(id) {
        var rows = document.querySelectorAll("[data-row-builder]");
        for (var r = 0; r < rows.length; r++) {
          rows[r].hidden = id !== "" && rows[r].getAttribute("data-row-builder") !== id;
        }
        for (var m = 0; m < markers.length; m++) {
          var here = (markers[m].getAttribute("data-builders") || "").split(" ");
          markers[m].classList.toggle("faded", id !== "" && here.indexOf(id) < 0);
        }
        filter.value = id;
        document.body.setAttribute("data-builder-filter", id);
      }
      if (filter) {
        filter.addEventListener("change", function () { showBuilder(this.value); });
        var wanted = /^#builder=(.+)$/.exec(window.location.hash);
        var id = wanted ? decodeURIComponent(wanted[1]) : "";
        var known = Array.prototype.some.call(filter.options, function (o) { return o.value === id; });
        showBuilder(known ? id : "");
      }
      document.body.setAttribute("data-ready", String(markers.length));
    })();
    """
}
