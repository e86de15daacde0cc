/// What the table and markdown reports say about a result, as a ``ReportDocument``: the
/// summary line, then Allocation, Timeline (each plant's construction start and first
/// producing month), Sites, Expansions (if any), Spend by phase, Builders (with
/// `builders`) and Totals, then with `economics` or `funding` the cash flow by year, the
/// NPV, funding by source and the investor's recoup. With builders, the allocation and
/// the timeline name each plant's builder.
/// Without a solution the document holds the summary and a one-line message only.
struct ReportContent {
    /// The result to describe.
    let result: PlanResult
    /// The plan it solves, for states, costs and expansion names.
    let plan: Plan

    /// The marker of a binding resource or budget limit.
    static let binds = "BINDS"

    /// What the marker means, printed under a table that shows it.
    static let bindsKey = "BINDS: too little left for one more plant that could still start."

    /// What the marker means under the allocation.
    static let maxPerSiteKey = "BINDS: the type's max_per_site is reached at this site."

    /// What the `plants` row of a site means, printed under the sites table that shows one.
    static let plantsKey = "plants: all plants at the site against its max_plants, else rules.max_plants_per_site."

    /// The document of the result.
    var document: ReportDocument {
        guard result.status.hasSolution else {
            return ReportDocument(title: result.plan, summary: summary, message: noSolutionMessage, sections: [])
        }
        let sections = [allocationSection, timelineSection, sitesSection, expansionsSection, spendSection,
                        buildersSection, totalsSection]
        return ReportDocument(title: result.plan, summary: summary, message: nil,
                              sections: sections.compactMap { $0 } + moneySections)
    }

    /// "optimal, maximize value $6.8B (bound $6.8B, gap 0%), GLPK 0.01 s".
    var summary: String {
        let o = result.objective
        var objective = "\(o.sense.rawValue) \(o.measure.jsonName)"
        if let value = o.value { objective += " " + o.measure.withUnit(value) }
        let details = [o.bound.map { "bound " + o.measure.withUnit($0) }, o.gap.map { "gap " + Quantity.percent($0) }]
            .compactMap { $0 }
        if !details.isEmpty { objective += " (" + details.joined(separator: ", ") + ")" }
        let status = result.status.rawValue.split(separator: "_").joined(separator: " ")
        return "\(status), \(objective), \(result.solver.name) \(Quantity.seconds(result.solver.seconds))"
    }

    /// One sentence on why no plan is shown.
    var noSolutionMessage: String {
        switch result.status {
        case .infeasible: "No allocation meets every constraint of the plan."
        case .unbounded: "The objective can grow without limit."
        default: "No solution was found within the limits."
        }
    }

    private var allocationSection: ReportSection {
        let rows = result.allocations.map {
            AllocationFigures.row($0, in: plan, money: Money.format, number: Quantity.format)
                + [result.reachesMaxPerSite(site: $0.site, type: $0.type) ? Self.binds : ""]
        }
        let marked = rows.contains { $0.last == Self.binds }
        return ReportSection(title: "Allocation", columns: [
            .text("site"), .text("state"), .text("phase"), .text("type")] + builderColumn + [.number("count"),
            .number("capex"), .number("value/yr"), .number("jobs"), .text("limit"),
        ], rows: rows, notes: marked ? [Self.maxPerSiteKey] : [])
    }

    /// The builder column of a plan with builders; none without.
    private var builderColumn: [ReportColumn] {
        plan.builders == nil ? [] : [.text("builder")]
    }

    private var timelineSection: ReportSection {
        let rows = result.allocations.map { a in
            [a.site, a.phase, a.type] + (plan.builders == nil ? [] : [a.builder ?? ""])
                + [String(a.count), a.constructionStart?.description ?? "", a.firstOutput?.description ?? ""]
        }
        return ReportSection(title: "Timeline", columns: [
            .text("site"), .text("phase"), .text("type")] + builderColumn + [.number("count"), .text("construction"),
            .text("first output"),
        ], rows: rows)
    }

    /// Each opened site's resources and plant limit against their capacity, binding ones marked.
    var sitesSection: ReportSection {
        let rows = result.sites.flatMap { s in
            let first = [s.id, plan.sites.first { $0.id == s.id }?.state ?? "", s.openedIn, Money.format(s.spend)]
            var uses = s.resources.map { r in
                [r.name, Quantity.format(r.used), Quantity.format(r.capacity),
                 r.capacity > 0 ? Quantity.percent(r.used / r.capacity) : "", r.binds ? Self.binds : ""]
            }
            if let limit = s.plants.limit {
                uses.append(["plants", String(s.plants.used), String(limit),
                             limit > 0 ? Quantity.percent(Double(s.plants.used) / Double(limit)) : "",
                             s.plants.binds ? Self.binds : ""])
            }
            return (uses.isEmpty ? [Array(repeating: "", count: 5)] : uses).enumerated().map { i, use in
                (i == 0 ? first : Array(repeating: "", count: first.count)) + use
            }
        }
        let marked = result.sites.contains { $0.resources.contains(where: \.binds) || $0.plants.binds }
        let limited = result.sites.contains { $0.plants.limit != nil }
        return ReportSection(title: "Sites", columns: [
            .text("site"), .text("state"), .text("opened"), .number("spend"), .text("resource"), .number("used"),
            .number("capacity"), .number("use"), .text("limit"),
        ], rows: rows, notes: (marked ? [Self.bindsKey] : []) + (limited ? [Self.plantsKey] : []))
    }

    /// The built expansions with the phase they come online in and their cost; nil without any.
    var expansionsSection: ReportSection? {
        guard !result.expansions.isEmpty else { return nil }
        let rows = result.expansions.map { e in
            let expansion = plan.sites.first { $0.id == e.site }?.expansions.first { $0.id == e.id }
            return [e.site, e.id, expansion?.name ?? "", e.phase, expansion.map { Money.format($0.cost) } ?? ""]
        }
        return ReportSection(title: "Expansions", columns: [
            .text("site"), .text("expansion"), .text("name"), .text("online in"), .number("cost"),
        ], rows: rows)
    }

    private var spendSection: ReportSection {
        func row(_ id: String, spend: Double) -> [String] {
            guard let use = result.budgets.first(where: { $0.id == id }) else {
                return [id, Money.format(spend), "-", "-", ""]
            }
            return [id, Money.format(spend), Money.format(use.budget), Money.format(use.limit - use.used),
                    use.binds ? Self.binds : ""]
        }
        let rows = result.spendByPhase.map { row($0.phase, spend: $0.amount) } + [row("total", spend: result.totalSpend)]
        let carries = plan.budget.carryOver && result.budgets.contains { $0.id != "total" }
        let headroom = "Headroom: budget left" + (carries ? ", counting what earlier phases left unspent." : " to spend.")
        let marked = result.budgets.contains(where: \.binds)
        return ReportSection(title: "Spend by phase", columns: [
            .text("phase"), .number("spend"), .number("budget"), .number("headroom"), .text("limit"),
        ], rows: rows, notes: [headroom] + (marked ? [Self.bindsKey] : []) + EmptyPhaseReason(result: result, plan: plan).sentences)
    }

    /// Value, jobs, plants and spend over everything built.
    var totalsSection: ReportSection {
        let t = result.totals
        return ReportSection(title: "Totals", columns: [
            .number("value/yr"), .number("jobs"), .number("plants"), .number("spend"),
        ], rows: [[Money.format(t.value), Quantity.format(t.jobs), String(t.plants), Money.format(result.totalSpend)]])
    }
}
