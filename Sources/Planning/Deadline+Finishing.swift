import MIP

extension Deadline {
    /// This deadline brought forward by 5% of the time left, at least a second: what a
    /// stage keeps on a large plan for the work no solver deadline reaches after (or
    /// before) its last solve: placing a plan into phases, reading and formulating a plan
    /// again, printing. On 400 sites each of these takes a few tenths of a second.
    var keepingTimeToFinish: Deadline { reserving(0.05, atLeast: 1) }
}
