import MIP

/// Turns an ``AggregatePoint`` into values of the full ``Formulation``'s columns: which
/// phase each plant starts in and each site opens in, with the point's totals, expansions
/// and states unchanged, so the schedule has the point's objective.
///
/// It first tries every plant and opening in the last phase where it is allowed (which
/// meets every phase row whenever the aggregate's budget rows hold and budgets carry over),
/// then, when that fails, a feasibility MIP over the phases with the totals fixed. A
/// schedule found either way is then moved earlier, one plant or opening at a time, for as
/// long as every row still holds.
struct PhaseScheduler {
    let formulation: Formulation

    init(formulation: Formulation) {
        self.formulation = formulation
    }

    /// rowsOf[j]: the rows that column j appears in, with its coefficient. Built when a
    /// schedule is moved earlier, not before: on 2000 sites it holds over 100 MB.
    private var rowsOf: [[(row: Int, coefficient: Double)]] {
        var rowsOf = [[(row: Int, coefficient: Double)]](repeating: [], count: formulation.problem.variables.count)
        for (i, row) in formulation.problem.rows.enumerated() {
            for (j, c) in row.terms.terms { rowsOf[j].append((i, c)) }
        }
        return rowsOf
    }

    /// What scheduling a point concluded.
    enum Outcome {
        /// A schedule: values of the full model's columns.
        case scheduled([Double], nodes: Int)
        /// The feasibility MIP proved that no schedule exists.
        case impossible(nodes: Int)
        /// The MIP stopped (time limit or cancel) before it decided.
        case undecided(nodes: Int)
    }

    /// Schedules `point`, its MIP bounded by the options' deadline; without
    /// a `solver` only the latest schedule is tried.
    ///
    /// With builders, the MIP first keeps each builder's totals of the point (so the
    /// schedule spends what the point spends); when no such schedule exists it is solved
    /// again with only the plant totals fixed, so that ``Outcome/impossible(nodes:)`` means
    /// that no schedule exists whoever builds the plants.
    func schedule(_ point: AggregatePoint, options: SolveOptions, solver: (any Solver)?) throws(SolverError) -> Outcome {
        let late = latestSchedule(point)
        if formulation.problem.isFeasible(late) {
            let early = movedEarlier(late)
            return .scheduled(formulation.problem.isFeasible(early) ? early : late, nodes: 0)
        }
        // Rows that want spend early (the funding of later phases) may fail at the latest
        // schedule; moving plants and openings earlier while no row gets worse often mends them.
        let mended = movedEarlier(late)
        if formulation.problem.isFeasible(mended) { return .scheduled(mended, nodes: 0) }
        guard let solver else { return .undecided(nodes: 0) }
        let fixed = try solveSchedule(schedulingProblem(point, keepBuilders: true), options: options, solver: solver)
        guard formulation.plan.builders != nil, case .impossible(let nodes) = fixed else { return fixed }
        let free = try solveSchedule(schedulingProblem(point, keepBuilders: false), options: options, solver: solver)
        switch free {
        case .scheduled(let values, let more): return .scheduled(values, nodes: nodes + more)
        case .impossible(let more): return .impossible(nodes: nodes + more)
        case .undecided(let more): return .undecided(nodes: nodes + more)
        }
    }

    /// Solves a scheduling problem: any feasible point of it is a schedule.
    private func solveSchedule(
        _ problem: Problem, options: SolveOptions, solver: any Solver
    ) throws(SolverError) -> Outcome {
        var mipOptions = options
        mipOptions.startSolution = nil
        mipOptions.relativeGap = 0
        // Any schedule will do: a solver may skip what only helps optimality (GLPK's MIP
        // presolver, which fails when fixed totals let it fix every column).
        mipOptions.search = .feasibility
        let solution: Solution
        do {
            solution = try solver.solve(problem, options: mipOptions)
        } catch .solverFailure {
            return .undecided(nodes: 0)
        }
        switch solution.status {
        case .optimal, .feasible:
            let values = solution.values
            guard formulation.problem.isFeasible(values) else { return .undecided(nodes: solution.nodes) }
            let early = movedEarlier(values)
            return .scheduled(formulation.problem.isFeasible(early) ? early : values, nodes: solution.nodes)
        case .infeasible:
            return .impossible(nodes: solution.nodes)
        case .unbounded, .noSolution:
            return .undecided(nodes: solution.nodes)
        }
    }

