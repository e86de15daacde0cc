/// A backend that solves a whole ``Problem`` in one call.
///
/// Implementations must be safe to call from several threads at once, each call with its
/// own problem.
public protocol Solver: Sendable {
    /// The solver's name and version, e.g. "GLPK 5.0".
    var name: String { get }

    /// Solves `problem`; throws only when the call itself fails.
    func solve(_ problem: Problem, options: SolveOptions) throws(SolverError) -> Solution
}
