/// The scenarios a plan chosen to hold is optimized on (section 7.3 of the plan-format
/// contract): `uncertainty.optimize.scenarios` drawn from the plan's multipliers with seed
/// `sample.seed + 1`, or the listed scenarios; each with its multipliers and probability.
///
/// The figures printed for such a plan come from the plan's own `sample` (seed
/// `sample.seed`), a fresh draw, or from the same list: ``evaluation(of:)``.
public struct HoldScenarios: Sendable {
    /// Each scenario's multipliers, in index order.
    public let factors: [ScenarioFactors]
    /// Each scenario's weight: 1 in a sample, the listed weight otherwise.
    public let weights: [Double]
    /// Each scenario's probability: its weight over the sum of the weights.
    public let probabilities: [Double]
    /// The seed the optimizer's sample is drawn with; nil for listed scenarios.
    public let seed: UInt64?

    /// The optimizer's scenarios of `plan`; nil when the plan has no `uncertainty.optimize`.
    public init?(plan: Plan) {
        guard let uncertainty = plan.uncertainty, let optimize = uncertainty.optimize else { return nil }
        let sampler: ScenarioSampler?
        switch uncertainty.scenarios {
        case .sample(_, let seed, _):
            sampler = ScenarioSampler(plan: plan, scenarios: optimize.scenarios, seed: seed &+ 1)
        case .listed:
            sampler = ScenarioSampler(plan: plan)
        }
        guard let sampler else { return nil }
        self.init(sampler: sampler)
    }

    /// Every scenario of `sampler`.
    public init(sampler: ScenarioSampler) {
        factors = (0..<sampler.count).map(sampler.factors)
        weights = (0..<sampler.count).map(sampler.weight)
        let total = weights.reduce(0, +)
        probabilities = weights.map { $0 / total }
        seed = sampler.seed
    }

    /// How many scenarios there are.
    public var count: Int { factors.count }

    /// True when every scenario weighs the same, as in a sample.
    public var equallyLikely: Bool { weights.allSatisfy { $0 == weights[0] } }

    /// The scenarios the figures of `plan` are computed on: its own sample (a fresh draw,
    /// seed `sample.seed`) or its listed scenarios; `scenarios` and `seed` replace the
    /// sample's own, as `risk --scenarios --seed` do.
    public static func evaluation(of plan: Plan, scenarios: Int? = nil, seed: UInt64? = nil) -> ScenarioSampler? {
        ScenarioSampler(plan: plan, scenarios: scenarios, seed: seed)
    }
}
