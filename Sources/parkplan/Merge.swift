import ArgumentParser
import Foundation
import Planning

extension ParkPlan {
    /// `parkplan merge`: join sweep shards into the table one run would print.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Join the JSON of sweep shards (`sweep --shard I/N --format json`) into one sweep's output.")

        @Argument(help: "The shards' JSON files, in any order.")
        var shards: [String]

        @Option(name: .long, help: "Output format: table, markdown, csv or json.")
        var format: ReportFormat = .table

        @Option(name: .long, help: ArgumentHelp("Also draw the objective against the first value as SVG into this file.", valueName: "file.svg"))
        var plot: String?

        @OptionGroup var outputOption: OutputOption

        func validate() throws {
            try format.requireTabular("merge")
            if shards.isEmpty { throw ValidationError("give the shards' JSON files") }
        }

        func run() throws {
            let output = SweepOutput(format: format, plot: plot, outputOption: outputOption, inputs: shards)
            try output.check()
            let report: SweepReport
            do {
                let parts = try shards.map { path throws -> SweepReport in
                    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                        throw SweepError("\(path): cannot read the file")
                    }
                    return try SweepReport(jsonText: text, source: path)
                }
                report = try SweepReport.merge(parts)
            } catch {
                Terminal.error("parkplan: \(error)")
                throw ExitCode(Outcome.badPlan.rawValue)
            }
            try output.emit(report)
        }
    }
}
