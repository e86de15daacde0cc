import MIP

/// The one rule that picks among equally good plans, so that the same plan always gives
/// the same answer whatever the number of threads: among the plans with the proven
/// optimal objective, the one with the least total spend; among those, the one with the
/// most jobs; any tie left is settled by one single-threaded search that starts from
/// nothing (so it does not depend on which of two raced searches finished first).
///
/// Each of the two steps is one single-threaded search of at most ``nodeLimit`` nodes, so
/// breaking ties never costs much more than the proof. The least-spend step starts from
/// the proven plan; once it proves the least spend within its nodes (the usual case), the
/// rest is the same on every run (a search with fixed settings on one thread visits its
/// nodes in the same order). When it does not, the cheapest plan found is kept, which may
/// depend on which search proved the optimum, and the solver's status text says so.
///
/// It works on the phase-free aggregate (which has the plan's objective, spend and jobs),
/// then schedules the chosen point into phases. When a step does not finish within the
/// deadline, or the chosen point cannot be scheduled, the proven plan is kept as it is.
struct TieBreak {
    let solver: any Solver
    let formulation: Formulation
    /// The most branch-and-bound nodes each step searches (a count, not a time, so the
    /// answer does not depend on the machine).
    var nodeLimit = 300

    /// `proof` (a proven optimum of the full model, reached by scheduling the aggregate
    /// point `values`) replaced by the plan the rule picks, when it is found in time.
    func canonical(_ proof: Solution, aggregate: AggregateModel, values: [Double], scheduler: PhaseScheduler,
                   options: SolveOptions) throws(SolverError) -> Solution {
        guard let proven = proof.objective else { return proof }
        var stage = options
        stage.threads = 1
        stage.startSolution = nil
        stage.search = .strongBound
        stage.progress = nil

        // Step 1: the least spend among aggregate points with the optimal objective.
        var problem = aggregate.problem
        let objective = problem.variables.indices.compactMap { j in
            problem.variables[j].objective == 0 ? nil : (j, problem.variables[j].objective)
        }
        // The optimum as the winning search computed it carries float noise that differs
        // between searches; rounded to 1e-6 (model units), the row is the same on every
        // run, and half a step of slack keeps the optimum inside it.
        let reached = ((problem.objectiveValue(of: values) - problem.objectiveConstant) * 1e6).rounded() / 1e6
        if problem.sense == .maximize {
            problem.addRow("tie_objective", terms: objective, lower: reached - 5e-7)
        } else {
            problem.addRow("tie_objective", terms: objective, upper: reached + 5e-7)
        }
        Self.setObjective(&problem, aggregate.spendTerms(), sense: .minimize)
        stage.startSolution = values
        let cheapest = try boundedSolve(problem, options: stage)
        guard let cheapest, let spend = cheapest.objective else {
            return Self.kept(proof, because: "the least-spend step stopped")
        }

        // Step 2: the most jobs among those.
        problem.addRow("tie_spend", terms: aggregate.spendTerms(), upper: (spend * 1e6).rounded() / 1e6 + 5e-7)
        let plan = formulation.plan
        let jobs = plan.sites.indices.flatMap { s in
            plan.factoryTypes.indices.flatMap { f in aggregate.countTerms(site: s, type: f, coefficient: plan.factoryTypes[f].jobs) }
        }
        Self.setObjective(&problem, jobs, sense: .maximize)
        stage.startSolution = cheapest.values
        let most = try boundedSolve(problem, options: stage)
        guard let most else {
            return Self.kept(proof, because: "the most-jobs step stopped")
        }

        let point = aggregate.point(from: most.values)
        guard case .scheduled(let scheduled, _) = try scheduler.schedule(point, options: stage, solver: solver) else {
            return Self.kept(proof, because: "the chosen point could not be scheduled")
        }
        let full = formulation.problem
        let value = full.objectiveValue(of: scheduled)
        let slack = 1e-9 * max(1, abs(proven))
        let reaches = full.sense == .maximize ? value >= proven - slack : value <= proven + slack
        guard full.isFeasible(scheduled), reaches else {
            return Self.kept(proof, because: "the chosen plan did not keep the optimum")
        }
        var answer = proof
        answer.values = scheduled
        answer.objective = value
        answer.bound = value
        answer.gap = 0
        answer.nodes += cheapest.nodes + most.nodes
        answer.rawStatus += cheapest.status == .optimal ? "; ties broken by less spend, then more jobs"
            : "; ties broken by less spend (not proven least within \(nodeLimit) nodes), then more jobs"
        return answer
    }

    /// One step's search, stopped after ``nodeLimit`` nodes with the best plan found by
    /// then; nil when it ends without a plan or the caller's deadline or cancellation
    /// stopped it (then the result would depend on timing).
    private func boundedSolve(_ problem: Problem, options: SolveOptions) throws(SolverError) -> Solution? {
        let limit = nodeLimit
        let enough = CancellationFlag(linkedTo: options.cancellation)
        var stage = options
        stage.cancellation = enough
        stage.progress = { progress in if progress.nodes >= limit { enough.cancel() } }
        let solution = try solver.solve(problem, options: stage)
        guard solution.status.hasSolution, !options.shouldStop else { return nil }
        return solution
    }

    private static func setObjective(_ problem: inout Problem, _ terms: [(Int, Double)], sense: ObjectiveSense) {
        for j in problem.variables.indices { problem.setObjective(j, 0) }
        problem.objectiveConstant = 0
        for (j, c) in terms { problem.setObjective(j, problem.variables[j].objective + c) }
        problem.sense = sense
    }

    private static func kept(_ proof: Solution, because why: String) -> Solution {
        var kept = proof
        kept.rawStatus += "; ties not broken (\(why))"
        return kept
    }
}
