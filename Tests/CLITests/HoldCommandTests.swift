import Foundation
import Testing

/// `solve` of a plan chosen to hold end to end: the measure it reports, `risk`, `vss` and
/// the value of the stochastic solution in JSON and the other formats, the optimizer's own
/// sample beside the evaluation sample, the exported model, and the loading errors.
@Suite struct HoldCommandTests {
    static let plan = CLI.fixture("held.yaml")

    static func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return false }
        return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    }

    @Test func jsonReportsTheMeasureTheRiskAndTheDeterministicPlan() throws {
        let run = try CLI.run(["solve", Self.plan, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = run.json
        #expect(json["status"] as? String == "optimal")
        let objective = try #require(json["objective"] as? [String: Any])
        #expect(objective["measure"] as? String == "expected_npv")
        #expect(objective["gap"] as? Double == 0)
        let risk = try #require(json["risk"] as? [String: Any]), vss = try #require(json["vss"] as? [String: Any])
        let chosenNPV = try #require(risk["npv"] as? [String: Double])
        let deterministicNPV = try #require(vss["npv"] as? [String: Double])
        // The listed scenarios are both the optimizer's and the evaluation's.
        #expect(Self.close(chosenNPV["mean"], objective["value"] as? Double))
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(Self.close(totals["npv"] as? Double, chosenNPV["planned"]))
        #expect(Self.close(vss["npv_as_written"] as? Double, deterministicNPV["planned"]))
        let vssValue = try #require(json["value_of_stochastic_solution"] as? Double)
        #expect(Self.close(vssValue, chosenNPV["mean"]! - deterministicNPV["mean"]!))
        let allocations = try #require(vss["allocations"] as? [[String: Any]])
        #expect(!allocations.isEmpty && allocations.allSatisfy { ($0["count"] as? Int ?? 0) >= 1 })
        // The chance constraint holds on the listed scenarios: all phases within 75% or more.
        let within = try #require((risk["budget"] as? [String: Any])?["all_phases_within"] as? Double)
        #expect(within >= 0.75)
        let hold = try #require(json["hold"] as? [String: Any])
        #expect(hold["optimizer_scenarios"] as? Int == 5)
        #expect(hold["optimizer_seed"] is NSNull)
    }

    @Test func tableMarkdownAndCSVShowBothPlans() throws {
        let table = try CLI.run(["solve", Self.plan])
        let markdown = try CLI.run(["solve", Self.plan, "--format", "markdown"])
        let csv = try CLI.run(["solve", Self.plan, "--format", "csv"])
        let json = try CLI.run(["solve", Self.plan, "--format", "json"]).json
        #expect(table.status == 0 && markdown.status == 0 && csv.status == 0)
        for text in [table.stdout, markdown.stdout] {
            #expect(text.contains("Chosen to hold") && text.contains("Deterministic plan"))
            #expect(text.contains("How the plans differ") && text.contains("Value of the stochastic solution"))
        }
        let rows = csv.stdout.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        let vss = try #require(rows.first { $0.first == "value_of_stochastic_solution" })
        #expect(Self.close(Double(vss[1]), json["value_of_stochastic_solution"] as? Double))
        let mean = try #require(rows.first { $0.first == "npv_mean" })
        let risk = json["risk"] as? [String: Any], npv = risk?["npv"] as? [String: Double]
        #expect(Self.close(Double(mean[1]), npv?["mean"]))
    }

    /// A sampled plan: the optimizer draws its own scenarios with seed + 1; the figures
    /// come from the plan's sample.
    @Test func aSampledPlanIsChosenOnItsOwnDrawAndJudgedOnTheSample() throws {
        let run = try CLI.run([
            "solve", "seeds/japan-deal.yaml", "--format", "json", "--set", "uncertainty.optimize.scenarios=20",
            "--set", "uncertainty.sample.scenarios=300",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let json = run.json
        let hold = try #require(json["hold"] as? [String: Any])
        #expect(hold["optimizer_scenarios"] as? Int == 20 && hold["optimizer_seed"] as? Int == 2)
        let risk = try #require(json["risk"] as? [String: Any])
        #expect(risk["scenarios"] as? Int == 300 && risk["seed"] as? Int == 1)
        let vss = try #require(json["vss"] as? [String: Any])
        #expect(vss["scenarios"] as? Int == 300)
        // Expected NPV on the optimizer's 20 scenarios is what the objective reports; the
        // out-of-sample mean differs.
        let objective = try #require(json["objective"] as? [String: Any])
        let mean = (risk["npv"] as? [String: Double])?["mean"]
        #expect(!Self.close(objective["value"] as? Double, mean))
    }

    @Test func exportWritesTheWholeModel() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("held.lp").path
        let run = try CLI.run(["export", Self.plan, "--lp", file])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("confidence") && text.contains("z_"))
        let check = try CLI.run(["check", Self.plan])
        #expect(check.status == 0)
        #expect(
            check.stdout.contains(
                "optimize: expected NPV over the 5 listed scenarios, every phase budget held with probability 0.75"))
    }

    @Test func optimizeNeedsAnNPVObjectiveFromTheFileAndFromSet() throws {
        let set = try CLI.run(["solve", Self.plan, "--set", "objective.maximize=value"])
        #expect(set.status == 2)
        #expect(set.stderr.contains("uncertainty.optimize needs the objective {maximize: npv}"))
        let level = try CLI.run(["solve", Self.plan, "--set", "uncertainty.optimize.npv.cvar=0"])
        #expect(level.status == 2 && level.stderr.contains("cvar"))
        let confidence = try CLI.run(["solve", Self.plan, "--set", "uncertainty.optimize.confidence=1.5"])
        #expect(confidence.status == 2 && confidence.stderr.contains("confidence is 1.5"))
    }

    @Test func evpiShardsMergedPrintWhatOneRunPrints() throws {
        let one = try CLI.run(["solve", Self.plan, "--evpi", "--format", "json", "--threads", "2"])
        #expect(one.status == 0, "\(one.stderr)")
        let evpi = try #require(one.json["evpi"] as? Double)
        let folder = try CLI.temporaryFolder()
        var files: [String] = []
        for k in 0..<2 {
            let file = folder.appendingPathComponent("evpi-\(k).json").path
            let shard = try CLI.run([
                "solve", Self.plan, "--evpi", "--shard", "\(k)/2", "--format", "json", "--output", file,
            ])
            #expect(shard.status == 0, "\(shard.stderr)")
            files.append(file)
        }
        let merged = try CLI.run(["merge"] + files + ["--format", "json"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.json["evpi"] as? Double == evpi)
        let partial = try CLI.run(["merge", files[0]])
        #expect(partial.status == 2 && partial.stderr.contains("missing"))
        let notHeld = try CLI.run(["solve", CLI.fixture("risk.yaml"), "--evpi"])
        #expect(notHeld.status == 2 && notHeld.stderr.contains("uncertainty.optimize"))
        let shardAlone = try CLI.run(["solve", Self.plan, "--shard", "0/2", "--format", "json"])
        #expect(shardAlone.status == 64)
    }

    /// The trade-off curve: each confidence level's plan, its expected NPV and its chance
    /// of staying within budget (at least the level, the scenarios being the listed ones),
    /// the expected NPV never rising with the level; the plot draws one marker per spot.
    @Test func sweepOverConfidenceGivesTheTradeOffCurve() throws {
        let folder = try CLI.temporaryFolder()
        let plot = folder.appendingPathComponent("trade-off.svg").path
        let run = try CLI.run([
            "sweep", Self.plan, "--vary", "uncertainty.optimize.confidence=0.5..1:6", "--format", "json", "--plot",
            plot,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.json["measure"] as? String == "expected_npv")
        let points = try #require(run.json["points"] as? [[String: Any]])
        #expect(points.count == 6)
        var previous = Double.infinity
        for point in points {
            let level = try #require((point["values"] as? [Double])?.first)
            let within = try #require(point["within"] as? Double)
            let expected = try #require(point["expected_npv"] as? Double)
            #expect(within >= level - 1e-12)
            #expect(Self.close(expected, point["objective"] as? Double))
            #expect(expected <= previous + 1e-6)
            previous = expected
        }
        let svg = try String(contentsOfFile: plot, encoding: .utf8)
        #expect(svg.contains("chance every phase stays within budget") && svg.contains("data-within"))
        let table = try CLI.run(["sweep", Self.plan, "--vary", "uncertainty.optimize.npv.cvar=0.2..1:3"])
        #expect(table.status == 0 && table.stdout.contains("within budget"))
    }

    /// A run stopped by --time-limit keeps the best plan with its bound and gap, and still
    /// evaluates both plans (the solves leave a tenth of the limit to that).
    @Test func aPlanStoppedByTheTimeLimitKeepsItsBoundAndFigures() throws {
        let run = try CLI.run([
            "solve", "seeds/japan-deal.yaml", "--set", "phases.p1.budget=8B", "--set",
            "uncertainty.optimize.confidence=0.9", "--time-limit", "5", "--format", "json",
        ])
        #expect(run.status == 0 || run.status == 3, "\(run.stderr)")
        if run.status == 0 {
            let objective = try #require(run.json["objective"] as? [String: Any])
            let status = try #require(run.json["status"] as? String)
            #expect(["feasible", "optimal"].contains(status))
            if status == "feasible" { #expect((objective["gap"] as? Double ?? 0) > 0) }
            #expect(objective["bound"] as? Double != nil)
            let risk = try #require(run.json["risk"] as? [String: Any])
            #expect(risk["scenarios"] as? Int == 1000)
            #expect(run.json["value_of_stochastic_solution"] != nil)
        }
    }
}
