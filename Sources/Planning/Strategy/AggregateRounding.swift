import MIP

/// A feasible point of an ``AggregateModel`` built from its LP relaxation, to start the
/// branch and bound of aggregates too large to find a good plan quickly by themselves.
///
/// 1. **Round down**: keep every plant, opening and expansion the relaxation takes whole.
///    Rounding down keeps plants, sites and budgets within their limits, and the ordered
///    levels and openings consistent.
/// 2. **Repair**: a row rounding broke (a state's share, when other states lost more spend
///    than it did) gives back its least valuable plants per dollar until it holds.
/// 3. **Fill** (first fit): add one plant at a time, with its site's opening, its state and
///    a co-located plant it requires, or with an expansion when the site lacks a resource,
///    whenever every row still holds: the plants the relaxation valued most first (its
///    largest values, then its reduced costs), then the best value per dollar.
/// 4. **Swap**: replace plants by more valuable ones where every row still holds, most
///    value per extra dollar first, and fill again; repeated while plants change.
///
/// With builders every plant added or given back takes one level of one of its builders
/// along (the cheapest builder whose rows still hold), and rounding first evens out each
/// cell's plant and builder levels, so B1 holds throughout.
///
/// Only objectives that maximize value, jobs or a weighting of both are filled; the point
/// is returned only when it satisfies every row, bound and integrality.
struct AggregateRounding {
    let model: AggregateModel
    private let problem: Problem
    /// columnRows[j]: the rows column j appears in, with its coefficient.
    private let columnRows: [[(row: Int, coefficient: Double)]]
    /// spend[j]: what setting column j to 1 spends, in billions.
    private let spend: [Double]
    /// isShareRow[i]: row i is a state's share of the total spend.
    private let isShareRow: [Bool]
    /// rowLimits[i]: row i's bounds and the tolerance a violation of them is measured with.
    private let rowLimits: [(lower: Double, upper: Double, tolerance: Double)]
    /// Each column's bounds.
    private let lower: [Double], upper: [Double]
    /// While set, a state's share is measured against this total spend (billions) when
    /// the point spends less (see ``round(_:reducedCosts:)``).
    private var sharesAgainst: Double?
    /// The caller's deadline and cancellation: once they say stop, the fill and the swaps
    /// add nothing more, and the point built so far is returned when it is feasible (on
    /// 2000 sites a full rounding takes seconds, which a time limit must bound).
    private let limits: SolveOptions

    /// A rounding of `model`'s points that stops adding plants once `limits` says stop.
    init(model: AggregateModel, stoppingWith limits: SolveOptions = SolveOptions()) {
        self.model = model
        self.limits = limits
        problem = model.problem
        var columnRows = [[(row: Int, coefficient: Double)]](repeating: [], count: problem.variables.count)
        for (i, row) in problem.rows.enumerated() {
            for (j, c) in row.terms.terms { columnRows[j].append((i, c)) }
        }
        self.columnRows = columnRows
        var spend = [Double](repeating: 0, count: problem.variables.count)
        for (j, c) in model.spendTerms() { spend[j] += c }
        self.spend = spend
        var isShareRow = [Bool](repeating: false, count: problem.rows.count)
        for i in model.stateShareRows { isShareRow[i] = true }
        self.isShareRow = isShareRow
        rowLimits = problem.rows.map { row in
            let size = max(1, row.lower.isFinite ? abs(row.lower) : 0, row.upper.isFinite ? abs(row.upper) : 0)
            return (row.lower, row.upper, 1e-9 * size)
        }
        lower = problem.variables.map(\.lower)
        upper = problem.variables.map(\.upper)
    }

    /// The most the plan may spend (billions): the total budget or the sum of the phase
    /// budgets, whichever is less; nil without either.
    private var budgetLimit: Double? {
        let plan = model.plan
        let phases = plan.phases.compactMap(\.budget)
        let sum = phases.count == plan.phases.count && !phases.isEmpty ? phases.reduce(0, +) : nil
        return [plan.budget.total, sum].compactMap { $0 }.min().map { $0 / Formulation.moneyScale }
    }

