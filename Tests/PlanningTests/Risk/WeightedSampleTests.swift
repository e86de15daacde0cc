import Testing

@testable import Planning

/// Weighted quantiles, means and CVaR (section 7.2 of the plan-format contract) against
/// values worked out by hand and against the definitions evaluated by brute force.
@Suite struct WeightedSampleTests {
    /// NPVs -10, 0, 10, 20 (in any order) with probabilities 5%, 10%, 35%, 50%.
    static let sample = WeightedSample([10, -10, 20, 0], weights: [7, 1, 10, 2])

    @Test func quantilesAreTheSmallestValuesReachingTheirLevel() {
        // P(X <= -10) = 0.05, P(X <= 0) = 0.15, P(X <= 10) = 0.5, P(X <= 20) = 1.
        #expect(Self.sample.quantile(0.05) == -10)
        #expect(Self.sample.quantile(0.1) == 0)
        #expect(Self.sample.quantile(0.15) == 0)
        #expect(Self.sample.quantile(0.5) == 10)  // reached exactly at the boundary
        #expect(Self.sample.quantile(0.51) == 20)
        #expect(Self.sample.quantile(0.9) == 20)
        let mean: Double = (-10.0 * 1 + 0 * 2 + 10 * 7 + 20 * 10) / 20
        #expect(Self.sample.mean == mean)
    }

    @Test func cvarCountsTheBoundaryScenarioInPart() {
        // The worst 10%: all of -10 (5%) and half of 0's 10%: (0.05 x -10 + 0.05 x 0) / 0.1 = -5.
        #expect(Self.sample.conditionalValueAtRisk(0.1) == -5)
        // The worst 50%: -10 (5%), 0 (10%), 10 (35%): (-0.5 + 0 + 3.5) / 0.5 = 6.
        #expect(abs((Self.sample.conditionalValueAtRisk(0.5) ?? 0) - 6) < 1e-12)
        #expect(abs((Self.sample.conditionalValueAtRisk(1) ?? 0) - Self.sample.mean) < 1e-12)
    }

    @Test(arguments: [0.05, 0.1, 0.2, 0.33, 0.5, 0.9])
    func cvarIsTheMaximumOfItsDefinition(_ alpha: Double) {
        // max over t of t - E[max(0, t - X)] / alpha, by brute force on a fine grid and at every value.
        let values = [3.5, -2, 7, 7, 0.25, 12, -8, 1]
        let weights = [1.0, 2, 0.5, 1.5, 3, 1, 0.25, 2]
        let total = weights.reduce(0, +)
        func objective(_ t: Double) -> Double {
            t - zip(values, weights).reduce(0) { $0 + $1.1 / total * max(0, t - $1.0) } / alpha
        }
        let grid = stride(from: -10.0, through: 14, by: 0.001).map(objective).max() ?? 0
        let best = max(grid, values.map(objective).max() ?? 0)
        let got = WeightedSample(values, weights: weights).conditionalValueAtRisk(alpha) ?? .nan
        #expect(abs(got - best) < 1e-9)
    }

    @Test func quantilesOfEqualWeightsMatchSorting() {
        // 1,000 equal weights: the 10% quantile is the 100th smallest value, the median the 500th.
        let values = (0..<1000).map { Double(($0 * 7919) % 1000) }
        let sample = WeightedSample(values, weights: Array(repeating: 1, count: 1000))
        #expect(sample.quantile(0.1) == 99)
        #expect(sample.quantile(0.5) == 499)
        #expect(sample.quantile(0.9) == 899)
    }

    @Test func aNeverReachedMonthCountsAsLaterThanAny() {
        // Recoup months 10, 20 and never (infinity), equally likely: the median is 20, p90 never.
        let months = WeightedSample([.infinity, 10, 20], weights: [1, 1, 1])
        #expect(months.quantile(0.5) == 20)
        #expect(months.quantile(0.9) == .infinity)
        #expect(WeightedSample.probability([true, false, true], weights: [1, 2, 1]) == 0.5)
    }
}
