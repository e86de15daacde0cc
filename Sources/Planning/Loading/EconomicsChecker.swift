/// Checks the money-over-time parts of a loaded plan (after `select`): errors that make the
/// plan meaningless and warnings about parts that have no effect.
struct EconomicsChecker {
    /// The plan, `select` applied.
    let plan: Plan
    /// Where ids and keys are written, as the decoder recorded them.
    let locations: [String: SourceLocation]

    /// Throws the first error found, else returns the warnings, `file:line:column: warning: ...`.
    func check() throws(PlanError) -> [String] {
        try checkPhaseNames()
        try checkNeedsEconomics()
        try checkProfit()
        return horizonWarnings() + fundingWarnings() + investorWarnings() + profitWarnings()
    }

    private func place(_ key: String) -> SourceLocation {
        locations[key] ?? SourceLocation(file: locations.values.first?.file ?? "<plan>", line: 1, column: 1)
    }

    /// `file:line:column: warning: message`, or `--set: warning: message` for a value an override gave.
    private func warning(_ key: String, _ message: String) -> String {
        let location = place(key)
        let prefix = location.file == Overrides.file ? Overrides.file : location.description
        return "\(prefix): warning: \(message)"
    }

    /// A phase may not be named `total`: it is a key of `spend` and `funding` in the output.
    private func checkPhaseNames() throws(PlanError) {
        guard plan.phases.contains(where: { $0.id == "total" }) else { return }
        throw PlanError(at: place("phases.total"), "phase id 'total' is reserved",
                        hint: "'total' names the sum over phases in the output; rename the phase, e.g. to p-total")
    }

    /// `maximize: npv` and investor terms need `economics`; terms on one source at most;
    /// the horizon may not come before the start.
    private func checkNeedsEconomics() throws(PlanError) {
        let investors = (plan.funding ?? []).filter { $0.terms != nil }
        if investors.count > 1 {
            let ids = investors.map { "'\($0.id)'" }.joined(separator: ", ")
            throw PlanError(at: place("funding.\(investors[1].id).terms"), "more than one funding source has terms (\(ids))",
                            hint: "give terms to one source only: the investor")
        }
        guard let economics = plan.economics else {
            if plan.objective == .maximize(.npv) {
                throw PlanError(at: place("objective"), "objective maximize npv needs an economics section",
                                hint: "add 'economics: {horizon: YYYY-MM, discount_rate: 0.07, margin: 0.15}'")
            }
            if let investor = investors.first {
                throw PlanError(at: place("funding.\(investor.id).terms"),
                                "terms of funding source '\(investor.id)' need an economics section",
                                hint: "add 'economics: {horizon: YYYY-MM, margin: 0.15}' so that profit can be counted")
            }
            return
        }
        if economics.horizon < plan.start {
            throw PlanError(at: place("economics.horizon"),
                            "economics.horizon \(economics.horizon) is before the plan's start \(plan.start)",
                            hint: "give the last month whose profit counts, in or after \(plan.start)")
        }
    }

    /// With an `npv` objective or terms, every selected type needs a profit.
    private func checkProfit() throws(PlanError) {
        guard plan.needsProfit, let type = plan.factoryTypes.first(where: { plan.annualProfit(of: $0) == nil }) else { return }
        let why = plan.objective == .maximize(.npv) ? "the npv objective" : "the terms of '\(plan.investor?.id ?? "")'"
        throw PlanError(at: place("factory_types.\(type.id)"),
                        "factory type '\(type.id)' has no annual_profit and economics gives no margin, which \(why) needs",
                        hint: "add 'annual_profit: ...' to the type, or 'margin: 0.15' to economics")
    }

    private func horizonWarnings() -> [String] {
        guard let economics = plan.economics, let last = plan.phases.last, economics.horizon < last.ends else { return [] }
        return [warning("economics.horizon", "economics.horizon \(economics.horizon) is before the last phase ends (\(last.ends)); profit after the horizon is not counted")]
    }

    private func fundingWarnings() -> [String] {
        guard let sources = plan.funding else { return [] }
        let economics = PlanEconomics(plan: plan)
        var warnings: [String] = []
        for source in sources where source.terms == nil
            && !plan.phases.indices.contains(where: { economics.mayPay(source, phase: $0) }) {
            warnings.append(warning("funding.\(source.id)",
                                    "funding source '\(source.id)' can pay for no phase: its until \(source.until.map(\.description) ?? "") is before the first phase starts (\(plan.start)); it pays nothing"))
        }
        for (p, phase) in plan.phases.enumerated() where !sources.contains(where: { economics.mayPay($0, phase: p) }) {
            warnings.append(warning("phases.\(phase.id)",
                                    "no funding source may pay for phase '\(phase.id)' (it starts \(economics.calendarMonth(economics.phaseStart(p)))); that phase spends nothing"))
        }
        return warnings
    }

    /// An investor whose terms give it a share of the profit although it can pay nothing:
    /// its investment is 0, recouped from the first month, so it takes `share_after_recoup`
    /// of every month's profit. The yearly amount is said against the most profit the
    /// plan's sites could hold (every allowed plant up to `max_per_site` and the site's
    /// plant limit, before budgets and resources), since `check` does not solve.
    private func investorWarnings() -> [String] {
        guard let investor = plan.investor, let terms = investor.terms, terms.shareAfterRecoup > 0 else { return [] }
        let economics = PlanEconomics(plan: plan)
        let why: String
        if investor.amount == 0 {
            why = "its amount is 0"
        } else if !plan.phases.indices.contains(where: { economics.mayPay(investor, phase: $0) }) {
            let until = investor.until.map(\.description) ?? ""
            why = "its until \(until) is before the first phase starts in \(plan.start)"
        } else {
            return []
        }
        let most = potentialAnnualProfit, share = terms.shareAfterRecoup
        return [warning("funding.\(investor.id).terms",
                        "funding source '\(investor.id)' pays nothing (\(why)), yet under its terms it takes "
                            + "share_after_recoup \(Quantity.plain(share)) of the program's profit from the first "
                            + "month: up to \(Money.format(most * share)) a year (\(Quantity.percent(share)) of "
                            + "\(Money.format(most)), the yearly profit of every plant the sites could hold before "
                            + "budgets and resources); drop its terms or let it pay")]
    }

    /// The yearly profit of the most profitable plants each site could hold: every type
    /// allowed there in some phase, up to its `max_per_site`, the best first, up to the
    /// site's plant limit.
    private var potentialAnnualProfit: Double {
        plan.sites.reduce(0.0) { total, site in
            let plants = plan.factoryTypes.filter { plan.firstAllowedPhase(site: site, type: $0) != nil }
                .flatMap { type in Array(repeating: plan.annualProfit(of: type) ?? 0, count: type.maxPerSite) }
                .sorted(by: >)
            return total + plants.prefix(plan.maxPlants(at: site) ?? plants.count).reduce(0, +)
        }
    }

    private func profitWarnings() -> [String] {
        guard plan.economics != nil, !plan.needsProfit else { return [] }
        let missing = plan.factoryTypes.filter { plan.annualProfit(of: $0) == nil }.map(\.id)
        guard !missing.isEmpty else { return [] }
        return [warning("economics", "factory types without annual_profit and no economics.margin count no profit in the cash flow: \(missing.joined(separator: ", "))")]
    }
}