    /// A feasible aggregate point near `relaxation` (the LP optimum's values; its reduced
    /// costs, when given, rank the plants to add), or nil.
    ///
    /// With state shares, a plant in a state that holds none yet breaks its share row
    /// whatever it costs, so a fill from few plants gets stuck. A second rounding
    /// therefore first fills with each state's share measured against the budget (the
    /// spend a plan of binding budgets ends near), then gives back what breaks the true
    /// shares and fills again; the better of the two points is returned.
    func round(_ relaxation: [Double], reducedCosts: [Double]? = nil) -> [Double]? {
        guard problem.sense == .maximize, relaxation.count == problem.variables.count else { return nil }
        let budget = model.stateShareRows.isEmpty ? nil : budgetLimit
        // From (next to) nothing, a strict fill is stuck at the first plant.
        let stuck = budget != nil && !relaxation.contains { $0 >= 1 - 1e-6 }
        let strict = stuck ? nil : completed(relaxation, reducedCosts: reducedCosts, budget: nil)
        guard let budget else { return strict }
        let eased = completed(relaxation, reducedCosts: reducedCosts, budget: budget)
        let points = [strict, eased].compactMap { $0 }
        return points.max { problem.objectiveValue(of: $0) < problem.objectiveValue(of: $1) }
    }

    /// Rounds down, repairs, fills (first with shares measured against `budget`, when
    /// given) and swaps; the point when it is feasible.
    private func completed(_ relaxation: [Double], reducedCosts: [Double]?, budget: Double?) -> [Double]? {
        var state = State(values: relaxation.map { $0 >= 1 - 1e-6 ? 1 : 0 }, problem: problem, spend: spend)
        evenOutBuilders(&state)
        for s in model.opened.indices where state.values[model.opened[s]] > 0.5 { raiseState(ofSite: s, in: &state) }
        repair(&state)
        if let budget {
            var eased = self
            eased.sharesAgainst = budget
            eased.fill(&state, relaxation: relaxation, reducedCosts: reducedCosts)
            repair(&state)
        }
        fill(&state, relaxation: relaxation, reducedCosts: reducedCosts)
        for _ in 0..<10 where !limits.shouldStop && swap(&state) {
            fill(&state, relaxation: relaxation, reducedCosts: reducedCosts)
        }
        return problem.isFeasible(state.values) ? state.values : nil
    }

    // MARK: - Moves

    /// Values and row activities of the point being built.
    private struct State {
        var values: [Double]
        var activity: [Double]
        /// The point's total spend (billions).
        var total: Double

        init(values: [Double], problem: Problem, spend: [Double]) {
            self.values = values
            activity = problem.rows.map { $0.terms.evaluate(values) }
            total = zip(values, spend).reduce(0) { $0 + $1.0 * $1.1 }
        }
    }

    private func set(_ column: Int, to value: Double, in state: inout State) {
        let change = value - state.values[column]
        guard change != 0 else { return }
        state.values[column] = value
        state.total += spend[column] * change
        for (i, c) in columnRows[column] { state.activity[i] += c * change }
    }

    /// Counts the state of site `s` as opened, when the model has a column for it.
    private func raiseState(ofSite s: Int, in state: inout State) {
        if let u = model.states[model.plan.sites[s].state] { set(u, to: 1, in: &state) }
    }

    private func violation(_ i: Int, _ activity: Double, total: Double? = nil) -> Double {
        var activity = activity
        // Measured against the budget, a state's share lets the first plants in: the
        // plan will spend about the budget, so the share of a few plants says little.
        if let budget = sharesAgainst, let total, isShareRow[i], let share = model.plan.rules.maxStateShare {
            activity -= share * max(0, budget - total)
        }
        let (low, high, tolerance) = rowLimits[i]
        return max(0, low - activity - tolerance, activity - high - tolerance)
    }

    /// True when setting `columns` to 1 (and `removed` to 0) keeps every satisfied row
    /// satisfied and makes no broken row worse.
    private func fits(_ columns: [Int], removing removed: [Int] = [], in state: State) -> Bool {
        // Each row's change is summed in the order the columns and their rows come.
        var changes: [(row: Int, order: Int, delta: Double)] = []
        for j in columns where state.values[j] < 0.5 {
            if upper[j] < 0.5 { return false }
            for (i, c) in columnRows[j] { changes.append((i, changes.count, c)) }
        }
        for j in removed where state.values[j] > 0.5 {
            if lower[j] > 0.5 { return false }
            for (i, c) in columnRows[j] { changes.append((i, changes.count, -c)) }
        }
        var added = 0.0, given = 0.0
        for j in columns where state.values[j] < 0.5 { added += spend[j] }
        for j in removed where state.values[j] > 0.5 { given += spend[j] }
        let total = state.total + added - given
        changes.sort { ($0.row, $0.order) < ($1.row, $1.order) }
        var k = 0
        while k < changes.count {
            let i = changes[k].row
            var delta = 0.0
            while k < changes.count && changes[k].row == i { delta += changes[k].delta; k += 1 }
            let before = violation(i, state.activity[i], total: state.total)
            if violation(i, state.activity[i] + delta, total: total) > before { return false }
        }
        return true
    }

