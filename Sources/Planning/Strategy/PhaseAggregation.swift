import Foundation
import MIP

/// Solves a plan's ``Formulation`` through its phase-free ``AggregateModel``.
///
/// When the objective does not depend on the phase a plant starts in or a site opens in
/// (``isExact(for:)``), the full model holds many solutions that differ only in their
/// phases, and a branch-and-bound search on it wades through them. The aggregate has none
/// of that symmetry and relaxes the full model, so its bound bounds the full model. The
/// steps:
///
/// 1. Solve the aggregate. Infeasible: so is the full model.
/// 2. Schedule its plan into phases (``PhaseScheduler``). The schedule is `optimal` only
///    when its objective reaches the aggregate's proven bound.
/// 3. When no schedule exists, cut that point (and every point above it) off the
///    aggregate and go back to 1, a few times. The best schedule so far is kept; once it
///    reaches the aggregate's bound, it is proven optimal.
/// 4. Otherwise solve the full model, starting from the best schedule and with the
///    objective limited by the aggregate's last bound (a valid bound).
///
/// Every search is refereed by work, not time (``SearchRace``), so equally good plans
/// always come back as the same one. The caller's deadline and cancellation reach every solve;
/// a positive relative gap lets the aggregate stop early (its bound then bounds the full
/// model, so the gap carries over).
struct PhaseAggregation {
    let solver: any Solver
    /// The most aggregate points tried before the full model is solved.
    var maxRounds = 8
    /// Aggregates with at least this many columns start from a plan rounded from their LP
    /// relaxation (``AggregateRounding``) instead of racing: their branch and bound finds
    /// no plan of its own within a minute (docs/performance.md).
    var roundedStartColumns = 5000
    /// Aggregates with at least this many columns, and every aggregate of a plan with
    /// builders, are raced with their objective's totals as columns (``ObjectiveTotals``):
    /// that proved 100-site plans whose bound otherwise stalls and made plans with
    /// builders several times faster, while on 25-site plans without builders it made some
    /// searches slower (docs/performance.md).
    var objectiveTotalsColumns = 2000

    /// True when the aggregate's bound is a bound of `formulation`'s model and a schedule
    /// keeps the aggregate point's objective: every plant column n[s,f,p] has the same
    /// objective coefficient in every phase, so do every opening column o[s,p] and every
    /// builder column w[b,s,f,p], and the model has no column besides n, o, x, u and w. A
    /// plan whose objective depends on the phase (a discounted objective) or whose model
    /// has other columns is solved directly.
    static func isExact(for formulation: Formulation) -> Bool {
        isExact(formulation.problem, index: formulation.index, plan: formulation.plan)
    }

    /// ``isExact(for:)`` for `problem`, whose plant, opening, expansion and state columns
    /// stand where `index` says for `plan`.
    static func isExact(_ problem: Problem, index: VariableIndex, plan: Plan) -> Bool {
        var known = Set<Int>()
        func same(_ columns: [Int]) -> Bool {
            guard let first = columns.first else { return true }
            let c = problem.variables[first].objective
            return columns.allSatisfy { problem.variables[$0].objective == c }
        }
        for s in plan.sites.indices {
            for f in plan.factoryTypes.indices {
                let columns = plan.phases.indices.compactMap { index.plant(site: s, type: f, phase: $0) }
                guard same(columns) else { return false }
                known.formUnion(columns)
            }
            guard s < index.opened.count, same(index.opened[s]) else { return false }
            known.formUnion(index.opened[s])
        }
        for b in (plan.builders ?? []).indices {
            for s in plan.sites.indices {
                for f in plan.factoryTypes.indices {
                    let columns = plan.phases.indices.compactMap {
                        index.builderPlant(builder: b, site: s, type: f, phase: $0)
                    }
                    guard same(columns) else { return false }
                    known.formUnion(columns)
                }
            }
        }
        known.formUnion(index.expansions.values)
        known.formUnion(index.states.values)
        return known.count == problem.variables.count && known.allSatisfy { $0 < problem.variables.count }
    }

    func solve(_ formulation: Formulation, options: SolveOptions) throws(SolverError) -> Solution {
        try solveReportingPath(formulation, options: options).solution
    }

