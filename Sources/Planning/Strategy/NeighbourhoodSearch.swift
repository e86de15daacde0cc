import MIP

/// A short search for a better plan near a rounded one, before the main search starts.
///
/// On large aggregates the main search can spend its whole limit without improving on the
/// plan rounded from the LP relaxation, while a better plan differs from it in a few
/// places. This search looks only there: every integer column that is zero both in the
/// relaxation's optimum and in the rounded plan stays zero, and a search of the rest,
/// started from the rounded plan, gets a fixed amount of work (``workLimit`` linear
/// programs) and at most ``timeShare`` of the time left. The smaller model
/// often proves its own optimum long before that.
///
/// Work, not time, ends it when the limit is far, so the plan it hands on, and with it
/// the answer, is the same on every run.
struct NeighbourhoodSearch {
    /// Solves the neighbourhood.
    let solver: any Solver
    /// The smallest problem (in columns) worth the extra search: below it the main search
    /// finds such plans itself.
    var minimumColumns = 2000
    /// Linear programs the search may solve: about 5 s on the generated 100-site plans
    /// (see docs/performance.md).
    var workLimit = 400
    /// The largest share of the time left it may take.
    var timeShare = 0.3

    /// A plan better than `start` found near it, or nil when the search found none (or
    /// the problem is too small to try). `relaxation` is the LP optimum `start` was
    /// rounded from.
    func improve(_ start: [Double], relaxation: [Double], problem: Problem,
                 options: SolveOptions) throws(SolverError) -> [Double]? {
        guard problem.variables.count >= minimumColumns, !options.shouldStop else { return nil }
        var neighbourhood = problem
        for j in problem.variables.indices where problem.variables[j].kind != .continuous
            && problem.variables[j].lower <= 0 && start[j] < 0.5 && abs(relaxation[j]) < 1e-6 {
            neighbourhood.setBounds(ofVariable: j, lower: 0, upper: 0)
        }
        var search = SolveOptions()
        search.deadline = options.deadline.share(timeShare)
        search.cancellation = options.cancellation
        search.threads = 1
        search.startSolution = start
        search.search = .strongBoundAlternate
        let found = try solver.solve(neighbourhood, options: search.stopping(afterLinearPrograms: workLimit))
        guard found.status.hasSolution, let value = found.objective else { return nil }
        let startValue = problem.objectiveValue(of: start)
        let better = problem.sense == .maximize ? value > startValue + 1e-9 : value < startValue - 1e-9
        return better && problem.isFeasible(found.values) ? found.values : nil
    }
}
