import MIP
import Planning
import Testing

@Suite struct MarginalTests {
    /// Beta's 60 MW hold two widgets and bind; each marginal is the plan re-solved by
    /// hand with the override it names.
    @Test func eachMarginalEqualsTheReSolveDoneByHand() throws {
        let (plan, result) = try Analysis.solve()
        let analysis = MarginalAnalysis(path: Analysis.threeSites, overrides: [], plan: plan, result: result)
        let marginals = analysis.run(planner: Analysis.planner, options: SolveOptions(), threads: 2)
        let power = try #require(marginals.first { $0.limit == "power_mw at beta" })
        #expect(power.override == "sites.beta.capacity.power_mw=160")
        let (_, raised) = try Analysis.solve(["sites.beta.capacity.power_mw=160"])
        #expect(power.objective == raised.objective.value)
        #expect(power.delta == raised.objective.value! - result.objective.value!)
        let phaseEnd = try #require(marginals.first { $0.kind == .phaseEnd })
        #expect(phaseEnd.override == "phases.p2.ends=2031-01")
        #expect(phaseEnd.limit == "end of p2")
        #expect(marginals.filter { $0.kind == .site }.map(\.limit) == result.sites.map { "site \($0.id)" })
        for marginal in marginals {
            let (_, byHand) = try Analysis.solve([marginal.override])
            #expect(marginal.objective == byHand.objective.value, "\(marginal.override)")
        }
    }

    /// With a $4B total budget both it and p1's $3B bind; $1B more total buys what a
    /// re-solve at $5B buys.
    @Test func bindingBudgetIsRaisedByOneBillion() throws {
        let (plan, result) = try Analysis.solve(["budget.total=4B"])
        let analysis = MarginalAnalysis(path: Analysis.threeSites, overrides: ["budget.total=4B"], plan: plan, result: result)
        #expect(analysis.probes.filter { $0.kind == .budget }.map(\.limit) == ["budget of p1", "total budget"])
        let probe = try #require(analysis.probes.first { $0.limit == "total budget" })
        #expect(probe.override == "budget.total=5000000000")
        let marginal = try #require(analysis.run(planner: Analysis.planner, options: SolveOptions()).first { $0.limit == "total budget" })
        let (_, byHand) = try Analysis.solve(["budget.total=4B", "budget.total=5B"])
        #expect(marginal.objective == byHand.objective.value)
        #expect(marginal.delta == byHand.objective.value! - result.objective.value!)
        #expect(marginal.delta! > 0)
    }
}
