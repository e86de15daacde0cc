import ArgumentParser
import Foundation
import Planning

extension ParkPlan {
    /// `parkplan generate`: a synthetic but realistic plan of a chosen size.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a synthetic plan (plan.yaml and catalog.yaml) of a chosen size, for benchmarks and tests.",
            discussion: """
                Sites sit in real US states with capacities in the fact sheet's ranges; factory
                types are variants of its ten plant kinds; phases run every 3 or 4 years from
                2026-01; --builders adds partner companies that build the plants (the same
                sites, types and rules as without). The same arguments always write the same
                bytes.
                """)

        @Option(name: .long, help: "Number of candidate sites.")
        var sites: Int

        @Option(name: .long, help: "Number of factory types.")
        var types: Int

        @Option(name: .long, help: "Number of phases.")
        var phases: Int = 2

        @Option(name: .long, help: "Seed of the random numbers.")
        var seed: UInt64 = 1

        @Option(name: .long, help: "Number of builders (partner companies that build the plants); 0 for none.")
        var builders: Int = 0

        @Option(name: .long, help: ArgumentHelp("Directory to write plan.yaml and catalog.yaml into (created if missing).", valueName: "dir"))
        var output: String

        var settings: PlanGenerator.Settings {
            PlanGenerator.Settings(sites: sites, types: types, phases: phases, seed: seed, builders: builders)
        }

        func validate() throws {
            if let problem = settings.problem { throw ValidationError(problem) }
        }

        func run() throws {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), !isFolder.boolValue {
                Terminal.error("parkplan: cannot write \(output): it is a file, not a folder; give a folder for plan.yaml and catalog.yaml")
                throw ExitCode(Outcome.badPlan.rawValue)
            }
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                Terminal.error("parkplan: cannot write \(output): the folder cannot be created; check the path and its permissions")
                throw ExitCode(Outcome.badPlan.rawValue)
            }
            let generated = PlanGenerator.generate(settings)
            // The catalog first: a plan file never names a catalog that is not there yet.
            let folder = output.hasSuffix("/") ? output : output + "/"
            try SafeWrite.write(generated.catalog, to: OutputFile(folder + PlanGenerator.catalogFileName))
            let path = folder + PlanGenerator.planFileName
            try SafeWrite.write(generated.plan, to: OutputFile(path))
            let with = builders > 0 ? ", \(builders) builders" : ""
            Terminal.error(
                "wrote \(path) (\(sites) sites, \(types) factory types, \(phases) phases\(with), seed \(seed))")
        }
    }
}
