@testable import Planning
import Testing

/// The frontier plot's axes: round tick values.
struct SweepPlotTests {
    @Test(arguments: [
        (10e9, 30e9, [10e9, 15e9, 20e9, 25e9, 30e9]),
        (0, 23.75e9, [0, 5e9, 10e9, 15e9, 20e9]),
        (0, 1, [0, 0.2, 0.4, 0.6, 0.8, 1]),
        (100, 550, [100, 200, 300, 400, 500]),
    ] as [(Double, Double, [Double])])
    func ticksAreRoundValuesInsideTheRange(lo: Double, hi: Double, expected: [Double]) {
        let ticks = SweepPlot.ticks(lo, hi)
        #expect(ticks.count == expected.count)
        for (t, e) in zip(ticks, expected) { #expect(abs(t - e) <= 1e-9 * max(1, abs(e))) }
    }

    @Test(arguments: [(23.75e9, 5e9), (4.2, 1), (1, 0.2), (0, 1)] as [(Double, Double)])
    func stepIsOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen(span: Double, step: Double) {
        #expect(abs(SweepPlot.step(span) - step) <= 1e-12 * step)
    }
}
