/// A validated plan: everything the model of the plan-format contract (section 2) reads.
///
/// Built by the loader from a plan file and its includes, after `--set` overrides; every
/// id it names exists, and `select` has already been applied to ``sites`` and
/// ``factoryTypes``.
public struct Plan: Sendable, Equatable {
    /// The plan's name.
    public var name: String
    /// Month 1 of the plan.
    public var start: YearMonth
    /// The phases, in order of their strictly increasing end months.
    public var phases: [Phase]
    /// The plan-wide budget.
    public var budget: Budget
    /// What the optimization maximizes or minimizes.
    public var objective: Objective
    /// Plan-wide review durations in months, by review class (e.g. "EA": 12).
    public var reviewMonths: [String: Int]
    /// Allocation rules.
    public var rules: Rules
    /// Limits on the number of plants of a type.
    public var targets: [Target]
    /// Default solver settings, overridden by command-line flags.
    public var solver: SolverSettings
    /// The selected candidate sites.
    public var sites: [Site]
    /// The selected factory types.
    public var factoryTypes: [FactoryType]
    /// Where each id was defined, for messages (file, line).
    public var origins: [String: SourceLocation]
    /// Money over time: horizon, discount rate and margin; nil for a version 1 plan.
    public var economics: Economics?
    /// The sources that pay for the phases; nil when the plan names none (no funding limits).
    public var funding: [FundingSource]?
    /// The partner companies that build the plants; nil when the plan names none (every
    /// plant is built at its capex c(s,f), by nobody in particular).
    public var builders: [Builder]?
    /// Scenarios of overruns and delays the plan is evaluated in; nil when the plan has none.
    public var uncertainty: Uncertainty?

    /// Creates a plan.
    public init(
        name: String, start: YearMonth, phases: [Phase], budget: Budget = Budget(),
        objective: Objective = .maximize(.value), reviewMonths: [String: Int] = [:], rules: Rules = Rules(),
        targets: [Target] = [], solver: SolverSettings = SolverSettings(), sites: [Site], factoryTypes: [FactoryType],
        origins: [String: SourceLocation] = [:], economics: Economics? = nil, funding: [FundingSource]? = nil,
        builders: [Builder]? = nil, uncertainty: Uncertainty? = nil
    ) {
        self.name = name
        self.start = start
        self.phases = phases
        self.budget = budget
        self.objective = objective
        self.reviewMonths = reviewMonths
        self.rules = rules
        self.targets = targets
        self.solver = solver
        self.sites = sites
        self.factoryTypes = factoryTypes
        self.origins = origins
        self.economics = economics
        self.funding = funding
        self.builders = builders
        self.uncertainty = uncertainty
    }

    /// Months from ``start`` to the end of phase `index`'s end month, inclusive (T_p).
    public func monthsThrough(phase index: Int) -> Int {
        start.monthsThrough(phases[index].ends)
    }
}

/// A place in a plan file: the file's path, a 1-based line and column.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    /// The file's path as given or resolved.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }
}
