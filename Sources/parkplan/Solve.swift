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

        @Flag(name: .long, help: "For a plan with uncertainty.optimize: also solve one plan per optimizer scenario with that scenario known in advance, in parallel (--threads), and print the expected value of perfect information.")
        var evpi = false

        @Option(name: .long, help: ArgumentHelp("With --evpi: solve only the scenarios whose index modulo N is K and write them with --format json for `parkplan merge`.", valueName: "k/n"))
        var shard: String?

        @OptionGroup var outputOption: OutputOption

        func validate() throws {
            if let shard {
                do { _ = try SweepShard.parse(shard) } catch { throw ValidationError(error.description) }
                if !evpi || format != .json {
                    throw ValidationError("--shard splits the --evpi scenarios; use it with --evpi --format json")
                }
            }
        }

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
            var hold: HoldReport?
            let result: PlanResult
            if loaded.plan.uncertainty?.optimize != nil {
                if analysisFlags.alternatives > 0 {
                    Terminal.error("\(planArguments.plan): error: --alternatives ranks plans by their NPV as written; a plan with uncertainty.optimize is chosen across scenarios, so leave out --alternatives (or --unset uncertainty.optimize)")
                    throw ExitCode(Outcome.badPlan.rawValue)
                }
                // As `risk` does, the solves leave a tenth of a command time limit to evaluating
                // both plans.
                var held = solve
                held.options.deadline =
                    deadline.seconds.map { Deadline(seconds: $0 * 0.9, from: deadline.start) } ?? options.deadline
                let solved = try held.solveHolding(loaded.plan)
                result = solved.result
                let information = evpi ? perfectInformation(solved, options: options, interrupt: interrupt) : nil
                if let information, shard != nil {
                    try outputOption.emit(information.shardJSON.rendered(pretty: false) + "\n", inputs: loaded.files)
                    if Outcome(result.status) != .solved { throw ExitCode(Outcome(result.status).rawValue) }
                    return
                }
                hold = try holdReport(loaded.plan, solved: solved, deadline: deadline, interrupt: interrupt)
                hold?.evpi = information
            } else {
                if evpi {
                    Terminal.error("\(planArguments.plan): error: --evpi needs a plan chosen to hold; add uncertainty.optimize, e.g. 'optimize: {npv: expected}'")
                    throw ExitCode(Outcome.badPlan.rawValue)
                }
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

        /// The EVPI of the chosen plan: one plan per optimizer scenario (or this shard's),
        /// solved on --threads threads within the command's deadline; says on standard error
        /// which scenarios were not proven. Nil when the chosen plan has none.
        private func perfectInformation(_ solved: HoldSolve, options: SolveOptions,
                                        interrupt: Interrupt) -> PerfectInformation? {
            guard let chosen = solved.chosenColumns else { return nil }
            let flag = interrupt.flag, deadline = options.deadline
            let information = PerfectInformation(
                model: solved.model, chosen: chosen, solver: solverFlags.planner.solver, options: options,
                threads: solverFlags.threadCount, shard: shard.flatMap { try? SweepShard.parse($0) },
                shouldStop: { flag.isCancelled || deadline.hasPassed })
            let unproven = information.unproven
            if !unproven.isEmpty {
                let shown = unproven.prefix(10).map(String.init).joined(separator: ", ")
                Terminal.error("\(planArguments.plan): evpi: \(unproven.count) of \(information.outcomes.count) scenarios not proven within the limits (\(shown)\(unproven.count > 10 ? ", ..." : "")); evpi is null, evpi_detail gives its range")
            }
            return information
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
