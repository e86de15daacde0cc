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
            let solve = PlanSolve(arguments: planArguments, planner: planner, options: options, interrupt: interrupt)
            var hold: HoldReport?
            let result: PlanResult
            if loaded.plan.uncertainty?.optimize != nil {
                let solved = try solve.solveHolding(loaded.plan)
                result = solved.result
                hold = try holdReport(loaded.plan, solved: solved, deadline: deadline, interrupt: interrupt)
            } else {
                result = try solve.solve(loaded.plan)
            }
            let outcome = Outcome(result.status)
            let risk = format == .html && hold == nil
                ? try riskFigures(loaded.plan, result: result, deadline: deadline, interrupt: interrupt) : nil
            let text = try analysisFlags.render(result, plan: loaded.plan, format: format, arguments: planArguments,
                                                planner: planner, options: options, risk: risk, hold: hold)
            try outputOption.emit(text, inputs: loaded.files)
            if outcome != .solved { throw ExitCode(outcome.rawValue) }
        }

        /// For a plan chosen to hold: the chosen plan and the deterministic plan evaluated on
        /// the plan's evaluation scenarios (its own sample or list); nil when either has no
        /// plan. Evaluation stops at the deadline or a signal, on the scenarios reached.
        private func holdReport(_ plan: Plan, solved: HoldSolve, deadline: Deadline,
                                interrupt: Interrupt) throws -> HoldReport? {
            guard solved.result.status.hasSolution, let sampler = ScenarioSampler(plan: plan) else { return nil }
            guard solved.deterministic.status.hasSolution else {
                Terminal.error("\(planArguments.plan): the plan chosen without uncertainty.optimize was not found (\(solved.deterministic.status.rawValue)): no vss")
                return nil
            }
            let flag = interrupt.flag
            let comparison = HoldComparison(
                plan: plan, chosen: solved.result, chosenPlan: try Risk.fixedPlan(plan, solved: solved.result),
                deterministicPlan: solved.deterministicPlan, deterministic: solved.deterministic,
                deterministicFixed: try Risk.fixedPlan(solved.deterministicPlan, solved: solved.deterministic),
                sampler: sampler, threads: solverFlags.threadCount,
                shouldStop: { flag.isCancelled || deadline.hasPassed })
            if comparison.chosen.evaluated < sampler.count {
                Terminal.error("\(planArguments.plan): stopped early: the figures cover \(comparison.chosen.evaluated) of \(sampler.count) scenarios")
            }
            return HoldReport(comparison, optimizerScenarios: solved.model.scenarios.count,
                              optimizerSeed: solved.model.scenarios.seed)
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
