import ArgumentParser
import Foundation
import Planning

extension PlanGenerator.GeneratedObjective: ExpressibleByArgument {}

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
                bytes. The options after --output choose the objective, money over time,
                funding, rules and uncertainty; they change no site, type, phase or budget of
                the seed.
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

        @Option(name: .long, help: ArgumentHelp("The objective: value, jobs, weighted, cost or npv.", valueName: "measure"))
        var objective: PlanGenerator.GeneratedObjective = .value

        @Flag(name: .long, help: "Add an economics section (horizon 2050-12, 15% margin, 7% discount rate).")
        var economics = false

        @Option(name: .customLong("discount-rate"), help: ArgumentHelp("The economics section's yearly discount rate (adds the section).", valueName: "rate"))
        var discountRate: Double?

        @Flag(name: .long, help: "Add funding: an investor paying the first two phases (70% of the total budget) and a federal source (40%).")
        var funding = false

        @Flag(name: .long, help: "Give the investor terms: half the profit until recouped, a tenth after (adds funding and economics).")
        var terms = false

        @Option(name: .customLong("recoup-by"), help: ArgumentHelp("The month by which the investor must recoup, e.g. 2040-12 (adds terms).", valueName: "YYYY-MM"))
        var recoupBy: String?

        @Flag(name: .long, help: "Add an uncertainty section for parkplan risk: 1000 sampled scenarios from the default multipliers of sites/uncertainty.yaml.")
        var uncertainty = false

        @Flag(name: .customLong("no-carry-over"), help: "Phase budgets do not carry over to later phases.")
        var noCarryOver = false

        @Option(name: .customLong("max-sites"), help: ArgumentHelp("rules.max_sites.", valueName: "n"))
        var maxSites: Int?

        @Option(name: .customLong("min-sites"), help: ArgumentHelp("rules.min_sites.", valueName: "n"))
        var minSites: Int?

        @Option(name: .customLong("min-states"), help: ArgumentHelp("rules.min_states, in place of the generated one.", valueName: "n"))
        var minStates: Int?

        @Option(name: .customLong("target-min"), help: ArgumentHelp("The min of the generated target (default 1).", valueName: "n"))
        var targetMin: Int?

        var settings: PlanGenerator.Settings {
            var variant = PlanGenerator.Variant()
            variant.objective = objective
            variant.economics = economics
            variant.discountRate = discountRate
            variant.funding = funding
            variant.terms = terms
            variant.recoupBy = recoupBy.flatMap(YearMonth.init)
            variant.carryOver = !noCarryOver
            variant.maxSites = maxSites
            variant.minSites = minSites
            variant.minStates = minStates
            variant.targetMin = targetMin
            variant.uncertainty = uncertainty
            return PlanGenerator.Settings(sites: sites, types: types, phases: phases, seed: seed, builders: builders,
                                          variant: variant)
        }

        func validate() throws {
            if let recoupBy, YearMonth(recoupBy) == nil {
                throw ValidationError("--recoup-by must be a month written YYYY-MM, e.g. 2040-12")
            }
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
