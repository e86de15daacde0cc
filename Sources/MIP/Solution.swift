/// The result of one solve: why it stopped, the plan at hand (values and objective), the
/// best bound and gap, LP duals and reduced costs, the solver's own words and the time
/// taken. Its ``status`` is derived from the termination and the plan.
public struct Solution: Sendable {
    /// Why the run stopped.
    public var termination: Termination
    /// The objective value of ``values`` (constant included); nil without a plan.
    public var objective: Double?
    /// The best proven bound on the optimum (equal to ``objective`` when optimal); nil
    /// when none is known. A missing bound proves nothing.
    public var bound: Double?
    /// The relative gap `|objective - bound| / max(|objective|, tiny)`; 0 when optimal.
    public var gap: Double?
    /// One value per variable; empty without a plan.
    public var values: [Double]
    /// One dual value per row (LPs solved to optimality only).
    public var rowDuals: [Double]?
    /// One reduced cost per variable (LPs solved to optimality only).
    public var reducedCosts: [Double]?
    /// The solver's own words for why it stopped.
    public var rawStatus: String
    /// Wall-clock seconds spent in the solver.
    public var seconds: Double
    /// Branch-and-bound nodes explored (0 for an LP).
    public var nodes: Int

    /// True when a plan is at hand (an objective was computed for values).
    public var hasPlan: Bool { objective != nil }

    /// The contract's status, derived from ``termination`` and ``hasPlan``.
    public var status: SolveStatus { SolveStatus(termination: termination, hasPlan: hasPlan) }

    /// Creates a solution that stopped for `termination`.
    public init(
        termination: Termination, objective: Double? = nil, bound: Double? = nil, gap: Double? = nil,
        values: [Double] = [], rowDuals: [Double]? = nil, reducedCosts: [Double]? = nil,
        rawStatus: String = "", seconds: Double = 0, nodes: Int = 0
    ) {
        self.termination = termination
        self.objective = objective
        self.bound = bound
        self.gap = gap
        self.values = values
        self.rowDuals = rowDuals
        self.reducedCosts = reducedCosts
        self.rawStatus = rawStatus
        self.seconds = seconds
        self.nodes = nodes
    }

    /// Creates a solution stated by its status (its ``SolveStatus/typicalTermination``);
    /// a status with a solution needs an `objective`.
    public init(
        status: SolveStatus, objective: Double? = nil, bound: Double? = nil, gap: Double? = nil,
        values: [Double] = [], rowDuals: [Double]? = nil, reducedCosts: [Double]? = nil,
        rawStatus: String = "", seconds: Double = 0, nodes: Int = 0
    ) {
        self.init(termination: status.typicalTermination, objective: status.hasSolution ? objective ?? 0 : nil,
                  bound: bound, gap: gap, values: status.hasSolution ? values : [], rowDuals: rowDuals,
                  reducedCosts: reducedCosts, rawStatus: rawStatus, seconds: seconds, nodes: nodes)
    }

    /// Drops the plan (values and objective), keeping why the run stopped.
    public mutating func dropPlan() {
        objective = nil
        values = []
        gap = nil
    }

    /// Sets ``gap`` from ``objective`` and ``bound`` (nil when either is missing).
    public mutating func updateGap() {
        guard let objective, let bound else { gap = nil; return }
        gap = Self.relativeGap(objective: objective, bound: bound)
    }

    /// The relative gap between a plan's `objective` and a `bound` on the optimum:
    /// `|objective - bound| / max(|objective|, 1e-9)`, the one formula every solver and
    /// search reports.
    public static func relativeGap(objective: Double, bound: Double) -> Double {
        abs(objective - bound) / max(abs(objective), 1e-9)
    }
}
