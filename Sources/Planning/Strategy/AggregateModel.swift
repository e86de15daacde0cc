import MIP

/// The phase-free aggregate of a plan's model: how many plants of each type stand at each
/// site at the end of the horizon, which sites are opened and which expansions are built,
/// with every phase-free constraint of section 2 stated at the horizon.
///
/// Any solution of the full ``Formulation`` maps onto a solution of the aggregate with the
/// same objective (m[s,f] = sum_p n[s,f,p], O[s] = sum_p o[s,p], x and u unchanged), so
/// the aggregate's optimum bounds the full model's. It has no phase symmetry, which makes
/// it far easier for a branch-and-bound search.
///
/// Plant counts are binarized: `y[s,f,j]` (j = 1...max_per_site) means "at least j plants
/// of f at s", with y[s,f,j] >= y[s,f,j+1], so m[s,f] = sum_j y[s,f,j]. That makes "m[s,f]
/// >= c" a single binary, which the no-good cuts of ``addDominanceCut(excluding:)`` use.
struct AggregateModel {
    let plan: Plan
    let formulation: Formulation
    private(set) var problem: Problem
    /// levels[s][f]: the columns y[s,f,1...max_per_site]; empty where f is never allowed at s.
    private(set) var levels: [[[Int]]] = []
    /// opened[s]: the column of O[s].
    private(set) var opened: [Int] = []
    /// expansions[key]: the column of x[s,k] (the same keys as the full model's).
    private(set) var expansions: [VariableIndex.ExpansionKey: Int] = [:]
    /// states[t]: the column of u[t], present only with `rules.min_states`.
    private(set) var states: [String: Int] = [:]
    /// builders[s][f]: the levels of W[b,s,f] (plants of f at s that builder b starts over
    /// all phases) of the builders eligible there, in builder order; empty without `builders`.
    var builders: [[[BuilderLevels]]] = []
    /// firstAllowed[s][f]: the first phase where f is allowed at s, if any.
    let firstAllowed: [[Int?]]
    /// How many no-good cuts were added.
    private(set) var cutCount = 0
    /// The rows of constraint 10 (a state's share of the total spend).
    private(set) var stateShareRows: [Int] = []

    var money: Double { Formulation.moneyScale }

    init(formulation: Formulation) {
        let plan = formulation.plan
        self.plan = plan
        self.formulation = formulation
        self.problem = Problem(name: plan.name + " (aggregate)", sense: formulation.problem.sense)
        self.firstAllowed = plan.sites.indices.map { s in
            plan.factoryTypes.indices.map { f in
                plan.phases.indices.first { formulation.index.plant(site: s, type: f, phase: $0) != nil }
            }
        }
        addVariables()
        addRows()
        addPhaseRows()
        setObjective()
    }

    // MARK: - Variables

    private mutating func addVariables() {
        for (s, site) in plan.sites.enumerated() {
            levels.append(plan.factoryTypes.enumerated().map { f, type in
                guard firstAllowed[s][f] != nil else { return [] }
                return (0..<max(0, Self.reachableCount(plan: plan, site: s, type: f))).map { j in
                    problem.addVariable("y[\(site.id),\(type.id),\(j + 1)]", upper: 1, kind: .binary)
                }
            })
        }
        opened = plan.sites.map { problem.addVariable("O[\($0.id)]", upper: 1, kind: .binary) }
        for key in formulation.index.expansions.keys.sorted(by: { ($0.site, $0.expansion) < ($1.site, $1.expansion) }) {
            let site = plan.sites[key.site]
            expansions[key] = problem.addVariable("x[\(site.id),\(site.expansions[key.expansion].id)]", upper: 1, kind: .binary)
        }
        for (state, _) in formulation.index.states.sorted(by: { $0.value < $1.value }) {
            states[state] = problem.addVariable("u[\(state)]", upper: 1, kind: .binary)
        }
        addBuilderVariables()
    }

    /// The most plants of type `f` site `s` can hold with every expansion built: its
    /// `max_per_site`, the site's plant limit, and each resource's capacity (plus every
    /// expansion's) over one plant's use, rounded down. Levels above it can never be 1;
    /// leaving them out tightens the relaxation (m[s,f] <= 2, not <= 2.7) at no cost.
    static func reachableCount(plan: Plan, site s: Int, type f: Int) -> Int {
        let site = plan.sites[s]
        let type = plan.factoryTypes[f]
        var count = type.maxPerSite
        if let limit = plan.maxPlants(at: site) { count = min(count, limit) }
        for (resource, use) in type.uses where use > 0 {
            guard let capacity = site.capacity[resource] else { continue }
            let most = capacity + site.expansions.reduce(0) { $0 + max(0, $1.adds[resource] ?? 0) }
            // Compared as a Double: a tiny use gives a quotient no Int can hold.
            let fit = (most / use * (1 + 1e-9)).rounded(.down)
            if fit < Double(count) { count = fit > 0 ? Int(fit) : 0 }
        }
        return max(0, count)
    }

