import ArgumentParser
import MIP
import Planning

extension ParkPlan {
    /// `parkplan risk`: what a plan is worth when costs overrun and reviews run late.
    struct Risk: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Evaluate a plan in the scenarios of its uncertainty section: NPV, budgets, recoup and late plants.",
            discussion: """
                Solves the plan as `solve` does (or takes the plan an earlier `solve --format json` printed, \
                with --allocation) and evaluates it in every scenario: review and build months, capex and profit \
                multiplied by the scenario's multipliers. Prints the NPV's mean, P10, P50, P90 and CVaR at 10%, \
                each phase's chance of staying within budget, the chance the investor recoups by its promise, \
                and which types are late. Scenarios run in parallel on --threads threads; --shard K/N evaluates \
                the scenarios whose index modulo N is K, written with --format json and joined with \
                `parkplan merge`. --time-limit covers the solve and the evaluation; when it passes, or on Ctrl-C, \
                the figures cover the scenarios evaluated so far. See docs/risk.md.
                """)

        @OptionGroup var planArguments: PlanArguments
        @OptionGroup var solverFlags: SolverFlags

        @Option(
            name: .long,
            help: ArgumentHelp("Sample this many scenarios (replaces uncertainty.sample.scenarios).", valueName: "n"))
        var scenarios: Int?

        @Option(
            name: .long,
            help: ArgumentHelp("Draw the sample with this seed (replaces uncertainty.sample.seed).", valueName: "s"))
        var seed: Int?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Evaluate the plan that `parkplan solve --format json` wrote to this file instead of solving.",
                valueName: "result.json"))
        var allocation: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Evaluate only slice K of N (0-based): the scenarios whose index modulo N is K; needs --format json.",
                valueName: "k/n"))
        var shard: String?

        @Option(
            name: .long,
            help:
                "Output format: table, markdown, csv, json or html (one page with the map, the plan and the distributions; use --output)."
        )
        var format: ReportFormat = .table

        @OptionGroup var outputOption: OutputOption

        func validate() throws {
            if format == .geojson {
                throw ValidationError(
                    "--format geojson is for `parkplan solve`; risk prints table, markdown, csv, json or html")
            }
            if let scenarios, !(1...ModelLimits.count).contains(scenarios) {
                throw ValidationError(
                    "--scenarios must be a whole number from 1 to \(ModelLimits.count), e.g. --scenarios 10000")
            }
            if let seed, !(0...ScenarioSampler.largestSeed).contains(seed) {
                throw ValidationError(
                    "--seed must be a whole number from 0 to \(ScenarioSampler.largestSeed), e.g. --seed 7")
            }
            if let shard {
                do { _ = try SweepShard.parse(shard) } catch { throw ValidationError(error.description) }
                if format != .json {
                    throw ValidationError(
                        "--shard writes the scenarios' own results for `parkplan merge`; add --format json")
                }
            }
        }

        func run() throws {
            let deadline = solverFlags.startDeadline()
            let interrupt = Interrupt()
            let loaded = try planArguments.load()
            let plan = loaded.plan
            let sampler = try Self.sampler(plan: plan, file: planArguments.plan, scenarios: scenarios, seed: seed)
            let inputs = loaded.files + [allocation].compactMap { $0 }
            try outputOption.check(inputs: inputs)
            let (result, fixed) = try planToEvaluate(plan, deadline: deadline, interrupt: interrupt)
            let evaluation = RiskEvaluation(
                plan: plan, fixed: fixed ?? .nothing(in: plan), sampler: sampler,
                shard: try shard.map(SweepShard.parse))
            let run =
                fixed == nil
                ? evaluation.run(status: result.status, shouldStop: { true })
                : Self.evaluate(
                    evaluation, status: result.status, threads: solverFlags.threadCount, deadline: deadline,
                    interrupt: interrupt, file: planArguments.plan)
            let text: String
            if shard != nil {
                text = run.json.rendered(pretty: false) + "\n"
            } else if format == .html {
                text = HTMLReport(result: result, plan: plan, risk: fixed == nil ? nil : RiskFigures(run)).text
            } else {
                text = RiskReport(RiskFigures(run)).render(format)
            }
            try outputOption.emit(text, inputs: inputs)
            let outcome = Outcome(result.status)
            if outcome != .solved { throw ExitCode(outcome.rawValue) }
        }

        /// The plan's scenarios, or exit 2 when the plan has no uncertainty section or the
        /// flags do not fit it.
        static func sampler(plan: Plan, file: String, scenarios: Int?, seed: Int?) throws -> ScenarioSampler {
            guard let uncertainty = plan.uncertainty,
                let sampler = ScenarioSampler(plan: plan, scenarios: scenarios, seed: seed.map(UInt64.init))
            else {
                Terminal.error(
                    "\(file): error: the plan has no uncertainty section, which risk evaluates it in; add one, e.g. 'uncertainty: {capex: {default: {p50: 1.05, p90: 1.4}}}', or include ../sites/uncertainty.yaml"
                )
                throw ExitCode(Outcome.badPlan.rawValue)
            }
            if case .listed = uncertainty.scenarios, scenarios != nil || seed != nil {
                Terminal.error(
                    "\(file): error: --scenarios and --seed apply to sampled scenarios, and this plan lists its scenarios in uncertainty.scenarios; leave them out"
                )
                throw ExitCode(Outcome.badPlan.rawValue)
            }
            if uncertainty.optimize != nil {
                Terminal.error(
                    "\(file): warning: uncertainty.optimize is checked but not acted on yet: the plan is solved as written"
                )
            }
            return sampler
        }

        /// The plan to evaluate, read from --allocation or solved; its fixed plan is nil when there is none.
        private func planToEvaluate(_ plan: Plan, deadline: Deadline, interrupt: Interrupt) throws -> (
            PlanResult, FixedPlan?
        ) {
            let planner = solverFlags.planner
            if let allocation {
                let file: AllocationFile
                do {
                    file = try AllocationFile(text: try String(contentsOfFile: allocation, encoding: .utf8), plan: plan)
                } catch let error as AllocationError {
                    Terminal.error("\(allocation): error: \(error.description)")
                    throw ExitCode(Outcome.badPlan.rawValue)
                } catch {
                    Terminal.error("\(allocation): error: cannot read the file; check the path")
                    throw ExitCode(Outcome.badPlan.rawValue)
                }
                if file.planName != plan.name {
                    Terminal.error("\(allocation): warning: solved from plan '\(file.planName)', not '\(plan.name)'")
                }
                if file.fixed == nil {
                    Terminal.error(
                        "\(allocation): the file holds no plan: its status is \(file.result.status.rawValue)")
                }
                return (file.result, file.fixed)
            }
            // The solve leaves a tenth of a command time limit to the evaluation.
            let solveDeadline = deadline.seconds.map { Deadline(seconds: $0 * 0.9, from: deadline.start) } ?? deadline
            let options = solverFlags.options(deadline: solveDeadline, cancellation: interrupt.flag, plan: plan)
            let result = try PlanSolve(
                arguments: planArguments, planner: planner, options: options, interrupt: interrupt
            )
            .solve(plan)
            guard result.status.hasSolution else { return (result, nil) }
            return (result, try Self.fixedPlan(plan, solved: result))
        }

        /// The plan a solve of `plan` found, as the simulator reads it; exit 4 if it does not read back.
        static func fixedPlan(_ plan: Plan, solved result: PlanResult) throws -> FixedPlan {
            do {
                return try FixedPlan(plan: plan, result: result)
            } catch {
                Terminal.error("parkplan: internal error: the solved plan does not read back: \(error.description)")
                throw ExitCode(Outcome.internalError.rawValue)
            }
        }

        /// Evaluates the scenarios with a progress line, stopping at the deadline or a
        /// signal, and says on standard error when the figures cover only some of them.
        static func evaluate(
            _ evaluation: RiskEvaluation, status: SolveStatus, threads: Int, deadline: Deadline,
            interrupt: Interrupt, file: String
        ) -> RiskRun {
            let progress = ProgressLine()
            let total = evaluation.ownScenarios.count
            let flag = interrupt.flag
            let run = evaluation.run(
                status: status, threads: threads,
                shouldStop: { flag.isCancelled || deadline.hasPassed },
                progress: { progress.update(scenarios: $0, of: total) })
            progress.finish()
            if run.results.count < total {
                Terminal.error("\(file): stopped early: the figures cover \(run.results.count) of \(total) scenarios")
            }
            return run
        }
    }
}
