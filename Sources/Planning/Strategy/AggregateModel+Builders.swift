import MIP

/// Section 6 in the phase-free aggregate: W[b,s,f], the plants of f at s that builder b
/// starts over all phases, with B1-B3 stated on these totals and B4 on what the phases
/// can hold.
///
/// B4 aggregated: the phases where b may start a plant of f at s form a suffix (allowed is
/// a suffix of the phases, and b's types and states do not depend on the phase), so b's
/// plants fit its `max_plants_per_phase` L in some schedule exactly when, for every phase
/// a, the plants of cells first allowed at a or later number at most L times the phases
/// from a on. Any full solution meets these rows with W = sum_p w, so the aggregate stays
/// a relaxation with the same spend.
extension AggregateModel {
    /// One builder's column of a cell.
    typealias BuilderColumn = VariableIndex.BuilderColumn

    /// W[b,s,f], integer in [0, f.max_per_site], for each cell with plant levels and each
    /// builder eligible there in some phase.
    mutating func addBuilderVariables() {
        guard let list = plan.builders else { return }
        let index = formulation.index
        builders = plan.sites.indices.map { s in
            plan.factoryTypes.indices.map { f in
                guard let first = firstAllowed[s][f] else { return [] }
                return list.indices.compactMap { b in
                    guard index.builderPlant(builder: b, site: s, type: f, phase: first) != nil else { return nil }
                    let name = "W[\(list[b].id),\(plan.sites[s].id),\(plan.factoryTypes[f].id)]"
                    let column = addIntegerVariable(name, upper: Double(plan.factoryTypes[f].maxPerSite))
                    return BuilderColumn(builder: b, column: column)
                }
            }
        }
    }

    /// B1 on totals (sum_b W[b,s,f] = m[s,f]), B2 and B3 on each builder's capex at its
    /// price, and B4 aggregated over the suffixes of phases.
    mutating func addBuilderRows() {
        guard let list = plan.builders else { return }
        let economics = formulation.economics
        for s in plan.sites.indices {
            for f in plan.factoryTypes.indices where !levels[s][f].isEmpty {
                let terms = builders[s][f].map { ($0.column, 1.0) } + countTerms(site: s, type: f, coefficient: -1)
                addRow("builder_assign", terms: terms, lower: 0, upper: 0)
            }
        }
        let phases = plan.phases.count
        for (b, builder) in list.enumerated() {
            var capex: [(Int, Double)] = []
            var cells: [(first: Int, column: Int)] = []
            for s in plan.sites.indices {
                for f in plan.factoryTypes.indices {
                    guard let first = firstAllowed[s][f] else { continue }
                    for cell in builders[s][f] where cell.builder == b {
                        capex.append((cell.column, economics.capex(site: s, type: f, builder: b) / money))
                        cells.append((first, cell.column))
                    }
                }
            }
            if let commitment = builder.commitment, !capex.isEmpty {
                addRow("builder_commitment", terms: capex, upper: commitment / money)
            }
            if builder.minWork > 0 {
                addRow("builder_min_work", terms: capex, lower: builder.minWork / money)
            }
            guard let limit = builder.maxPlantsPerPhase else { continue }
            for a in 0..<phases {
                let later = cells.filter { $0.first >= a }.map { ($0.column, 1.0) }
                guard !later.isEmpty else { continue }
                addRow("builder_phases", terms: later, upper: Double(limit * (phases - a)))
            }
        }
    }

    /// The nonzero W[b,s,f] of a solution's values.
    func builderTotals(from values: [Double]) -> [BuilderTotal] {
        builders.indices.flatMap { s in
            builders[s].indices.flatMap { f in
                builders[s][f].compactMap { cell in
                    let count = Int(values[cell.column].rounded())
                    return count == 0 ? nil : BuilderTotal(builder: cell.builder, site: s, type: f, count: count)
                }
            }
        }
    }
}

/// The plants one builder starts at one site of one type over all phases, by positions.
struct BuilderTotal: Equatable {
    /// The builder's position in `plan.builders`.
    var builder: Int
    /// The site's position in `plan.sites`.
    var site: Int
    /// The type's position in `plan.factoryTypes`.
    var type: Int
    /// How many plants.
    var count: Int
}
