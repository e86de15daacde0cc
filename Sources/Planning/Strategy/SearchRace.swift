import MIP

/// Solves one problem by two searches at once, refereed by a ``WorkRace`` so that the
/// answer is the same for any number of threads: a ``MIP/SearchVariant/strongBound``
/// search (with GLPK: Driebeck-Tomlin branching) and a
/// ``MIP/SearchVariant/strongBoundAlternate`` one (pseudo-cost branching). Neither rule
/// wins on every plan, and one that loses may lose by a factor of ten
/// (docs/performance.md).
///
/// With two threads both run at once; with one they take turns. The winner's result is
/// the answer. When neither finished (the deadline or the caller stopped both), the
/// better incumbent and the tighter bound of the two are merged: each is valid for the
/// same problem, so they hold together.
///
/// The Driebeck-Tomlin search may solve a restatement of the problem instead (``restated``:
/// the same points in other columns), whose plan is mapped back before the race compares.
struct SearchRace: Sendable {
    let solver: any Solver
    /// The problem the Driebeck-Tomlin search (search 0) solves instead of the raced one,
    /// with the same points and objective; nil: both searches solve the raced problem.
    var restated: Restatement?

    /// A problem with the same points and objective values as the raced one, in other
    /// columns.
    struct Restatement: Sendable {
        /// The restated problem.
        let problem: Problem
        /// The raced problem's values for values of ``problem``.
        let values: @Sendable ([Double]) -> [Double]
    }

    /// Races the two searches on `problem`. Only search 1 (pseudo-cost) gets the options'
    /// start: a start changes a search's path, for better or worse by plan, and the race
    /// keeps whichever path wins. Only search 0 reports progress and log lines.
    func solve(_ problem: Problem, options: SolveOptions) throws(SolverError) -> Solution {
        var solution = try race(problem, options: options)
        // A search stopped before it took the start up (a root that outlasts the limit)
        // still answers with it.
        if let start = options.startSolution, solution.status != .optimal, solution.status != .infeasible,
           problem.isFeasible(start) {
            let value = problem.objectiveValue(of: start)
            let maximize = problem.sense == .maximize
            if solution.objective.map({ maximize ? value > $0 : value < $0 }) ?? true {
                solution.values = start
                solution.objective = value
                solution.updateGap()
            }
        }
        return solution
    }

    private func race(_ problem: Problem, options: SolveOptions) throws(SolverError) -> Solution {
        let stops = [CancellationFlag(linkedTo: options.cancellation), CancellationFlag(linkedTo: options.cancellation)]
        let race = WorkRace(mode: options.threads < 2 ? .turns : .parallel, stops: stops)
        let outcomes = runOnTwoThreads { i -> Result<Solution, SolverError> in
            var stage = options
            stage.cancellation = stops[i]
            stage.search = i == 0 ? .strongBound : .strongBoundAlternate
            if i == 0 { stage.startSolution = nil }
            let report = i == 0 ? options.progress : nil
            stage.progress = { progress in
                report?(progress)
                race.checkpoint(i, gap: progress.gap)
            }
            if i != 0 { stage.log = nil }
            race.begin(i)
            let result: Result<Solution, SolverError>
            do throws(SolverError) { result = .success(try solve(problem, search: i, options: stage)) } catch { result = .failure(error) }
            let finished = !stops[i].isCancelled && !options.shouldStop && (try? result.get()).map(Self.isFinal) == true
            race.end(i, finished: finished)
            return result
        }
        if let w = race.winner, case .success(var winner) = outcomes[w] {
            if case .success(let loser) = outcomes[1 - w] { winner.nodes += loser.nodes }
            return winner
        }
        switch (outcomes[0], outcomes[1]) {
        case (.success(let a), .success(let b)):
            if Self.isFinal(a) || Self.isFinal(b) { return Self.isFinal(a) ? a : b }
            return Self.merged(a, b, sense: problem.sense)
        case (.success(let a), .failure): return a
        case (.failure, .success(let b)): return b
        case (.failure(let error), .failure): throw error
        }
    }

    /// Search `i`'s result on `problem`, or on ``restated`` for search 0, its plan then
    /// given in `problem`'s columns.
    private func solve(_ problem: Problem, search i: Int, options: SolveOptions) throws(SolverError) -> Solution {
        guard i == 0, let restated else { return try solver.solve(problem, options: options) }
        var solution = try solver.solve(restated.problem, options: options)
        if solution.hasPlan { solution.values = restated.values(solution.values) }
        return solution
    }

    /// True when a search ended by its own verdict (a proof, infeasibility,
    /// unboundedness, or the caller's gap), not by a stop.
    private static func isFinal(_ solution: Solution) -> Bool {
        switch solution.termination {
        case .optimal, .infeasible, .unbounded, .gapReached: true
        case .timeLimit, .interrupted, .undecided: false
        }
    }

    /// `a` with `b`'s incumbent when better and the tighter of the two bounds.
    private static func merged(_ a: Solution, _ b: Solution, sense: ObjectiveSense) -> Solution {
        var merged = a
        merged.nodes += b.nodes
        let maximize = sense == .maximize
        if b.hasPlan, let theirs = b.objective, merged.objective.map({ maximize ? theirs > $0 : theirs < $0 }) ?? true {
            merged.objective = theirs
            merged.values = b.values
        }
        if let theirs = b.bound {
            merged.bound = merged.bound.map { maximize ? min($0, theirs) : max($0, theirs) } ?? theirs
        }
        merged.updateGap()
        return merged
    }
}
