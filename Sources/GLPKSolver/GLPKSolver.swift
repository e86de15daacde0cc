import Foundation
public import MIP
internal import CGLPKShim

/// The GLPK backend: solves LPs with the simplex method and MIPs with branch and cut.
///
/// Every call builds its own GLPK problem, solves and deletes it on the calling thread,
/// inside a guard that turns GLPK's internal errors into ``SolverError/solverFailure(_:)``.
/// GLPK 5.0 as Debian builds it keeps its state per thread, so calls on different threads
/// run at once and give the results of serial calls.
///
/// Every call honours the options' deadline and cancellation flag in its steps: the
/// simplex method (checked at least every 100 ms), the branch-and-bound search, the retry
/// without the presolver and the check that tells an unbounded MIP from an infeasible one.
/// Two GLPK steps run with no check: the MIP presolver, left out of large models that can
/// be stopped (``presolverColumnLimit``), and the search's own cut generators at a node.
public struct GLPKSolver: Solver {
    /// GLPK's own settings, adjusted per solve by the options' ``MIP/SearchVariant``.
    public var options: GLPKOptions

    /// Creates the solver with GLPK's own `options`.
    public init(options: GLPKOptions = GLPKOptions()) {
        self.options = options
    }

    /// "GLPK" and the library's version, e.g. "GLPK 5.0".
    public var name: String { "GLPK " + GLPKSolver.version }

    /// The linked library's version, e.g. "5.0".
    public static var version: String { String(cString: pp_version()) }

    /// True when the library keeps its state per thread, so solves may run concurrently.
    public static var isReentrant: Bool { pp_tls() != nil }

    /// The size (columns) from which a solve the caller can stop (it has a deadline or a
    /// cancellation flag) goes without GLPK's MIP presolver, which no hook reaches while it
    /// works: on a 400-site NPV plan (23781 columns) it ran 2.5 s without a callback, and a
    /// 400-site plan's elastic copy ended 2.4 s past a 2 s limit. Smaller models keep it,
    /// since without it GLPK finds far weaker relaxations (japan-deal with `recoup_by`: its
    /// infeasibility summary took 2 minutes instead of 0.7 s); a 100-site model presolves
    /// in about half a second.
    public static let presolverColumnLimit = 15_000

    /// Whether the solve of `problem` under `options` may use GLPK's MIP presolver (when
    /// its settings ask for it): always, unless the model has ``presolverColumnLimit``
    /// columns or more and the caller can stop the solve.
    public static func usesPresolver(for problem: Problem, options: SolveOptions) -> Bool {
        let stoppable = options.deadline.remaining != nil || options.cancellation != nil
        return !(stoppable && problem.variables.count >= presolverColumnLimit)
    }

    /// Solves `problem` with GLPK.
    public func solve(_ problem: Problem, options: SolveOptions) throws(SolverError) -> Solution {
        try problem.validate()
        if let start = options.startSolution, start.count != problem.variables.count {
            throw .invalidModel("the start solution has \(start.count) values for \(problem.variables.count) variables")
        }
        if problem.variables.isEmpty || problem.variables.allSatisfy({ $0.lower == $0.upper }) {
            return Self.solveFixed(problem)
        }
        if options.shouldStop {
            return Solution(termination: options.stopReason, rawStatus: "not started: " +
                            (options.stopReason == .interrupted ? "the caller asked to stop" : "the deadline had passed"))
        }
        var settings = self.options.adjusted(for: options.search)
        if !Self.usesPresolver(for: problem, options: options) { settings.presolve = false }
        let first = try GLPKSolver.solveWorkingAroundPresolver(problem, options: options, settings: settings)
        guard first.status == .unbounded, problem.isMixedInteger else { return first }
        // An unbounded LP relaxation leaves the MIP unbounded or infeasible: a search for
        // any feasible point with a zero objective tells which.
        var feasibility = problem
        for j in feasibility.variables.indices { feasibility.setObjective(j, 0) }
        var quick = SolveOptions()
        quick.deadline = options.deadline
        quick.cancellation = options.cancellation
        var quickSettings = GLPKOptions()
        quickSettings.memoryLimitMB = settings.memoryLimitMB
        let check = try GLPKSolver.solveWorkingAroundPresolver(feasibility, options: quick, settings: quickSettings)
        var answer = first
        answer.seconds += check.seconds
        switch check.status {
        case .infeasible:
            answer.termination = .infeasible
            answer.rawStatus += "; with a zero objective the MIP has no feasible point"
        case .optimal, .feasible:
            answer.rawStatus += "; the MIP has a feasible point, so it is unbounded"
        case .unbounded, .noSolution:
            answer.termination = check.termination == .unbounded ? .undecided : check.termination
            answer.rawStatus += "; whether the MIP has a feasible point was not settled within the limits"
        }
        return answer
    }

    /// A problem without free columns (none at all, or every one fixed) has one point:
    /// optimal when it meets every row, infeasible when it violates one.
    static func solveFixed(_ problem: Problem) -> Solution {
        let values = problem.variables.map(\.lower)
        let tolerance = 1e-9
        let violated = problem.rows.firstIndex { row in
            let a = row.terms.evaluate(values)
            return a < row.lower - tolerance * max(1, abs(row.lower)) || a > row.upper + tolerance * max(1, abs(row.upper))
        }
        if let violated {
            return Solution(termination: .infeasible,
                            rawStatus: "no free columns; row '\(problem.rows[violated].name)' is violated at the only point")
        }
        let objective = problem.objectiveValue(of: values)
        return Solution(termination: .optimal, objective: objective, bound: objective, gap: 0, values: values,
                        rowDuals: problem.rows.map { _ in 0 }, reducedCosts: problem.variables.map(\.objective),
                        rawStatus: problem.variables.isEmpty ? "empty problem; every row holds"
                            : "every column fixed; every row holds", seconds: 0)
    }

    /// Solves once; when GLPK 5.0's MIP presolver fails because it removed every column
    /// ("glp_add_cols: ncs = 0"), solves again without the presolver, on what is left of
    /// the same deadline, and says so.
    private static func solveWorkingAroundPresolver(_ problem: Problem, options: SolveOptions, settings: GLPKOptions)
        throws(SolverError) -> Solution
    {
        do {
            return try GLPKRun(problem: problem, options: options, settings: settings).solve()
        } catch .solverFailure(let why) where settings.presolve && why.contains("ncs = 0") {
            if options.shouldStop {
                return Solution(termination: options.stopReason,
                                rawStatus: "GLPK's presolver failed (\(why)) and no time was left to retry without it")
            }
            var retry = settings
            retry.presolve = false
            var solution = try GLPKRun(problem: problem, options: options, settings: retry).solve()
            solution.rawStatus += "; without the presolver, which failed: " + why
            return solution
        }
    }
}
