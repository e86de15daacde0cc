import MIP
import Planning
import Testing

@Suite struct SweepTests {
    let budget = try! SweepParameter.parse("budget.total=2B..8B:4")
    let minSites = try! SweepParameter.parse("rules.min_sites=1..3:3")

    @Test func parsesMoneyAndPlainRanges() throws {
        #expect(budget.values == [2e9, 4e9, 6e9, 8e9])
        #expect(budget.isMoney)
        #expect(budget.override(4e9) == "budget.total=4000000000")
        #expect(minSites.values == [1, 2, 3])
        #expect(!minSites.isMoney)
        #expect(try SweepParameter.parse("x.y=0.5..1:3").values == [0.5, 0.75, 1])
        #expect(throws: SweepError.self) { try SweepParameter.parse("budget.total=2B-8B:4") }
        #expect(throws: SweepError.self) { try SweepShard.parse("3/3") }
    }

    /// Points run with the first parameter outermost; each point's outcome is exactly a
    /// plain solve of the plan with the same --set.
    @Test func everyPointEqualsAPlainSolveWithTheSameSet() throws {
        let sweep = Sweep(path: Analysis.threeSites, overrides: ["sites.alpha.capacity.power_mw=70"],
                          parameters: [budget, minSites])
        #expect(sweep.values(ofPoint: 4) == [4e9, 2])
        let base = try PlanLoader.load(path: Analysis.threeSites).plan
        let report = sweep.run(base: base, planner: Analysis.planner, options: SolveOptions(), threads: 2)
        #expect(report.points.map(\.index) == Array(0..<12))
        for point in report.points {
            let (_, plain) = try Analysis.solve(["sites.alpha.capacity.power_mw=70",
                                                 "budget.total=\(Int(point.values[0]))",
                                                 "rules.min_sites=\(Int(point.values[1]))"])
            #expect(point.status == plain.status.rawValue)
            #expect(point.objective == plain.objective.value)
            #expect(point.spend == plain.totalSpend)
        }
    }

    /// Shards 0/3, 1/3 and 2/3, written as JSON and merged, print the table of one run
    /// (seconds aside, which depend on the machine).
    @Test func mergedShardsEqualOneRun() throws {
        let base = try PlanLoader.load(path: Analysis.threeSites).plan
        func run(_ shard: SweepShard?) -> SweepReport {
            Sweep(path: Analysis.threeSites, parameters: [budget, minSites], shard: shard)
                .run(base: base, planner: Analysis.planner, options: SolveOptions(), threads: 1)
        }
        let whole = run(nil)
        let shards = try (0..<3).map { i in
            let json = SweepTable(run(SweepShard(index: i, count: 3))).render(.json)
            return try SweepReport(jsonText: json, source: "shard \(i)")
        }
        #expect(shards.map(\.points.count) == [4, 4, 4])
        let merged = try SweepReport.merge(shards.reversed())
        func timeless(_ r: SweepReport) -> SweepReport {
            var r = r
            r.points = r.points.map { var p = $0; p.seconds = 0; return p }
            return r
        }
        #expect(timeless(merged) == timeless(whole))
        for format in ReportFormat.allCases {
            #expect(SweepTable(timeless(merged)).render(format) == SweepTable(timeless(whole)).render(format))
        }
        #expect(throws: SweepError.self) { try SweepReport.merge(Array(shards.prefix(2))) }
    }

    @Test func plotMarksPointsWithoutASolution() throws {
        let base = try PlanLoader.load(path: Analysis.threeSites).plan
        let report = Sweep(path: Analysis.threeSites, overrides: ["targets.gizmo.min=2"],
                           parameters: [try SweepParameter.parse("budget.total=1B..7B:3")])
            .run(base: base, planner: Analysis.planner, options: SolveOptions())
        #expect(report.points.map(\.status) == ["infeasible", "optimal", "optimal"])
        let svg = SweepPlot(report).svg
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.contains("<polyline"))
        #expect(svg.contains(">infeasible</text>"))
    }
}