    /// ``solve(_:options:)``, and whether the answer came from the aggregate or from the
    /// full model solved after it.
    func solveReportingPath(_ formulation: Formulation, options: SolveOptions)
        throws(SolverError) -> (solution: Solution, path: SolvePath)
    {
        let clock = ContinuousClock.now
        let full = formulation.problem
        try full.validate()
        if options.shouldStop {
            return (Solution(termination: options.stopReason, rawStatus: "stopped before the aggregate was built"), .aggregate)
        }
        var aggregate = AggregateModel(formulation: formulation)
        let scheduler = PhaseScheduler(formulation: formulation)
        let sense = full.sense
        var nodes = 0
        var best: (values: [Double], objective: Double)?
        var bound: Double?
        var notes: [String] = []
        var unschedulable = 0

        func elapsed() -> Double { clock.secondsElapsed }
        // The aggregate's search leaves time to place its plan into phases and print it.
        let searchDeadline = options.deadline.reserving(0.03, atLeast: 0.3)
        func stageOptions() -> SolveOptions {
            var stage = options
            stage.deadline = searchDeadline
            stage.startSolution = nil
            // Measured on the seeds: all four cut families take the aggregate of
            // full-program from 4.7 s to 0.07 s (docs/performance.md).
            stage.search = .strongBound
            return stage
        }
        func better(_ a: Double, than b: Double) -> Bool { sense == .maximize ? a > b : a < b }
        func reaches(_ objective: Double, _ bound: Double) -> Bool {
            let tolerance = 1e-9 * max(1, abs(bound))
            return sense == .maximize ? objective >= bound - tolerance : objective <= bound + tolerance
        }
        /// The best schedule is proven when a valid bound exists and the schedule reaches it.
        func proven() -> Bool {
            guard let best, let bound else { return false }
            return reaches(best.objective, bound)
        }
        func answer(_ termination: Termination, _ raw: String) -> Solution {
            var solution = Solution(termination: termination, rawStatus: raw, seconds: elapsed(), nodes: nodes)
            solution.bound = bound
            if let best, termination != .infeasible, termination != .unbounded {
                solution.values = best.values
                solution.objective = full.objectiveValue(of: best.values)
                if termination == .optimal { solution.bound = solution.objective }
                solution.updateGap()
            }
            return solution
        }

        var round = 0
        while round < maxRounds {
            round += 1
            let result = try solveAggregate(aggregate, options: stageOptions(), sense: sense,
                                            warmStart: round == 1 ? options.startSolution : nil)
            nodes += result.nodes
            switch result.status {
            case .infeasible:
                if round == 1 {
                    return (answer(.infeasible, "the phase-free aggregate has no feasible point (\(result.rawStatus))"), .aggregate)
                }
                // Every aggregate point was cut off: what remains to the full model is the best
                // schedule (the exhausted aggregate bounds everything else), or nothing.
                if let best {
                    bound = best.objective
                    return (answer(.optimal, "best schedule proven optimal: no other aggregate point remains"), .aggregate)
                }
                return (answer(.infeasible, "no aggregate point can be scheduled into phases"), .aggregate)
            case .unbounded:
                notes.append("aggregate unbounded")
                round = maxRounds
                continue
            case .noSolution:
                notes.append("aggregate stopped without a solution (\(result.rawStatus))")
                // Stopped by the limit (or its reserve for printing): the full model, far
                // larger, would not find a plan in what is left, and GLPK's set-up of it
                // cannot be stopped (30 s on 2000 sites).
                if result.termination == .timeLimit || result.termination == .interrupted {
                    return (answer(result.termination, "stopped before proof (" + notes.joined(separator: "; ") + ")"), .aggregate)
                }
                round = maxRounds
                continue
            case .optimal, .feasible:
                break
            }
            if let b = result.bound {
                bound = bound.map { sense == .maximize ? min($0, b) : max($0, b) } ?? b
            }
            let point = aggregate.point(from: result.values)
            if proven() {
                return (answer(.optimal, "best schedule reaches the aggregate bound after \(round - 1) cuts"), .aggregate)
            }
            // Out of time, only the quick schedule is tried, so the aggregate's incumbent
            // still comes back as a feasible plan.
            var scheduling = stageOptions()
            scheduling.deadline = options.deadline
            let outcome = try scheduler.schedule(point, options: scheduling,
                                                 solver: options.shouldStop || searchDeadline.hasPassed ? nil : solver)
            switch outcome {
            case .scheduled(let values, let n):
                nodes += n
                let objective = full.objectiveValue(of: values)
                if best.map({ better(objective, than: $0.objective) }) ?? true { best = (values, objective) }
                if proven() {
                    let how = round == 1 ? "aggregate optimum scheduled into phases"
                        : "aggregate optimum scheduled into phases after \(round - 1) cuts"
                    return (answer(.optimal, how), .aggregate)
                }
                if result.status == .feasible {
                    return (answer(result.termination, "aggregate solution scheduled into phases; " + result.rawStatus), .aggregate)
                }
                notes.append("the schedule falls short of the aggregate bound")
                round = maxRounds
                continue
            case .impossible(let n):
                nodes += n
                unschedulable += 1
            case .undecided(let n):
                nodes += n
                notes.append("round \(round): scheduling undecided")
                round = maxRounds
                continue
            }
            guard aggregate.isMonotone, result.status == .optimal else { break }
            aggregate.addDominanceCut(excluding: point)
            if options.shouldStop || searchDeadline.hasPassed { break }
        }
        if unschedulable > 0 { notes.insert("\(unschedulable) aggregate points could not be scheduled", at: 0) }
        if options.shouldStop || searchDeadline.hasPassed {
            let raw = "stopped before proof (" + (notes.isEmpty ? "limit reached" : notes.joined(separator: "; ")) + ")"
            return (answer(options.stopReason, raw), .aggregate)
        }
        return (try fallback(full: full, options: options, best: best, bound: bound, nodes: nodes,
                             notes: notes, elapsed: elapsed), .aggregateThenFull)
    }

