/// A solution's values read back into the plan's terms: plant counts, opening phases and
/// built expansions, and the dollars they spend.
struct SolutionReading {
    let plan: Plan
    let index: VariableIndex
    /// The plan's timing and money.
    let economics: PlanEconomics
    /// The solution's column values.
    let values: [Double]
    /// counts[s][f][p]: plants of type f started at site s in phase p.
    let counts: [[[Int]]]
    /// The phase each site is opened in, if any.
    let openedIn: [Int?]
    /// built[s]: positions of the site's built expansions.
    let built: [[Int]]

    init(plan: Plan, formulation: Formulation, values: [Double]) {
        self.plan = plan
        let index = formulation.index
        self.index = index
        self.economics = formulation.economics
        self.values = values
        let phases = plan.phases.indices
        counts = plan.sites.indices.map { s in
            plan.factoryTypes.indices.map { f in
                phases.map { p in index.plant(site: s, type: f, phase: p).map { Int(values[$0].rounded()) } ?? 0 }
            }
        }
        openedIn = plan.sites.indices.map { s in phases.first { values[index.opened[s][$0]] > 0.5 } }
        built = plan.sites.indices.map { s in
            plan.sites[s].expansions.indices.filter { k in
                index.expansion(site: s, expansion: k).map { values[$0] > 0.5 } ?? false
            }
        }
    }

    /// What the solution builds, by positions.
    var program: BuiltProgram {
        BuiltProgram(counts: counts, openedIn: openedIn, built: built)
    }

    var allocations: [Allocation] {
        plan.sites.indices.flatMap { s in
            plan.phases.indices.flatMap { p in
                plan.factoryTypes.indices.compactMap { f in
                    counts[s][f][p] == 0 ? nil : Allocation(
                        site: plan.sites[s].id, type: plan.factoryTypes[f].id, phase: plan.phases[p].id,
                        count: counts[s][f][p],
                        constructionStart: economics.calendarMonth(economics.constructionStart(site: s, type: f, phase: p)),
                        firstOutput: economics.calendarMonth(economics.firstOutput(site: s, type: f, phase: p)))
                }
            }
        }
    }

    /// Dollars spent at site `s` (nil: all sites) in phase `p` (nil: all phases).
    func spend(site s: Int? = nil, phase p: Int? = nil) -> Double {
        var total = 0.0
        for site in s.map({ [$0] }) ?? Array(plan.sites.indices) {
            let here = plan.sites[site]
            for f in plan.factoryTypes.indices {
                for q in plan.phases.indices where p == nil || p == q {
                    total += Double(counts[site][f][q]) * economics.capex(site: site, type: f)
                }
            }
            if let opened = openedIn[site], p == nil || p == opened { total += here.developmentCost }
            for k in built[site] where p == nil || p == index.availablePhase(site: site, expansion: k) {
                total += here.expansions[k].cost
            }
        }
        return total
    }

    var siteResults: [SiteResult] {
        plan.sites.indices.compactMap { s in
            guard let opened = openedIn[s] else { return nil }
            let site = plan.sites[s]
            let resources = site.capacity.keys.sorted().map { r in
                let used = plan.factoryTypes.indices.reduce(0.0) { sum, f in
                    sum + Double(counts[s][f].reduce(0, +)) * (plan.factoryTypes[f].uses[r] ?? 0)
                }
                let capacity = built[s].reduce(site.capacity[r] ?? 0) { $0 + (site.expansions[$1].adds[r] ?? 0) }
                return ResourceUse(name: r, used: used, capacity: capacity, binds: reaches(used, capacity))
            }
            return SiteResult(id: site.id, openedIn: plan.phases[opened].id, spend: spend(site: s), resources: resources)
        }
    }

    var builtExpansions: [BuiltExpansion] {
        plan.sites.indices.flatMap { s in
            built[s].map { k in
                let phase = index.availablePhase(site: s, expansion: k).map { plan.phases[$0].id } ?? ""
                return BuiltExpansion(site: plan.sites[s].id, id: plan.sites[s].expansions[k].id, phase: phase)
            }
        }
    }

    /// The budget rows the formulation states, with the spend they compare.
    func budgetUses(spendByPhase: [Double]) -> [BudgetUse] {
        var uses: [BudgetUse] = []
        var cumulativeBudget: Double? = 0
        var cumulativeSpend = 0.0
        let carry = plan.budget.carryOver
        for (p, phase) in plan.phases.enumerated() {
            cumulativeSpend += spendByPhase[p]
            cumulativeBudget = cumulativeBudget.flatMap { sum in phase.budget.map { sum + $0 } }
            guard let budget = phase.budget, let limit = carry ? cumulativeBudget : budget else { continue }
            let used = carry ? cumulativeSpend : spendByPhase[p]
            uses.append(BudgetUse(id: phase.id, budget: budget, spent: spendByPhase[p], limit: limit, used: used,
                                  binds: reaches(used, limit)))
        }
        if let total = plan.budget.total {
            uses.append(BudgetUse(id: "total", budget: total, spent: cumulativeSpend, limit: total,
                                  used: cumulativeSpend, binds: reaches(cumulativeSpend, total)))
        }
        return uses
    }

    var totals: PlanTotals {
        var totals = PlanTotals()
        for (f, type) in plan.factoryTypes.enumerated() {
            let plants = plan.sites.indices.reduce(0) { $0 + counts[$1][f].reduce(0, +) }
            totals.plants += plants
            totals.value += Double(plants) * type.annualValue
            totals.jobs += Double(plants) * type.jobs
        }
        return totals
    }

    /// The objective in natural units, computed from the counts rather than the scaled model.
    func objectiveValue(totals: PlanTotals, totalSpend: Double) -> Double {
        switch plan.objective {
        case .maximize(.npv): economics.npv(of: program)
        case .maximize(.value): totals.value
        case .maximize(.jobs): totals.jobs
        case .maximize(.weighted(let a, let b)): a * totals.value + b * totals.jobs
        case .minimizeCost: totalSpend
        }
    }
}