    private func gain(_ columns: [Int], in state: State) -> (value: Double, spend: Double) {
        columns.filter { state.values[$0] < 0.5 }.reduce((0, 0)) { ($0.0 + problem.variables[$1].objective, $0.1 + spend[$1]) }
    }

    /// The columns that add the next plant of type `f` at site `s` (its level, the site's
    /// opening and state, and the first plant of a type it requires), or nil at the limit.
    /// With builders, the first of its builders' next levels that keeps every row (and
    /// with `whoever` the cheapest one, rows or not) comes along; nil when none does.
    private func nextPlant(site s: Int, type f: Int, in state: State, whoever: Bool = false) -> [Int]? {
        let levels = model.levels[s][f]
        guard let next = levels.first(where: { state.values[$0] < 0.5 }) else { return nil }
        var columns = [next, model.opened[s]]
        if let u = model.states[model.plan.sites[s].state] { columns.append(u) }
        for required in model.plan.factoryTypes[f].requires {
            guard let g = model.plan.factoryTypes.firstIndex(where: { $0.id == required }), g != f else { continue }
            guard let first = model.levels[s][g].first else { return nil }
            columns.append(first)
        }
        guard model.plan.builders != nil else { return columns }
        let builders = builderLevels(site: s, type: f).compactMap { cell in
            cell.columns.first { state.values[$0] < 0.5 }
        }
        if whoever { return builders.first.map { columns + [$0] } }
        return builders.lazy.map { columns + [$0] }.first { fits($0, in: state) }
    }

    /// The builder levels of cell (s, f), cheapest builder first.
    private func builderLevels(site s: Int, type f: Int) -> [BuilderLevels] {
        guard !model.builders.isEmpty else { return [] }
        return model.builders[s][f].sorted { spend[$0.columns[0]] < spend[$1.columns[0]] }
    }

    /// The columns that take the last plant of type `f` at site `s` away: its top level
    /// and, with builders, the top level of the last builder that has one; nil when none
    /// stands there.
    private func lastPlant(site s: Int, type f: Int, in state: State) -> [Int]? {
        guard let top = model.levels[s][f].last(where: { state.values[$0] > 0.5 }) else { return nil }
        guard model.plan.builders != nil else { return [top] }
        let builder = model.builders[s][f].reversed().lazy.compactMap { cell in
            cell.columns.last { state.values[$0] > 0.5 }
        }.first
        return builder.map { [top, $0] }
    }

    /// Makes each cell's builder levels add up to its plant levels (B1), giving back plant
    /// or builder levels from the top, so that every later move starts from B1 holding.
    private func evenOutBuilders(_ state: inout State) {
        guard !model.builders.isEmpty else { return }
        for s in model.levels.indices {
            for f in model.levels[s].indices {
                let plants = model.levels[s][f].filter { state.values[$0] > 0.5 }
                var built = model.builders[s][f].flatMap { cell in cell.columns.filter { state.values[$0] > 0.5 } }
                for column in plants.dropFirst(min(plants.count, built.count)).reversed() {
                    set(column, to: 0, in: &state)
                }
                while built.count > plants.count, let column = built.popLast() { set(column, to: 0, in: &state) }
                // A builder's levels are ordered: keep each one's lowest levels.
                for cell in model.builders[s][f] {
                    let on = cell.columns.filter { state.values[$0] > 0.5 }.count
                    for (j, column) in cell.columns.enumerated() { set(column, to: j < on ? 1 : 0, in: &state) }
                }
            }
        }
    }

    /// Gives plants back from rows rounding broke, least value per dollar first.
    private func repair(_ state: inout State) {
        // Giving back spend in one state raises the others' shares: a few passes.
        for _ in 0..<5 where problem.rows.indices.contains(where: { violation($0, state.activity[$0]) > 0 }) {
            repairOnce(&state)
        }
    }