    /// Solves the aggregate: from a rounded start when it is large, else by a race of two
    /// searches when there are two processors, else by one search.
    private func solveAggregate(_ aggregate: AggregateModel, options: SolveOptions, sense: ObjectiveSense,
                                warmStart: [Double]? = nil) throws(SolverError) -> Solution {
        if aggregate.problem.variables.count >= roundedStartColumns {
            return try solveFromRoundedStart(aggregate, options: options, sense: sense)
        }
        var options = options
        switch try AggregateStart.prepare(aggregate, solver: solver, options: options, warmStart: warmStart) {
        case .infeasible(let why): return Solution(status: .infeasible, rawStatus: why, seconds: 0)
        case .start(let start, _): options.startSolution = start
        }
        // The Driebeck-Tomlin search takes the plant counts as integers; the cuts of
        // unschedulable points need the binary levels (docs/performance.md).
        let counts = aggregate.cutCount == 0 ? IntegerCountForm(aggregate) : nil
        let racesOnTotals = aggregate.problem.variables.count >= objectiveTotalsColumns || aggregate.plan.builders != nil
        if racesOnTotals, let totals = ObjectiveTotals(aggregate.problem) {
            return try raceWithTotals(totals, counts: counts, options: options)
        }
        let restated = counts.map { form in SearchRace.Restatement(problem: form.problem, values: form.levels(from:)) }
        return try SearchRace(solver: solver, restated: restated).solve(aggregate.problem, options: options)
    }

    /// The race of ``solveAggregate(_:options:sense:warmStart:)`` with the objective's
    /// totals as columns in both searches' problems (the counts form's own totals for the
    /// Driebeck-Tomlin search), its plan given back in the aggregate's columns.
    private func raceWithTotals(_ totals: ObjectiveTotals, counts: IntegerCountForm?,
                                options: SolveOptions) throws(SolverError) -> Solution {
        let restated: SearchRace.Restatement? = counts.map { form in
            guard let countTotals = ObjectiveTotals(form.problem) else {
                return SearchRace.Restatement(problem: form.problem, values: { totals.restated(form.levels(from: $0)) })
            }
            return SearchRace.Restatement(problem: countTotals.problem,
                                          values: { totals.restated(form.levels(from: countTotals.original($0))) })
        }
        var options = options
        options.startSolution = options.startSolution.map(totals.restated)
        var solution = try SearchRace(solver: solver, restated: restated).solve(totals.problem, options: options)
        if solution.hasPlan { solution.values = totals.original(solution.values) }
        return solution
    }

