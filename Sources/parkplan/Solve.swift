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
            let planner = solverFlags.planner
            let options = solverFlags.options(deadline: deadline, cancellation: interrupt.flag, plan: loaded.plan)
            var solve = PlanSolve(arguments: planArguments, planner: planner, options: options, interrupt: interrupt)
            solve.verbose = solverFlags.verbose
            let result = try solve.solve(loaded.plan)
            let outcome = Outcome(result.status)
            let risk = format == .html ? try riskFigures(loaded.plan, result: result, deadline: deadline,
                                                         interrupt: interrupt) : nil
            let text = try analysisFlags.render(result, plan: loaded.plan, format: format, arguments: planArguments,
                                                planner: planner, options: options, risk: risk)
            try outputOption.emit(text, inputs: loaded.files)
            if outcome != .solved { throw ExitCode(outcome.rawValue) }
        }

        /// The risk figures the page of a plan with `uncertainty` shows: the solved plan in
        /// the scenarios the plan's own sample (or list) gives; nil without a plan or a section.
        private func riskFigures(_ plan: Plan, result: PlanResult, deadline: Deadline,
                                 interrupt: Interrupt) throws -> RiskFigures? {
            guard result.status.hasSolution, let sampler = ScenarioSampler(plan: plan) else { return nil }
            let fixed = try Risk.fixedPlan(plan, solved: result)
            let evaluation = RiskEvaluation(plan: plan, fixed: fixed, sampler: sampler)
            return RiskFigures(Risk.evaluate(evaluation, status: result.status, threads: solverFlags.threadCount,
                                             deadline: deadline, interrupt: interrupt, file: planArguments.plan))
        }
    }
}
