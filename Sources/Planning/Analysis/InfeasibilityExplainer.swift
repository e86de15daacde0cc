public import MIP

/// Why a plan has no allocation: what each limit must give (from the ``ElasticModel``)
/// and a minimal set of limits that conflict (from the ``ConflictFilter``).
public struct InfeasibilityExplanation: Sendable {
    /// The status of the plan's own solve: `infeasible` is explained; `optimal` and
    /// `feasible` leave nothing to explain; `no_solution` and `unbounded` say what is known.
    public var status: SolveStatus
    /// True when the plan was proven infeasible.
    public var infeasible: Bool { status == .infeasible }
    /// True when the deadline or an interrupt cut the explanation short, so the findings
    /// and the conflict may be incomplete.
    public var stoppedEarly: Bool
    /// The elastic model's nonzero slacks, largest first.
    public var violations: [ElasticModel.Violation]
    /// A minimal set of conflicting constraint groups.
    public var conflict: [ConstraintGroup]
    /// The plan explained, whose terms the findings are said in.
    public var plan: Plan

    /// Creates an explanation of `plan`, whose solve ended with `status`.
    public init(plan: Plan, status: SolveStatus, violations: [ElasticModel.Violation] = [],
                conflict: [ConstraintGroup] = [], stoppedEarly: Bool = false) {
        self.plan = plan
        self.status = status
        self.stoppedEarly = stoppedEarly
        self.violations = violations
        self.conflict = conflict
    }
}

/// Explains infeasible plans; see ``InfeasibilityExplanation``.
public enum InfeasibilityExplainer {
    /// Solves `plan` with `planner`; when it is infeasible, solves its elastic copy and runs
    /// the deletion filter. Every solve shares the options' deadline and cancellation.
    public static func explain(plan: Plan, planner: Planner, options: SolveOptions = SolveOptions())
        throws(SolverError) -> InfeasibilityExplanation
    {
        let merged = Planner.mergedOptions(options, with: plan.solver)
        let result = try planner.solve(plan, options: merged)
        guard result.status == .infeasible else { return InfeasibilityExplanation(plan: plan, status: result.status) }
        let formulation = Formulation(plan: plan)
        // The elastic solve and the conflict search leave a moment to print what they found.
        var analysis = merged
        analysis.deadline = merged.deadline.reserving(0.01, atLeast: 0.2)
        let violations = try elasticViolations(formulation: formulation, solver: planner.solver, options: analysis)
        let conflict = try ConflictFilter(formulation: formulation, solver: planner.solver, options: analysis)
            .minimalConflict()
        return InfeasibilityExplanation(plan: plan, status: .infeasible, violations: violations, conflict: conflict,
                                        stoppedEarly: analysis.shouldStop)
    }

    /// Up to `limit` violations from the elastic model alone, largest slack first; for
    /// the short note `parkplan solve` prints when a plan is infeasible. Empty when the
    /// elastic model finds nothing, its solve fails, or the options' deadline, the cap of
    /// `seconds`, `workLimit` linear programs (nil: no such cap) or the cancellation stops
    /// it before its optimum is proven.
    public static func largestViolations(plan: Plan, solver: any Solver, options: SolveOptions = SolveOptions(),
                                         limit: Int = 3, seconds: Double = 5,
                                         workLimit: Int? = nil) -> [ElasticModel.Violation] {
        let formulation = Formulation(plan: plan)
        var merged = Planner.mergedOptions(options, with: plan.solver)
        merged.deadline = merged.deadline.capped(at: seconds)
        let violations = try? elasticViolations(formulation: formulation, solver: solver, options: merged,
                                                provenOnly: true, workLimit: workLimit)
        return Array((violations ?? []).prefix(limit))
    }

    /// The nonzero slacks of the elastic copy of `formulation` at its optimum, or, when the
    /// search is stopped first, at the best point it found (none with `provenOnly`: a point
    /// that depends on when the search stopped would make the answer depend on the
    /// machine's speed).
    /// `workLimit` caps the linear programs its search may solve (nil: no cap).
    public static func elasticViolations(formulation: Formulation, solver: any Solver, options: SolveOptions,
                                         provenOnly: Bool = false, workLimit: Int? = nil)
        throws(SolverError) -> [ElasticModel.Violation]
    {
        let elastic = ElasticModel(formulation: formulation)
        var elasticOptions = SolveOptions()
        elasticOptions.deadline = options.deadline
        elasticOptions.cancellation = options.cancellation
        elasticOptions.threads = options.threads
        elasticOptions.log = options.log
        if let workLimit { elasticOptions = elasticOptions.stopping(afterLinearPrograms: workLimit) }
        let solution = try solver.solve(elastic.problem, options: elasticOptions)
        guard solution.status.hasSolution, !provenOnly || solution.status == .optimal else { return [] }
        return elastic.violations(in: solution.values)
    }
}
