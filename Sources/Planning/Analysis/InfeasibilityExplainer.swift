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
    /// One sentence per violation, in the plan's terms.
    public var findings: [String]
    /// A minimal set of conflicting constraint groups.
    public var conflict: [ConstraintGroup]

    /// Creates an explanation of a plan whose solve ended with `status`.
    public init(status: SolveStatus, violations: [ElasticModel.Violation] = [], findings: [String] = [],
                conflict: [ConstraintGroup] = [], stoppedEarly: Bool = false) {
        self.status = status
        self.stoppedEarly = stoppedEarly
        self.violations = violations
        self.findings = findings
        self.conflict = conflict
    }

    /// The explanation as text for a terminal, ending with a newline.
    public func text(planName: String) -> String {
        switch status {
        case .optimal, .feasible: return "plan '\(planName)' is feasible: nothing to explain\n"
        case .noSolution:
            return "plan '\(planName)': no plan was found within the limits, and the plan was not proven infeasible;"
                + " nothing to explain yet (raise --time-limit)\n"
        case .unbounded: return "plan '\(planName)' is unbounded: its objective can grow without limit\n"
        case .infeasible: break
        }
        var lines = ["plan '\(planName)' is infeasible.", "", "Smallest relaxation that makes it feasible:"]
        lines += findings.isEmpty ? ["  (none found among budgets, resources, targets, rules and requires)"]
            : findings.map { "  - \($0)" }
        lines += ["", "Minimal set of conflicting limits (drop any one and the rest can hold):"]
        lines += conflict.isEmpty ? ["  (none found among budgets, resources, targets, rules and requires)"]
            : conflict.map { "  - \($0)" }
        if stoppedEarly {
            lines += ["", "The time limit or an interrupt stopped the search early: these findings may be incomplete."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The explanation as JSON: `plan`, `status` (`infeasible`, `feasible` for a plan
    /// with a solution, `no_solution` or `unbounded`), then for an infeasible plan
    /// `findings` (the sentences), `slacks` (each limit, which bound it misses, by how
    /// much and the bound, in dollars or the plan's units), `conflict` (the minimal
    /// conflicting set) and `complete` (false when the limits cut the search short).
    public func json(planName: String) -> JSONValue {
        let word = status.hasSolution ? "feasible" : status.rawValue
        var members: [(String, JSONValue)] = [("plan", .string(planName)), ("status", .string(word))]
        guard infeasible else { return .object(members) }
        members.append(("findings", .array(findings.map(JSONValue.string))))
        members.append(("slacks", .array(violations.map { v in
            .object([("limit", .string(v.group.description)),
                     ("bound", .string(v.direction == .belowMin ? "min" : "max")),
                     ("amount", .number(v.amount)), ("value", .number(v.limit))])
        })))
        members.append(("conflict", .array(conflict.map { .string($0.description) })))
        members.append(("complete", .bool(!stoppedEarly)))
        return .object(members)
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
        guard result.status == .infeasible else { return InfeasibilityExplanation(status: result.status) }
        let formulation = Formulation(plan: plan)
        let violations = try elasticViolations(formulation: formulation, solver: planner.solver, options: merged)
        let text = ViolationText(plan: plan)
        let conflict = try ConflictFilter(formulation: formulation, solver: planner.solver, options: merged).minimalConflict()
        return InfeasibilityExplanation(status: .infeasible, violations: violations,
                                        findings: violations.map(text.sentence), conflict: conflict,
                                        stoppedEarly: merged.shouldStop)
    }

    /// Up to `limit` sentences from the elastic model alone, largest slack first; for
    /// the short note `parkplan solve` prints when a plan is infeasible. Empty when the
    /// elastic model finds nothing, its solve fails, or the options' deadline, the cap of
    /// `seconds` or the cancellation stops it first.
    public static func summary(plan: Plan, solver: any Solver, options: SolveOptions = SolveOptions(),
                               limit: Int = 3, seconds: Double = 5) -> [String] {
        let formulation = Formulation(plan: plan)
        var merged = Planner.mergedOptions(options, with: plan.solver)
        merged.deadline = merged.deadline.capped(at: seconds)
        guard let violations = try? elasticViolations(formulation: formulation, solver: solver, options: merged)
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
        elasticOptions.deadline = options.deadline
        elasticOptions.cancellation = options.cancellation
        elasticOptions.threads = options.threads
        elasticOptions.log = options.log
        let solution = try solver.solve(elastic.problem, options: elasticOptions)
        guard solution.status.hasSolution else { return [] }
        return elastic.violations(in: solution.values)
    }
}
