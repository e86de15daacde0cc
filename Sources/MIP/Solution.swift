/// The result of one solve: the status, the objective, the best bound and gap, the
/// values, LP duals and reduced costs, the solver's own words and the time taken.
public struct Solution: Sendable {
    /// What the solver concluded.
    public var status: SolveStatus
    /// The objective value of ``values`` (constant included); nil without a solution.
    public var objective: Double?
    /// The best proven bound on the optimum (equal to ``objective`` when optimal).
    public var bound: Double?
    /// The relative gap `|objective - bound| / max(|objective|, tiny)`; 0 when optimal.
    public var gap: Double?
    /// One value per variable; empty without a solution.
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

    /// Creates a solution.
    public init(
        status: SolveStatus, objective: Double? = nil, bound: Double? = nil, gap: Double? = nil,
        values: [Double] = [], rowDuals: [Double]? = nil, reducedCosts: [Double]? = nil,
        rawStatus: String = "", seconds: Double = 0, nodes: Int = 0
    ) {
        self.status = status
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
}