    /// A large aggregate: a plan filled greedily from nothing first (so a plan is at hand
    /// whatever happens next), then the LP relaxation within three quarters of the time
    /// left, rounded to a plan (``AggregateRounding``), then a search from the better of
    /// the two. A plan is kept when the search ends without a better one, and the
    /// relaxation's optimum, when reached, bounds the answer.
    private func solveFromRoundedStart(_ aggregate: AggregateModel, options: SolveOptions, sense: ObjectiveSense) throws(SolverError) -> Solution {
        let clock = ContinuousClock.now
        let problem = aggregate.problem
        // Placing a plan of thousands of sites into phases and printing it takes a while
        // (0.6 s on 2000 sites): the rounding and the search leave that time within the limit.
        let reserved = options.deadline.keepingTimeToFinish
        var roundingLimits = options
        roundingLimits.deadline = reserved
        let rounding = AggregateRounding(model: aggregate, stoppingWith: roundingLimits)
        let maximize = sense == .maximize
        func better(_ a: [Double]?, _ b: [Double]?) -> [Double]? {
            guard let a else { return b }
            guard let b else { return a }
            let (x, y) = (problem.objectiveValue(of: a), problem.objectiveValue(of: b))
            return (maximize ? x >= y : x <= y) ? a : b
        }
        var start = rounding.round([Double](repeating: 0, count: problem.variables.count))
        var notes = start.map { ["filled greedily to \(problem.objectiveValue(of: $0))"] } ?? []
        var lpOptions = SolveOptions()
        lpOptions.deadline = options.deadline.share(0.75)
        lpOptions.cancellation = options.cancellation
        lpOptions.log = options.log
        // The sparser form (total spend as a column) for GLPK: the same points, a far smaller LP.
        let sparse = aggregate.withTotalSpendColumn
        let columns = problem.variables.count
        var relaxation = try solver.solve(sparse.linearRelaxation, options: lpOptions)
        relaxation.values = Array(relaxation.values.prefix(columns))
        relaxation.reducedCosts = relaxation.reducedCosts.map { Array($0.prefix(columns)) }
        var relaxed: Double?
        switch relaxation.status {
        case .infeasible:
            return Solution(termination: .infeasible,
                            rawStatus: "the aggregate's LP relaxation is infeasible (\(relaxation.rawStatus))",
                            seconds: clock.secondsElapsed)
        case .optimal:
            relaxed = relaxation.objective
            let rounded = rounding.round(relaxation.values, reducedCosts: relaxation.reducedCosts)
            if let rounded { notes.append("the LP relaxation rounded to \(problem.objectiveValue(of: rounded))") }
            start = better(rounded, start)
        case .unbounded, .feasible, .noSolution:
            notes.append("the LP relaxation stopped: " + relaxation.rawStatus)
        }
        var result: Solution
        if options.shouldStop {
            result = Solution(termination: options.stopReason, rawStatus: "stopped before the search",
                              seconds: clock.secondsElapsed)
        } else {
            var stage = options
            stage.deadline = reserved
            stage.startSolution = start.map(aggregate.withTotalSpend)
            // Measured on 400x20x3 (docs/performance.md): Driebeck-Tomlin and pseudo-cost
            // branching spend seconds per node on a model this size, and MIR cuts alone lower
            // the bound fastest (Gomory rounds take seconds each).
            stage.search = .largeModel
            result = try solveStage(sparse, options: stage)
            if result.hasPlan { result.values = Array(result.values.prefix(columns)) }
        }
        if let start, !result.status.hasSolution || better(start, result.values) == start {
            result.values = start
            result.objective = problem.objectiveValue(of: start)
            if result.termination == .infeasible || result.termination == .unbounded { result.termination = .undecided }
        }
        if !notes.isEmpty { result.rawStatus += "; " + notes.joined(separator: "; ") }
        // The relaxation's optimum bounds the aggregate whether or not rounding found a plan.
        if result.status.hasSolution, let relaxed, let reached = result.objective {
            let bound = result.bound.map { maximize ? min($0, relaxed) : max($0, relaxed) } ?? relaxed
            result.bound = bound
            result.gap = Solution.relativeGap(objective: reached, bound: bound)
        }
        return result
    }

    /// Solves one stage (the solver itself works around GLPK's presolver failures).
    private func solveStage(_ problem: Problem, options: SolveOptions) throws(SolverError) -> Solution {
        try solver.solve(problem, options: options)
    }

    /// Solves the full model from the best schedule, its objective limited by `bound`.
    private func fallback(
        full: Problem, options: SolveOptions, best: (values: [Double], objective: Double)?, bound: Double?,
        nodes: Int, notes: [String], elapsed: () -> Double
    ) throws(SolverError) -> Solution {
        var problem = full
        if let bound {
            let slack = 1e-7 * max(1, abs(bound))
            let terms = full.variables.indices.map { ($0, full.variables[$0].objective) }
            let limit = bound - full.objectiveConstant
            if full.sense == .maximize {
                problem.addRow("aggregate_bound", terms: terms, upper: limit + slack)
            } else {
                problem.addRow("aggregate_bound", terms: terms, lower: limit - slack)
            }
        }
        var stage = options
        stage.startSolution = best?.values
        var solution = try solveStage(problem, options: stage)
        solution.nodes += nodes
        solution.seconds = elapsed()
        if !solution.hasPlan, let best, solution.status != .infeasible, solution.status != .unbounded {
            solution.values = best.values
            solution.objective = full.objectiveValue(of: best.values)
        }
        if solution.status == .feasible, let bound, let current = solution.bound {
            solution.bound = full.sense == .maximize ? min(current, bound) : max(current, bound)
        }
        if let objective = solution.objective, let b = solution.bound {
            solution.gap = Solution.relativeGap(objective: objective, bound: b)
        }
        let prefix = "full model solved from the best schedule" + (bound == nil ? "" : " under the aggregate bound")
        solution.rawStatus = prefix + " (" + (notes + [solution.rawStatus]).joined(separator: "; ") + ")"
        return solution
    }
}
