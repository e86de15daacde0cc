extension VariableIndex {
    /// The NPV in dollars of one unit of each column, one entry per column of a problem with
    /// `columns` columns (0 for columns without money): section 4's coefficients read from
    /// `economics`, so that a scenario's economics (``PlanEconomics/inScenario(_:)``) gives
    /// that scenario's NPV'.
    ///
    /// A plant column n[s,f,p] holds its discounted profit less its capex paid in b(s,f,p);
    /// with builders, the capex sits on each builder's column w[b,s,f,p] at its own price
    /// and n holds the profit alone. An opened site holds its development cost and a built
    /// expansion its cost, each paid at the start of its phase.
    public func npvCoefficients(economics: PlanEconomics, columns: Int) -> [Double] {
        let plan = economics.plan
        var coefficients = Array(repeating: 0.0, count: columns)
        for (key, j) in plants {
            coefficients[j] =
                plan.builders == nil
                ? economics.plantCoefficient(site: key.site, type: key.type, phase: key.phase)
                : economics.profitCoefficient(site: key.site, type: key.type, phase: key.phase)
        }
        for (key, w) in builderPlants {
            coefficients[w] = economics.capexCoefficient(
                site: key.site, type: key.type, phase: key.phase, builder: key.builder)
        }
        for s in plan.sites.indices {
            for p in plan.phases.indices {
                coefficients[opened[s][p]] = economics.openingCoefficient(site: s, phase: p)
            }
        }
        for (key, x) in expansions {
            guard let a = availability[key] else { continue }
            coefficients[x] = economics.expansionCoefficient(site: key.site, expansion: key.expansion, phase: a)
        }
        return coefficients
    }

    /// The factory type (its position in `plan.factoryTypes`) whose capex each column pays,
    /// one entry per column of a problem with `columns` columns: a plant column n[s,f,p]
    /// without builders, every builder column w[b,s,f,p] with them; nil for the others.
    public func capexTypes(columns: Int, hasBuilders: Bool) -> [Int?] {
        var types = [Int?](repeating: nil, count: columns)
        if hasBuilders {
            for (key, w) in builderPlants { types[w] = key.type }
        } else {
            for (key, n) in plants { types[n] = key.type }
        }
        return types
    }
}