    /// Every plant in the last phase it is allowed in, every opened site opened in the
    /// last phase, the point's expansions and states. With builders, each builder's plants
    /// as late as its `max_plants_per_phase` lets them start (``BuilderSchedule``).
    func latestSchedule(_ point: AggregatePoint) -> [Double] {
        let plan = formulation.plan
        let index = formulation.index
        var values = [Double](repeating: 0, count: formulation.problem.variables.count)
        let last = plan.phases.count - 1
        for s in plan.sites.indices {
            for f in plan.factoryTypes.indices where point.counts[s][f] > 0 && plan.builders == nil {
                if let p = (0...last).reversed().first(where: { index.plant(site: s, type: f, phase: $0) != nil }),
                   let j = index.plant(site: s, type: f, phase: p) {
                    values[j] = Double(point.counts[s][f])
                }
            }
            if point.opened[s], last >= 0 { values[index.opened[s][last]] = 1 }
        }
        if plan.builders != nil { BuilderSchedule(formulation: formulation).latest(point, into: &values) }
        for key in point.expansions { if let x = index.expansions[key] { values[x] = 1 } }
        for state in point.states { if let u = index.states[state] { values[u] = 1 } }
        return values
    }

    /// The full problem with the point's totals, openings, expansions and states fixed
    /// (and, when `keepBuilders`, each builder's totals per site and type) and no
    /// objective: any feasible point of it is a schedule.
    func schedulingProblem(_ point: AggregatePoint, keepBuilders: Bool = true) -> Problem {
        let plan = formulation.plan
        let index = formulation.index
        var problem = formulation.problem
        problem.name += " (schedule)"
        for j in problem.variables.indices { problem.setObjective(j, 0) }
        problem.objectiveConstant = 0
        for s in plan.sites.indices {
            for f in plan.factoryTypes.indices {
                let columns = plan.phases.indices.compactMap { index.plant(site: s, type: f, phase: $0) }
                guard !columns.isEmpty else { continue }
                if point.counts[s][f] == 0 {
                    for j in columns { problem.setBounds(ofVariable: j, lower: 0, upper: 0) }
                } else {
                    let m = Double(point.counts[s][f])
                    problem.addRow("total", terms: columns.map { ($0, 1) }, lower: m, upper: m)
                }
            }
            if point.opened[s] {
                problem.addRow("opened", terms: index.opened[s].map { ($0, 1) }, lower: 1, upper: 1)
            } else {
                for j in index.opened[s] { problem.setBounds(ofVariable: j, lower: 0, upper: 0) }
            }
        }
        for (key, x) in index.expansions {
            let v: Double = point.expansions.contains(key) ? 1 : 0
            problem.setBounds(ofVariable: x, lower: v, upper: v)
        }
        for (state, u) in index.states {
            let v: Double = point.states.contains(state) ? 1 : 0
            problem.setBounds(ofVariable: u, lower: v, upper: v)
        }
        if keepBuilders { BuilderSchedule(formulation: formulation).fixTotals(point, in: &problem) }
        return problem
    }

    // MARK: - Moving earlier

