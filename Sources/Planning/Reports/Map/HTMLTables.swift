/// The tables of the HTML report: the allocation, spend by phase against budget, funding,
/// and the cash flow by year with the recoup month. What the result does not have (a plan
/// without money over time) leaves its columns or sections out.
struct HTMLTables {
    /// The result to show.
    let result: PlanResult
    /// The plan, for names, states, costs and budgets.
    let plan: Plan
    /// The plants' schedule, for the allocation's construction and output months.
    let timeline: PlantTimeline

    /// The allocation table, one row per site, phase and type.
    var allocation: String {
        let allocations = result.allocations
        guard !allocations.isEmpty else {
            return section("allocation", "Allocation", "<p>No plant is started.</p>")
        }
        let builders = plan.builders != nil
        let header = ["site", "state", "phase", "type"] + (builders ? ["builder"] : [])
            + ["count", "capex", "value/yr", "jobs", "construction", "first output", "limit"]
        let rows = zip(allocations, timeline.entries.count == allocations.count ? timeline.entries.map(Optional.some)
                       : Array(repeating: nil, count: allocations.count)).map { allocation, entry -> String in
            let site = plan.sites.first { $0.id == allocation.site }
            let figures = AllocationFigures(allocation, in: plan)
            let builderCell: [(String, Bool)] = builders ? [(allocation.builder ?? "", false)] : []
            let atMax = result.reachesMaxPerSite(site: allocation.site, type: allocation.type)
            let cells: [(String, Bool)] = [
                (allocation.site, false), (figures?.state ?? site?.state ?? "", false),
                (allocation.phase, false), (allocation.type, false)] + builderCell + [(String(allocation.count), true),
                (figures.map { Money.format($0.capex) } ?? "", true),
                (figures.map { Money.format($0.annualValue) } ?? "", true),
                (figures.map { Quantity.format($0.jobs) } ?? "", true),
                (allocation.constructionStart?.description ?? entry.map { month($0.constructionStart) } ?? "", false),
                (allocation.firstOutput?.description ?? entry.map { month($0.firstOutput) } ?? "", false),
                (atMax ? ReportContent.binds : "", false),
            ]
            let swatch = "<span class=\"dot\" style=\"background:\(HTMLPalette.phase(id: allocation.phase, in: plan))\"></span>"
            let name = HTMLText.escape(site?.name ?? allocation.site)
            let builder = allocation.builder.map { id in
                " data-row-builder=\"\(HTMLText.escape(id))\""
            } ?? ""
            let row = "<tr data-row-site=\"\(HTMLText.escape(allocation.site))\"\(builder)>"
            return row + cells.enumerated().map { i, cell in
                let attributes = cell.1 ? " class=\"num\"" : i == 0 ? " title=\"\(name)\""
                    : cell.0 == ReportContent.binds ? " class=\"binds\"" : ""
                let builderMark = builders && i == 4 ? HTMLBuilders.swatch(allocation.builder ?? "", in: plan) : ""
                let mark = i == 2 ? swatch : builderMark
                return "<td\(attributes)>\(mark)\(HTMLText.escape(cell.0))</td>"
            }.joined() + "</tr>"
        }
        let marked = allocations.contains { result.reachesMaxPerSite(site: $0.site, type: $0.type) }
        let note = marked ? "<p class=\"note\">\(HTMLText.escape(ReportContent.maxPerSiteKey))</p>" : ""
        let numeric = builders ? [5, 6, 7, 8] : [4, 5, 6, 7]
        let filter = builders ? HTMLBuilders(result: result, plan: plan).filter : ""
        return section("allocation", "Allocation", filter + table(id: "allocation-table", header: header,
                                                                   numeric: numeric, rows: rows) + note)
    }

