import ArgumentParser
import GLPKSolver
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

        @Option(name: .long, help: ArgumentHelp("Run at most this many searches at once (default: one per processor).", valueName: "n"))
        var threads: Int?

        @Option(name: .long, help: "Output format: table, markdown, csv or json.")
        var format: ReportFormat = .table

        @Option(name: .long, help: ArgumentHelp("Write the result to this file (whole or not at all) instead of standard output.", valueName: "file"))
        var output: String?

        func validate() throws {
            if let n = threads, n < 1 { throw ValidationError("--threads must be 1 or more, e.g. --threads 2") }
        }

        func run() throws {
            let loaded = try planArguments.load()
            let interrupt = Interrupt()
            let progress = ProgressLine()
            var options = solverFlags.options
            options.threads = threads
            options.cancellation = interrupt.flag
            options.progress = { progress.update($0) }
            let result: PlanResult
            do {
                result = try Planner(solver: GLPKSolver()).solve(loaded.plan, options: options)
            } catch {
                progress.finish()
                Terminal.error("parkplan: internal error: \(error.description)")
                throw ExitCode(Outcome.internalError.rawValue)
            }
            progress.finish()
            let outcome = Outcome(result.status)
            if outcome == .infeasible {
                Terminal.error("\(planArguments.plan): the plan is infeasible: no allocation meets all its limits; run `parkplan explain \(planArguments.commandLine)` to see what to relax")
                for finding in InfeasibilityExplainer.summary(plan: loaded.plan, solver: GLPKSolver()) {
                    Terminal.error("  - \(finding)")
                }
            } else if outcome == .noSolution {
                Terminal.error("\(planArguments.plan): \(result.status == .unbounded ? "the plan is unbounded" : "no plan found within the limits"); raise --time-limit or --gap")
            }
            try emit(analysisFlags.render(result, plan: loaded.plan, format: format, arguments: planArguments,
                                         options: solverFlags.options))
            if outcome != .solved { throw ExitCode(outcome.rawValue) }
        }

        private func emit(_ text: String) throws {
            guard let output else { return Terminal.output(text) }
            do {
                try Terminal.writeAtomically(text, to: output)
            } catch {
                Terminal.error("parkplan: cannot write \(output): \(error.localizedDescription)")
                throw ExitCode(Outcome.internalError.rawValue)
            }
        }
    }
}
