import ArgumentParser
import MIP
import Planning

extension ParkPlan {
    /// `parkplan compare`: what changes between two plans, or one plan under two sets of overrides.
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two solved plans: plants added and removed, objective and spend, binding limits.",
            discussion: """
                parkplan compare A.yaml B.yaml             two plan files
                parkplan compare A.yaml --set-b budget.total=300B
                parkplan compare A.yaml --set-a rules.min_states=3 --set-b rules.min_states=4
                --set applies to both sides, --set-a to A only and --set-b to B only. B defaults to A's file.
                """)

        @Argument(help: "Plan A, the baseline.")
        var planA: String

        @Argument(help: "Plan B (default: plan A again, with --set-b).")
        var planB: String?

        @Option(name: .customLong("set"), help: ArgumentHelp("Override for both plans (repeatable).", valueName: "path=value"))
        var both: [String] = []

        @Option(name: .customLong("set-a"), help: ArgumentHelp("Override for plan A only (repeatable).", valueName: "path=value"))
        var onlyA: [String] = []

        @Option(name: .customLong("set-b"), help: ArgumentHelp("Override for plan B only (repeatable).", valueName: "path=value"))
        var onlyB: [String] = []

        @Option(name: .customLong("unset"), help: ArgumentHelp("Remove an optional key from both plans (repeatable; applied before --set).", valueName: "path"))
        var unsets: [String] = []

        @OptionGroup var solverFlags: SolverFlags

        @Option(name: .long, help: "Output format: table, markdown, csv or json.")
        var format: ReportFormat = .table

        @OptionGroup var outputOption: OutputOption

        func validate() throws {
            try format.requireTabular("compare")
            if planB == nil && onlyA.isEmpty && onlyB.isEmpty {
                throw ValidationError("give a second plan, or --set-a/--set-b overrides to compare one plan under")
            }
        }

        func run() throws {
            let deadline = solverFlags.startDeadline()
            let interrupt = Interrupt()
            let removals = unsets.map(Overrides.unsetting)
            let sides = [(planA, removals + both + onlyA), (planB ?? planA, removals + both + onlyB)]
            let inputs = sides.flatMap { side in (try? PlanLoader.load(path: side.0, overrides: side.1).files) ?? [side.0] }
            try outputOption.check(inputs: inputs)
            let planner = solverFlags.planner
            let options = solverFlags.options(deadline: deadline, cancellation: interrupt.flag, plan: nil)
            let outcomes = ParallelMap.run(2) { i in
                ScenarioRun.run(path: sides[i].0, overrides: sides[i].1, planner: planner, options: options)
            }
            var results: [PlanResult] = []
            for outcome in outcomes {
                switch outcome {
                case .solved(_, let result): results.append(result)
                case .failed(let why):
                    Terminal.error(why)
                    throw ExitCode(Outcome.badPlan.rawValue)
                }
            }
            let labels = sides.map { ShellWords.join([$0.0] + $0.1.flatMap(Overrides.commandWords)) }
            let report = ComparisonReport(PlanComparison(a: results[0], b: results[1]), labels: (labels[0], labels[1]))
            if let warning = report.warning, format == .csv || format == .json { Terminal.error("parkplan compare: warning: \(warning)") }
            try outputOption.emit(report.render(format), inputs: inputs)
        }
    }
}
