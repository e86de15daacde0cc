/// The one check of a solve's time limit and gap, shared by the plan's `solver:` settings
/// and the `--time-limit` and `--gap` flags, so both doors accept the same values and say
/// the same thing about a bad one.
public enum SolverLimits {
    /// nil when `seconds` is a usable time limit, else the message, naming the value as
    /// `name` (`--time-limit`, `solver.time_limit_s`) with an example written as `example`
    /// writes it (`--time-limit 30`).
    public static func timeLimitProblem(_ seconds: Double, name: String, example: String) -> String? {
        seconds > 0 && seconds.isFinite ? nil : "\(name) must be a positive number of seconds, e.g. \(example)"
    }

    /// nil when `gap` is a usable relative gap, a fraction in [0, 1), else the message.
    public static func gapProblem(_ gap: Double, name: String, example: String) -> String? {
        gap >= 0 && gap < 1 ? nil : "\(name) must be a fraction in [0, 1), e.g. \(example) for 1%"
    }
}
