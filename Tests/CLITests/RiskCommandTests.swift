import Foundation
import Testing

/// `parkplan risk` end to end: the figures in every format, reproducibility, shards and
/// merge, `--allocation`, the HTML page, and the contract's exit codes.
@Suite struct RiskCommandTests {
    static let plan = CLI.fixture("risk.yaml")
    static let japan = "seeds/japan-deal.yaml"

    @Test func listedScenariosPrintTheContractsFigures() throws {
        let run = try CLI.run(["risk", Self.plan, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = run.json
        #expect(json["status"] as? String == "optimal")
        #expect(json["scenarios"] as? Int == 3)
        #expect(json["seed"] == nil)
        let npv = try #require(json["npv"] as? [String: Any])
        #expect(Set(npv.keys) == ["planned", "mean", "p10", "p50", "p90", "cvar10"])
        let budget = try #require(json["budget"] as? [String: Any])
        let phases = try #require(budget["phases"] as? [String: Any])
        #expect(Set(phases.keys) == ["p1", "p2"])
        // Capex x1.3 in one scenario of probability 1/4 breaks p1's budget of $800M.
        let p1 = try #require(phases["p1"] as? [String: Any])
        #expect(p1["within"] as? Double == 0.75)
        let recoup = try #require(json["recoup"] as? [String: Any])
        #expect(recoup["source"] as? String == "japan" && recoup["by"] as? String == "2040-12")
        // Review x4 (24 months) starts every plant after p1 ends (month 24): late in 1/4.
        let late = try #require(json["late"] as? [String: Double])
        #expect(late.values.contains(0.25))
        #expect(json["first_output_delay_months"] as? [String: Any] != nil)
    }

    @Test func tableMarkdownAndCSVShowTheSameFigures() throws {
        let csv = try CLI.run(["risk", Self.plan, "--format", "csv"])
        let table = try CLI.run(["risk", Self.plan])
        let markdown = try CLI.run(["risk", Self.plan, "--format", "markdown"])
        #expect(csv.status == 0 && table.status == 0 && markdown.status == 0)
        let rows = csv.stdout.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(rows.first == ["figure", "subject", "statistic", "value"])
        let within = try #require(rows.first { $0.prefix(3) == ["budget", "p1", "within"] })
        #expect(within[3] == "0.75")
        #expect(table.stdout.contains("75%") && markdown.stdout.contains("75%"))
        #expect(table.stdout.contains("Recoup") && markdown.stdout.contains("## Recoup"))
    }

    @Test func theSameSeedPrintsTheSameBytesAndAnotherSeedDoesNot() throws {
        let args = ["risk", Self.japan, "--format", "json", "--scenarios", "300"]
        let first = try CLI.run(args + ["--threads", "1"])
        let second = try CLI.run(args + ["--threads", "2"])
        let other = try CLI.run(args + ["--seed", "2"])
        #expect(first.status == 0 && second.status == 0 && other.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout != other.stdout)
        #expect(first.json["seed"] as? Int == 1 && other.json["seed"] as? Int == 2)
    }

    @Test func mergedShardsPrintWhatOneRunPrints() throws {
        let folder = try CLI.temporaryFolder()
        var files: [String] = []
        for k in 0..<3 {
            let file = folder.appendingPathComponent("shard-\(k).json").path
            let run = try CLI.run([
                "risk", Self.japan, "--scenarios", "200", "--shard", "\(k)/3", "--format", "json",
                "--output", file,
            ])
            #expect(run.status == 0, "\(run.stderr)")
            files.append(file)
        }
        for format in ["json", "table", "csv"] {
            let whole = try CLI.run(["risk", Self.japan, "--scenarios", "200", "--format", format])
            let merged = try CLI.run(["merge", files[2], files[0], files[1], "--format", format])
            #expect(merged.status == 0, "\(merged.stderr)")
            #expect(merged.stdout == whole.stdout)
        }
        let missing = try CLI.run(["merge", files[0], files[1]])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("scenarios are missing"))
    }

    @Test func anAllocationFromSolveIsEvaluatedWithoutSolving() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("result.json").path
        #expect(try CLI.run(["solve", Self.plan, "--format", "json", "--output", file]).status == 0)
        let solved = try CLI.run(["risk", Self.plan, "--format", "json"])
        let given = try CLI.run(["risk", Self.plan, "--format", "json", "--allocation", file])
        #expect(given.status == 0, "\(given.stderr)")
        #expect(given.stdout == solved.stdout)
        // A site the plan does not have is refused, naming the file and the closest site.
        let text = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(
            of: "\"ornl\"", with: "\"ornll\"")
        let bad = folder.appendingPathComponent("bad.json").path
        try text.write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["risk", Self.plan, "--allocation", bad])
        #expect(refused.status == 2)
        #expect(
            refused.stderr.contains("bad.json: error: unknown site 'ornll'")
                && refused.stderr.contains("did you mean 'ornl'?"))
        let notJSON = try CLI.run(["risk", Self.plan, "--allocation", Self.plan])
        #expect(notJSON.status == 2)
        #expect(notJSON.stderr.contains("not the JSON of `parkplan solve --format json`"))
    }

    @Test func anAllocationWithBuildersIsCheckedBuilderByBuilder() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("partners.json").path
        let uncertainty = ["--set", "uncertainty={capex: {default: {p50: 1.1, p90: 1.5}}}"]
        let plan = "seeds/japan-partners.yaml"
        #expect(try CLI.run(["solve", plan, "--format", "json", "--output", file] + uncertainty).status == 0)
        let solved = try CLI.run(["risk", plan, "--format", "json", "--scenarios", "200"] + uncertainty)
        let given = try CLI.run(
            ["risk", plan, "--format", "json", "--scenarios", "200", "--allocation", file] + uncertainty)
        #expect(given.status == 0, "\(given.stderr)")
        #expect(given.stdout == solved.stdout)
        let text = try String(contentsOfFile: file, encoding: .utf8)
            .replacingOccurrences(of: "\"builder\" : \"toshiba\"", with: "\"builder\" : \"toshba\"")
            .replacingOccurrences(of: "\"builder\": \"toshiba\"", with: "\"builder\": \"toshba\"")
        let bad = folder.appendingPathComponent("bad.json").path
        try text.write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["risk", plan, "--allocation", bad] + uncertainty)
        #expect(refused.status == 2)
        #expect(
            refused.stderr.contains("unknown builder 'toshba'") && refused.stderr.contains("did you mean 'toshiba'?"))
    }

    @Test func thePageShowsTheDistributionsForRiskAndSolve() throws {
        let folder = try CLI.temporaryFolder()
        for command in ["risk", "solve"] {
            let page = folder.appendingPathComponent("\(command).html").path
            let run = try CLI.run([command, Self.japan, "--format", "html", "--output", page])
            #expect(run.status == 0, "\(run.stderr)")
            let html = try String(contentsOfFile: page, encoding: .utf8)
            #expect(
                html.contains("id=\"npv-histogram\"") && html.contains("id=\"recoup-chart\"")
                    && html.contains("id=\"risk-budget-table\""))
        }
        let plain = try CLI.run(["solve", CLI.fixture("small.yaml"), "--format", "html"])
        #expect(!plain.stdout.contains("id=\"risk\""))
    }

    @Test func badPlansAndFlagsExitAsTheContractSays() throws {
        let none = try CLI.run(["risk", CLI.fixture("small.yaml")])
        #expect(none.status == 2)
        #expect(none.stderr.contains("small.yaml: error: the plan has no uncertainty section"))
        let badSet = try CLI.run(["risk", Self.japan, "--set", "uncertainty.capex.fab-leading.p90=-1"])
        #expect(badSet.status == 2)
        #expect(badSet.stderr.contains("--set: error: p90 of capex.fab-leading of uncertainty is -1"))
        let typo = try CLI.run(["risk", Self.japan, "--set", "uncertainty.capex.fab-leadng.p90=2.2"])
        #expect(typo.status == 2 && typo.stderr.contains("did you mean 'fab-leading'?"))
        let seeded = try CLI.run(["risk", Self.plan, "--seed", "3"])
        #expect(seeded.status == 2 && seeded.stderr.contains("this plan lists its scenarios"))
        let infeasible = try CLI.run(["risk", Self.plan, "--set", "rules.min_sites=3", "--format", "json"])
        #expect(infeasible.status == 1)
        #expect(infeasible.json["status"] as? String == "infeasible" && infeasible.json["npv"] == nil)
        for args in [["--format", "geojson"], ["--shard", "0/2"], ["--scenarios", "0"], ["--seed", "-1"]] {
            #expect(try CLI.run(["risk", Self.japan] + args).status == 64, "\(args)")
        }
    }
}
