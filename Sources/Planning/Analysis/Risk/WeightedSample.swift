/// Values with weights, each value's probability its weight over the sum: the weighted
/// statistics of section 7.2 of the plan-format contract.
///
/// Sums run in the values' given order and sorting breaks ties by that order, so the
/// same values and weights give the same bits whatever produced them.
public struct WeightedSample: Sendable {
    /// The values in their given order.
    public let values: [Double]
    /// The weights, one per value, each above 0.
    public let weights: [Double]
    /// The sum of the weights.
    public let total: Double
    /// The positions of the values in ascending order (ties in given order).
    private let order: [Int]

    /// A relative share of the total weight by which a cumulative probability may fall
    /// short of a quantile's level and still reach it (float noise in sums of weights).
    static let tolerance = 1e-9

    /// Creates a sample; `weights` has one weight per value.
    public init(_ values: [Double], weights: [Double]) {
        self.values = values
        self.weights = weights
        total = weights.reduce(0, +)
        order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
    }

    /// The weighted mean.
    public var mean: Double {
        zip(values, weights).reduce(0.0) { $0 + $1.0 * $1.1 } / total
    }

    /// The q-quantile: the smallest value v with P(X <= v) >= q; nil for an empty sample.
    public func quantile(_ q: Double) -> Double? {
        var cumulative = 0.0
        let target = q * total - Self.tolerance * total
        for k in order {
            cumulative += weights[k]
            if cumulative >= target { return values[k] }
        }
        return order.last.map { values[$0] }
    }

    /// The conditional value at risk at level `alpha` (0 < alpha <= 1); nil when empty.
    ///
    /// max over t of t - E[max(0, t - X)] / alpha: the mean of the worst `alpha` share of
    /// the values, a value on the boundary counted in part. The maximum is reached at the
    /// alpha-quantile.
    public func conditionalValueAtRisk(_ alpha: Double) -> Double? {
        guard let t = quantile(alpha) else { return nil }
        let shortfall = zip(values, weights).reduce(0.0) { $0 + $1.1 * max(0, t - $1.0) }
        return t - shortfall / (alpha * total)
    }

    /// The probability of the values whose flag is true: the weights of `flags` that are true over the total.
    public static func probability(_ flags: [Bool], weights: [Double]) -> Double {
        let total = weights.reduce(0, +)
        guard total > 0 else { return 0 }
        return zip(flags, weights).reduce(0.0) { $0 + ($1.0 ? $1.1 : 0) } / total
    }
}
