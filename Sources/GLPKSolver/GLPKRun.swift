import Foundation
import MIP
import Synchronization
internal import CGLPKShim

/// One guarded GLPK solve: the model copied into GLPK's 1-based arrays, the parameters,
/// the callbacks, and the reading of the answer.
struct GLPKRun {
    let problem: Problem
    let options: SolveOptions
    /// GLPK's own settings for this run.
    let settings: GLPKOptions

    /// Solves, with integer slack columns when the settings ask for them and the problem
    /// is a MIP; the answer is about the problem's own columns.
    func solve() throws(SolverError) -> Solution {
        guard settings.integerSlacks, problem.isMixedInteger else { return try solveAsGiven() }
        let slacks = IntegerSlacks(problem)
        guard slacks.problem.variables.count > problem.variables.count else { return try solveAsGiven() }
        var stage = options
        stage.startSolution = options.startSolution.map(slacks.extended)
        var solution = try GLPKRun(problem: slacks.problem, options: stage, settings: settings).solveAsGiven()
        if solution.hasPlan { solution.values = slacks.original(solution.values) }
        solution.reducedCosts = solution.reducedCosts.map(slacks.original)
        return solution
    }

    private func solveAsGiven() throws(SolverError) -> Solution {
        let scaling = IntegralObjective(problem)
        let layout = GLPKLayout(problem, objective: scaling)
        let n = problem.variables.count
        let m = problem.rows.count
        let isMIP = problem.isMixedInteger
        var x = [Double](repeating: 0, count: n + 1)
        var rowDual = [Double](repeating: 0, count: m + 1)
        var colDual = [Double](repeating: 0, count: n + 1)
        let start = options.startSolution.flatMap { isMIP && problem.isFeasible($0) ? [0] + $0 : nil }
        let hooks = GLPKHooks(options: options, settings: settings, objective: scaling)
        let clock = ContinuousClock.now
        var result = pp_result()
        let failed: Int32 = layout.withModel { model in
            x.withUnsafeMutableBufferPointer { xp in
                rowDual.withUnsafeMutableBufferPointer { rp in
                    colDual.withUnsafeMutableBufferPointer { cp in
                        result.x = xp.baseAddress
                        result.row_dual = rp.baseAddress
                        result.col_dual = cp.baseAddress
                        return hooks.withParameters(start: start) { params in
                            withUnsafeMutablePointer(to: &model) { mp in
                                withUnsafePointer(to: &params) { pp in pp_solve(mp, pp, &result) }
                            }
                        }
                    }
                }
            }
        }
        let seconds = clock.secondsElapsed
        if failed != 0 {
            let text = withUnsafeBytes(of: &result.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            throw .solverFailure(text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return GLPKOutcome(result: result, isMIP: isMIP, problem: problem, objective: scaling, cancelled: hooks.stoppedByCaller)
            .solution(values: Array(x.dropFirst()), rowDuals: Array(rowDual.dropFirst()),
                      reducedCosts: Array(colDual.dropFirst()), seconds: seconds)
    }
}
