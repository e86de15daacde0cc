/// Why a solver run stopped, kept apart from what is known about the model (whether a
/// plan is at hand, its objective and bound). ``SolveStatus`` is derived from both in
/// ``SolveStatus/init(termination:hasPlan:)``.
public enum Termination: String, Sendable, Equatable, CaseIterable {
    /// The search proved its plan optimal (within the solver's tolerances).
    case optimal
    /// The relative gap reached the caller's tolerance.
    case gapReached = "gap_reached"
    /// The deadline passed.
    case timeLimit = "time_limit"
    /// The caller's cancellation flag was raised.
    case interrupted
    /// The model was proven to have no feasible point.
    case infeasible
    /// The model was proven unbounded.
    case unbounded
    /// The run stopped for another reason (a strategy's step limit, an undecided check).
    case undecided
}

extension SolveStatus {
    /// The contract's status for a run that stopped for `termination`, with or without a
    /// plan at hand: the only place the five statuses are derived.
    ///
    /// `optimal` needs a proof and a plan; `infeasible` and `unbounded` are proofs about
    /// the model; every other stop is `feasible` with a plan and `no_solution` without.
    public init(termination: Termination, hasPlan: Bool) {
        switch termination {
        case .optimal: self = hasPlan ? .optimal : .noSolution
        case .infeasible: self = .infeasible
        case .unbounded: self = .unbounded
        case .gapReached, .timeLimit, .interrupted, .undecided: self = hasPlan ? .feasible : .noSolution
        }
    }
}
