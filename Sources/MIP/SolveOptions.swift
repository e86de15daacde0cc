import Foundation

/// How a solve runs, in terms every solver understands: the deadline, the relative gap,
/// threads, a start solution, the kind of search wanted, and the caller's hooks.
///
/// A solver's own knobs (GLPK's presolver, cuts, branching rules, memory limit) belong to
/// that solver's own options, not here. The defaults prove optimality: no deadline and a
/// relative gap of 0.
public struct SolveOptions: Sendable {
    /// When the whole command must stop; shared by every stage of it.
    public var deadline: Deadline = .none
    /// Stop once the relative gap is at most this (0: prove optimality).
    public var relativeGap: Double = 0
    /// How many threads a strategy may use at once (1: no parallel searches).
    public var threads: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// A starting solution, one value per variable, offered to the search when feasible.
    public var startSolution: [Double]?
    /// The kind of search wanted; each solver maps it to its own settings.
    public var search: SearchVariant = .standard
    /// Whether a MIP search tightens column bounds from the rows at every node (the
    /// default) or at its root only. On a large model the tightening at each node can
    /// cost more search time than it saves (docs/performance.md).
    public var tightensBoundsAtEveryNode = true
    /// Called with the search's progress (from the solving thread).
    public var progress: (@Sendable (SearchProgress) -> Void)?
    /// Receives the solver's terminal output; nil keeps it silent.
    public var log: (@Sendable (String) -> Void)?
    /// Raised by another thread (or a signal) to stop the search and keep the incumbent.
    public var cancellation: CancellationFlag?

    /// Default options: no deadline, gap 0, every processor, quiet.
    public init() {}

    /// The deadline's limit in seconds from its start; setting it starts a new deadline now.
    public var timeLimit: Double? {
        get { deadline.seconds }
        set { deadline = Deadline(seconds: newValue) }
    }

    /// True when the caller asked to stop or the deadline has passed.
    public var shouldStop: Bool { cancellation?.isCancelled == true || deadline.hasPassed }

    /// Why a run stopped early when ``shouldStop``: interrupted before the time limit.
    public var stopReason: Termination { cancellation?.isCancelled == true ? .interrupted : .timeLimit }
}

/// A solver-neutral wish about how to search; each solver maps it to settings of its
/// own, and one it has no settings for runs its standard search.
public enum SearchVariant: String, Sendable, CaseIterable {
    /// The solver's standard search.
    case standard
    /// More work on the bound (cutting planes): for small, hard models.
    case strongBound
    /// A strong-bound search that branches differently, to race against ``strongBound``.
    case strongBoundAlternate
    /// A very large model started from a given plan: cheap nodes and few cuts.
    case largeModel
    /// Any feasible point will do (the objective is zero): skip what only helps optimality.
    case feasibility
}
