import ArgumentParser
import Planning

extension ParkPlan {
    /// `parkplan check`: validate a plan without solving it.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a plan without solving it: model size and warnings.")

        @OptionGroup var planArguments: PlanArguments

        func run() throws {
            let loaded = try planArguments.load(warn: false)
            Terminal.output("\(planArguments.plan): plan '\(loaded.plan.name)' is valid\n" + PlanCheck(loaded).text)
        }
    }
}
