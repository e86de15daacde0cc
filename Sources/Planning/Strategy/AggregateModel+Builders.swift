import MIP

/// Section 6 in the phase-free aggregate: W[b,s,f], the plants of f at s that builder b
/// starts over all phases, with B1-B3 stated on these totals and B4 on what the phases
/// can hold.
///
/// W is binarized as the plant counts are: v[b,s,f,j] (j = 1...max_per_site) means "b
/// starts at least j plants of f at s", with v[b,s,f,j] >= v[b,s,f,j+1], so that each
/// builder's commitment and floor are 0-1 knapsack rows, which the solver's cover cuts
/// strengthen.
///
/// B4 aggregated: the phases where b may start a plant of f at s form a suffix (allowed is
/// a suffix of the phases, and b's types and states do not depend on the phase), so b's
/// plants fit its `max_plants_per_phase` L in some schedule exactly when, for every phase
/// a, the plants of cells first allowed at a or later number at most L times the phases
/// from a on. Any full solution meets these rows with W = sum_p w, so the aggregate stays
/// a relaxation with the same spend.
extension AggregateModel {
    /// v[b,s,f,1...max_per_site] for each cell with plant levels and each builder eligible
    /// there in some phase, with the levels ordered.
    mutating func addBuilderVariables() {
        guard let list = plan.builders else { return }
        let index = formulation.index
        builders = plan.sites.indices.map { s in
            plan.factoryTypes.indices.map { f in
                // A builder takes on at most the plants the site can hold: its levels match
                // the cell's own, none where the site holds none.
                guard let first = firstAllowed[s][f], !levels[s][f].isEmpty else { return [] }
                return list.indices.compactMap { b in
                    guard index.builderPlant(builder: b, site: s, type: f, phase: first) != nil else { return nil }
                    let name = "v[\(list[b].id),\(plan.sites[s].id),\(plan.factoryTypes[f].id),"
                    let columns = (1...levels[s][f].count).map {
                        addBinaryVariable(name + "\($0)]")
                    }
                    return BuilderLevels(builder: b, columns: columns)
                }
            }
        }
    }

    /// B1 on totals (sum_b W[b,s,f] = m[s,f]), B2 and B3 on each builder's capex at its
    /// price, and B4 aggregated over the suffixes of phases.
    mutating func addBuilderRows() {
        guard let list = plan.builders else { return }
        for s in plan.sites.indices {
            for f in plan.factoryTypes.indices where !levels[s][f].isEmpty {
                for cell in builders[s][f] {
                    for j in cell.columns.indices.dropFirst() {
                        addRow("builder_order", terms: [(cell.columns[j], 1), (cell.columns[j - 1], -1)], upper: 0)
                    }
                }
                let terms =
                    builders[s][f].flatMap { $0.columns.map { ($0, 1.0) } }
                    + countTerms(site: s, type: f, coefficient: -1)
                addRow("builder_assign", terms: terms, lower: 0, upper: 0)
            }
        }
        let phases = plan.phases.count
        for (b, builder) in list.enumerated() {
            var capex: [(Int, Double)] = []
            var cells: [(first: Int, columns: [Int])] = []
            for s in plan.sites.indices {
                for f in plan.factoryTypes.indices {
                    guard let first = firstAllowed[s][f] else { continue }
                    for cell in builders[s][f] where cell.builder == b {
                        let price = plan.capex(site: s, type: f, builder: b) / money
                        capex += cell.columns.map { ($0, price) }
                        cells.append((first, cell.columns))
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
                let later = cells.filter { $0.first >= a }.flatMap { $0.columns.map { ($0, 1.0) } }
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
                    let count = cell.columns.reduce(0) { $0 + Int(values[$1].rounded()) }
                    return count == 0 ? nil : BuilderTotal(builder: cell.builder, site: s, type: f, count: count)
                }
            }
        }
    }
}

/// The levels v[b,s,f,1...] of one builder at one cell of the aggregate.
struct BuilderLevels {
    /// The builder's position in `plan.builders`.
    var builder: Int
    /// The columns of "at least j plants", j = 1, 2, ...
    var columns: [Int]
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
