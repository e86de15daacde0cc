import ArgumentParser
import MIP

/// Limits and logging for a solve, shared by every command that solves.
struct SolverFlags: ParsableArguments {
    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Stop after this many seconds and keep the best plan found.", valueName: "seconds"))
    var timeLimit: Double?

    @Option(name: .customLong("gap"), help: ArgumentHelp("Stop once the relative gap to the bound is at most this, e.g. 0.01.", valueName: "fraction"))
    var gap: Double?

    @Flag(name: .long, help: "Print the solver's log to standard error.")
    var verbose = false

    func validate() throws {
        if let t = timeLimit, !(t > 0 && t.isFinite) { throw ValidationError("--time-limit must be a positive number of seconds, e.g. --time-limit 30") }
        if let g = gap, !(g >= 0 && g < 1) { throw ValidationError("--gap must be a fraction in [0, 1), e.g. --gap 0.01 for 1%") }
    }

    /// Solve options from the flags (the plan's own `solver:` settings fill the rest).
    var options: SolveOptions {
        var o = SolveOptions()
        o.timeLimit = timeLimit
        o.relativeGap = gap ?? 0
        if verbose { o.log = { Terminal.errorRaw($0) } }
        return o
    }
}
