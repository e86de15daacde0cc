import Testing
@testable import Planning

/// Sweeps over month-valued paths: lists and ranges rounded to whole months.
@Suite struct MonthSweepTests {
    @Test func aMonthRangeIsRoundedToWholeMonths() throws {
        let p = try SweepParameter.parse("funding.japan.terms.recoup_by=2036-12..2040-12:5")
        #expect(p.isMonth)
        #expect(p.values.map { SweepParameter.month(of: $0).description } == ["2036-12", "2037-12", "2038-12", "2039-12", "2040-12"])
        let odd = try SweepParameter.parse("economics.horizon=2040-01..2040-12:4")
        // 11 months in 3 steps: 0, 3.67, 7.33, 11 rounded to 0, 4, 7, 11.
        #expect(odd.values.map { SweepParameter.month(of: $0).description } == ["2040-01", "2040-05", "2040-08", "2040-12"])
        #expect(odd.override(odd.values[1]) == "economics.horizon=2040-05")
        #expect(odd.label(odd.values[2]) == "2040-08")
    }

    @Test func aMonthListKeepsItsOrder() throws {
        let p = try SweepParameter.parse("funding.japan.terms.recoup_by=2038-12,2036-12")
        #expect(p.values.map { SweepParameter.month(of: $0).description } == ["2038-12", "2036-12"])
    }

    @Test func badMonthListsAndCountsAreErrors() {
        #expect(throws: SweepError.self) { try SweepParameter.parse("economics.horizon=2038-12,soon") }
        #expect(throws: SweepError.self) { try SweepParameter.parse("economics.horizon=2038-12..2040-12:0") }
    }

    @Test func numbersStillParseAsBefore() throws {
        let p = try SweepParameter.parse("economics.discount_rate=0.03..0.07:3")
        #expect(!p.isMonth && !p.isMoney)
        #expect(p.values == [0.03, 0.05, 0.07])
    }

    @Test func monthParametersSurviveTheShardJSON() throws {
        let p = try SweepParameter.parse("economics.horizon=2040-01..2040-12:2")
        var point = SweepPoint(index: 0, values: [p.values[0]], status: "optimal", objective: 1, spend: 2)
        point.npv = 3
        point.recoup = "2039-04"
        let report = SweepReport(plan: "x", measure: .npv, parameters: [p], types: [], pointCount: 2, shard: nil,
                                 points: [point])
        let back = try SweepReport(jsonText: report.json.rendered(pretty: false), source: "test")
        #expect(back == report)
    }
}
