public import MIP

/// Finds a minimal set of constraint groups that cannot all hold together.
///
/// It searches the way a deletion filter does (a set is kept only while it stays
/// infeasible, and dropping any one group of the answer makes the rest feasible), but
/// splits the candidates in halves (QuickXplain), so a conflict of k groups among n
/// takes about 2k log(n/k) feasibility solves instead of n. Each feasibility solve has a
/// zero objective; one that reaches its time limit undecided counts as feasible, which
/// keeps the answer a conflict but may leave it larger than minimal.
///
/// Candidates are the groups of constraints 5 to 13, the funding rows and the builders'
/// limits (B2-B4), except "a state counts only with an opened site" and "a plant is built
/// by an eligible builder" (B1), which are definitions, not limits; constraints 1-4
/// always hold.
public struct ConflictFilter: Sendable {
    /// The model to search.
    public let formulation: Formulation
    /// Solves the feasibility problems.
    public let solver: any Solver
    /// Options for each feasibility solve.
    public let options: SolveOptions

    /// The candidate groups, in the order their first row appears.
    public let candidates: [ConstraintGroup]
    private let candidateSet: Set<ConstraintGroup>

    /// Creates a filter over `formulation`.
    public init(formulation: Formulation, solver: any Solver, options: SolveOptions = SolveOptions()) {
        self.formulation = formulation
        self.solver = solver
        self.options = options
        var seen = Set<ConstraintGroup>()
        candidates = formulation.groups.filter { group in
            guard group.family >= 5 else { return false }
            if case .stateCounted = group { return false }
            if case .builderAssignment = group { return false }
            return seen.insert(group).inserted
        }
        candidateSet = seen
    }

    /// A minimal conflicting set of groups, in candidate order; empty when the model is
    /// feasible with every candidate kept (the conflict then lies elsewhere, or nowhere).
    public func minimalConflict() throws(SolverError) -> [ConstraintGroup] {
        let all = candidates
        guard try !isFeasible(keeping: Set(all)) else { return [] }
        let conflict = Set(try quickXplain(background: [], added: false, candidates: all))
        return all.filter(conflict.contains)
    }

    /// The groups of `candidates` that, with `background`, make a minimal infeasible set.
    /// `added` says whether the last call grew `background`, so its feasibility is worth
    /// checking first.
    private func quickXplain(background: Set<ConstraintGroup>, added: Bool, candidates: [ConstraintGroup])
        throws(SolverError) -> [ConstraintGroup]
    {
        // Stopped: every check left would count as feasible, which keeps every candidate;
        // the same answer at once, without thousands of set unions on a large plan.
        if options.shouldStop { return candidates }
        if added, try !isFeasible(keeping: background) { return [] }
        if candidates.count == 1 { return candidates }
        let first = Array(candidates[..<(candidates.count / 2)])
        let second = Array(candidates[(candidates.count / 2)...])
        let fromSecond = try quickXplain(background: background.union(first), added: !first.isEmpty, candidates: second)
        let fromFirst = try quickXplain(background: background.union(fromSecond), added: !fromSecond.isEmpty,
                                        candidates: first)
        return fromFirst + fromSecond
    }

    /// True when the model with only the candidate groups in `kept` (and every
    /// non-candidate row) has a solution.
    public func isFeasible(keeping kept: Set<ConstraintGroup>) throws(SolverError) -> Bool {
        // Once the deadline has passed (or the caller stopped) nothing more is decided: the
        // check counts as undecided, so as feasible, without copying the model first (on
        // 400 sites a copy per check kept `explain` busy for minutes past its limit).
        if options.shouldStop { return true }
        var problem = formulation.problem
        for j in problem.variables.indices { problem.setObjective(j, 0) }
        for (i, group) in formulation.groups.enumerated() where candidateSet.contains(group) && !kept.contains(group) {
            problem.setBounds(ofRow: i, lower: -.infinity, upper: .infinity)
        }
        var check = options
        check.deadline = options.deadline.capped(at: Self.checkTimeLimit)
        check.startSolution = nil
        let status = try solver.solve(problem, options: check).status
        return status.hasSolution || status == .noSolution
    }

    /// Seconds each feasibility solve may take at most (less when the command's deadline
    /// comes sooner); an undecided one counts as feasible.
    public static let checkTimeLimit: Double = 10
}
