import MIP
import Testing

@testable import Planning

/// How marginals and alternatives print: amounts in the objective's unit, the last phase's
/// end named as such, and a site the plan requires said to be required, with why.
@Suite struct MarginalReportTests {
    /// A required site is not re-solved without it: its row says `required` and a note
    /// names the `require` entry.
    @Test func aRequiredSiteSaysWhyItCannotBeLeftOut() throws {
        let overrides = ["rules.require=[{site: alpha, type: widget}]"]
        let (plan, result) = try Analysis.solve(overrides)
        let analysis = MarginalAnalysis(path: Analysis.threeSites, overrides: overrides, plan: plan, result: result)
        let marginals = analysis.run(planner: Analysis.planner, options: SolveOptions(), threads: 2)
        let alpha = try #require(marginals.first { $0.limit == "site alpha" })
        #expect(alpha.status == "required")
        #expect(alpha.objective == nil)
        let text = MarginalReport(marginals, measure: .value).text(markdown: false)
        let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("  site alpha ") })
        #expect(row.hasSuffix("required"))
        #expect(!text.contains("error"))
        #expect(text.contains("  site alpha: rules.require asks for 1 widget at alpha, so it cannot be left out"))
        #expect(text.contains("  end of p2 "))
        #expect(!text.contains("horizon"))
    }

    @Test func jobsAndScoresCarryTheirUnit() {
        let marginals = [
            Marginal(
                kind: .resource, limit: "water_mgd at az",
                change: .raiseCapacity(resource: "water_mgd", amount: 1, share: nil),
                override: "", status: "optimal", objective: 7850, delta: 250, message: nil),
            Marginal(
                kind: .site, limit: "site az", change: .leaveOut(site: "az"), override: "", status: "optimal",
                objective: 0, delta: -7600, message: nil),
        ]
        #expect(
            MarginalReport(marginals, measure: .jobs).rows.map { Array($0.suffix(2)) }
                == [["+250 jobs", "7,850 jobs"], ["-7,600 jobs", "0 jobs"]])
        #expect(MarginalReport(marginals, measure: .weighted).rows.first?.suffix(2) == ["+250 points", "7.85k points"])
        #expect(MarginalReport(marginals, measure: .value).rows.last?.suffix(2) == ["-$7.6k", "$0"])
    }

    /// The alternatives' headings and the summary line carry the unit: points for a
    /// weighted score, not a bare 30512500000.
    @Test func alternativesCarryTheObjectivesUnit() {
        var optimum = ReportRenderingTests.bareResult(GoldenPlan.plan, status: .optimal)
        optimum.objective = ObjectiveResult(
            sense: .maximize, measure: .weighted, value: 30.5625e9, bound: 30.5625e9, gap: 0)
        var other = optimum
        other.objective.value = 30.5125e9
        let text = AlternativesReport(optimum: optimum, alternatives: [other], withinPercent: 2, plan: GoldenPlan.plan)
            .text(.table)
        #expect(text.contains("Alternative 1: objective 30.5B points (-0.164% from the optimum), optimal"))
        #expect(text.contains("maximize weighted 30.5B points (bound 30.6B points, gap 0%)"))
        #expect(!text.contains("30512500000"))
    }
}
