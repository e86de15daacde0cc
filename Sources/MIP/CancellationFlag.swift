import Synchronization

/// A flag another thread (or a signal handler's queue) raises to stop a running search;
/// the solver then returns the best solution found so far as ``SolveStatus/feasible``.
public final class CancellationFlag: Sendable {
    private let raised = Atomic<Bool>(false)
    private let parent: CancellationFlag?

    /// Creates a lowered flag.
    public init() { parent = nil }

    /// Creates a lowered flag that also reads as raised once `parent` is: a group of
    /// searches can be stopped on its own and still obeys the caller's flag.
    public init(linkedTo parent: CancellationFlag?) { self.parent = parent }

    /// Asks the search to stop.
    public func cancel() { raised.store(true, ordering: .relaxed) }

    /// True once ``cancel()`` was called on this flag or on the flag it is linked to.
    public var isCancelled: Bool { raised.load(ordering: .relaxed) || parent?.isCancelled == true }
}
