/// A snapshot of a running branch-and-bound search.
public struct SearchProgress: Sendable, Equatable {
    /// Nodes explored or still open so far.
    public var nodes: Int
    /// The best objective found so far, if any.
    public var incumbent: Double?
    /// The best bound proven so far, if known.
    public var bound: Double?
    /// The relative gap between them, if both are known.
    public var gap: Double?
    /// Seconds since the solve started.
    public var seconds: Double

    /// Creates a snapshot.
    public init(nodes: Int, incumbent: Double?, bound: Double?, gap: Double?, seconds: Double) {
        self.nodes = nodes
        self.incumbent = incumbent
        self.bound = bound
        self.gap = gap
        self.seconds = seconds
    }
}
