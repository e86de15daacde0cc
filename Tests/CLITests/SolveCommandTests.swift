import Foundation
import Testing

/// `parkplan solve` end to end: results on standard output, messages on standard error,
/// and the contract's exit codes.
@Suite struct SolveCommandTests {
    @Test func solvesTheSmallPlanToItsHandWorkedOptimum() throws {
        let run = try CLI.run(["solve", CLI.fixture("small.yaml"), "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["status"] as? String == "optimal")
        let objective = try #require(json["objective"] as? [String: Any])
        #expect(objective["value"] as? Double == 2_000_000_000)
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(totals["plants"] as? Int == 3)
    }

    @Test func setChangesTheOptimum() throws {
        // With 1.7B by p2, the second transformer fits at ornl? No: ornl has 50 MW and a
        // transformer needs 60. With inl at 160 MW both transformers fit at inl only if
        // max_per_site allows (it is 1), so raising the budget alone buys nothing new
        // beyond what power allows: transformer+cable at inl (90 MW), cable at ornl: 2.0B.
        // Raising ornl's power to 60 MW lets a transformer replace its cable: 1.2 + 0.4 + 1.2 = 2.8B
        // at 1.2B spend, over the 1.2B budget? 500 + 200 + 500 = 1.2B: exactly within.
        let run = try CLI.run(["solve", CLI.fixture("small.yaml"), "--format", "json",
                               "--set", "sites.ornl.capacity.power_mw=60"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"value\" : 2800000000") || run.stdout.contains("\"value\": 2800000000"))
    }

    @Test func anInfeasiblePlanExitsOne() throws {
        let run = try CLI.run(["solve", CLI.fixture("small.yaml"), "--set", "rules.min_sites=3"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("infeasible"))
    }

    @Test func aBadPlanExitsTwoNamingTheFileLineAndFix() throws {
        let run = try CLI.run(["solve", CLI.fixture("broken.yaml")])
        #expect(run.status == 2)
        #expect(run.stderr.contains("broken.yaml:7"))
        #expect(run.stderr.contains("capacity"))
        #expect(run.stdout.isEmpty)
    }

    @Test func aMissingPlanFileExitsTwo() throws {
        let run = try CLI.run(["solve", "no-such-plan.yaml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no-such-plan.yaml"))
    }

    @Test func anUnknownSetPathExitsTwoAndNamesTheClosestPath() throws {
        let run = try CLI.run(["solve", CLI.fixture("small.yaml"), "--set", "budget.totl=300B"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("budget.total"))
    }

    @Test func aMalformedCommandLineKeepsArgumentParsersCode() throws {
        let run = try CLI.run(["solve", CLI.fixture("small.yaml"), "--time-limit", "-1"])
        #expect(run.status == 64)
        let unknown = try CLI.run(["solve", CLI.fixture("small.yaml"), "--formt", "json"])
        #expect(unknown.status == 64)
    }

    @Test func outputFilesAreWrittenWholeAndNotOnFailure() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("result.json").path
        let ok = try CLI.run(["solve", CLI.fixture("small.yaml"), "--format", "json", "--output", good])
        #expect(ok.status == 0 && ok.stdout.isEmpty)
        #expect(try String(contentsOfFile: good, encoding: .utf8).contains("\"optimal\""))
        let bad = dir.appendingPathComponent("bad.json").path
        let failed = try CLI.run(["solve", CLI.fixture("broken.yaml"), "--output", bad])
        #expect(failed.status == 2)
        #expect(!FileManager.default.fileExists(atPath: bad))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["result.json"])
    }
}
