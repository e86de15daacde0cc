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

    /// The report as JSON, the form shards are written in and `merge` reads.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("plan", .string(plan)), ("measure", .string(measure.jsonName)),
            ("parameters", .array(parameters.map {
                .object([("path", .string($0.path)), ("money", .bool($0.isMoney)),
                         ("values", .array($0.values.map(JSONValue.number)))] + ($0.isMonth ? [("month", .bool(true))] : []))
            })),
            ("types", .array(types.map(JSONValue.string))),
            ("point_count", .number(Double(pointCount))),
        ]
        if let shard {
            members.append(("shard", .object([("index", .number(Double(shard.index))), ("count", .number(Double(shard.count)))])))
        }
        members.append(("points", .array(points.map(Self.pointJSON))))
        return .object(members)
    }

    private static func pointJSON(_ p: SweepPoint) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("index", .number(Double(p.index))), ("values", .array(p.values.map(JSONValue.number))),
            ("status", .string(p.status)),
        ]
        if let objective = p.objective { members.append(("objective", .number(objective))) }
        if let spend = p.spend { members.append(("spend", .number(spend))) }
        if let npv = p.npv { members.append(("npv", .number(npv))) }
        if let recoup = p.recoup { members.append(("recoup", .string(recoup))) }
        members.append(("plants", .object(p.plants.sorted { $0.key < $1.key }.map { ($0.key, .number(Double($0.value))) })))
        members.append(("seconds", .number(p.seconds)))
        if let message = p.message { members.append(("message", .string(message))) }
        return .object(members)
    }

    /// Reads a report back from the JSON ``json`` prints; `source` names it in errors.
    public init(jsonText: String, source: String) throws(SweepError) {
        let bad = SweepError("\(source): not the JSON of `parkplan sweep --format json`")
        guard let data = jsonText.data(using: .utf8),
              let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let plan = root["plan"] as? String,
              let measure = (root["measure"] as? String).flatMap(ObjectiveMeasure.init(jsonName:)),
              let parameters = root["parameters"] as? [[String: Any]], let types = root["types"] as? [String],
              let pointCount = (root["point_count"] as? NSNumber)?.intValue,
              let points = root["points"] as? [[String: Any]] else { throw bad }
        var parsedParameters: [SweepParameter] = []
        for p in parameters {
            guard let path = p["path"] as? String, let money = p["money"] as? Bool,
                  let values = p["values"] as? [NSNumber] else { throw bad }
            parsedParameters.append(SweepParameter(path: path, values: values.map(\.doubleValue), isMoney: money,
                                                   isMonth: p["month"] as? Bool ?? false))
        }
        var shard: SweepShard?
        if let s = root["shard"] as? [String: Any] {
            guard let i = (s["index"] as? NSNumber)?.intValue, let n = (s["count"] as? NSNumber)?.intValue else { throw bad }
            shard = SweepShard(index: i, count: n)
        }
        var parsedPoints: [SweepPoint] = []
        for p in points {
            guard let index = (p["index"] as? NSNumber)?.intValue, let values = p["values"] as? [NSNumber],
                  let status = p["status"] as? String, let plants = p["plants"] as? [String: NSNumber],
                  let seconds = (p["seconds"] as? NSNumber)?.doubleValue else { throw bad }
            parsedPoints.append(SweepPoint(
                index: index, values: values.map(\.doubleValue), status: status,
                objective: (p["objective"] as? NSNumber)?.doubleValue, spend: (p["spend"] as? NSNumber)?.doubleValue,
                plants: plants.mapValues(\.intValue), seconds: seconds, message: p["message"] as? String))
            parsedPoints[parsedPoints.count - 1].npv = (p["npv"] as? NSNumber)?.doubleValue
            parsedPoints[parsedPoints.count - 1].recoup = p["recoup"] as? String
        }
        self.init(plan: plan, measure: measure, parameters: parsedParameters, types: types, pointCount: pointCount,
                  shard: shard, points: parsedPoints)
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
