import ArgumentParser
import MIP
import Planning

/// Solves a loaded plan for a command, as `parkplan solve` does: a progress line on a
/// terminal, an internal error as exit 4, and on standard error why there is no plan.
struct PlanSolve {
    let arguments: PlanArguments
    let planner: Planner
    /// The options the solve runs with (deadline, threads, cancellation).
    var options: SolveOptions
    /// The flag a signal raises.
    let interrupt: Interrupt
    /// Whether to say on standard error which path solved the plan and what the presolve
    /// removed (`--verbose`).
    var verbose = false

    /// Solves `plan`; when the result has no plan, says why on standard error.
    func solve(_ plan: Plan) throws -> PlanResult {
        let result = try watched { options throws(SolverError) in try planner.solve(plan, options: options) }
        sayHow(result)
        explain(result, plan: plan)
        return result
    }

    /// Solves `plan`, whose `uncertainty.optimize` asks for a plan chosen to hold, with its
    /// deterministic plan; when the chosen plan has none, says why on standard error.
    func solveHolding(_ plan: Plan) throws -> HoldSolve {
        let solved = try watched { options throws(SolverError) in try planner.solveHolding(plan, options: options) }
        sayHow(solved.result)
        explain(solved.result, plan: plan)
        return solved
    }

    /// With `--verbose`, says on standard error which path solved `result` and what the
    /// presolve removed.
    private func sayHow(_ result: PlanResult) {
        if verbose { for line in result.solver.verboseLines { Terminal.error("solver: " + line) } }
    }

    /// `work` run with a progress line, an internal error as exit 4.
    private func watched<T>(_ work: (SolveOptions) throws(SolverError) -> T) throws -> T {
        let progress = ProgressLine()
        var watched = options
        watched.progress = { progress.update($0) }
        do {
            let done = try work(watched)
            progress.finish()
            return done
        } catch {
            progress.finish()
            Terminal.error("parkplan: internal error: \(error.description)")
            throw ExitCode(Outcome.internalError.rawValue)
        }
    }

    /// Says on standard error why `result` has no plan: infeasible (with a summary of what
    /// conflicts), unbounded, or stopped.
    func explain(_ result: PlanResult, plan: Plan) {
        let file = arguments.plan
        switch Outcome(result.status) {
        case .infeasible:
            Terminal.error(
                "\(file): the plan is infeasible: no allocation meets all its limits; run `parkplan explain \(arguments.commandLine)` to see what to relax"
            )
            // The findings come from the elastic model's proven optimum, within its work limit
            // and at most as long as the solve took (at least 1 s, at most 5 s), within the
            // command's limit.
            let share = min(5, max(1, result.solver.seconds))
            for finding in InfeasibilityExplainer.summary(plan: plan, solver: planner.solver, options: options,
                                                          seconds: share,
                                                          workLimit: InfeasibilityExplainer.summaryWorkLimit) {
                Terminal.error("  - \(finding)")
            }
        case .noSolution where result.status == .unbounded:
            Terminal.error("\(file): the plan is unbounded: its objective can grow without limit")
        case .noSolution:
            Terminal.error(
                interrupt.flag.isCancelled
                    ? "\(file): stopped before any plan was found"
                    : "\(file): no plan found within the limits; raise --time-limit or --gap")
        default:
            break
        }
    }
}
