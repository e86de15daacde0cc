public import MIP

/// Solves plans: builds the ``Formulation``, hands it to a solver and reads the
/// ``PlanResult`` back.
public struct Planner: Sendable {
    /// The backend that solves the model.
    public let solver: any Solver

    /// Creates a planner that solves with `solver`.
    public init(solver: any Solver) {
        self.solver = solver
    }

    /// Solves `plan` with `options` merged with the plan's own solver settings (see
    /// ``mergedOptions(_:with:)``).
    public func solve(_ plan: Plan, options: SolveOptions) throws(SolverError) -> PlanResult {
        let formulation = Formulation(plan: plan)
        let solution = try solver.solve(formulation.problem, options: Self.mergedOptions(options, with: plan.solver))
        return PlanResult(plan: plan, formulation: formulation, solution: solution, solverName: solver.name)
    }

    /// The caller's `options` with the plan's `solver:` settings filling what the caller
    /// left at its default: the plan's `time_limit_s` applies when `options.timeLimit` is
    /// nil, and its `mip_gap` when `options.relativeGap` is 0. A caller's limit or positive
    /// gap always wins; everything else in `options` passes through unchanged.
    public static func mergedOptions(_ options: SolveOptions, with settings: SolverSettings) -> SolveOptions {
        var merged = options
        if merged.timeLimit == nil { merged.timeLimit = settings.timeLimit }
        if merged.relativeGap == 0, let gap = settings.mipGap { merged.relativeGap = gap }
        return merged
    }
}
