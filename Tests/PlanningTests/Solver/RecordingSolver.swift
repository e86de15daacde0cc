import MIP
import Synchronization

/// A test double for ``MIP/Solver``: every call is answered by `answer` (a scripted
/// outcome, or a real solver's: GLPK's, or ``EnumerationSolver``'s, as the conformance
/// suite runs it), and the options of every call are recorded.
final class RecordingSolver: Solver {
    private let answer: @Sendable (Problem, SolveOptions) throws(SolverError) -> Solution
    private let calls = Mutex<[SolveOptions]>([])

    /// A solver answering every call with `answer`.
    init(_ answer: @escaping @Sendable (Problem, SolveOptions) throws(SolverError) -> Solution) {
        self.answer = answer
    }

    /// A solver passing every call to `inner`, its answer changed by `change`.
    convenience init(passingTo inner: any Solver, change: @escaping @Sendable (inout Solution) -> Void = { _ in }) {
        self.init { (problem, options) throws(SolverError) -> Solution in
            var solution = try inner.solve(problem, options: options)
            change(&solution)
            return solution
        }
    }

    var name: String { "recording" }

    func solve(_ problem: Problem, options: SolveOptions) throws(SolverError) -> Solution {
        calls.withLock { $0.append(options) }
        return try answer(problem, options)
    }

    /// The options of every call so far.
    var recorded: [SolveOptions] { calls.withLock { $0 } }
}
