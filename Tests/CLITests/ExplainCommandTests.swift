import Testing

@Suite struct ExplainCommandTests {
    let infeasible = ["--set", "budget.total=2.5B", "--set", "targets.widget.min=3"]

    @Test func explainNamesTheShortfallAndTheConflictAndExitsOne() throws {
        let run = try CLI.run(["explain", CLI.threeSites] + infeasible)
        #expect(run.status == 1)
        #expect(run.stdout.contains("the total budget is short by $500M (limit $2.5B)"))
        #expect(run.stdout.contains("  - total budget\n  - target for widget\n"))
    }

    @Test func explainAsJSONGivesTheSlackInDollars() throws {
        let run = try CLI.run(["explain", CLI.threeSites, "--format", "json"] + infeasible)
        #expect(run.status == 1)
        #expect(run.json["status"] as? String == "infeasible")
        let slack = try #require((run.json["slacks"] as? [[String: Any]])?.first)
        #expect(slack["limit"] as? String == "total budget")
        #expect(slack["amount"] as? Double == 5e8)
        #expect(run.json["conflict"] as? [String] == ["total budget", "target for widget"])
    }

    @Test func explainOfAFeasiblePlanExitsZero() throws {
        let run = try CLI.run(["explain", CLI.threeSites])
        #expect(run.status == 0)
        #expect(run.stdout.contains("is feasible"))
    }

    @Test func solveOfAnInfeasiblePlanPrintsTheTopFindings() throws {
        let run = try CLI.run(["solve", CLI.threeSites, "--format", "json"] + infeasible)
        #expect(run.status == 1)
        #expect(run.stderr.contains("  - the total budget is short by $500M"))
    }
}

/// The japan-deal seed with a 2040-12 recoup promise: Ohio's share is the smallest thing to
/// relax, and explain says the share that would do; solving with it proves it does.
@Suite struct ExplainStateShareCommandTests {
    @Test func explainSaysTheStateShareThatWouldDo() throws {
        let promise = ["--set", "funding.japan.terms.recoup_by=2040-12"]
        let run = try CLI.run(["explain", "seeds/japan-deal.yaml"] + promise)
        #expect(run.status == 1)
        #expect(run.stdout.contains("over max_state_share 0.3: max_state_share 0.4 would do"))
        #expect(!run.stdout.contains("of spend"))
        let json = try CLI.run(["explain", "seeds/japan-deal.yaml", "--format", "json"] + promise)
        let slack = try #require((json.json["slacks"] as? [[String: Any]])?.first)
        #expect(slack["needed"] as? Double == 0.4)
        let relaxed = try CLI.run(["solve", "seeds/japan-deal.yaml", "--set", "rules.max_state_share=0.4"] + promise)
        #expect(relaxed.status == 0)
        let tighter = try CLI.run(["solve", "seeds/japan-deal.yaml", "--set", "rules.max_state_share=0.39"] + promise)
        #expect(tighter.status == 1)
    }
}