    private func repairOnce(_ state: inout State) {
        for i in problem.rows.indices where violation(i, state.activity[i]) > 0 {
            let row = problem.rows[i]
            guard state.activity[i] > row.upper else { continue }
            let coefficients = Dictionary(row.terms.terms, uniquingKeysWith: +)
            // The last plant of every cell whose columns have a positive coefficient in the row.
            var candidates: [(columns: [Int], score: Double)] = []
            for s in model.levels.indices {
                for f in model.levels[s].indices {
                    guard let last = lastPlant(site: s, type: f, in: state) else { continue }
                    let c = last.reduce(0.0) { $0 + (coefficients[$1] ?? 0) }
                    guard c > 0 else { continue }
                    candidates.append((last, problem.variables[last[0]].objective / c))
                }
            }
            for candidate in candidates.sorted(by: { $0.score < $1.score }) where violation(i, state.activity[i]) > 0 {
                for column in candidate.columns { set(column, to: 0, in: &state) }
            }
        }
    }

    /// Replaces plants by more valuable ones where every row still holds: the best swap of
    /// each site (most value per extra dollar), then the sites' swaps in that order,
    /// each checked again against what the earlier ones spent. True when some plant was
    /// replaced. On 400x20x3 this takes the rounded plan from 2483 to 2499 (a greedy of the
    /// largest gain per site stops at 2483).
    private func swap(_ state: inout State) -> Bool {
        var candidates: [(score: Double, adding: [Int], removing: [Int])] = []
        for s in model.levels.indices {
            let present = model.levels[s].indices.compactMap { f in
                lastPlant(site: s, type: f, in: state).map { (type: f, columns: $0) }
            }
            guard !present.isEmpty else { continue }
            var best: (score: Double, adding: [Int], removing: [Int])?
            for f in model.levels[s].indices {
                guard let adding = nextPlant(site: s, type: f, in: state, whoever: true) else { continue }
                let value = problem.variables[adding[0]].objective
                for old in present where old.type != f {
                    let improvement = value - problem.variables[old.columns[0]].objective
                    guard improvement > 1e-9 else { continue }
                    let extra = gain(adding, in: state).spend - old.columns.reduce(0.0) { $0 + spend[$1] }
                    // Value gained per extra dollar; a swap that spends nothing more comes first.
                    let score = extra > 1e-9 ? improvement / extra : 1e9 + improvement
                    guard score > best?.score ?? 0, fits(adding, removing: old.columns, in: state) else { continue }
                    best = (score, adding, old.columns)
                }
            }
            if let best { candidates.append(best) }
        }
        var swapped = false
        for c in candidates.sorted(by: { $0.score > $1.score }) where fits(c.adding, removing: c.removing, in: state) {
            for j in c.removing { set(j, to: 0, in: &state) }
            for j in c.adding { set(j, to: 1, in: &state) }
            swapped = true
        }
        return swapped
    }

    /// Adds plants in the relaxation's order, then by value per dollar, while every row holds.
    private func fill(_ state: inout State, relaxation: [Double], reducedCosts: [Double]?) {
        let expansionsAt = Dictionary(grouping: model.expansions, by: { $0.key.site }).mapValues { $0.map(\.value) }
        var added = true
        var passes = 0
        while added && passes < 20 && !limits.shouldStop {
            added = false
            passes += 1
            var moves: [(site: Int, columns: [Int], lp: Double, reduced: Double, score: Double)] = []
            for s in model.levels.indices {
                for f in model.levels[s].indices {
                    guard let columns = nextPlant(site: s, type: f, in: state)
                        ?? nextPlant(site: s, type: f, in: state, whoever: true) else { continue }
                    let (value, cost) = gain(columns, in: state)
                    guard value > 0 else { continue }
                    let lp = relaxation[columns[0]], reduced = reducedCosts?[columns[0]] ?? 0
                    moves.append((s, columns, lp, reduced, cost > 0 ? value / cost : .infinity))
                }
            }
            // The relaxation's choices first (its largest values, then its reduced costs),
            // then value per dollar: on 400x20x3 this order rounds to 2483 where value per
            // dollar alone reaches 2473 and value alone 2426 (docs/performance.md).
            for move in moves.sorted(by: { ($0.lp, $0.reduced, $0.score) > ($1.lp, $1.reduced, $1.score) }) {
                if limits.shouldStop { return }
                var choice: [Int]? = fits(move.columns, in: state) ? move.columns : nil
                if choice == nil {
                    // A resource short at the site: the cheapest unbuilt expansion that fits.
                    choice = (expansionsAt[move.site] ?? [])
                        .filter { state.values[$0] < 0.5 }
                        .sorted { spend[$0] < spend[$1] }
                        .map { move.columns + [$0] }
                        .first { fits($0, in: state) }
                }
                guard let columns = choice else { continue }
                for j in columns { set(j, to: 1, in: &state) }
                added = true
            }
        }
    }
}
