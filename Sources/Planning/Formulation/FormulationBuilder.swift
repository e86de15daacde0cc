import MIP

/// Builds the columns and rows of a ``Formulation``; the constraint families live in the
/// extensions beside this file.
struct FormulationBuilder {
    let plan: Plan
    let economics: PlanEconomics
    var problem: Problem
    var index = VariableIndex()
    var groups: [ConstraintGroup] = []
    var rowScales: [Double] = []
    var objectiveScale: Double = 1

    /// Money per model unit.
    let money = Formulation.moneyScale

    init(plan: Plan) {
        self.plan = plan
        self.economics = PlanEconomics(plan: plan)
        self.problem = Problem(name: plan.name, sense: plan.objective.sense)
    }

    mutating func build() {
        addVariables()
        addOpenOnce()
        addPlantsNeedOpenSite()
        addTypeLimits()
        addExpansionsNeedOpenSite()
        addResources()
        addBudgets()
        addCoLocation()
        addPlantsPerSite()
        addTargets()
        addStateShares()
        addMinStates()
        addSitesOpened()
        addRequirements()
        addFunding()
        addRecoupBy()
        addBuilderRows()
        setObjective()
    }

    /// Adds a row `lower <= terms <= upper`, stated in natural units divided by `scale`.
    mutating func addRow(
        _ name: String, _ group: ConstraintGroup, terms: [(Int, Double)],
        lower: Double = -.infinity, upper: Double = .infinity, scale: Double = 1
    ) {
        problem.addRow(name, terms: terms, lower: lower, upper: upper)
        groups.append(group)
        rowScales.append(scale)
    }

    // MARK: - Variables

    private mutating func addVariables() {
        let phases = plan.phases
        index.reservePlants(sites: plan.sites.count, types: plan.factoryTypes.count, phases: phases.count)
        for (s, site) in plan.sites.enumerated() {
            for (f, type) in plan.factoryTypes.enumerated() {
                for p in phases.indices where plan.isAllowed(site: site, type: type, phase: p) {
                    let j = problem.addVariable("n[\(site.id),\(type.id),\(phases[p].id)]",
                                                lower: 0, upper: Double(type.maxPerSite), kind: .integer)
                    index.setPlant(.init(site: s, type: f, phase: p), column: j)
                }
            }
        }
        for site in plan.sites {
            index.opened.append(phases.map { problem.addVariable("o[\(site.id),\($0.id)]", upper: 1, kind: .binary) })
        }
        for (s, site) in plan.sites.enumerated() {
            for (k, expansion) in site.expansions.enumerated() {
                guard let p = plan.availablePhase(of: expansion) else { continue }
                let key = VariableIndex.ExpansionKey(site: s, expansion: k)
                index.expansions[key] = problem.addVariable("x[\(site.id),\(expansion.id)]", upper: 1, kind: .binary)
                index.availability[key] = p
            }
        }
        addBuilderVariables()
        if plan.rules.minStates != nil {
            for state in states {
                index.states[state] = problem.addVariable("u[\(state)]", upper: 1, kind: .binary)
            }
        }
        for source in plan.funding ?? [] {
            index.funding.append(phases.indices.map { p in
                economics.mayPay(source, phase: p)
                    ? problem.addVariable("g[\(source.id),\(phases[p].id)]", lower: 0, upper: .infinity, kind: .continuous)
                    : nil
            })
        }
    }

    // MARK: - Shared terms

    /// The states of the selected sites, in the order their first site appears.
    var states: [String] {
        var seen = Set<String>()
        return plan.sites.map(\.state).filter { seen.insert($0).inserted }
    }

    /// The terms of sum over p of n[s,f,p] (all phases), each with `coefficient`.
    func plantTerms(site s: Int, type f: Int, coefficient: Double = 1) -> [(Int, Double)] {
        index.plantsThrough(site: s, type: f, phase: plan.phases.count - 1).map { ($0, coefficient) }
    }

    /// The capex terms of the plants of type `f` started at site `s` in phase `p`, in
    /// billions: c(s,f) n[s,f,p] without builders, else sum_b c_b(s,f) w[b,s,f,p].
    func capexTerms(site s: Int, type f: Int, phase p: Int) -> [(Int, Double)] {
        guard let n = index.plant(site: s, type: f, phase: p) else { return [] }
        guard plan.builders != nil else { return [(n, plan.capex(site: s, type: f) / money)] }
        return (index.buildersOf[n] ?? []).map {
            ($0.column, plan.capex(site: s, type: f, builder: $0.builder) / money)
        }
    }

    /// The terms of sum over p of o[s,p], each with `coefficient`.
    func openTerms(site s: Int, coefficient: Double = 1) -> [(Int, Double)] {
        index.opened[s].map { ($0, coefficient) }
    }

    /// Site positions in id order of `plan.sites`.
    var siteIndices: Range<Int> { plan.sites.indices }

    /// Type positions of `plan.factoryTypes`.
    var typeIndices: Range<Int> { plan.factoryTypes.indices }
}
