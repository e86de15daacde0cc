public import MIP

/// An ``InfeasibilityExplanation`` in words: the findings in the plan's terms, and the
/// explanation as text for a terminal or as JSON.
extension InfeasibilityExplanation {
    /// One sentence per violation, in the plan's terms.
    public var findings: [String] {
        let text = ViolationText(plan: plan)
        return violations.map(text.sentence)
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
        lines +=
            findings.isEmpty
            ? ["  (none found among budgets, resources, targets, rules and requires)"]
            : findings.map { "  - \($0)" }
        lines += ["", "Minimal set of conflicting limits (drop any one and the rest can hold):"]
        lines +=
            conflict.isEmpty
            ? ["  (none found among budgets, resources, targets, rules and requires)"]
            : conflict.map { "  - \($0)" }
        if stoppedEarly {
            lines += ["", "The time limit or an interrupt stopped the search early: these findings may be incomplete."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The explanation as JSON: `plan`, `status` (`infeasible`, `feasible` for a plan
    /// with a solution, `no_solution` or `unbounded`), then for an infeasible plan
    /// `findings` (the sentences), `slacks` (each limit, which bound it misses, by how
    /// much and the bound, in dollars or the plan's units, and `needed`, the setting that
    /// would do where the plan writes the limit in another unit: the `max_state_share` for
    /// a state share, the `recoup_by` month for a recoup promise), `conflict` (the minimal
    /// conflicting set) and `complete` (false when the limits cut the search short).
    public func json(planName: String) -> JSONValue {
        let word = status.hasSolution ? "feasible" : status.rawValue
        var members: [(String, JSONValue)] = [("plan", .string(planName)), ("status", .string(word))]
        guard infeasible else { return .object(members) }
        members.append(("findings", .array(findings.map(JSONValue.string))))
        members.append(
            (
                "slacks",
                .array(
                    violations.map { v in
                        .object([
                            ("limit", .string(v.group.description)),
                            ("bound", .string(v.direction == .belowMin ? "min" : "max")),
                            ("amount", .number(v.amount)), ("value", .number(v.limit)),
                        ] + (ViolationText(plan: plan).needed(v).map { [("needed", $0)] } ?? []))
                    })
            ))
        members.append(("conflict", .array(conflict.map { .string($0.description) })))
        members.append(("complete", .bool(!stoppedEarly)))
        return .object(members)
    }
}

extension InfeasibilityExplainer {
    /// The linear programs `parkplan solve`'s summary may take: the elastic model's
    /// optimum takes under 200 on the seeds, and counting work instead of time makes the
    /// summary the same on every machine, while a plan whose elastic model is hard pays a
    /// fraction of a second, not seconds.
    public static let summaryWorkLimit = 300

    /// Up to `limit` sentences on the largest violations of the elastic model alone
    /// (``largestViolations(plan:solver:options:limit:seconds:workLimit:)``): the short note
    /// `parkplan solve` prints when a plan is infeasible.
    public static func summary(
        plan: Plan, solver: any Solver, options: SolveOptions = SolveOptions(),
        limit: Int = 3, seconds: Double = 5, workLimit: Int? = nil
    ) -> [String] {
        let text = ViolationText(plan: plan)
        return largestViolations(plan: plan, solver: solver, options: options, limit: limit, seconds: seconds,
                                 workLimit: workLimit)
            .map(text.sentence)
    }
}
