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
    /// Who builds the plants (with `builders`), in site, type, phase, builder order.
    let assignments: [BuilderPlants]

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
        assignments = index.plants.sorted { $0.value < $1.value }.flatMap { key, n in
            (index.buildersOf[n] ?? []).compactMap { column in
                let count = Int(values[column.column].rounded())
                guard count != 0 else { return nil }
                return BuilderPlants(builder: column.builder, site: key.site, type: key.type, phase: key.phase,
                                     count: count)
            }
        }
        program = BuiltProgram(counts: counts, openedIn: openedIn, built: built, assignments: assignments)
    }

    /// What the solution builds, by positions (built once: every spend reads it, and on
    /// 2000 sites a copy per site took seconds).
    let program: BuiltProgram

    /// The nonzero plant counts by site, phase and type; with builders, one entry per
    /// builder of each (in builder order).
    var allocations: [Allocation] {
        let byCell = Dictionary(grouping: assignments) { [$0.site, $0.type, $0.phase] }
        return plan.sites.indices.flatMap { s in
            plan.phases.indices.flatMap { p in
                plan.factoryTypes.indices.flatMap { f -> [Allocation] in
                    guard counts[s][f][p] > 0 else { return [] }
                    let allocation = Allocation(
                        site: plan.sites[s].id, type: plan.factoryTypes[f].id, phase: plan.phases[p].id,
                        count: counts[s][f][p],
                        constructionStart: economics.calendarMonth(economics.constructionStart(site: s, type: f, phase: p)),
                        firstOutput: economics.calendarMonth(economics.firstOutput(site: s, type: f, phase: p)))
                    guard let builders = plan.builders else { return [allocation] }
                    return (byCell[[s, f, p]] ?? []).map { part in
                        var share = allocation
                        share.count = part.count
                        share.builder = part.builder.map { builders[$0].id }
                        return share
                    }
                }
            }
        }
    }

    /// Dollars spent at site `s` (nil: all sites) in phase `p` (nil: all phases).
    func spend(site s: Int? = nil, phase p: Int? = nil) -> Double {
        economics.spend(of: program, site: s, phase: p)
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
                let binds = reaches(used, capacity) || keepsOut(site: s, needing: { $0.uses[r] ?? 0 }, room: capacity - used)
                return ResourceUse(name: r, used: used, capacity: capacity, binds: binds)
            }
            let perType = plan.factoryTypes.indices.compactMap { f -> TypeCountUse? in
                let built = counts[s][f].reduce(0, +)
                let type = plan.factoryTypes[f]
                guard built > 0 else { return nil }
                return TypeCountUse(type: type.id, use: PlantCountUse(used: built, limit: type.maxPerSite))
            }
            let plants = PlantCountUse(used: perType.reduce(0) { $0 + $1.use.used }, limit: plan.maxPlants(at: site))
            return SiteResult(id: site.id, openedIn: plan.phases[opened].id, spend: spend(site: s),
                              resources: resources, plants: plants, plantLimitKey: plan.maxPlantsKey(at: site),
                              maxPerSite: perType)
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
        for row in plan.phaseBudgetRows {
            let phase = plan.phases[row.phase]
            let used = row.spendOf.reduce(0.0) { $0 + spendByPhase[$1] }
            let binds = reaches(used, row.limit)
                || cheapestPlant(through: row.phase).map { row.limit - used < $0 } == true
            uses.append(BudgetUse(id: phase.id, budget: phase.budget ?? 0, spent: spendByPhase[row.phase],
                                  limit: row.limit, used: used, binds: binds))
        }
        if let total = plan.budget.total {
            let spent = spendByPhase.reduce(0, +)
            let cheapest = cheapestPlant(through: plan.phases.count - 1)
            uses.append(BudgetUse(id: "total", budget: total, spent: spent, limit: total, used: spent,
                                  binds: reaches(spent, total) || cheapest.map { total - spent < $0 } == true))
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

    /// True when one more plant of some type that could still start at site `s` (allowed
    /// there in some phase, below its `max_per_site`, with the site below its plant limit)
    /// needs more than `room` of what `needing` measures: the limit keeps that plant out,
    /// so it binds even when it is not used to the last unit.
    func keepsOut(site s: Int, needing: (FactoryType) -> Double, room: Double) -> Bool {
        let site = plan.sites[s]
        let plants = counts[s].reduce(0) { $0 + $1.reduce(0, +) }
        if let most = plan.maxPlants(at: site), plants >= most { return false }
        return plan.factoryTypes.indices.contains { f in
            let type = plan.factoryTypes[f], need = needing(type)
            return need > room + 1e-9 * max(1, need) && counts[s][f].reduce(0, +) < type.maxPerSite
                && plan.firstAllowedPhase(site: site, type: type) != nil
        }
    }

    /// The capex of the cheapest plant that could still start in a phase up to `p` at a
    /// site already opened by then (allowed there, below its `max_per_site` and the site's
    /// plant limit); nil when none could.
    func cheapestPlant(through p: Int) -> Double? {
        var cheapest: Double?
        for s in plan.sites.indices {
            guard let opened = openedIn[s], opened <= p else { continue }
            let site = plan.sites[s]
            let plants = counts[s].reduce(0) { $0 + $1.reduce(0, +) }
            if let most = plan.maxPlants(at: site), plants >= most { continue }
            for (f, type) in plan.factoryTypes.enumerated() where counts[s][f].reduce(0, +) < type.maxPerSite {
                guard (0...p).contains(where: { plan.isAllowed(site: site, type: type, phase: $0) }),
                      let capex = cheapestPrice(site: s, type: f) else { continue }
                cheapest = min(cheapest ?? capex, capex)
            }
        }
        return cheapest
    }

    /// The least a plant of type `f` at site `s` costs: c(s,f) without builders, else the
    /// lowest c_b(s,f) of the builders who build it there (nil when none does).
    func cheapestPrice(site s: Int, type f: Int) -> Double? {
        guard let builders = plan.builders else { return plan.capex(site: s, type: f) }
        let site = plan.sites[s], type = plan.factoryTypes[f]
        return builders.indices.filter { builders[$0].builds(type) && builders[$0].worksAt(site) }
            .map { plan.capex(site: s, type: f, builder: $0) }.min()
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
