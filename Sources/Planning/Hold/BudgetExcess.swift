public import MIP

/// How far each budget row of constraint 6 can be exceeded in each scenario, over the plans
/// the model allows: the big-M by which z_s relaxes scenario s's row in ``HoldModel``.
///
/// In scenario s a row's spend is sum_f m_s(f) Y_f + D, where Y_f >= 0 is the planned capex
/// of type f in the row's phases and D the sites' and expansions' costs there (not
/// multiplied). The bound uses what the plan's own rows allow, each found once by a linear
/// relaxation: Y_f <= Ycap_f, D <= Dcap, and the planned row sum_f Y_f + D <= U (U at most
/// the row's limit L). Two bounds hold for every plan that meets the model, and the
/// smaller is kept:
/// - the scenario alone: the greatest sum_f m_s(f) Y_f + D under those limits (a
///   fractional knapsack);
/// - the chance constraint: a plan that breaks scenario s's budgets keeps those of other
///   scenarios of probability at least q. Where scenario s' holds,
///   sum_f m_s'(f) Y_f + D <= L too, and the greatest spend of s is at most
///   min over mu >= 0 of mu L + max { sum_f (m_s(f) - mu m_s'(f)) Y_f + (1 - mu) D } under
///   the limits (weak duality, each mu a knapsack). Taking the scenarios s' by that bound
///   from the largest, the plan keeps at least one of them once their probabilities reach
///   q, so the bound of the scenario where they do bounds the spend of s.
/// A row whose first bound stays within L in a scenario cannot be broken there and is left
/// out; one whose second bound does (or when the other scenarios cannot reach q) holds in
/// every plan the model allows, and is restated without relaxation (an excess of 0).
public struct BudgetExcess: Sendable {
    /// One budget row of the plan's model.
    public struct Row: Sendable {
        /// Its position among the formulation's rows.
        public let row: Int
        /// Its limit, in billions.
        public let limit: Double
        /// Its terms, in billions per unit.
        public let terms: [(Int, Double)]
        /// The factory type whose capex each term pays (nil: a site's or expansion's cost).
        public let types: [Int?]
        /// excess[s]: the most the row's spend can exceed its limit in scenario s, in
        /// billions; 0 when the chance constraint keeps it within; nil when no plan the
        /// plan's own rows allow exceeds it there.
        public let excess: [Double?]

        /// The row's terms with c': each plant's capex times its type's capex multiplier.
        public func scenarioTerms(_ factors: ScenarioFactors) -> [(Int, Double)] {
            zip(terms, types).map { term, f in (term.0, f.map { term.1 * factors.capex[$0] } ?? term.1) }
        }
    }

    /// The budget rows, in the formulation's order.
    public let rows: [Row]

    /// The factory types whose capex some budget row pays, in plan order.
    public var capexTypes: [Int] {
        Array(Set(rows.flatMap { $0.types.compactMap { $0 } })).sorted()
    }

    /// The bounds of `formulation`'s budget rows over `scenarios` with confidence `q`; the
    /// linear relaxations run on `solver` within `options`' deadline. A relaxation that does
    /// not finish leaves the weaker bound of every column at its upper bound.
    public init(
        formulation: Formulation, scenarios: HoldScenarios, confidence q: Double, solver: any Solver,
        options: SolveOptions
    ) throws(SolverError) {
        let problem = formulation.problem
        let capexTypes = formulation.index.capexTypes(
            columns: problem.variables.count, hasBuilders: formulation.plan.builders != nil)
        let relaxation = problem.linearRelaxation
        let typeCount = formulation.plan.factoryTypes.count
        var lp = SolveOptions()
        lp.deadline = options.deadline
        lp.cancellation = options.cancellation
        lp.threads = 1
        /// The most `terms` can add up to over the relaxation (at worst each column at its bound).
        func largest(_ terms: [(Int, Double)]) throws(SolverError) -> Double {
            guard !terms.isEmpty else { return 0 }
            let crude = terms.reduce(0.0) { $0 + $1.1 * problem.variables[$1.0].upper }
            var model = relaxation
            model.sense = .maximize
            for j in model.variables.indices { model.setObjective(j, 0) }
            for (j, c) in terms { model.setObjective(j, c) }
            let solution = try solver.solve(model, options: lp)
            switch solution.status {
            case .optimal: return min(crude, (solution.objective ?? crude) * (1 + 1e-7) + 1e-9)
            case .infeasible: return 0
            default: return crude
            }
        }
        var rows: [Row] = []
        for (i, row) in problem.rows.enumerated() {
            switch formulation.groups[i] {
            case .phaseBudget, .totalBudget: break
            default: continue
            }
            let terms = row.terms.terms
            let types = terms.map { capexTypes[$0.0] }
            var caps = Array(repeating: 0.0, count: typeCount)
            for f in 0..<typeCount {
                let own = zip(terms, types).compactMap { $1 == f ? $0 : nil }
                caps[f] = try largest(own)
            }
            let fixed = try largest(zip(terms, types).compactMap { $1 == nil ? $0 : nil })
            let planned = min(row.upper, try largest(terms))
            let knapsack = Knapsack(caps: caps, fixed: fixed, capacity: planned)
            let excess = Self.excess(
                knapsack: knapsack, limit: row.upper, scenarios: scenarios, confidence: q)
            rows.append(Row(row: i, limit: row.upper, terms: terms, types: types, excess: excess))
        }
        self.rows = rows
    }