    /// `values` with openings and plants moved to earlier phases, one at a time, keeping
    /// every row satisfied (a row `values` breaks may only come closer to its bounds). Phase by phase from the first: a site opens there when
    /// at least one of its plants can start there too.
    func movedEarlier(_ start: [Double]) -> [Double] {
        let plan = formulation.plan
        let index = formulation.index
        let phases = plan.phases.count
        guard phases > 1 else { return start }
        var state = RowState(problem: formulation.problem, rowsOf: rowsOf, values: start)
        // Required types first, so that co-location lets the types that need them follow.
        let required = Set(plan.factoryTypes.flatMap(\.requires))
        let typeOrder = plan.factoryTypes.indices.sorted {
            (required.contains(plan.factoryTypes[$0].id) ? 0 : 1, $0) < (required.contains(plan.factoryTypes[$1].id) ? 0 : 1, $1)
        }
        for p in 0..<(phases - 1) {
            for s in plan.sites.indices {
                let opens = index.opened[s]
                guard let openPhase = opens.indices.first(where: { state.values[opens[$0]] > 0.5 }) else { continue }
                var openedHere = false
                if openPhase > p {
                    guard state.tryMove([(opens[openPhase], opens[p])], amount: 1) else { continue }
                    openedHere = true
                }
                var movedAny = false
                for f in typeOrder {
                    guard let target = index.plant(site: s, type: f, phase: p) else { continue }
                    var moved = true
                    while moved {
                        moved = false
                        for q in (p + 1)..<phases {
                            guard let source = index.plant(site: s, type: f, phase: q), state.values[source] > 0.5 else { continue }
                            if moveOne(from: source, to: target, in: &state) {
                                moved = true
                                movedAny = true
                            }
                            break
                        }
                    }
                }
                if openedHere && !movedAny {
                    _ = state.tryMove([(opens[p], opens[openPhase])], amount: 1)
                }
            }
        }
        return state.values
    }

    /// Moves one plant from plant column `source` to plant column `target` (the same site
    /// and type, an earlier phase) when every row holds; with builders, together with one
    /// unit of the first builder that starts one at `source` and may start it at `target`.
    private func moveOne(from source: Int, to target: Int, in state: inout RowState) -> Bool {
        guard formulation.plan.builders != nil else { return state.tryMove([(source, target)], amount: 1) }
        let index = formulation.index
        let targets = index.buildersOf[target] ?? []
        for from in index.buildersOf[source] ?? [] where state.values[from.column] > 0.5 {
            guard let to = targets.first(where: { $0.builder == from.builder }) else { continue }
            if state.tryMove([(source, target), (from.column, to.column)], amount: 1) { return true }
        }
        return false
    }
}

/// Row activities of a point, updated as single units move between columns.
struct RowState {
    let problem: Problem
    let rowsOf: [[(row: Int, coefficient: Double)]]
    var values: [Double]
    var activity: [Double]

    init(problem: Problem, rowsOf: [[(row: Int, coefficient: Double)]], values: [Double]) {
        self.problem = problem
        self.rowsOf = rowsOf
        self.values = values
        self.activity = problem.rows.map { $0.terms.evaluate(values) }
    }

    /// Moves `amount` from each pair's source column to its target column, all at once,
    /// when every row they touch stays within its bounds (the tolerance of
    /// ``MIP/Problem/isFeasible(_:tolerance:)``) or, when it was already outside them,
    /// comes no farther from them.
    mutating func tryMove(_ pairs: [(source: Int, target: Int)], amount: Double) -> Bool {
        let tolerance = 1e-6
        for (source, target) in pairs {
            guard values[source] >= amount, values[target] + amount <= problem.variables[target].upper else {
                return false
            }
        }
        var changes: [Int: Double] = [:]
        for (source, target) in pairs {
            for (i, c) in rowsOf[source] { changes[i, default: 0] -= c * amount }
            for (i, c) in rowsOf[target] { changes[i, default: 0] += c * amount }
        }
        func violation(_ a: Double, _ row: Row) -> Double {
            max(0, row.lower - tolerance * max(1, abs(row.lower)) - a, a - row.upper - tolerance * max(1, abs(row.upper)))
        }
        for (i, delta) in changes {
            let row = problem.rows[i]
            if violation(activity[i] + delta, row) > violation(activity[i], row) { return false }
        }
        for (i, delta) in changes { activity[i] += delta }
        for (source, target) in pairs {
            values[source] -= amount
            values[target] += amount
        }
        return true
    }
}
