/// The multipliers of one scenario, by the position of each factory type in `plan.factoryTypes`.
///
/// What section 7.1 of the plan-format contract applies to a plant's capex, review and
/// build months and profit. ``PlanEconomics/inScenario(_:)`` reads the plan's timing and
/// money through them.
public struct ScenarioFactors: Sendable, Equatable {
    /// m_capex(f): on c(s,f) (and a builder's price).
    public var capex: [Double]
    /// m_build(f): on the type's build months.
    public var buildMonths: [Double]
    /// m_profit(f): on the type's profit.
    public var profit: [Double]
    /// m_review of the type's review class: on review(s,f).
    public var reviewMonths: [Double]

    /// Creates factors; each array holds one multiplier per factory type.
    public init(capex: [Double], buildMonths: [Double], profit: [Double], reviewMonths: [Double]) {
        self.capex = capex
        self.buildMonths = buildMonths
        self.profit = profit
        self.reviewMonths = reviewMonths
    }

    /// Every multiplier 1 for `types` factory types: the plan as written.
    public static func planned(types: Int) -> ScenarioFactors {
        let ones = Array(repeating: 1.0, count: types)
        return ScenarioFactors(capex: ones, buildMonths: ones, profit: ones, reviewMonths: ones)
    }

    /// `months` times `factor` in whole months: ceil(months * factor) after taking off
    /// 1e-9 of float noise, never below 0 nor above ``longest``.
    public static func months(_ months: Int, times factor: Double) -> Int {
        let scaled = (Double(months) * factor - 1e-9).rounded(.up)
        return Int(max(0, min(scaled, Double(longest))))
    }

    /// The most months a stretched review or build may last (a thousand years).
    public static let longest = 12_000
}
