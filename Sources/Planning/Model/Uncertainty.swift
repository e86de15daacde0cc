import Foundation

/// How a plan fares when costs overrun, reviews and construction run late and profit
/// disappoints (`uncertainty:`): sampled or listed scenarios, each a set of multipliers
/// on the plan's capex, review and build months and profit.
public struct Uncertainty: Sendable, Equatable {
    /// Where the scenarios come from.
    public var scenarios: ScenarioSet
    /// Plans chosen to hold across the scenarios (`optimize:`), when asked for.
    public var optimize: RobustObjective?

    /// Creates an uncertainty section.
    public init(scenarios: ScenarioSet, optimize: RobustObjective? = nil) {
        self.scenarios = scenarios
        self.optimize = optimize
    }

    /// How many scenarios the section describes: the sample's size or the listed ones.
    public var scenarioCount: Int {
        switch scenarios {
        case .sample(let count, _, _): count
        case .listed(let list): list.count
        }
    }
}

/// The scenarios of an uncertainty section.
public enum ScenarioSet: Sendable, Equatable {
    /// `count` scenarios drawn with `seed` from the multipliers' distributions.
    case sample(count: Int, seed: UInt64, multipliers: Multipliers)
    /// Scenarios listed one by one, each with fixed multipliers and a weight.
    case listed([ListedScenario])

    /// The sample size of a plan that gives none.
    public static let defaultCount = 1000
    /// The seed of a plan that gives none.
    public static let defaultSeed: UInt64 = 1
}

/// A multiplier of one quantity: a fixed number, or log-normal by its median and the
/// value only 10% of scenarios are worse than.
public enum Multiplier: Sendable, Equatable {
    /// Always this value.
    case fixed(Double)
    /// `p50 * (p90 / p50)^(z / 1.2815516)` for a standard normal z.
    case quantiles(p50: Double, p90: Double)

    /// The standard normal's 90th percentile as the plan format writes it.
    public static let z90 = 1.2815516

    /// The largest multiplier a draw gives: a far tail of a wide distribution is cut here,
    /// so that months and dollars stay finite.
    public static let largest = 1e6

    /// The multiplier for the standard normal draw `z` (ignored when fixed).
    public func value(z: Double) -> Double {
        switch self {
        case .fixed(let x): return x
        case .quantiles(let a, let b):
            let x = a * pow(b / a, z / Self.z90)
            return x.isFinite ? min(x, Self.largest) : Self.largest
        }
    }

    /// True when the multiplier needs a draw.
    public var isRandom: Bool {
        if case .quantiles = self { return true }
        return false
    }
}

/// The multipliers of one quantity by key: a factory type id or review class, else
/// `default`; a key neither names is 1.
public struct MultiplierTable: Sendable, Equatable {
    /// The `default` entry.
    public var fallback: Multiplier?
    /// The entries by factory type id or review class.
    public var byKey: [String: Multiplier]

    /// The key that stands for every type or class without its own entry.
    public static let defaultKey = "default"

    /// Creates a table.
    public init(fallback: Multiplier? = nil, byKey: [String: Multiplier] = [:]) {
        self.fallback = fallback
        self.byKey = byKey
    }

    /// The multiplier of `key`: its own entry, else `default`, else nil (meaning 1).
    public func multiplier(for key: String) -> Multiplier? {
        byKey[key] ?? fallback
    }

    /// True when nothing is given.
    public var isEmpty: Bool { fallback == nil && byKey.isEmpty }
}

/// The multipliers a scenario or a sample applies: capex, build months and profit by
/// factory type, review months by review class.
public struct Multipliers: Sendable, Equatable {
    /// On each plant's capex, by factory type.
    public var capex: MultiplierTable
    /// On each type's build months.
    public var buildMonths: MultiplierTable
    /// On each type's profit.
    public var profit: MultiplierTable
    /// On each review class's months.
    public var reviewMonths: MultiplierTable

    /// Creates multipliers; those not given are 1.
    public init(
        capex: MultiplierTable = MultiplierTable(), buildMonths: MultiplierTable = MultiplierTable(),
        profit: MultiplierTable = MultiplierTable(), reviewMonths: MultiplierTable = MultiplierTable()
    ) {
        self.capex = capex
        self.buildMonths = buildMonths
        self.profit = profit
        self.reviewMonths = reviewMonths
    }
}

/// One listed scenario: its id, its weight and its fixed multipliers.
public struct ListedScenario: Sendable, Equatable {
    /// The id, `[a-z0-9-]+`, unique among the scenarios.
    public var id: String
    /// The weight, above 0; the scenario's probability is its weight over the sum.
    public var weight: Double
    /// The fixed multipliers (every entry ``Multiplier/fixed(_:)``).
    public var multipliers: Multipliers

    /// Creates a scenario.
    public init(id: String, weight: Double = 1, multipliers: Multipliers = Multipliers()) {
        self.id = id
        self.weight = weight
        self.multipliers = multipliers
    }
}

/// What a plan chosen to hold across scenarios optimizes (`uncertainty.optimize`).
public struct RobustObjective: Sendable, Equatable {
    /// The measure of NPV across scenarios.
    public enum Measure: Sendable, Equatable {
        /// The probability-weighted mean NPV.
        case expected
        /// The conditional value at risk of NPV at `level` (0 < level <= 1).
        case cvar(level: Double)
    }

    /// The measure maximized.
    public var npv: Measure
    /// The least probability with which every budget must hold, if set.
    public var confidence: Double?
    /// How many scenarios the optimizer sees when they are sampled.
    public var scenarios: Int

    /// The scenarios the optimizer sees by default.
    public static let defaultScenarios = 200

    /// Creates the objective.
    public init(npv: Measure = .expected, confidence: Double? = nil, scenarios: Int = RobustObjective.defaultScenarios)
    {
        self.npv = npv
        self.confidence = confidence
        self.scenarios = scenarios
    }
}
