public import MIP

/// What a plan optimizes.
public enum Objective: Sendable, Equatable {
    /// Maximize a measure of the plants built.
    case maximize(Measure)
    /// Minimize the total spend.
    case minimizeCost

    /// A measure of plants that can be maximized.
    public enum Measure: Sendable, Equatable {
        /// The annual output value.
        case value
        /// The jobs.
        case jobs
        /// `valueWeight * annual value + jobsWeight * jobs`.
        case weighted(value: Double, jobs: Double)
        /// The net present value of profit less costs, month by month to the horizon.
        case npv
    }

    /// Whether the objective is maximized or minimized.
    public var sense: ObjectiveSense {
        if case .minimizeCost = self { return .minimize }
        return .maximize
    }

    /// What the objective counts, without its weights.
    public var measure: ObjectiveMeasure {
        switch self {
        case .maximize(.value): .value
        case .maximize(.jobs): .jobs
        case .maximize(.weighted): .weighted
        case .maximize(.npv): .npv
        case .minimizeCost: .cost
        }
    }
}

/// What an objective counts: the one name every result, report and analysis uses for it.
public enum ObjectiveMeasure: String, Sendable, Equatable, CaseIterable {
    /// The annual output value of the plants, in dollars a year.
    case value
    /// The jobs at the plants.
    case jobs
    /// A weighted sum of value and jobs: a score in points, which mix dollars and jobs.
    case weighted
    /// The net present value of the program, in dollars.
    case npv
    /// The total spend, in dollars.
    case cost

    /// The measure's name in JSON reports and in the plan file: `value`, `jobs`,
    /// `weighted`, `npv` or `cost`.
    public var jsonName: String { rawValue }

    /// The measure named `jsonName` in a JSON report; nil for another name.
    public init?(jsonName: String) {
        self.init(rawValue: jsonName)
    }

    /// True when the measure is an amount of money (value, NPV, cost), so reports write
    /// it in dollars.
    public var isMoney: Bool {
        switch self {
        case .value, .npv, .cost: true
        case .jobs, .weighted: false
        }
    }

    /// The unit of the measure's amounts: `$/yr` (value), `$` (NPV, cost), `jobs`, or
    /// `points` for a weighted sum, which mixes dollars and jobs.
    public var unit: String {
        switch self {
        case .value: "$/yr"
        case .npv, .cost: "$"
        case .jobs: "jobs"
        case .weighted: "points"
        }
    }
}
