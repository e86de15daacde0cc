public import MIP

/// GLPK's own knobs: the presolver, cutting planes, heuristics, branching and
/// backtracking rules and the memory limit. Solver-neutral wishes (``MIP/SearchVariant``)
/// adjust them per solve (``adjusted(for:)``).
public struct GLPKOptions: Sendable, Equatable {
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
    /// The most memory GLPK may use, in megabytes (nil: no limit).
    public var memoryLimitMB: Int?
    /// Let GLPK's own code choose the pseudo-cost and Driebeck-Tomlin branches and make
    /// the rounds of cuts. It copies the whole node problem for each estimate (and cannot
    /// stop meanwhile) and each non-basic column for each row of the simplex table and for
    /// each cut it weighs; ParkPlan's makes the same choices and cuts with fewer copies.
    /// Kept to check that the two agree.
    var glpkOwnCode = false
    /// State the slack of every row with integer data as an integer column, so that
    /// Gomory cuts treat it as integer (``IntegerSlacks``).
    public var integerSlacks: Bool = false

    /// GLPK's defaults: presolver on, no cuts, Driebeck-Tomlin branching, best local bound.
    public init() {}

    /// These options with `variant`'s settings, measured on the seeds and generated plans
    /// (docs/performance.md):
    /// - ``MIP/SearchVariant/strongBound``: all four cut families (full-program's aggregate
    ///   from 4.7 s to 0.07 s) and integer slacks (on 16 generated aggregates, 9 proven
    ///   within 15 s instead of 7);
    /// - ``MIP/SearchVariant/strongBoundAlternate``: the same with pseudo-cost branching
    ///   (the only rule that proves the generated 25x10x3 plan within a minute);
    /// - ``MIP/SearchVariant/largeModel``: most-fractional branching and MIR cuts only
    ///   (Driebeck-Tomlin and pseudo-cost spend seconds per node on 400x20x3);
    /// - ``MIP/SearchVariant/feasibility``: no presolver (GLPK 5.0's fails when it fixes
    ///   every column, which a feasibility check with fixed totals often allows);
    public func adjusted(for variant: SearchVariant) -> GLPKOptions {
        var o = self
        switch variant {
        case .standard: break
        case .strongBound:
            o.cuts = .all
            o.integerSlacks = true
        case .strongBoundAlternate:
            o.cuts = .all
            o.integerSlacks = true
            o.branching = .pseudoCost
        case .largeModel:
            o.cuts = CutOptions(mir: true)
            o.branching = .mostFractional
        case .feasibility: o.presolve = false
        }
        return o
    }
}

/// The cutting planes a MIP search may generate: GLPK's families, at the moments GLPK's
/// search makes them, chosen among with GLPK's rule. ParkPlan makes each round from the
/// search's callback, and computes the rows of the simplex table the Gomory cuts and the
/// choice need without GLPK's copies of the problem's columns.
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
    /// GLPK's Driebeck-Tomlin heuristic, its choices made by ParkPlan with rows of the
    /// simplex table computed without GLPK's copies.
    case driebeckTomlin = "dth"
    /// GLPK's hybrid pseudo-cost rule, its choices made by ParkPlan from one copy of each
    /// node's problem (GLPK's own code copies the problem for every estimate).
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
