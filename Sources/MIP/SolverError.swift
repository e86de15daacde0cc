/// A broken solve call, as opposed to a solver's conclusion (which is a ``SolveStatus``).
public enum SolverError: Error, Equatable, CustomStringConvertible {
    /// The model has a bad index, bound or coefficient; nothing was sent to the solver.
    case invalidModel(String)
    /// The solver itself failed (an internal error, its memory limit); its words are kept.
    case solverFailure(String)
    /// A file could not be written.
    case writeFailed(path: String, reason: String)

    /// A one-line description that says what went wrong.
    public var description: String {
        switch self {
        case .invalidModel(let why): "invalid model: \(why)"
        case .solverFailure(let why): "solver failure: \(why)"
        case .writeFailed(let path, let why): "cannot write \(path): \(why)"
        }
    }
}
