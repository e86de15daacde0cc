/// One phase of a plan: it ends with the month ``ends`` and may carry its own budget.
public struct Phase: Sendable, Equatable {
    /// The phase's id, e.g. "p1".
    public var id: String
    /// A readable name (defaults to the id).
    public var name: String
    /// The last month of the phase.
    public var ends: YearMonth
    /// The phase's budget in dollars, if phase budgets are given.
    public var budget: Double?

    /// Creates a phase.
    public init(id: String, name: String? = nil, ends: YearMonth, budget: Double? = nil) {
        self.id = id
        self.name = name ?? id
        self.ends = ends
        self.budget = budget
    }
}

/// The plan-wide budget.
public struct Budget: Sendable, Equatable {
    /// The most the whole program may spend, in dollars (nil: no limit).
    public var total: Double?
    /// Whether unspent phase budget carries over to later phases (default true).
    public var carryOver: Bool

    /// Creates a budget.
    public init(total: Double? = nil, carryOver: Bool = true) {
        self.total = total
        self.carryOver = carryOver
    }
}

/// Solver settings a plan may set; command-line flags override them.
public struct SolverSettings: Sendable, Equatable {
    /// Seconds before the search stops with its best plan (nil: none).
    public var timeLimit: Double?
    /// Relative gap at which the search stops (nil: 0, prove optimality).
    public var mipGap: Double?

    /// Creates settings.
    public init(timeLimit: Double? = nil, mipGap: Double? = nil) {
        self.timeLimit = timeLimit
        self.mipGap = mipGap
    }
}
