import Synchronization

/// A flag another thread raises to stop a running search; the solver then returns the
/// best solution found so far as ``SolveStatus/feasible``.
public final class CancellationFlag: Sendable {
    private let raised = Atomic<Bool>(false)

    /// Creates a lowered flag.
    public init() {}

    /// Asks the search to stop.
    public func cancel() { raised.store(true, ordering: .relaxed) }

    /// True once ``cancel()`` was called.
    public var isCancelled: Bool { raised.load(ordering: .relaxed) }
}
