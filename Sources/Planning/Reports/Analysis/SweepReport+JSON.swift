import Foundation

/// A sweep report as JSON: the form `parkplan sweep --format json` prints, shards are
/// written in and `parkplan merge` reads back.
extension SweepReport {
    /// The report as JSON, the form shards are written in and `merge` reads.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("plan", .string(plan)), ("measure", .string(measure.jsonName)),
            ("parameters", .array(parameters.map {
                .object([("path", .string($0.path)), ("money", .bool($0.isMoney)),
                         ("values", .array($0.values.map(JSONValue.number)))]
                    + ($0.isMonth ? [("month", .bool(true))] : []))
            })),
            ("types", .array(types.map(JSONValue.string))),
            ("point_count", .number(Double(pointCount))),
        ]
        if let shard {
            members.append(("shard", .object([("index", .number(Double(shard.index))),
                                              ("count", .number(Double(shard.count)))])))
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
        if let capex = p.builderCapex {
            members.append(("builder_capex", .object(capex.sorted { $0.key < $1.key }.map { ($0.key, .number($0.value)) })))
        }
        let plants = p.plants.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.number(Double($0.value))) }
        members.append(("plants", .object(plants)))
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
            guard let i = (s["index"] as? NSNumber)?.intValue, let n = (s["count"] as? NSNumber)?.intValue
            else { throw bad }
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
            parsedPoints[parsedPoints.count - 1].builderCapex =
                (p["builder_capex"] as? [String: NSNumber])?.mapValues(\.doubleValue)
        }
        self.init(plan: plan, measure: measure, parameters: parsedParameters, types: types, pointCount: pointCount,
                  shard: shard, points: parsedPoints)
    }
}
