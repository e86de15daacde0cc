import ArgumentParser
import Foundation
import GLPKSolver
import MIP
import Planning

/// Limits, threads and logging for a solve, shared by every command that solves, and the
/// one place the command line builds its solver.
struct SolverFlags: ParsableArguments {
    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Stop the whole command after this many seconds (loading excepted) and keep the best plan found.", valueName: "seconds"))
    var timeLimit: Double?

    @Option(name: .customLong("gap"), help: ArgumentHelp("Stop once the relative gap to the bound is at most this, e.g. 0.01.", valueName: "fraction"))
    var gap: Double?

    @Option(name: .long, help: ArgumentHelp("Threads to use (default: the processors available); 1 runs one search at a time.", valueName: "n"))
    var threads: Int?

    @Flag(name: .long, help: "Print the solver's log to standard error.")
    var verbose = false

    func validate() throws {
        if let t = timeLimit, let problem = SolverLimits.timeLimitProblem(t, name: "--time-limit", example: "--time-limit 30") { throw ValidationError(problem) }
        if let g = gap, let problem = SolverLimits.gapProblem(g, name: "--gap", example: "--gap 0.01") { throw ValidationError(problem) }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, e.g. --threads 1") }
    }

    /// The threads the command may use.
    var threadCount: Int { threads ?? ParallelMap.defaultThreads }

    /// The command's deadline, started now: call this first, before the plan is loaded.
    func startDeadline() -> Deadline { Deadline(seconds: timeLimit) }

    /// The solver every command uses: GLPK with its default settings; the planner's
    /// strategies choose each search's settings (``MIP/SearchVariant``, where bounds are
    /// tightened) through ``MIP/SolveOptions``.
    var solver: any Solver { GLPKSolver() }

    /// A planner with ``solver``.
    var planner: Planner { Planner(solver: solver) }

    /// Solve options from the flags, the command's `deadline` and `cancellation`, with
    /// `plan`'s own `solver:` settings filling what the flags leave open (its time limit
    /// counts from the same start).
    func options(deadline: Deadline, cancellation: CancellationFlag?, plan: Plan?) -> SolveOptions {
        var o = SolveOptions()
        o.deadline = deadline
        o.relativeGap = gap ?? 0
        o.threads = threadCount
        o.cancellation = cancellation
        if verbose { o.log = { Terminal.errorRaw($0) } }
        return plan.map { Planner.mergedOptions(o, with: $0.solver) } ?? o
    }
}
