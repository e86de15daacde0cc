public import MIP

/// A shard of a risk evaluation as JSON: what `parkplan risk --shard K/N --format json`
/// writes and `parkplan merge` reads back. It holds the scenarios' own results, column by
/// column (flags as 1 and 0, a recoup month not reached as null), and the plan as planned;
/// statistics are computed only once the shards are merged, so the merge prints exactly
/// what one run prints.
extension RiskRun {
    /// The run as shard JSON.
    public var json: JSONValue {
        let numbers = { (xs: [Double]) in JSONValue.array(xs.map(JSONValue.number)) }
        let flags = { (xs: [Bool]) in JSONValue.array(xs.map { .number($0 ? 1 : 0) }) }
        let whole = { (xs: [Int]) in JSONValue.array(xs.map { .number(Double($0)) }) }
        let r = results
        var members: [(String, JSONValue)] = [
            ("plan", .string(frame.plan)), ("status", .string(frame.status.rawValue)),
            ("scenarios", .number(Double(frame.scenarioCount))),
            ("seed", frame.seed.map { .number(Double($0)) } ?? .null),
        ]
        if let shard {
            members.append(
                (
                    "shard",
                    .object([
                        ("index", .number(Double(shard.index))),
                        ("count", .number(Double(shard.count))),
                    ])
                ))
        }
        members.append(
            (
                "frame",
                .object([
                    ("start", .string(frame.start.description)),
                    ("phases", .array(frame.phases.map(JSONValue.string))),
                    ("planned_spend", numbers(frame.plannedSpend)),
                    ("planned_npv", frame.plannedNPV.map(JSONValue.number) ?? .null),
                    (
                        "investor",
                        frame.investor.map { investor in
                            .object([
                                ("source", .string(investor.source)), ("by", .string(investor.by.description)),
                                ("planned", investor.planned.map { .string($0.description) } ?? .null),
                            ])
                        } ?? .null
                    ),
                    ("types", .array(frame.types.map(JSONValue.string))),
                    (
                        "sources",
                        .array(
                            frame.sources.map { source in
                                .object([
                                    ("id", .string(source.id)),
                                    ("amount", source.amount.map(JSONValue.number) ?? .null),
                                ])
                            })
                    ),
                ])
            ))
        members.append(
            (
                "results",
                .object([
                    ("index", whole(r.indices)), ("weight", numbers(r.weights)), ("npv", numbers(r.npv)),
                    ("spend", .array(r.spend.map(numbers))), ("within", .array(r.within.map(flags))),
                    ("paid", .array(r.paid.map(numbers))),
                    ("recoup", .array(r.recoup.map { $0.map { .number(Double($0)) } ?? .null })),
                    ("late", .array(r.late.map(flags))), ("delay", .array(r.delay.map(whole))),
                ])
            ))
        return .object(members)
    }

    /// True when `text` looks like a risk shard rather than a sweep's JSON.
    public static func isShard(_ value: JSONValue) -> Bool {
        value["results"] != nil && value["frame"] != nil
    }

    /// Reads a shard back from the JSON ``json`` prints; `source` names the file in errors.
    public init(shard value: JSONValue, source: String) throws(SweepError) {
        let bad = SweepError("\(source): not the JSON of `parkplan risk --shard K/N --format json`")
        guard let plan = value["plan"]?.string,
            let status = value["status"]?.string.flatMap(SolveStatus.init(rawValue:)),
            let count = value["scenarios"]?.number.flatMap(Self.whole), let f = value["frame"],
            let r = value["results"],
            let start = f["start"]?.string.flatMap(YearMonth.init), let phases = Self.strings(f["phases"]),
            let plannedSpend = Self.numbers(f["planned_spend"]), let types = Self.strings(f["types"]),
            let sourceItems = f["sources"]?.items
        else { throw bad }
        var sources: [RiskFrame.SourceFrame] = []
        for item in sourceItems {
            guard let id = item["id"]?.string else { throw bad }
            sources.append(RiskFrame.SourceFrame(id: id, amount: item["amount"]?.number))
        }
        var investor: RiskFrame.InvestorFrame?
        if let i = f["investor"], !i.isNull {
            guard let id = i["source"]?.string, let by = i["by"]?.string.flatMap(YearMonth.init) else { throw bad }
            investor = RiskFrame.InvestorFrame(
                source: id, by: by, planned: i["planned"]?.string.flatMap(YearMonth.init))
        }
        let frame = RiskFrame(
            plan: plan, status: status, scenarioCount: count,
            seed: value["seed"]?.number.flatMap(Self.whole).map(UInt64.init), start: start,
            phases: phases, plannedSpend: plannedSpend, plannedNPV: f["planned_npv"]?.number,
            investor: investor, types: types, sources: sources)
        var results = ScenarioResults(phases: phases.count, sources: sources.count, types: types.count)
        guard let indices = Self.numbers(r["index"])?.compactMap(Self.whole), let weights = Self.numbers(r["weight"]),
            let npv = Self.numbers(r["npv"]), let spend = Self.columns(r["spend"], Self.numbers),
            let within = Self.columns(r["within"], Self.numbers), let paid = Self.columns(r["paid"], Self.numbers),
            let recoup = r["recoup"]?.items, let late = Self.columns(r["late"], Self.numbers),
            let delay = Self.columns(r["delay"], Self.numbers),
            spend.count == phases.count, within.count == phases.count, paid.count == sources.count,
            late.count == types.count, delay.count == types.count
        else { throw bad }
        let n = indices.count
        let columns = [weights] + spend + within + paid + late + delay
        guard columns.allSatisfy({ $0.count == n }), npv.count == (frame.plannedNPV == nil ? 0 : n),
            recoup.count == (investor == nil ? 0 : n)
        else { throw bad }
        results.indices = indices
        results.weights = weights
        results.npv = npv
        results.spend = spend
        results.within = within.map { $0.map { $0 != 0 } }
        results.paid = paid
        results.recoup = recoup.map { $0.number.flatMap(Self.whole) }
        results.late = late.map { $0.map { $0 != 0 } }
        results.delay = delay.map { $0.map { Int($0) } }
        var shard: SweepShard?
        if let s = value["shard"] {
            guard let i = s["index"]?.number.flatMap(Self.whole), let n = s["count"]?.number.flatMap(Self.whole),
                n >= 1, i < n
            else { throw bad }
            shard = SweepShard(index: i, count: n)
        }
        self.init(frame: frame, shard: shard, results: results)
    }

    private static func whole(_ x: Double) -> Int? {
        x == x.rounded() && x >= 0 && x < 9e15 ? Int(x) : nil
    }

    private static func strings(_ value: JSONValue?) -> [String]? {
        value?.items.map { $0.compactMap(\.string) }
    }

    private static func numbers(_ value: JSONValue?) -> [Double]? {
        guard let items = value?.items else { return nil }
        let numbers = items.compactMap(\.number)
        return numbers.count == items.count ? numbers : nil
    }

    private static func columns<T>(_ value: JSONValue?, _ read: (JSONValue?) -> [T]?) -> [[T]]? {
        guard let items = value?.items else { return nil }
        let columns = items.compactMap(read)
        return columns.count == items.count ? columns : nil
    }
}
