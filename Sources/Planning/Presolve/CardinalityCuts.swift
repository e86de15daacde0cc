import MIP

/// How many plants of one type a budget row can pay for, stated as rows of their own.
///
/// A row `sum c_j x_j <= U` whose coefficients and columns are all non-negative holds only
/// if the plants of type f in it, each costing at least c_min, number at most
/// floor(U / c_min): every other term only adds. When that count is below what the
/// plants' own bounds allow, the row `sum over the type's plants <= floor(U / c_min)` is
/// added: it cuts fractional points of the relaxation, never a plan. Phase budgets that do
/// not carry over give one such row per phase; their sum over the phases, a row on the
/// type's plants over the whole horizon, is added too, so the phase-free aggregate (which
/// states only rows that hold the same in every phase) sees how many plants the phases
/// can pay for together. Without it, a plan whose phases can each pay for one plant of a
/// type with a target of four took the aggregate, the scheduler and the full model
/// minutes to refute (docs/performance.md).
struct CardinalityCuts {
    /// A row to add: the columns (coefficient 1) and the most they may sum to.
    struct Cut {
        var name: String
        var columns: [Int]
        var limit: Double
        /// True when the cut holds every plant of its type in every phase (the aggregate
        /// states it on totals).
        var coversTheHorizon: Bool
    }

    /// The cuts of the money rows (budgets, and funding's limits on later phases) of
    /// `problem`, a model of `formulation.plan` whose plant columns stand where
    /// `formulation.index` says and whose rows state `groups`.
    static func cuts(of problem: Problem, groups: [ConstraintGroup], formulation: Formulation) -> [Cut] {
        let plan = formulation.plan
        let index = formulation.index
        var typeOf = [Int?](repeating: nil, count: problem.variables.count)
        var phaseOf = [Int](repeating: 0, count: problem.variables.count)
        // Only integer plant counts: the floor below is what makes the rows cut.
        for (key, j) in index.plants where j < problem.variables.count && problem.variables[j].kind != .continuous {
            typeOf[j] = key.type
            phaseOf[j] = key.phase
        }
        let allPlants = Dictionary(grouping: index.plants.values.filter { $0 < typeOf.count && typeOf[$0] != nil }) { typeOf[$0]! }
        var cuts: [Cut] = []
        // perPhase[f][p]: the least count a one-phase row allows the type's plants of phase p.
        var perPhase = [[Double?]](repeating: [Double?](repeating: nil, count: plan.phases.count), count: plan.factoryTypes.count)
        for (i, row) in problem.rows.enumerated() {
            switch groups[i] {
            case .phaseBudget, .totalBudget, .fundingPaysPhase: break
            default: continue
            }
            guard row.lower == -.infinity, row.upper.isFinite, row.upper >= 0,
                  row.terms.terms.allSatisfy({ $0.1 >= 0 && problem.variables[$0.0].lower >= 0 }) else { continue }
            var byType: [Int: [(Int, Double)]] = [:]
            for (j, c) in row.terms.terms { if let f = typeOf[j] { byType[f, default: []].append((j, c)) } }
            for (f, terms) in byType.sorted(by: { $0.key < $1.key }) {
                guard let cheapest = terms.map(\.1).min(), cheapest > 0 else { continue }
                // A relative 1e-7 keeps float noise in U / c_min from losing a whole plant.
                let limit = (row.upper / cheapest * (1 + 1e-7) + 1e-7).rounded(.down)
                let columns = terms.map(\.0)
                let phases = Set(columns.map { phaseOf[$0] })
                // A one-phase row bounds the phase's plants of the type only when it holds all of them.
                if phases.count == 1, let p = phases.first,
                   Set(columns) == Set((allPlants[f] ?? []).filter { phaseOf[$0] == p }) {
                    perPhase[f][p] = min(perPhase[f][p] ?? .infinity, limit)
                }
                let room = terms.reduce(0) { $0 + problem.variables[$1.0].upper }
                guard limit < room else { continue }
                let horizon = Set(columns) == Set(allPlants[f] ?? [])
                cuts.append(Cut(name: "plants_paid[\(plan.factoryTypes[f].id),\(row.name)]", columns: columns,
                                limit: limit, coversTheHorizon: horizon))
            }
        }
        // The one-phase rows of every phase together: the type's plants over the horizon.
        for f in plan.factoryTypes.indices {
            guard let columns = allPlants[f], !columns.isEmpty else { continue }
            let phases = Set(columns.map { phaseOf[$0] })
            guard phases.allSatisfy({ perPhase[f][$0] != nil }) else { continue }
            let limit = phases.reduce(0.0) { $0 + perPhase[f][$1]! }
            let room = columns.reduce(0) { $0 + problem.variables[$1].upper }
            guard limit < room else { continue }
            cuts.append(Cut(name: "plants_paid[\(plan.factoryTypes[f].id),phases]", columns: columns.sorted(),
                            limit: limit, coversTheHorizon: true))
        }
        return cuts
    }
}
