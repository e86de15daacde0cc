import Foundation
public import MIP
internal import CGLPKShim

/// The GLPK backend: solves LPs with the simplex method and MIPs with branch and cut.
///
/// Every call builds its own GLPK problem, solves and deletes it on the calling thread,
/// inside a guard that turns GLPK's internal errors into ``SolverError/solverFailure(_:)``.
/// GLPK 5.0 as Debian builds it keeps its state per thread, so calls on different threads
/// run at once and give the results of serial calls.
public struct GLPKSolver: Solver {
    /// Creates the solver.
    public init() {}

    /// "GLPK" and the library's version, e.g. "GLPK 5.0".
    public var name: String { "GLPK " + GLPKSolver.version }

    /// The linked library's version, e.g. "5.0".
    public static var version: String { String(cString: pp_version()) }

    /// True when the library keeps its state per thread, so solves may run concurrently.
    public static var isReentrant: Bool { pp_tls() != nil }

    /// Solves `problem` with GLPK.
    public func solve(_ problem: Problem, options: SolveOptions) throws(SolverError) -> Solution {
        try problem.validate()
        if let start = options.startSolution, start.count != problem.variables.count {
            throw .invalidModel("the start solution has \(start.count) values for \(problem.variables.count) variables")
        }
        if problem.variables.isEmpty {
            return Solution(status: .optimal, objective: problem.objectiveConstant, bound: problem.objectiveConstant,
                            gap: 0, values: [], rowDuals: problem.rows.map { _ in 0 }, reducedCosts: [],
                            rawStatus: "empty problem", seconds: 0)
        }
        let first = try GLPKSolver.solveWorkingAroundPresolver(problem, options: options)
        guard first.status == .unbounded, problem.isMixedInteger else { return first }
        // An unbounded LP relaxation leaves the MIP unbounded or infeasible: a search for
        // any feasible point with a zero objective tells which.
        var feasibility = problem
        for j in feasibility.variables.indices { feasibility.setObjective(j, 0) }
        var quick = SolveOptions()
        quick.timeLimit = options.timeLimit
        quick.memoryLimitMB = options.memoryLimitMB
        quick.cancellation = options.cancellation
        let check = try GLPKRun(problem: feasibility, options: quick).solve()
        var answer = first
        answer.seconds += check.seconds
        switch check.status {
        case .infeasible:
            answer.status = .infeasible
            answer.rawStatus += "; with a zero objective the MIP has no feasible point"
        case .optimal, .feasible:
            answer.rawStatus += "; the MIP has a feasible point, so it is unbounded"
        case .unbounded, .noSolution:
            answer.status = .noSolution
            answer.rawStatus += "; whether the MIP has a feasible point was not settled within the limits"
        }
        return answer
    }

    /// Solves once; when GLPK 5.0's MIP presolver fails because it removed every column
    /// ("glp_add_cols: ncs = 0"), solves again without the presolver and says so.
    private static func solveWorkingAroundPresolver(_ problem: Problem, options: SolveOptions) throws(SolverError) -> Solution {
        do {
            return try GLPKRun(problem: problem, options: options).solve()
        } catch .solverFailure(let why) where options.presolve && why.contains("ncs = 0") {
            var retry = options
            retry.presolve = false
            var solution = try GLPKRun(problem: problem, options: retry).solve()
            solution.rawStatus += "; without the presolver, which failed: " + why
            return solution
        }
    }
}
