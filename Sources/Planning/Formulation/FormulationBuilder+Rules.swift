import MIP

/// Constraints 9 and 11-13 of the contract: targets, states, site counts and requires.
extension FormulationBuilder {
    /// 9. min <= sum_{s,p} n[s,f,p] <= max for every target on a selected type. A target
    /// with a positive min on a type that can stand nowhere keeps its empty row, which
    /// makes the plan infeasible.
    mutating func addTargets() {
        for target in plan.targets {
            guard let f = plan.factoryTypes.firstIndex(where: { $0.id == target.type }),
                  target.min != nil || target.max != nil else { continue }
            addRow("target[\(target.type)]", .target(type: target.type),
                   terms: siteIndices.flatMap { plantTerms(site: $0, type: f) },
                   lower: target.min.map(Double.init) ?? -.infinity, upper: target.max.map(Double.init) ?? .infinity)
        }
    }

    /// 11. u[t] <= sum over sites s of t and phases p of o[s,p]; sum_t u[t] >= min_states.
    mutating func addMinStates() {
        guard let minStates = plan.rules.minStates else { return }
        for state in states {
            guard let u = index.states[state] else { continue }
            let opens = siteIndices.filter { plan.sites[$0].state == state }.flatMap { openTerms(site: $0, coefficient: -1) }
            addRow("state_open[\(state)]", .stateCounted(state: state), terms: [(u, 1)] + opens, upper: 0)
        }
        addRow("min_states", .minStates, terms: states.compactMap { index.states[$0] }.map { ($0, 1) },
               lower: Double(minStates))
    }

    /// 12. min_sites <= sum_{s,p} o[s,p] <= max_sites.
    mutating func addSitesOpened() {
        let rules = plan.rules
        guard rules.minSites != nil || rules.maxSites != nil else { return }
        addRow("sites_opened", .sitesOpened, terms: siteIndices.flatMap { openTerms(site: $0) },
               lower: rules.minSites.map(Double.init) ?? -.infinity, upper: rules.maxSites.map(Double.init) ?? .infinity)
    }

    /// 13. sum_p n[s,f,p] >= count. The loader rejects a requirement that is allowed
    /// nowhere; should one reach the model anyway, its empty row makes it infeasible.
    mutating func addRequirements() {
        for requirement in plan.rules.require {
            let s = plan.sites.firstIndex { $0.id == requirement.site }
            let f = plan.factoryTypes.firstIndex { $0.id == requirement.type }
            let terms = s.flatMap { s in f.map { plantTerms(site: s, type: $0) } } ?? []
            addRow("require[\(requirement.site),\(requirement.type)]",
                   .require(site: requirement.site, type: requirement.type),
                   terms: terms, lower: Double(requirement.count))
        }
    }
}
