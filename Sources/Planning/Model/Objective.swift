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

    /// "maximize" or "minimize".
    public var sense: String {
        if case .minimizeCost = self { return "minimize" }
        return "maximize"
    }

    /// "value", "jobs", "weighted", "npv" or "cost".
    public var measureName: String {
        switch self {
        case .maximize(.value): "value"
        case .maximize(.jobs): "jobs"
        case .maximize(.weighted): "weighted"
        case .maximize(.npv): "npv"
        case .minimizeCost: "cost"
        }
    }
}
