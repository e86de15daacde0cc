public import MIP

/// The EVPI in JSON: the members `solve --evpi` adds, and a shard as
/// `solve --evpi --shard K/N --format json` writes it and `parkplan merge` reads it back
/// (each scenario's outcome, so that the merge prints exactly what one run prints).
extension PerfectInformation {
    /// `evpi` (null unless every scenario is proven) and `evpi_detail`: the scenarios, how
    /// many are proven, those that are not, the chosen plan's expected NPV over them, the
    /// expected NPV with each known in advance, and the range known for the EVPI.
    public var jsonMembers: [(String, JSONValue)] {
        let range = evpiRange
        let number = { (x: Double?) in x.map(JSONValue.number) ?? .null }
        return [
            ("evpi", number(evpi)),
            (
                "evpi_detail",
                .object([
                    ("scenarios", .number(Double(scenarioCount))), ("proven", .number(Double(proven))),
                    ("unproven", .array(unproven.map { .number(Double($0)) })),
                    ("chosen_expected_npv", .number(chosenExpected)), ("wait_and_see_npv", number(waitAndSee)),
                    ("lower", .number(range.lower)), ("upper", number(range.upper)),
                ])
            ),
        ]
    }

    /// The shard as JSON.
    public var shardJSON: JSONValue {
        let number = { (x: Double?) in x.map(JSONValue.number) ?? .null }
        return .object([
            ("plan", .string(plan)), ("scenarios", .number(Double(scenarioCount))),
            (
                "evpi_shard",
                .object([
                    ("index", .number(Double(shard?.index ?? 0))), ("count", .number(Double(shard?.count ?? 1))),
                ])
            ),
            (
                "outcomes",
                .array(
                    outcomes.map { o in
                        .object([
                            ("index", .number(Double(o.index))), ("weight", .number(o.weight)),
                            ("chosen", .number(o.chosen)), ("status", .string(o.status.rawValue)),
                            ("best", number(o.best)), ("bound", number(o.bound)),
                        ])
                    })
            ),
        ])
    }

    /// True when `value` is an EVPI shard.
    public static func isShard(_ value: JSONValue) -> Bool { value["evpi_shard"] != nil }

    /// Reads a shard back; `source` names the file in errors.
    public init(shard value: JSONValue, source: String) throws(SweepError) {
        let bad = SweepError("\(source): not the JSON of `parkplan solve --evpi --shard K/N --format json`")
        guard let plan = value["plan"]?.string, let count = value["scenarios"]?.number,
            let slice = value["evpi_shard"], let index = slice["index"]?.number, let of = slice["count"]?.number,
            let items = value["outcomes"]?.items
        else { throw bad }
        var outcomes: [Outcome] = []
        for item in items {
            guard let i = item["index"]?.number, let weight = item["weight"]?.number,
                let chosen = item["chosen"]?.number,
                let status = item["status"]?.string.flatMap(SolveStatus.init(rawValue:))
            else { throw bad }
            outcomes.append(
                Outcome(
                    index: Int(i), weight: weight, chosen: chosen, status: status, best: item["best"]?.number,
                    bound: item["bound"]?.number))
        }
        self.init(
            plan: plan, scenarioCount: Int(count), shard: SweepShard(index: Int(index), count: Int(of)),
            outcomes: outcomes)
    }

    /// The EVPI in a few words for tables: the value, or what is known when some scenario
    /// is not proven.
    public var sentence: String {
        if let evpi {
            return "Expected value of perfect information: \(Money.format(evpi)) (over \(scenarioCount) scenarios, "
                + "each plan chosen with its scenario known in advance)."
        }
        let range = evpiRange
        return "Expected value of perfect information: not proven (\(proven) of \(scenarioCount) scenarios solved "
            + "to optimality); at least \(Money.format(range.lower))"
            + (range.upper.map { ", at most \(Money.format($0))" } ?? "") + "."
    }
}
