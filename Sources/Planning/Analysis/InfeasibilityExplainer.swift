public import MIP

/// Why a plan has no allocation: what each limit must give (from the ``ElasticModel``)
/// and a minimal set of limits that conflict (from the ``ConflictFilter``).
public struct InfeasibilityExplanation: Sendable {
    /// False when the plan has a solution after all (nothing to explain).
    public var infeasible: Bool
    /// The elastic model's nonzero slacks, largest first.
    public var violations: [ElasticModel.Violation]
    /// One sentence per violation, in the plan's terms.
    public var findings: [String]
    /// A minimal set of conflicting constraint groups.
    public var conflict: [ConstraintGroup]

    /// Creates an explanation.
    public init(infeasible: Bool, violations: [ElasticModel.Violation] = [], findings: [String] = [],
                conflict: [ConstraintGroup] = []) {
        self.infeasible = infeasible
        self.violations = violations
        self.findings = findings
        self.conflict = conflict
    }

    /// The explanation as text for a terminal, ending with a newline.
    public func text(planName: String) -> String {
        guard infeasible else { return "plan '\(planName)' is feasible: nothing to explain\n" }
        var lines = ["plan '\(planName)' is infeasible.", "", "Smallest relaxation that makes it feasible:"]
        lines += findings.isEmpty ? ["  (none found among budgets, resources, targets, rules and requires)"]
            : findings.map { "  - \($0)" }
        lines += ["", "Minimal set of conflicting limits (drop any one and the rest can hold):"]
        lines += conflict.isEmpty ? ["  (none found among budgets, resources, targets, rules and requires)"]
            : conflict.map { "  - \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The explanation as JSON: `plan`, `status` (`infeasible` or `feasible`), then for an
    /// infeasible plan `findings` (the sentences), `slacks` (each limit, which bound it
    /// misses, by how much and the bound, in dollars or the plan's units) and `conflict`
    /// (the minimal conflicting set).
    public func json(planName: String) -> JSONValue {
        var members: [(String, JSONValue)] = [("plan", .string(planName)),
                                              ("status", .string(infeasible ? "infeasible" : "feasible"))]
        guard infeasible else { return .object(members) }
        members.append(("findings", .array(findings.map(JSONValue.string))))
        members.append(("slacks", .array(violations.map { v in
            .object([("limit", .string(v.group.description)),
                     ("bound", .string(v.direction == .belowMin ? "min" : "max")),
                     ("amount", .number(v.amount)), ("value", .number(v.limit))])
        })))
        members.append(("conflict", .array(conflict.map { .string($0.description) })))
        return .object(members)
    }
}

/// Explains infeasible plans; see ``InfeasibilityExplanation``.
public enum InfeasibilityExplainer {
    /// Solves `plan` with `planner`; when it is infeasible, solves its elastic copy and runs
    /// the deletion filter.
    public static func explain(plan: Plan, planner: Planner, options: SolveOptions = SolveOptions())
        throws(SolverError) -> InfeasibilityExplanation
    {
        let result = try planner.solve(plan, options: options)
        guard result.status == .infeasible else { return InfeasibilityExplanation(infeasible: false) }
        let formulation = Formulation(plan: plan)
        let violations = try elasticViolations(formulation: formulation, solver: planner.solver, options: options)
        let text = ViolationText(plan: plan)
        let conflict = try ConflictFilter(formulation: formulation, solver: planner.solver, options: options).minimalConflict()
        return InfeasibilityExplanation(infeasible: true, violations: violations,
                                        findings: violations.map(text.sentence), conflict: conflict)
    }

    /// Up to `limit` sentences from the elastic model alone, largest slack first; for
    /// the short note `parkplan solve` prints when a plan is infeasible. Empty when the
    /// elastic model finds nothing or its solve fails.
    public static func summary(plan: Plan, solver: any Solver, limit: Int = 3, seconds: Double? = 5) -> [String] {
        let formulation = Formulation(plan: plan)
        var options = SolveOptions()
        options.timeLimit = seconds
        guard let violations = try? elasticViolations(formulation: formulation, solver: solver, options: options)
        else { return [] }
        let text = ViolationText(plan: plan)
        return violations.prefix(limit).map(text.sentence)
    }

    /// The nonzero slacks of the elastic copy of `formulation` at its optimum.
    public static func elasticViolations(formulation: Formulation, solver: any Solver, options: SolveOptions)
        throws(SolverError) -> [ElasticModel.Violation]
    {
        let elastic = ElasticModel(formulation: formulation)
        var elasticOptions = SolveOptions()
        elasticOptions.timeLimit = options.timeLimit
        elasticOptions.cancellation = options.cancellation
        let solution = try solver.solve(elastic.problem, options: elasticOptions)
        guard solution.status.hasSolution else { return [] }
        return elastic.violations(in: solution.values)
    }
}
