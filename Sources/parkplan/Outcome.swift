import MIP

/// The exit codes of the plan-format contract.
enum Outcome: Int32 {
    /// A plan was found, optimal or feasible.
    case solved = 0
    /// The plan is infeasible.
    case infeasible = 1
    /// A bad plan file or a bad `--set`.
    case badPlan = 2
    /// No solution within the limits (unbounded plans end here too).
    case noSolution = 3
    /// An internal error.
    case internalError = 4

    /// The exit code for a solve's status.
    init(_ status: SolveStatus) {
        switch status {
        case .optimal, .feasible: self = .solved
        case .infeasible: self = .infeasible
        case .unbounded, .noSolution: self = .noSolution
        }
    }
}
