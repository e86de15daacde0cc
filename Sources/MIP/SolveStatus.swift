/// What a solver concluded, in exactly the five outcomes of the plan-format contract.
///
/// Derived from a run's ``Termination`` and whether it holds a plan
/// (``init(termination:hasPlan:)``), never set on its own.
public enum SolveStatus: String, Sendable, Equatable, CaseIterable, Codable {
    /// A solution proven optimal (gap 0 within the solver's tolerances).
    case optimal
    /// A solution whose optimality was not proven: a time limit, a positive gap or a cancel.
    case feasible
    /// No solution exists.
    case infeasible
    /// The objective can improve without limit.
    case unbounded
    /// A limit was reached before any solution was found.
    case noSolution = "no_solution"

    /// True when the solution carries values (optimal or feasible).
    public var hasSolution: Bool { self == .optimal || self == .feasible }

    /// The termination that gives this status (with a plan for `optimal` and `feasible`):
    /// for tests and scripted solvers that state an outcome by its status.
    public var typicalTermination: Termination {
        switch self {
        case .optimal: .optimal
        case .feasible, .noSolution: .timeLimit
        case .infeasible: .infeasible
        case .unbounded: .unbounded
        }
    }
}