    /// The terms of m[s,f] = sum_j y[s,f,j], each times `coefficient`.
    func countTerms(site s: Int, type f: Int, coefficient: Double = 1) -> [(Int, Double)] {
        levels[s][f].map { ($0, coefficient) }
    }

    /// The capex terms of the plants of type `f` at site `s`, in billions: c(s,f) m[s,f]
    /// without builders, else sum_b c_b(s,f) W[b,s,f].
    func capexTerms(site s: Int, type f: Int) -> [(Int, Double)] {
        guard plan.builders != nil else {
            return countTerms(site: s, type: f, coefficient: plan.capex(site: s, type: f) / money)
        }
        return builders[s][f].flatMap { cell in
            cell.columns.map { ($0, plan.capex(site: s, type: f, builder: cell.builder) / money) }
        }
    }

    /// The terms of the horizon's spend at `sites` (nil: all), in billions.
    func spendTerms(sites: [Int]? = nil) -> [(Int, Double)] {
        var terms: [(Int, Double)] = []
        for s in sites ?? Array(plan.sites.indices) {
            let site = plan.sites[s]
            for f in plan.factoryTypes.indices { terms += capexTerms(site: s, type: f) }
            terms.append((opened[s], site.developmentCost / money))
            for k in site.expansions.indices {
                if let x = expansions[.init(site: s, expansion: k)] { terms.append((x, site.expansions[k].cost / money)) }
            }
        }
        return terms
    }

    // MARK: - Rows

    /// True when the per-site rows are stated times O[s] (a closed site has no capacity
    /// and holds no plants: the same points, a tighter relaxation). That is what a limit
    /// on the number of sites needs: without it the relaxation opens a sliver of every
    /// site. On other plans it made the search slower (docs/performance.md).
    private var linksToOpening: Bool { plan.rules.maxSites != nil }

