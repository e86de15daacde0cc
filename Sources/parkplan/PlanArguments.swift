import ArgumentParser
import Planning

/// The plan file and its `--set` and `--unset` overrides, shared by every command that reads a plan.
struct PlanArguments: ParsableArguments {
    @Argument(help: "The plan file (YAML or JSON).", completion: .file(extensions: ["yaml", "yml", "json"]))
    var plan: String

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Change a value of the plan before solving, e.g. budget.total=300B (repeatable).", valueName: "path=value"))
    var sets: [String] = []

    @Option(name: .customLong("unset"), help: ArgumentHelp(
        "Remove an optional key of the plan before solving, e.g. budget.total (repeatable; applied before --set).",
        valueName: "path"))
    var unsets: [String] = []

    /// The overrides in the order the loader applies them: removals, then `--set` values.
    var overrides: [String] { unsets.map(Overrides.unsetting) + sets }

    /// Loads the plan; says on standard error how many warnings it has when `warn`
    /// (`parkplan check` lists them), leaving out those about entries `select` makes moot.
    func load(warn: Bool = true) throws -> LoadedPlan {
        do {
            let loaded = try PlanLoader.load(path: plan, overrides: overrides)
            let n = loaded.solveWarnings.count
            if warn && n > 0 { Terminal.error("\(plan): \(n) warning\(n == 1 ? "" : "s"); `parkplan check \(plan)` lists them") }
            return loaded
        } catch {
            Terminal.error(error.description)
            throw ExitCode(Outcome.badPlan.rawValue)
        }
    }

    /// The plan and its overrides as they would be typed again, quoted for a shell, e.g.
    /// `plan.yaml --set budget.total=50B --set 'select.sites=[]'`.
    var commandLine: String {
        ShellWords.join([plan] + overrides.flatMap(Overrides.commandWords))
    }
}