    /// excess[s] for one row: the smaller of the two bounds, less the limit; 0 when the
    /// chance bound is not above it; nil when the scenario alone cannot exceed it.
    static func excess(knapsack: Knapsack, limit: Double, scenarios: HoldScenarios, confidence q: Double) -> [Double?]
    {
        let m = scenarios.factors.map(\.capex)
        let alone = m.map { knapsack.largest(values: $0, fixedValue: 1) }
        return scenarios.factors.indices.map { s in
            guard alone[s] > limit * (1 + 1e-9) else { return nil }
            // Bounds of scenario s's spend where scenario s' holds, largest first.
            var kept: [(bound: Double, probability: Double)] = []
            for t in scenarios.factors.indices where t != s {
                kept.append((knapsack.largest(values: m[s], fixedValue: 1, keeping: m[t], limit: limit),
                             scenarios.probabilities[t]))
            }
            kept.sort { $0.bound > $1.bound }
            var cumulative = 0.0
            var chance = Double.infinity
            for (bound, probability) in kept {
                cumulative += probability
                if cumulative >= q - 1e-9 {
                    chance = bound
                    break
                }
            }
            // Fewer other scenarios than q: the plan may not break s at all.
            if chance == .infinity { return 0 }
            return max(0, min(alone[s], chance) - limit)
        }
    }
}

/// The greatest value of a budget row's spend under the limits its plan allows:
/// 0 <= Y_f <= caps[f], 0 <= D <= fixed, sum_f Y_f + D <= capacity (all in billions).
struct Knapsack: Sendable {
    let caps: [Double]
    let fixed: Double
    let capacity: Double

    /// max sum_f values[f] Y_f + fixedValue D under the limits: the items by value per unit,
    /// best first, each up to its cap (negative values left out).
    func largest(values: [Double], fixedValue: Double) -> Double {
        var items = zip(values, caps).filter { $0.0 > 0 && $0.1 > 0 }
        if fixedValue > 0 && fixed > 0 { items.append((fixedValue, fixed)) }
        items.sort { $0.0 > $1.0 }
        var room = capacity, total = 0.0
        for (value, cap) in items {
            guard room > 0 else { break }
            let take = min(cap, room)
            total += value * take
            room -= take
        }
        return total
    }

    /// The greatest spend with multipliers `values` (and `fixedValue` on D) by a plan that
    /// also keeps sum_f kept[f] Y_f + D <= limit: the least of mu * limit plus the knapsack
    /// of values - mu * kept over the multipliers mu where a value changes sign, and mu = 0.
    func largest(values: [Double], fixedValue: Double, keeping kept: [Double], limit: Double) -> Double {
        var candidates = [0.0, fixedValue]
        for f in values.indices where caps[f] > 0 && kept[f] > 0 { candidates.append(values[f] / kept[f]) }
        var best = Double.infinity
        for mu in candidates {
            let bound = mu * limit
                + largest(values: zip(values, kept).map { $0 - mu * $1 }, fixedValue: fixedValue - mu)
            best = min(best, bound)
        }
        return best
    }
}
