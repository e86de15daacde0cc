import Synchronization

extension SolveOptions {
    /// These options, with the search stopped once it has sent `limit` progress reports
    /// (one per linear program it solves): a limit of work, the same on every machine,
    /// where a deadline depends on the machine's speed and load. The caller's progress
    /// hook still gets every report, and its cancellation still stops the search.
    public func stopping(afterLinearPrograms limit: Int) -> SolveOptions {
        var limited = self
        let stop = CancellationFlag(linkedTo: cancellation)
        let work = Atomic<Int>(0)
        let report = progress
        limited.cancellation = stop
        limited.progress = { snapshot in
            report?(snapshot)
            if work.add(1, ordering: .relaxed).newValue >= limit { stop.cancel() }
        }
        return limited
    }
}
