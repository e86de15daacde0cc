/// How a solve runs: limits, tolerances, MIP search settings, and the caller's hooks.
///
/// The defaults prove optimality: no time limit and a relative gap of 0.
public struct SolveOptions: Sendable {
    /// Stop after this many seconds of wall time (nil: no limit).
    public var timeLimit: Double?
    /// Stop once the relative gap is at most this (0: prove optimality).
    public var relativeGap: Double = 0
    /// Run the MIP presolver.
    public var presolve: Bool = true
    /// Which cutting planes the MIP search generates.
    public var cuts: CutOptions = CutOptions()
    /// Run the feasibility pump heuristic.
    public var feasibilityPump: Bool = false
    /// Run the proximity search heuristic.
    public var proximitySearch: Bool = false
    /// How the search picks a branching variable.
    public var branching: BranchingRule = .driebeckTomlin
    /// How the search picks the next node.
    public var backtracking: BacktrackingRule = .bestLocalBound
    /// The most memory the solver may use, in megabytes (nil: no limit).
    public var memoryLimitMB: Int?
    /// A starting solution, one value per variable, offered to the search when feasible.
    public var startSolution: [Double]?
    /// Called with the search's progress (from the solving thread).
    public var progress: (@Sendable (SearchProgress) -> Void)?
    /// Receives the solver's terminal output; nil keeps it silent.
    public var log: (@Sendable (String) -> Void)?
    /// Raised by another thread to stop the search and keep the incumbent.
    public var cancellation: CancellationFlag?
    /// The most threads a solve may run at once (nil: one per processor).
    public var threads: Int?

    /// Default options: no limits, gap 0, presolve on, quiet.
    public init() {}
}

/// The cutting planes a MIP search may generate.
public struct CutOptions: Sendable, Equatable {
    /// Gomory mixed-integer cuts.
    public var gomory: Bool
    /// Mixed-integer rounding cuts.
    public var mir: Bool
    /// Mixed cover cuts.
    public var cover: Bool
    /// Clique cuts.
    public var clique: Bool

    /// Chooses cut families; by default none.
    public init(gomory: Bool = false, mir: Bool = false, cover: Bool = false, clique: Bool = false) {
        self.gomory = gomory
        self.mir = mir
        self.cover = cover
        self.clique = clique
    }

    /// Every family on.
    public static let all = CutOptions(gomory: true, mir: true, cover: true, clique: true)
}

/// How a branch-and-bound search chooses the variable to branch on.
public enum BranchingRule: String, Sendable, CaseIterable {
    /// The first fractional variable.
    case firstFractional = "first"
    /// The last fractional variable.
    case lastFractional = "last"
    /// The most fractional variable.
    case mostFractional = "most"
    /// The Driebeck-Tomlin heuristic.
    case driebeckTomlin = "dth"
    /// Hybrid pseudo-cost.
    case pseudoCost = "pcost"
}

/// How a branch-and-bound search chooses the next node.
public enum BacktrackingRule: String, Sendable, CaseIterable {
    /// Depth first.
    case depthFirst = "dfs"
    /// Breadth first.
    case breadthFirst = "bfs"
    /// The node with the best local bound.
    case bestLocalBound = "bestbound"
    /// The best projection heuristic.
    case bestProjection = "projection"
}