    /// Spend of each phase against its budget, with a bar of the share used.
    var spend: String {
        guard result.status.hasSolution else { return "" }
        var rows: [String] = []
        for phase in plan.phases + [Phase(id: "total", ends: plan.start)] {
            let spent = phase.id == "total" ? result.totalSpend
                : result.spendByPhase.first { $0.phase == phase.id }?.amount ?? 0
            let budget = phase.id == "total" ? plan.budget.total : phase.budget
            let binds = result.budgets.first { $0.id == phase.id }?.binds == true
            var bar = ""
            if let budget, budget > 0 {
                let width = HTMLMap.number(min(1, spent / budget) * 100)
                bar = "<span class=\"bar\"><span style=\"width:\(width)%\"></span></span> " + Quantity.percent(spent / budget)
            }
            rows.append("<tr\(phase.id == "total" ? " class=\"total\"" : "")><td>\(HTMLText.escape(phase.id))</td>"
                + "<td class=\"num\">\(Money.format(spent))</td><td class=\"num\">\(budget.map(Money.format) ?? "none")</td>"
                + "<td>\(bar)</td>" + (binds ? "<td class=\"binds\">\(ReportContent.binds)</td>" : "<td></td>")
                + "</tr>")
        }
        let carries = plan.budget.carryOver && plan.phases.contains { $0.budget != nil }
        let note = "<p class=\"note\">" + (carries ? "Unspent budget carries over to later phases. " : "")
            + HTMLText.escape(ReportContent.bindsKey) + "</p>"
        return section("spend", "Spend by phase", table(id: "spend-table", header: ["phase", "spend", "budget", "used", "limit"],
                                                         numeric: [1, 2], rows: rows) + note)
    }

    /// What each funding source pays in each phase, when the report has `funding`.
    var funding: String {
        guard let funding = result.money?.funding, !funding.isEmpty else { return "" }
        let phases = plan.phases.map(\.id) + ["total"]
        let rows = funding.map { source in
            let cells = plan.phases.map { phase in source.byPhase.first { $0.phase == phase.id }?.amount }
                + [source.total]
            return "<tr><td>\(HTMLText.escape(source.source))</td>" + cells.map { amount in
                "<td class=\"num\">\(amount.map(Money.format) ?? "-")</td>"
            }.joined() + "</tr>"
        }
        return section("funding", "Funding", table(id: "funding-table", header: ["source"] + phases,
                                                   numeric: Array(1...phases.count), rows: rows))
    }

    /// The cash flow by calendar year and the investor's recoup month, when the report has them.
    var cashFlow: String {
        let years = result.money?.npv != nil ? result.money?.cashFlow ?? [] : []
        let recoup = result.money?.recoup
        guard !years.isEmpty || recoup != nil else { return "" }
        var body = ""
        if let recoup {
            let source = recoup.source
            let invested = Money.format(recoup.invested)
            if let month = recoup.month?.description {
                body += "<p id=\"recoup\" data-month=\"\(HTMLText.escape(month))\">\(HTMLText.escape(source)) recoups the \(invested) it pays in <strong>\(HTMLText.escape(month))</strong>.</p>"
            } else {
                body += "<p id=\"recoup\" data-month=\"\">\(HTMLText.escape(source)) does not recoup the \(invested) it pays by the horizon.</p>"
            }
        }
        if let npv = result.money?.npv {
            body += "<p>Net present value of the program: <strong>\(Money.format(npv))</strong>.</p>"
        }
        if let money = result.money, let recoup, let horizon = plan.economics?.horizon {
            let sentence = ReportContent.splitSentence(recoup, money: money, horizon: horizon)
            body += "<p id=\"split\">\(HTMLText.escape(sentence))</p>"
        }
        if let money = result.money, !years.isEmpty {
            body += HTMLCashFlowChart(years: years, recoup: recoup).svg
            let split = years.contains { $0.investor != nil }
            let investor = recoup.map { "to " + $0.source } ?? "investor"
            let header = ["year", "spend", "profit", "plants online"] + (split ? [investor, "to others"] : [])
            var rows = years.map { y in
                let amounts = [y.spend, y.profit].map(Money.format) + [Quantity.format(Double(y.plantsOnline))]
                    + (split ? [y.investor, y.others].map { $0.map(Money.format) ?? "" } : [])
                return "<tr><td>\(y.year)</td>" + amounts.map { "<td class=\"num\">\($0)</td>" }.joined() + "</tr>"
            }
            let totals = money.cashFlowTotals
            let sums = [totals.spend, totals.profit].map(Money.format) + [""]
                + (split ? [totals.investor, totals.others].map { $0.map(Money.format) ?? "" } : [])
            rows.append("<tr class=\"total\"><td>total</td>" + sums.map { "<td class=\"num\">\($0)</td>" }.joined()
                + "</tr>")
            body += table(id: "cash-flow-table", header: header, numeric: Array(1..<header.count), rows: rows)
        }
        return section("cash-flow", "Cash flow by year", body)
    }

    /// A section of the text report as a table, its notes under it: the sites (resources and
    /// plant limits, binding ones marked), the expansions and the totals.
    func table(_ section: ReportSection?, id: String) -> String {
        guard let section else { return "" }
        let numeric = section.columns.indices.filter { section.columns[$0].numeric }
        let rows = section.rows.map { row in
            "<tr>" + row.enumerated().map { c, cell in
                let classes = (numeric.contains(c) ? ["num"] : []) + (cell == ReportContent.binds ? ["binds"] : [])
                let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                return "<td\(attribute)>\(HTMLText.escape(cell))</td>"
            }.joined() + "</tr>"
        }
        let notes = section.notes.map { "<p class=\"note\">\(HTMLText.escape($0))</p>" }.joined()
        let body = table(id: id + "-table", header: section.columns.map(\.title), numeric: numeric, rows: rows)
        return self.section(id, HTMLText.escape(section.title), body + notes)
    }

    /// A section of the page: an id, a heading and its body.
    func section(_ id: String, _ title: String, _ body: String) -> String {
        "<section id=\"\(id)\">\n<h2>\(title)</h2>\n\(body)\n</section>"
    }

    /// A table with `header` (the columns at `numeric` aligned right) over `rows` of HTML.
    func table(id: String, header: [String], numeric: [Int], rows: [String]) -> String {
        let head = header.enumerated().map { i, h in
            "<th\(numeric.contains(i) ? " class=\"num\"" : "")>\(HTMLText.escape(h))</th>"
        }.joined()
        return "<div class=\"table-wrap\"><table id=\"\(id)\"><thead><tr>\(head)</tr></thead><tbody>\n"
            + rows.joined(separator: "\n") + "\n</tbody></table></div>"
    }

    private func month(_ m: Int) -> String { timeline.economics.calendarMonth(m).description }
}
