/// What a solver concluded, in exactly the five outcomes of the plan-format contract.
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
}