    private mutating func addRows() {
        let index = formulation.index
        for s in plan.sites.indices {
            let site = plan.sites[s]
            for (f, type) in plan.factoryTypes.enumerated() {
                let y = levels[s][f]
                // Ordered levels, and 2: plants need the site opened (y1 <= O is the strongest form).
                for j in y.indices.dropFirst() { problem.addRow("order", terms: [(y[j], 1), (y[j - 1], -1)], upper: 0) }
                if let first = y.first { problem.addRow("need_open", terms: [(first, 1), (opened[s], -1)], upper: 0) }
                // 7: co-location on totals: some g wherever some f stands.
                for required in type.requires where required != type.id {
                    guard let first = y.first else { continue }
                    let g = plan.factoryTypes.firstIndex { $0.id == required }
                    if let g, let needed = levels[s][g].first {
                        problem.addRow("coloc", terms: [(first, 1), (needed, -1)], upper: 0)
                    } else {
                        for column in y { problem.setBounds(ofVariable: column, lower: 0, upper: 0) }
                    }
                }
            }
            // 4: expansions need the site opened.
            for k in site.expansions.indices {
                guard let x = expansions[.init(site: s, expansion: k)] else { continue }
                problem.addRow("exp_open", terms: [(x, 1), (opened[s], -1)], upper: 0)
            }
            // 5: resources at the horizon, every usable expansion online.
            for resource in site.capacity.keys.sorted() {
                let capacity = site.capacity[resource] ?? 0
                let scale = capacity > 0 ? capacity : 1
                var terms: [(Int, Double)] = []
                for (f, type) in plan.factoryTypes.enumerated() {
                    let use = type.uses[resource] ?? 0
                    if use != 0 { terms += countTerms(site: s, type: f, coefficient: use / scale) }
                }
                guard !terms.isEmpty || capacity < 0 else { continue }
                for (k, expansion) in site.expansions.enumerated() {
                    guard let x = expansions[.init(site: s, expansion: k)], let adds = expansion.adds[resource] else { continue }
                    terms.append((x, -adds / scale))
                }
                if linksToOpening && capacity >= 0 {
                    // A closed site has no capacity: the same row times O[s].
                    problem.addRow("res", terms: terms + [(opened[s], -capacity / scale)], upper: 0)
                } else {
                    problem.addRow("res", terms: terms, upper: capacity / scale)
                }
            }
            // 8: plants per site (times O[s] where that tightens the relaxation).
            if let limit = plan.maxPlants(at: site) {
                let terms = plan.factoryTypes.indices.flatMap { countTerms(site: s, type: $0) }
                if linksToOpening && limit >= 0 {
                    problem.addRow("plants_max", terms: terms + [(opened[s], -Double(limit))], upper: 0)
                } else if !terms.isEmpty || limit < 0 {
                    problem.addRow("plants_max", terms: terms, upper: Double(limit))
                }
            }
        }
        addBudgets()
        // 9: targets.
        for target in plan.targets {
            guard let f = plan.factoryTypes.firstIndex(where: { $0.id == target.type }),
                  target.min != nil || target.max != nil else { continue }
            problem.addRow("target", terms: plan.sites.indices.flatMap { countTerms(site: $0, type: f) },
                           lower: target.min.map(Double.init) ?? -.infinity, upper: target.max.map(Double.init) ?? .infinity)
        }
        // 10: state shares.
        let stateOrder = Self.states(of: plan)
        if let share = plan.rules.maxStateShare {
            let total = spendTerms().map { ($0.0, -share * $0.1) }
            for state in stateOrder {
                let sites = plan.sites.indices.filter { plan.sites[$0].state == state }
                stateShareRows.append(problem.addRow("state_share", terms: spendTerms(sites: sites) + total, upper: 0))
            }
        }
        // 11: min states.
        if let minStates = plan.rules.minStates {
            for state in stateOrder {
                guard let u = states[state] else { continue }
                let opens = plan.sites.indices.filter { plan.sites[$0].state == state }.map { (opened[$0], -1.0) }
                problem.addRow("state_open", terms: [(u, 1)] + opens, upper: 0)
            }
            problem.addRow("min_states", terms: stateOrder.compactMap { states[$0] }.map { ($0, 1) }, lower: Double(minStates))
        }
        // 12: sites opened.
        if plan.rules.minSites != nil || plan.rules.maxSites != nil {
            problem.addRow("sites_opened", terms: opened.map { ($0, 1) },
                           lower: plan.rules.minSites.map(Double.init) ?? -.infinity,
                           upper: plan.rules.maxSites.map(Double.init) ?? .infinity)
        }
        // 13: requires.
        for requirement in plan.rules.require {
            let s = plan.sites.firstIndex { $0.id == requirement.site }
            let f = plan.factoryTypes.firstIndex { $0.id == requirement.type }
            let terms = s.flatMap { s in f.map { countTerms(site: s, type: $0) } } ?? []
            problem.addRow("require", terms: terms, lower: Double(requirement.count))
        }
        _ = index
        addBuilderRows()
    }

    /// 6 at the horizon, plus what the phase rows (``Plan/phaseBudgetRows``) imply for the
    /// aggregate: an expansion spends its cost in avail(k), and a plant cannot start before
    /// its first allowed phase.
    private mutating func addBudgets() {
        let last = plan.phases.count - 1
        let index = formulation.index
        func expansionTerms(_ phases: ClosedRange<Int>) -> [(Int, Double)] {
            expansions.compactMap { key, x in
                guard let p = index.availablePhase(site: key.site, expansion: key.expansion), phases.contains(p)
                else { return nil }
                return (x, plan.sites[key.site].expansions[key.expansion].cost / money)
            }
        }
        if last >= 0, let all = plan.budgetSum(0...last) {
            problem.addRow("budget_all", terms: spendTerms(), upper: all / money)
        }
        if let total = plan.budget.total {
            problem.addRow("budget_total", terms: spendTerms(), upper: total / money)
        }
        guard last >= 1 else { return }
        // The phase rows before the last: spend through p (with carry-over) or of p alone
        // includes every expansion online in those phases.
        for row in plan.phaseBudgetRows where !plan.budget.carryOver || row.phase < last {
            let name = plan.budget.carryOver ? "budget_prefix" : "budget_phase"
            problem.addRow(name, terms: expansionTerms(row.spendOf), upper: row.limit / money)
        }
        guard !plan.budget.carryOver else { return }
        // Phases a...last hold every plant first allowed at a or later.
        for a in 1...last {
            guard let limit = plan.budgetSum(a...last) else { continue }
            var terms = expansionTerms(a...last)
            for s in plan.sites.indices {
                for f in plan.factoryTypes.indices {
                    guard let first = firstAllowed[s][f], first >= a else { continue }
                    terms += capexTerms(site: s, type: f)
                }
            }
            problem.addRow("budget_suffix", terms: terms, upper: limit / money)
        }
    }

