import ArgumentParser
import Planning

extension ParkPlan {
    /// `parkplan check`: validate a plan without solving it.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a plan without solving it: model size and warnings.")

        @OptionGroup var planArguments: PlanArguments
        @OptionGroup var outputOption: OutputOption

        func run() throws {
            let loaded = try planArguments.load(warn: false)
            try outputOption.check(inputs: loaded.files)
            try outputOption.emit("\(planArguments.plan): plan '\(loaded.plan.name)' is valid\n" + PlanCheck(loaded).text,
                                  inputs: loaded.files)
        }
    }
}
