import MIP

/// What the aggregate's LP relaxation tells before any branch-and-bound search: whether
/// the aggregate has a feasible point at all, and a plan to start the search from.
///
/// An LP without a feasible point proves the aggregate, and so the plan, infeasible at
/// once, where a search would first presolve and branch. When the LP has an optimum it is
/// rounded to a plan (``AggregateRounding``), so even a search that finds no plan of its
/// own ends with one; on a large aggregate a short search near that plan
/// (``NeighbourhoodSearch``) may then improve it.
enum AggregateStart {
    /// The relaxation's verdict.
    enum Outcome {
        /// The relaxation has no feasible point; the text says why.
        case infeasible(String)
        /// The better of the plan rounded from the relaxation and the caller's warm start
        /// (nil when neither is a feasible aggregate point), and the relaxation's optimum
        /// (nil when it was not reached), a bound on the aggregate.
        case start([Double]?, bound: Double?)
    }

    /// Solves the relaxation of `aggregate` within `options`' limits and rounds it.
    /// `warmStart`, a full-model solution (a sweep's previous point), competes with the
    /// rounded plan when it is feasible for the aggregate.
    static func prepare(_ aggregate: AggregateModel, solver: any Solver, options: SolveOptions,
                        warmStart: [Double]? = nil) throws(SolverError) -> Outcome {
        let problem = aggregate.problem
        let warm = aggregate.values(fromFull: warmStart).flatMap { problem.isFeasible($0) ? $0 : nil }
        var lpOptions = SolveOptions()
        lpOptions.deadline = options.deadline
        lpOptions.cancellation = options.cancellation
        let relaxation = try solver.solve(problem.linearRelaxation, options: lpOptions)
        switch relaxation.status {
        case .infeasible:
            return .infeasible("the aggregate's LP relaxation has no feasible point (\(relaxation.rawStatus))")
        case .optimal:
            let rounded = AggregateRounding(model: aggregate, stoppingWith: options)
                .round(relaxation.values, reducedCosts: relaxation.reducedCosts)
            let candidates = [rounded, warm].compactMap { $0 }
            let maximize = problem.sense == .maximize
            let best = candidates.max { a, b in
                let (x, y) = (problem.objectiveValue(of: a), problem.objectiveValue(of: b))
                return maximize ? x < y : x > y
            }
            let improved = try best.flatMap { start throws(SolverError) in
                try NeighbourhoodSearch(solver: solver)
                    .improve(start, relaxation: relaxation.values, problem: problem, options: options)
            }
            return .start(improved ?? best, bound: relaxation.objective)
        case .unbounded, .feasible, .noSolution:
            return .start(warm, bound: nil)
        }
    }
}
