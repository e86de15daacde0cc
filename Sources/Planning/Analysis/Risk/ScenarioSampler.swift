/// The scenarios of a plan's `uncertainty` as multipliers by factory type position: drawn
/// for a sample, read from the list for listed scenarios.
///
/// A sampled scenario draws one standard normal z per factory type for each of capex,
/// build months and profit (every plant of the type shares it) and one per review class;
/// a type or class without its own entry uses `default` with its own z. The draws come
/// from ``ScenarioRandom`` by (seed, scenario index, stream), the stream naming the
/// quantity and the type or class (`capex:fab-leading`, `review_months:EIS`), so scenario
/// i is the same in every run, thread and shard.
public struct ScenarioSampler: Sendable {
    /// One quantity's multiplier for each factory type (or review class), with its stream.
    private struct Column: Sendable {
        var multipliers: [Multiplier?]
        var streams: [UInt64]

        init(_ table: MultiplierTable, keys: [String], quantity: String) {
            multipliers = keys.map(table.multiplier)
            streams = keys.map { ScenarioRandom.stream(quantity + ":" + $0) }
        }

        /// The multipliers of scenario `i` with `seed`: 1 where nothing is given.
        func values(seed: UInt64, scenario i: Int) -> [Double] {
            multipliers.indices.map { k in
                guard let m = multipliers[k] else { return 1 }
                return m.isRandom
                    ? m.value(z: ScenarioRandom.normal(seed: seed, scenario: UInt64(i), stream: streams[k]))
                    : m.value(z: 0)
            }
        }
    }

    private enum Source: Sendable {
        case sample(seed: UInt64, capex: Column, build: Column, profit: Column, review: Column)
        case listed([(weight: Double, factors: ScenarioFactors)])
    }

    private let source: Source
    /// The review class of each factory type, as a position among ``reviewClasses``.
    private let classOfType: [Int]
    /// The review classes of the plan's factory types, in first-use order.
    private let reviewClasses: [String]
    /// How many scenarios there are.
    public let count: Int
    /// The largest seed a plan file or `--seed` may give: every whole number up to it is
    /// exact in a plan file's numbers.
    public static let largestSeed = PlanDecoder.largestSeed
    /// The seed of a sample; nil for listed scenarios.
    public let seed: UInt64?

    /// The scenarios of `plan`'s uncertainty section (nil without one); `scenarios` and
    /// `seed` replace a sample's own (they do not apply to listed scenarios).
    public init?(plan: Plan, scenarios: Int? = nil, seed: UInt64? = nil) {
        guard let uncertainty = plan.uncertainty else { return nil }
        let types = plan.factoryTypes.map(\.id)
        var classes: [String] = []
        for type in plan.factoryTypes where !classes.contains(type.review) { classes.append(type.review) }
        reviewClasses = classes
        classOfType = plan.factoryTypes.map { type in classes.firstIndex(of: type.review) ?? 0 }
        switch uncertainty.scenarios {
        case .sample(let ownCount, let ownSeed, let m):
            let drawSeed = seed ?? ownSeed
            self.seed = drawSeed
            count = scenarios ?? ownCount
            source = .sample(
                seed: drawSeed, capex: Column(m.capex, keys: types, quantity: "capex"),
                build: Column(m.buildMonths, keys: types, quantity: "build_months"),
                profit: Column(m.profit, keys: types, quantity: "profit"),
                review: Column(m.reviewMonths, keys: classes, quantity: "review_months"))
        case .listed(let list):
            self.seed = nil
            count = list.count
            let classOfType = self.classOfType
            source = .listed(
                list.map { scenario in
                    let fixed = { (column: Column) in column.values(seed: 0, scenario: 0) }
                    let m = scenario.multipliers
                    let review = fixed(Column(m.reviewMonths, keys: classes, quantity: "review_months"))
                    return (
                        scenario.weight,
                        ScenarioFactors(
                            capex: fixed(Column(m.capex, keys: types, quantity: "capex")),
                            buildMonths: fixed(Column(m.buildMonths, keys: types, quantity: "build_months")),
                            profit: fixed(Column(m.profit, keys: types, quantity: "profit")),
                            reviewMonths: classOfType.map { review[$0] })
                    )
                })
        }
    }

    /// The weight of scenario `i`: 1 in a sample, the listed weight otherwise.
    public func weight(of i: Int) -> Double {
        if case .listed(let list) = source { return list[i].weight }
        return 1
    }

    /// The multipliers of scenario `i` (0-based, below ``count``).
    public func factors(of i: Int) -> ScenarioFactors {
        switch source {
        case .listed(let list):
            return list[i].factors
        case .sample(let seed, let capex, let build, let profit, let review):
            let byClass = review.values(seed: seed, scenario: i)
            return ScenarioFactors(
                capex: capex.values(seed: seed, scenario: i),
                buildMonths: build.values(seed: seed, scenario: i),
                profit: profit.values(seed: seed, scenario: i),
                reviewMonths: classOfType.map { byClass[$0] })
        }
    }
}
