import ArgumentParser
import Foundation
import Planning

extension ParkPlan {
    /// `parkplan merge`: join sweep or risk shards into what one run would print.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Join the JSON of sweep or risk shards (`--shard K/N --format json`) into one run's output.")

        @Argument(help: "The shards' JSON files, in any order.")
        var shards: [String]

        @Option(name: .long, help: "Output format: table, markdown, csv or json.")
        var format: ReportFormat = .table

        @Option(name: .long, help: ArgumentHelp(
            "Also draw the objective against the first value as SVG into this file (sweeps only).", valueName: "file.svg"))
        var plot: String?

        @OptionGroup var outputOption: OutputOption

        func validate() throws {
            try format.requireTabular("merge")
            if shards.isEmpty { throw ValidationError("give the shards' JSON files") }
        }

        func run() throws {
            let output = SweepOutput(format: format, plot: plot, outputOption: outputOption, inputs: shards)
            try output.check()
            do {
                // One file at a time: once read, only its points or its scenarios' columns stay.
                var runs: [RiskRun] = [], sweeps: [SweepReport] = []
                for path in shards {
                    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                        throw SweepError("\(path): cannot read the file")
                    }
                    if let value = JSONValue.parse(text), RiskRun.isShard(value) {
                        runs.append(try RiskRun(shard: value, source: path))
                    } else {
                        sweeps.append(try SweepReport(jsonText: text, source: path))
                    }
                }
                guard runs.isEmpty || sweeps.isEmpty else {
                    throw SweepError("the files mix risk shards and sweep shards; merge each kind on its own")
                }
                guard !runs.isEmpty else { return try output.emit(try SweepReport.merge(sweeps)) }
                if plot != nil { throw SweepError("--plot draws sweeps; risk shards have no plot") }
                let run = try RiskRun.merge(runs)
                try outputOption.emit(RiskReport(RiskFigures(run)).render(format), inputs: shards)
                let outcome = Outcome(run.frame.status)
                if outcome != .solved { throw ExitCode(outcome.rawValue) }
            } catch let error as SweepError {
                Terminal.error("parkplan: \(error)")
                throw ExitCode(Outcome.badPlan.rawValue)
            }
        }
    }
}