    /// The full model's objective on totals: each count and opening takes the best
    /// coefficient its full columns have over the phases (the largest when maximizing),
    /// each expansion and state its own. Where the objective is the same in every phase
    /// (``PhaseAggregation/isExact(for:)``) this is the plan's objective; otherwise it
    /// bounds it, since no phase's plant is worth more than the best phase's.
    private mutating func setObjective() {
        let full = formulation.problem
        let index = formulation.index
        let maximize = full.sense == .maximize
        func coefficient(_ columns: [Int]) -> Double? {
            let values = columns.map { full.variables[$0].objective }
            return maximize ? values.max() : values.min()
        }
        problem.objectiveConstant = full.objectiveConstant
        for s in plan.sites.indices {
            for f in plan.factoryTypes.indices {
                let columns = plan.phases.indices.compactMap { index.plant(site: s, type: f, phase: $0) }
                guard let c = coefficient(columns) else { continue }
                for column in levels[s][f] { problem.setObjective(column, c) }
            }
            if let c = coefficient(index.opened[s]) { problem.setObjective(opened[s], c) }
        }
        for (key, x) in expansions { if let j = index.expansions[key] { problem.setObjective(x, full.variables[j].objective) } }
        for (state, u) in states { if let j = index.states[state] { problem.setObjective(u, full.variables[j].objective) } }
    }

    /// The states of the plan's sites, in the order their first site appears.
    static func states(of plan: Plan) -> [String] {
        var seen = Set<String>()
        return plan.sites.map(\.state).filter { seen.insert($0).inserted }
    }

    // MARK: - A sparser form for large aggregates

    /// The aggregate with the total spend as a column T of its own: each state's share row
    /// reads `spend of the state - share * T <= 0` and one row sets `T = total spend`. The
    /// same points (T appended), but each share row holds only its state's columns instead
    /// of every column, which makes the LP of an aggregate with thousands of sites far
    /// smaller and faster. The problem's last column is T.
    var withTotalSpendColumn: Problem {
        guard let share = plan.rules.maxStateShare, !stateShareRows.isEmpty else { return problem }
        var sparse = problem
        let total = spendTerms()
        let t = sparse.addVariable("total_spend", lower: -.infinity, upper: .infinity)
        let order = Self.states(of: plan)
        for (k, i) in stateShareRows.enumerated() {
            let sites = plan.sites.indices.filter { plan.sites[$0].state == order[k] }
            sparse.replaceRow(i, terms: spendTerms(sites: sites) + [(t, -share)], lower: -.infinity, upper: 0)
        }
        sparse.addRow("total_spend", terms: total.map { ($0.0, -$0.1) } + [(t, 1)], lower: 0, upper: 0)
        return sparse
    }

    /// `values` of ``problem`` with T, their total spend, appended (for
    /// ``withTotalSpendColumn``).
    func withTotalSpend(_ values: [Double]) -> [Double] {
        guard plan.rules.maxStateShare != nil, !stateShareRows.isEmpty else { return values }
        return values + [spendTerms().reduce(0) { $0 + $1.1 * values[$1.0] }]
    }

    // MARK: - Reading and cutting

    /// An aggregate point read from a solution's values.
    func point(from values: [Double]) -> AggregatePoint {
        AggregatePoint(
            counts: levels.map { $0.map { $0.reduce(0) { $0 + Int(values[$1].rounded()) } } },
            opened: opened.map { values[$0] > 0.5 },
            expansions: expansions.filter { values[$0.value] > 0.5 }.keys.reduce(into: Set()) { $0.insert($1) },
            states: Set(states.filter { values[$0.value] > 0.5 }.keys),
            builders: builderTotals(from: values))
    }

