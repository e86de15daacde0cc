import MIP

/// Solves a plan's full model when the phase-free aggregate does not apply (an objective
/// that depends on the phase, funding columns the presolve cannot project out, columns
/// it does not know): the linear relaxation first, which proves a plan without any
/// feasible point infeasible at once, then a ``SearchRace`` with every cut family on.
struct DirectSearch {
    let solver: any Solver

    func solve(_ problem: Problem, options: SolveOptions) throws(SolverError) -> Solution {
        var lpOptions = SolveOptions()
        lpOptions.deadline = options.deadline
        lpOptions.cancellation = options.cancellation
        let relaxation = try solver.solve(problem.linearRelaxation, options: lpOptions)
        if relaxation.status == .infeasible {
            var answer = Solution(termination: .infeasible,
                                  rawStatus: "the model's LP relaxation has no feasible point (\(relaxation.rawStatus))",
                                  seconds: relaxation.seconds)
            answer.nodes = 0
            return answer
        }
        var solution = try SearchRace(solver: solver).solve(problem, options: options)
        solution.seconds += relaxation.seconds
        return solution
    }
}
