public import MIP

/// Solves plans: builds the ``Formulation``, hands it to a solver and reads the
/// ``PlanResult`` back.
public struct Planner: Sendable {
    /// The backend that solves the model.
    public let solver: any Solver

    /// How the model is solved.
    public var method: Method

    /// How a ``Planner`` solves the model.
    public enum Method: String, Sendable, CaseIterable {
        /// The phase-free aggregate first, its optimum scheduled into phases; the full
        /// model when no schedule reaches the aggregate's bound, and directly when the
        /// objective depends on the phase (see docs/performance.md).
        case phaseAggregation
        /// The full model handed to the solver as it is.
        case direct
    }

    /// Creates a planner that solves with `solver` by `method`.
    public init(solver: any Solver, method: Method = .phaseAggregation) {
        self.solver = solver
        self.method = method
    }

    /// Solves `plan` with `options` merged with the plan's own solver settings (see
    /// ``mergedOptions(_:with:)``). The solution's values are those of the full
    /// ``Formulation``'s columns whichever ``method`` found them. A plan with
    /// `uncertainty.optimize` is chosen to hold across its scenarios (``solveHolding(_:options:)``).
    public func solve(_ plan: Plan, options: SolveOptions) throws(SolverError) -> PlanResult {
        if plan.uncertainty?.optimize != nil { return try solveHolding(plan, options: options).result }
        let formulation = Formulation(plan: plan)
        let merged = Self.mergedOptions(options, with: plan.solver)
        let solution: Solution
        // Plans whose objective depends on the phase (NPV) or that carry funding columns
        // fail the aggregation's preconditions and are solved directly.
        if method == .direct || plan.phases.isEmpty || !PhaseAggregation.isExact(for: formulation) {
            solution = try solver.solve(formulation.problem, options: merged)
        } else {
            solution = try PhaseAggregation(solver: solver).solve(formulation, options: merged)
        }
        return PlanResult(plan: plan, formulation: formulation, solution: solution, solverName: solver.name)
    }

    /// The caller's `options` with the plan's `solver:` settings filling what the caller
    /// left at its default: the plan's `time_limit_s` applies, from the deadline's own
    /// start, when the deadline has no limit, and its `mip_gap` when `options.relativeGap`
    /// is 0. A caller's limit or positive gap always wins; everything else in `options`
    /// passes through unchanged.
    public static func mergedOptions(_ options: SolveOptions, with settings: SolverSettings) -> SolveOptions {
        var merged = options
        merged.deadline = options.deadline.fillingLimit(settings.timeLimit)
        if merged.relativeGap == 0, let gap = settings.mipGap { merged.relativeGap = gap }
        return merged
    }
}
