public import MIP

/// Finds a minimal set of constraint groups that cannot all hold together, by a deletion
/// filter: starting from all candidate groups, each group in turn is dropped and the rest
/// solved for feasibility; if the rest is still infeasible the group stays dropped, else
/// it is restored. What remains is infeasible together, and dropping any one of its
/// groups makes it feasible.
///
/// Candidates are the groups of constraints 5 to 13 except "a state counts only with an
/// opened site" (a definition, not a limit); constraints 1-4 always hold.
public struct ConflictFilter: Sendable {
    /// The model to search.
    public let formulation: Formulation
    /// Solves the feasibility problems.
    public let solver: any Solver
    /// Options for each feasibility solve.
    public let options: SolveOptions

    /// Creates a filter over `formulation`.
    public init(formulation: Formulation, solver: any Solver, options: SolveOptions = SolveOptions()) {
        self.formulation = formulation
        self.solver = solver
        self.options = options
    }

    /// The candidate groups, in the order their first row appears.
    public var candidates: [ConstraintGroup] {
        var seen = Set<ConstraintGroup>()
        return formulation.groups.filter { group in
            guard group.family >= 5 else { return false }
            if case .stateCounted = group { return false }
            return seen.insert(group).inserted
        }
    }

    /// A minimal conflicting set of groups, in candidate order; empty when the model is
    /// feasible with every candidate kept (the conflict then lies elsewhere, or nowhere).
    public func minimalConflict() throws(SolverError) -> [ConstraintGroup] {
        var kept = candidates
        guard try !isFeasible(keeping: Set(kept)) else { return [] }
        var i = 0
        while i < kept.count {
            var trial = kept
            trial.remove(at: i)
            if try isFeasible(keeping: Set(trial)) {
                i += 1
            } else {
                kept = trial
            }
        }
        return kept
    }

    /// True when the model with only the candidate groups in `kept` (and every
    /// non-candidate row) has a solution.
    public func isFeasible(keeping kept: Set<ConstraintGroup>) throws(SolverError) -> Bool {
        let candidateSet = Set(candidates)
        var problem = formulation.problem
        for j in problem.variables.indices { problem.setObjective(j, 0) }
        for (i, group) in formulation.groups.enumerated() where candidateSet.contains(group) && !kept.contains(group) {
            problem.setBounds(ofRow: i, lower: -.infinity, upper: .infinity)
        }
        return try solver.solve(problem, options: options).status.hasSolution
    }
}
