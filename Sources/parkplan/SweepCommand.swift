import ArgumentParser
import MIP
import Planning

extension ParkPlan {
    /// `parkplan sweep`: the plan solved over a range of one or two values.
    struct SweepCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sweep",
            abstract: "Solve the plan over a range of one or two values and print the frontier.",
            discussion: """
                Each point is the plan with your --set overrides plus PATH=VALUE. Points run in parallel on \
                --threads threads (default: all cores). --time-limit covers the whole sweep; when it passes, \
                or on Ctrl-C or SIGTERM, the points finished so far are printed. --shard I/N runs the points whose index modulo N is I (0 <= I < N); write shards \
                with --format json and join them with `parkplan merge`. See docs/sweeps.md.
                """)

        @OptionGroup var planArguments: PlanArguments
        @OptionGroup var solverFlags: SolverFlags
        @OptionGroup var outputOption: OutputOption

        @Option(name: .customLong("vary"), help: ArgumentHelp(
            "A value to vary: PATH=FROM..TO:N, N evenly spaced points, ends included, e.g. budget.total=100B..550B:10 (once or twice).",
            valueName: "path=from..to:n"))
        var vary: [String] = []

        @Option(name: .long, help: "Output format: table, markdown, csv or json.")
        var format: ReportFormat = .table

        @Option(name: .long, help: ArgumentHelp("Also draw the objective against the first value as SVG into this file.", valueName: "file.svg"))
        var plot: String?

        @Option(name: .long, help: ArgumentHelp("Run only slice I of N (0-based): the points whose index modulo N is I.", valueName: "i/n"))
        var shard: String?

        func validate() throws {
            try format.requireTabular("sweep")
            guard (1...2).contains(vary.count) else { throw ValidationError("give --vary once or twice, e.g. --vary budget.total=100B..550B:10") }
            do {
                _ = try vary.map(SweepParameter.parse)
                _ = try shard.map(SweepShard.parse)
            } catch { throw ValidationError(error.description) }
        }

        func run() throws {
            let deadline = solverFlags.startDeadline()
            let interrupt = Interrupt()
            let loaded = try planArguments.load()
            let output = SweepOutput(format: format, plot: plot, outputOption: outputOption, inputs: loaded.files)
            try output.check()
            let sweep = Sweep(path: planArguments.plan, overrides: planArguments.overrides,
                              parameters: try vary.map(SweepParameter.parse), shard: try shard.map(SweepShard.parse))
            // Each point merges its own plan's settings; the deadline and the flag are the command's.
            let options = solverFlags.options(deadline: deadline, cancellation: interrupt.flag, plan: nil)
            let report = sweep.run(base: loaded.plan, planner: solverFlags.planner, options: options,
                                   threads: solverFlags.threadCount)
            if interrupt.flag.isCancelled || deadline.hasPassed {
                Terminal.error("\(planArguments.plan): stopped early: \(report.points.count) of \(sweep.ownPoints.count) points finished or cut short are printed")
            }
            try output.emit(report)
        }
    }
}