    /// The aggregate point of a full model's solution (m = sum_p n, O = sum_p o, x and u
    /// as they are), as aggregate column values; nil for nil or a vector of the wrong
    /// length. Used to carry a caller's start (a sweep's previous point) into the search.
    func values(fromFull full: [Double]?) -> [Double]? {
        guard let full, full.count == formulation.problem.variables.count, !plan.phases.isEmpty else { return nil }
        let index = formulation.index
        let last = plan.phases.count - 1
        var values = [Double](repeating: 0, count: problem.variables.count)
        for s in plan.sites.indices {
            for f in plan.factoryTypes.indices where !levels[s][f].isEmpty {
                let total = Int(index.plantsThrough(site: s, type: f, phase: last).reduce(0) { $0 + full[$1] }.rounded())
                for (j, column) in levels[s][f].enumerated() where j < total { values[column] = 1 }
            }
            let open = index.openedThrough(site: s, phase: last).reduce(0) { $0 + full[$1] }
            values[opened[s]] = open > 0.5 ? 1 : 0
        }
        for (key, x) in expansions { values[x] = index.expansions[key].map { full[$0] > 0.5 ? 1 : 0 } ?? 0 }
        for (state, u) in states { values[u] = index.states[state].map { full[$0] > 0.5 ? 1 : 0 } ?? 0 }
        for s in builders.indices {
            for f in builders[s].indices {
                for cell in builders[s][f] {
                    let started = plan.phases.indices.compactMap {
                        index.builderPlant(builder: cell.builder, site: s, type: f, phase: $0)
                    }
                    let total = Int(started.reduce(0) { $0 + full[$1] }.rounded())
                    for (j, column) in cell.columns.enumerated() where j < total { values[column] = 1 }
                }
            }
        }
        return values
    }

    /// Adds a binary column to the aggregate and returns it.
    mutating func addBinaryVariable(_ name: String) -> Int {
        problem.addVariable(name, upper: 1, kind: .binary)
    }

    /// Adds a row to the aggregate (used by searches that restrict it further).
    mutating func addRow(_ name: String, terms: [(Int, Double)], lower: Double = -.infinity, upper: Double = .infinity) {
        problem.addRow(name, terms: terms, lower: lower, upper: upper)
    }

    /// Cuts off every point whose plant counts equal `counts` (counts[s][f]), whatever its
    /// openings and expansions: some m[s,f] must differ, i.e. y[s,f,c] = 0 for a count c > 0
    /// or y[s,f,c+1] = 1.
    mutating func addCountCut(excluding counts: [[Int]]) {
        var terms: [(Int, Double)] = []
        var rhs = 1.0
        for s in plan.sites.indices {
            for f in plan.factoryTypes.indices where !levels[s][f].isEmpty {
                let c = min(counts[s][f], levels[s][f].count)
                if c > 0 {
                    terms.append((levels[s][f][c - 1], -1))
                    rhs -= 1
                }
                if c < levels[s][f].count { terms.append((levels[s][f][c], 1)) }
            }
        }
        problem.addRow("other_counts\(cutCount)", terms: terms, lower: rhs)
        cutCount += 1
    }

    /// True when every plant, site and expansion costs and uses a non-negative amount and
    /// no builder has a floor, so that dropping plants or site openings never breaks a
    /// phase row: then a point that cannot be scheduled rules out every point above it with
    /// the same expansions.
    var isMonotone: Bool {
        plan.sites.allSatisfy { site in
            site.developmentCost >= 0 && site.capacity.values.allSatisfy { $0 >= 0 }
                && site.expansions.allSatisfy { $0.cost >= 0 }
                && plan.factoryTypes.allSatisfy { plan.capex(of: $0, at: site) >= 0 }
        } && plan.factoryTypes.allSatisfy { $0.uses.values.allSatisfy { $0 >= 0 } }
            && (plan.builders ?? []).allSatisfy { $0.minWork <= 0 && $0.capexFactor >= 0 }
    }

    /// Cuts off `point` and, when ``isMonotone``, every point with the same expansions that
    /// has at least its plants of every type at every site and at least its opened sites.
    /// Valid for the full model when no phase schedule realizes `point`: a full solution
    /// above it would give one by dropping its latest plants and its extra openings.
    mutating func addDominanceCut(excluding point: AggregatePoint) {
        var terms: [(Int, Double)] = []
        var rhs = 1.0
        for s in plan.sites.indices {
            for f in plan.factoryTypes.indices where point.counts[s][f] > 0 {
                terms.append((levels[s][f][point.counts[s][f] - 1], -1))
                rhs -= 1
            }
            if point.opened[s] {
                terms.append((opened[s], -1))
                rhs -= 1
            }
        }
        for (key, x) in expansions {
            if point.expansions.contains(key) {
                terms.append((x, -1))
                rhs -= 1
            } else {
                terms.append((x, 1))
            }
        }
        // sum (1 - chosen) + sum (unchosen x) >= 1.
        problem.addRow("nogood\(cutCount)", terms: terms, lower: rhs)
        cutCount += 1
    }
}

