import MIP

/// Solves a plan's full model when the phase-free aggregate does not apply (an objective
/// that depends on the phase, funding the presolve cannot project out, columns it does
/// not know):
///
/// 1. the model's LP relaxation, which proves a plan without any feasible point
///    infeasible at once;
/// 2. a plan to start from: the aggregate with each plant and opening worth its best
///    phase (a relaxation of the model), its LP relaxation rounded to a point
///    (``AggregateStart``; on a large aggregate improved by a ``NeighbourhoodSearch``) and
///    placed into phases (``PhaseScheduler``, without its MIP);
///    the aggregate's LP without a feasible point also proves the plan infeasible;
/// 3. a ``SearchRace`` with every cut family on, the pseudo-cost search from that plan,
///    bounds tightened from the rows at the root only (at every node that took a quarter
///    of the search on 100-site plans; docs/performance.md);
///    stopped without proof, it answers with the tighter of its bound and the
///    aggregate's LP optimum (the aggregate relaxes the model).
struct DirectSearch {
    let solver: any Solver

    func solve(_ formulation: Formulation, options: SolveOptions) throws(SolverError) -> Solution {
        let problem = formulation.problem
        var lpOptions = SolveOptions()
        lpOptions.deadline = options.deadline
        lpOptions.cancellation = options.cancellation
        let relaxation = try solver.solve(problem.linearRelaxation, options: lpOptions)
        if relaxation.status == .infeasible {
            return Solution(termination: .infeasible,
                            rawStatus: "the model's LP relaxation has no feasible point (\(relaxation.rawStatus))",
                            seconds: relaxation.seconds)
        }
        var stage = options
        // The search leaves time to read its plan back and print it within the same limit.
        stage.deadline = options.deadline.reserving(0.01, atLeast: 0.2)
        // On the full model, tightening bounds at every node costs more than it saves.
        stage.tightensBoundsAtEveryNode = false
        var how = ""
        var aggregateBound: Double?
        if !formulation.plan.phases.isEmpty, problem.sense == .maximize, !options.shouldStop {
            let aggregate = AggregateModel(formulation: formulation)
            switch try AggregateStart.prepare(aggregate, solver: solver, options: options) {
            case .infeasible(let why):
                return Solution(termination: .infeasible, rawStatus: why, seconds: relaxation.seconds)
            case .start(let point?, let bound):
                aggregateBound = bound
                let scheduled = try PhaseScheduler(formulation: formulation)
                    .schedule(aggregate.point(from: point), options: options, solver: nil)
                if case .scheduled(let values, _) = scheduled, problem.isFeasible(values),
                   options.startSolution.map({ problem.objectiveValue(of: values) > problem.objectiveValue(of: $0) }) ?? true {
                    stage.startSolution = values
                    how = "; searched from the aggregate's rounded plan placed into phases, worth \(problem.objectiveValue(of: values))"
                }
            case .start(nil, let bound):
                aggregateBound = bound
            }
        }
        var solution = try SearchRace(solver: solver).solve(problem, options: stage)
        // The aggregate relaxes the model, so its LP optimum bounds the model too.
        if solution.status == .feasible, let bound = aggregateBound {
            solution.bound = solution.bound.map { min($0, bound) } ?? bound
            solution.updateGap()
        }
        solution.seconds += relaxation.seconds
        solution.rawStatus += how
        return solution
    }
}
