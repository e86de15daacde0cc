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
