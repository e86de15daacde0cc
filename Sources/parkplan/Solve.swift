import ArgumentParser
import MIP
import Planning

extension ParkPlan {
    /// `parkplan solve`: the optimal allocation of a plan.
    struct Solve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Solve a plan and print the allocation.",
            discussion: "Prints which factory types go to which sites in which phase, each site's resource use against capacity (binding limits marked), spend against budget, and the totals.")

        @OptionGroup var planArguments: PlanArguments
        @OptionGroup var solverFlags: SolverFlags
        @OptionGroup var analysisFlags: AnalysisFlags

        @Option(name: .long, help: "Output format: table, markdown, csv, json, geojson (a map of the sites) or html (one self-contained page with a map; use --output).")
        var format: ReportFormat = .table

        @OptionGroup var outputOption: OutputOption

        func run() throws {
            let deadline = solverFlags.startDeadline()
            let interrupt = Interrupt()
            let loaded = try planArguments.load()
            for warning in format.warnings(plan: loaded.plan) { Terminal.error("\(planArguments.plan): warning: \(warning)") }
            try outputOption.check(inputs: loaded.files)
            let progress = ProgressLine()
            let planner = solverFlags.planner
            var options = solverFlags.options(deadline: deadline, cancellation: interrupt.flag, plan: loaded.plan)
            let quiet = options
            options.progress = { progress.update($0) }
            let result: PlanResult
            do {
                result = try planner.solve(loaded.plan, options: options)
            } catch {
                progress.finish()
                Terminal.error("parkplan: internal error: \(error.description)")
                throw ExitCode(Outcome.internalError.rawValue)
            }
            progress.finish()
            if solverFlags.verbose { for line in result.solver.verboseLines { Terminal.error("solver: " + line) } }
            let outcome = Outcome(result.status)
            if outcome == .infeasible {
                Terminal.error("\(planArguments.plan): the plan is infeasible: no allocation meets all its limits; run `parkplan explain \(planArguments.commandLine)` to see what to relax")
                // The findings take at most as long as the solve did (at least half a second,
                // at most 5 s), within the command's limit.
                let share = min(5, max(0.5, result.solver.seconds))
                for finding in InfeasibilityExplainer.summary(plan: loaded.plan, solver: planner.solver, options: quiet,
                                                              seconds: share) {
                    Terminal.error("  - \(finding)")
                }
            } else if result.status == .unbounded {
                Terminal.error("\(planArguments.plan): the plan is unbounded: its objective can grow without limit")
            } else if outcome == .noSolution {
                Terminal.error(interrupt.flag.isCancelled ? "\(planArguments.plan): stopped before any plan was found"
                               : "\(planArguments.plan): no plan found within the limits; raise --time-limit or --gap")
            }
            try outputOption.emit(analysisFlags.render(result, plan: loaded.plan, format: format, arguments: planArguments,
                                                       planner: planner, options: quiet), inputs: loaded.files)
            if outcome != .solved { throw ExitCode(outcome.rawValue) }
        }
    }
}
