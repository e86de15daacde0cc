import Foundation

/// The outcome of one sweep point.
public struct SweepPoint: Sendable, Equatable {
    /// The point's position among all the sweep's points (first parameter outermost).
    public var index: Int
    /// The value of each parameter, in parameter order.
    public var values: [Double]
    /// The solve status (`optimal`, `infeasible`, ...), or `error` when the plan did not load.
    public var status: String
    /// The objective in dollars or jobs, when a solution was found.
    public var objective: Double?
    /// Total spend in dollars, when a solution was found.
    public var spend: Double?
    /// Plants by factory type id (nonzero counts only).
    public var plants: [String: Int]
    /// Seconds the solver took.
    public var seconds: Double
    /// Why the point failed, for `error`.
    public var message: String?
    /// The program's NPV in dollars, for a plan with `economics`.
    public var npv: Double?
    /// The investor's recoup month, `YYYY-MM`, or "none" when not by the horizon; nil without terms.
    public var recoup: String?
    /// Each builder's capex at its own price, by builder id, for a plan with builders.
    public var builderCapex: [String: Double]?

    /// Creates a point outcome.
    public init(index: Int, values: [Double], status: String, objective: Double? = nil, spend: Double? = nil,
                plants: [String: Int] = [:], seconds: Double = 0, message: String? = nil) {
        self.index = index
        self.values = values
        self.status = status
        self.objective = objective
        self.spend = spend
        self.plants = plants
        self.seconds = seconds
        self.message = message
    }
}

/// The points of a sweep (all of them, or one shard's), with what is needed to print
/// them the same way whether they come from one run or from merged shards.
public struct SweepReport: Sendable, Equatable {
    /// The plan's name.
    public var plan: String
    /// What the plan's objective counts.
    public var measure: ObjectiveMeasure
    /// The varied parameters.
    public var parameters: [SweepParameter]
    /// The plan's factory type ids, in plan order (the table's plant columns follow it).
    public var types: [String]
    /// How many points the whole sweep has.
    public var pointCount: Int
    /// The slice these points are, nil for a whole sweep.
    public var shard: SweepShard?
    /// The points, in index order.
    public var points: [SweepPoint]

    /// Creates a report.
    public init(plan: String, measure: ObjectiveMeasure, parameters: [SweepParameter], types: [String], pointCount: Int,
                shard: SweepShard?, points: [SweepPoint]) {
        self.plan = plan
        self.measure = measure
        self.parameters = parameters
        self.types = types
        self.pointCount = pointCount
        self.shard = shard
        self.points = points.sorted { $0.index < $1.index }
    }

    /// Joins shards into the report one run over all points would give. The shards must
    /// come from the same plan and parameters, must not overlap, and must cover every point.
    public static func merge(_ shards: [SweepReport]) throws(SweepError) -> SweepReport {
        guard let first = shards.first else { throw SweepError("give at least one shard") }
        for s in shards.dropFirst()
        where s.plan != first.plan || s.parameters != first.parameters || s.types != first.types
            || s.pointCount != first.pointCount || s.measure != first.measure {
            throw SweepError("the shards come from different sweeps (plan, parameters or types differ)")
        }
        var byIndex: [Int: SweepPoint] = [:]
        for point in shards.flatMap(\.points) {
            guard byIndex.updateValue(point, forKey: point.index) == nil else {
                throw SweepError("point \(point.index) appears in more than one shard")
            }
        }
        let missing = (0..<first.pointCount).filter { byIndex[$0] == nil }
        guard missing.isEmpty else {
            throw SweepError("points \(missing.map(String.init).joined(separator: ", ")) are missing: merge every shard")
        }
        return SweepReport(plan: first.plan, measure: first.measure, parameters: first.parameters, types: first.types,
                           pointCount: first.pointCount, shard: nil, points: Array(byIndex.values))
    }
}
