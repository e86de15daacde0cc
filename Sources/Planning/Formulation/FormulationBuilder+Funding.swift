import MIP

/// Section 4 of the contract: funding sources pay each phase's spend, within their
/// amounts, and the investor's `recoup_by` promise. Money in billions, as in constraint 6.
extension FormulationBuilder {
    /// sum_j g[j,p] = spend_p for every phase (a phase no source may pay spends nothing),
    /// and sum_p g[j,p] <= amount_j for every source with an amount.
    mutating func addFunding() {
        guard let sources = plan.funding else { return }
        for (p, phase) in plan.phases.enumerated() {
            let paid = sources.indices.compactMap { index.funding[$0][p] }.map { ($0, -1.0) }
            addRow("funding[\(phase.id)]", .fundingPaysPhase(phase: phase.id),
                   terms: spendTerms(phase: p) + paid, lower: 0, upper: 0, scale: money)
        }
        for (j, source) in sources.enumerated() {
            guard let amount = source.amount else { continue }
            addRow("funding_amount[\(source.id)]", .fundingAmount(source: source.id),
                   terms: index.funding[j].compactMap { $0 }.map { ($0, 1) }, upper: amount / money, scale: money)
        }
    }

    /// share * P(y) - sum_p g[j,p] >= 0 for the investor with `recoup_by` month y, where
    /// P(y) is the program's cumulative undiscounted profit through y. The row is stated in
    /// millions rather than billions, so that the solver's feasibility tolerance (1e-7 of a
    /// model unit) is a tenth of a dollar: a binding promise then recoups in month y within
    /// the report's relative 1e-7, not a month later.
    mutating func addRecoupBy() {
        guard let sources = plan.funding, let j = sources.firstIndex(where: { $0.terms != nil }),
              let terms = sources[j].terms, let by = terms.recoupBy else { return }
        let y = economics.monthNumber(by)
        let millions = 1e6, g = money / millions
        var terms_: [(Int, Double)] = []
        for (key, column) in index.plants.sorted(by: { $0.value < $1.value }) {
            let profit = economics.cumulativeProfit(site: key.site, type: key.type, phase: key.phase, through: y)
            if profit != 0 { terms_.append((column, terms.share * profit / millions)) }
        }
        terms_ += index.funding[j].compactMap { $0 }.map { ($0, -g) }
        addRow("recoup_by[\(sources[j].id)]", .recoupBy(source: sources[j].id), terms: terms_, lower: 0, scale: millions)
    }

    /// The `npv` objective: each column's NPV coefficient in model units of ``objectiveScale``.
    mutating func setNPVObjective() {
        objectiveScale = money
        for (key, j) in index.plants {
            let coefficient = plan.builders == nil
                ? economics.plantCoefficient(site: key.site, type: key.type, phase: key.phase)
                : economics.profitCoefficient(site: key.site, type: key.type, phase: key.phase)
            problem.setObjective(j, coefficient / money)
        }
        for (key, w) in index.builderPlants {
            let capex = economics.capexCoefficient(site: key.site, type: key.type, phase: key.phase,
                                                   builder: key.builder)
            problem.setObjective(w, capex / money)
        }
        for s in siteIndices {
            for p in plan.phases.indices {
                problem.setObjective(index.opened[s][p], economics.openingCoefficient(site: s, phase: p) / money)
            }
        }
        for (key, x) in index.expansions {
            guard let a = index.availability[key] else { continue }
            problem.setObjective(x, economics.expansionCoefficient(site: key.site, expansion: key.expansion, phase: a) / money)
        }
    }
}
