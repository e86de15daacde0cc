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
        guard method == .phaseAggregation else {
            let solution = try solver.solve(formulation.problem, options: merged)
            var result = PlanResult(plan: plan, formulation: formulation, solution: solution, solverName: solver.name)
            result.solver.path = .plain
            result.solver.detail = solution.rawStatus
            return result
        }
        let presolved = PresolvedModel(formulation)
        let model = presolved.formulation
        var stage = merged
        stage.startSolution = presolved.presolvedValues(merged.startSolution)
        let solution: Solution
        let path: SolvePath
        // Plans whose objective depends on the phase (NPV), or whose model keeps columns
        // the aggregate does not know, fail the aggregation's preconditions and are solved
        // directly.
        if plan.phases.isEmpty || !PhaseAggregation.isExact(for: model) {
            (solution, path) = (try DirectSearch(solver: solver).solve(model, options: stage), .direct)
        } else {
            (solution, path) = try PhaseAggregation(solver: solver).solveReportingPath(model, options: stage)
        }
        let tidied = CheapestBuilders.apply(to: solution, of: model)
        var result = PlanResult(plan: plan, formulation: formulation, solution: presolved.fullSolution(tidied),
                                solverName: solver.name)
        result.solver.path = path
        result.solver.presolve = presolved.summary
        result.solver.detail = solution.rawStatus
        return result
    }

    /// The model of `plan` after ParkPlan's presolve: the one the search solves (funding
    /// columns projected out where that is exact; see docs/performance.md).
    public static func presolvedProblem(of plan: Plan) -> Problem {
        PresolvedModel(Formulation(plan: plan)).formulation.problem
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
