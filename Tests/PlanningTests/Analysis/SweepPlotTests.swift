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

    /// The x marks' legend says the statuses the table prints for those points.
    @Test func theLegendNamesThePointsWithoutAPlanAsTheTableDoes() {
        let parameter = SweepParameter(path: "budget.total", values: [1e9, 2e9, 3e9], isMoney: true)
        let points = [
            SweepPoint(index: 0, values: [1e9], status: "infeasible"),
            SweepPoint(index: 1, values: [2e9], status: "no_solution"),
            SweepPoint(index: 2, values: [3e9], status: "optimal", objective: 5e9, spend: 3e9, plants: [:]),
        ]
        let report = SweepReport(plan: "p", measure: .value, parameters: [parameter], types: [], pointCount: 3,
                                 shard: nil, points: points)
        let svg = SweepPlot(report).svg
        #expect(svg.contains(">infeasible, no_solution</text>"))
        #expect(!svg.contains("no solution<"))
        let table = SweepTable(report).render(.table)
        #expect(table.contains(" infeasible ") && table.contains(" no_solution "))
        let solved = SweepReport(plan: "p", measure: .value, parameters: [parameter], types: [], pointCount: 1,
                                 shard: nil, points: [points[2]])
        #expect(!SweepPlot(solved).svg.contains(">x</text>"))
    }
}