// MARK: - Rows of the full model stated on totals

/// Rows of the full model that the aggregate states in its own terms: the rows a presolve
/// derived (``PresolvedModel``).
///
/// A row `sum a_p n[s,f,p] + sum b_p o[s,p] + ... <= u` holds, for any full solution,
/// with each plant count m[s,f] = sum_p n[s,f,p] weighted by the smallest of its
/// coefficients over the phases where f is allowed at s (0 for a phase the row leaves
/// out), and each opening O[s] by the smallest b_p: the left side can only shrink. A row
/// with a lower bound takes the largest instead. So the aggregated row relaxes the row,
/// and the aggregate stays a relaxation of the full model.
extension AggregateModel {
    /// Adds the aggregated form of every row a presolve derived (``Formulation/derivedRows``:
    /// funding's limits on later phases, the plants the budgets can pay for); a row with a
    /// column the aggregate does not know is left out.
    mutating func addPhaseRows() {
        let full = formulation.problem
        let index = formulation.index
        var owner = [Column?](repeating: nil, count: full.variables.count)
        for (key, j) in index.plants { owner[j] = .plant(site: key.site, type: key.type) }
        for s in index.opened.indices { for j in index.opened[s] { owner[j] = .opening(site: s) } }
        for (key, j) in index.expansions { if let x = expansions[key] { owner[j] = .same(x) } }
        for (state, j) in index.states { if let u = states[state] { owner[j] = .same(u) } }
        for i in formulation.derivedRows {
            let row = full.rows[i]
            guard row.terms.terms.allSatisfy({ owner[$0.0] != nil }) else { continue }
            let coefficient = Dictionary(row.terms.terms, uniquingKeysWith: +)
            if row.upper < .infinity {
                problem.addRow("phase_row_upper", terms: aggregatedTerms(coefficient, owner: owner, pick: min), upper: row.upper)
            }
            if row.lower > -.infinity {
                problem.addRow("phase_row_lower", terms: aggregatedTerms(coefficient, owner: owner, pick: max), lower: row.lower)
            }
        }
    }

    /// What a full-model column stands for in the aggregate.
    enum Column {
        case plant(site: Int, type: Int)
        case opening(site: Int)
        case same(Int)
    }

    /// The aggregate's terms of a row with `coefficient`s on full columns: each count and
    /// opening weighted by `pick` (min or max) of its coefficients over its phases.
    private func aggregatedTerms(_ coefficient: [Int: Double], owner: [Column?],
                                 pick: (Double, Double) -> Double) -> [(Int, Double)] {
        let index = formulation.index
        var terms: [(Int, Double)] = []
        var seenPlants = Set<Int>(), seenSites = Set<Int>()
        for (j, c) in coefficient {
            switch owner[j] {
            case .plant(let s, let f):
                guard seenPlants.insert(s * plan.factoryTypes.count + f).inserted else { continue }
                let phases = plan.phases.indices.compactMap { index.plant(site: s, type: f, phase: $0) }
                let weight = phases.map { coefficient[$0] ?? 0 }.reduce(phases.isEmpty ? 0 : coefficient[phases[0]] ?? 0, pick)
                terms += countTerms(site: s, type: f, coefficient: weight)
            case .opening(let s):
                guard seenSites.insert(s).inserted else { continue }
                let weight = index.opened[s].map { coefficient[$0] ?? 0 }.reduce(coefficient[index.opened[s][0]] ?? 0, pick)
                terms.append((opened[s], weight))
            case .same(let column):
                terms.append((column, c))
            case nil:
                continue
            }
        }
        return terms
    }
}

/// A solution of the ``AggregateModel``: plant totals, opened sites, built expansions and
/// counted states.
struct AggregatePoint: Equatable {
    /// counts[s][f]: plants of type f at site s over all phases.
    var counts: [[Int]]
    /// opened[s]: whether site s is opened in some phase.
    var opened: [Bool]
    /// The built expansions.
    var expansions: Set<VariableIndex.ExpansionKey>
    /// The states whose u is 1.
    var states: Set<String>
    /// The plants each builder starts at each site and type, nonzero ones only, in site,
    /// type and builder order; empty without builders.
    var builders: [BuilderTotal] = []
}
