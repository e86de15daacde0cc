import ArgumentParser
import MIP
import Planning

extension ParkPlan {
    /// `parkplan explain`: why a plan is infeasible and what to relax.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain why a plan is infeasible: what each limit must give, and a minimal set of conflicting limits.",
            discussion: """
                Relaxes every budget, resource, target, rule and require row with a penalized slack and \
                reports the smallest relaxation, then drops limits one at a time to find a minimal set that \
                cannot hold together. Exits 0 when the plan is feasible, 1 when it is infeasible, 3 when no plan \
                was found within the limits and infeasibility was not proven.
                """)

        @OptionGroup var planArguments: PlanArguments
        @OptionGroup var solverFlags: SolverFlags
        @OptionGroup var outputOption: OutputOption

        @Option(name: .long, help: "Output format: table (text) or json; markdown and csv print the text.")
        var format: ReportFormat = .table

        func validate() throws {
            try format.requireTabular("explain")
        }

        func run() throws {
            let deadline = solverFlags.startDeadline()
            let interrupt = Interrupt()
            let loaded = try planArguments.load()
            try outputOption.check(inputs: loaded.files)
            let options = solverFlags.options(deadline: deadline, cancellation: interrupt.flag, plan: loaded.plan)
            let explanation: InfeasibilityExplanation
            do {
                explanation = try InfeasibilityExplainer.explain(plan: loaded.plan, planner: solverFlags.planner, options: options)
            } catch {
                Terminal.error("parkplan: internal error: \(error.description)")
                throw ExitCode(Outcome.internalError.rawValue)
            }
            try outputOption.emit(format == .json ? explanation.json(planName: loaded.plan.name).rendered(pretty: true) + "\n"
                                  : explanation.text(planName: loaded.plan.name), inputs: loaded.files)
            let outcome = Outcome(explanation.status)
            if outcome != .solved { throw ExitCode(outcome.rawValue) }
        }
    }
}
