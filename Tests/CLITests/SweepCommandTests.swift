import Foundation
import Testing

@Suite struct SweepCommandTests {
    let vary = ["--vary", "budget.total=2B..8B:4", "--vary", "rules.min_sites=1..3:3"]

    /// CSV without the seconds column, which depends on the machine.
    func timeless(_ csv: String) -> [String] {
        csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).dropLast().joined(separator: ",") }
    }

    @Test func mergedShardsPrintWhatOneRunPrints() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = try CLI.run(["sweep", CLI.threeSites, "--format", "csv"] + vary)
        #expect(whole.status == 0)
        var files: [String] = []
        for i in 0..<3 {
            let shard = try CLI.run(["sweep", CLI.threeSites, "--format", "json", "--shard", "\(i)/3"] + vary)
            #expect(shard.status == 0)
            let file = folder.appendingPathComponent("shard-\(i).json")
            try shard.stdout.write(to: file, atomically: true, encoding: .utf8)
            files.append(file.path)
        }
        let merged = try CLI.run(["merge", "--format", "csv"] + files.reversed())
        #expect(merged.status == 0)
        #expect(timeless(merged.stdout) == timeless(whole.stdout))
        #expect(timeless(whole.stdout).count == 13)
        let missing = try CLI.run(["merge"] + files.prefix(2))
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("missing"))
    }

    @Test func aSweepPointEqualsAPlainSolveWithTheSameSet() throws {
        let sweep = try CLI.run(["sweep", CLI.threeSites, "--format", "json", "--set", "sites.alpha.capacity.power_mw=70"] + vary)
        let points = try #require(sweep.json["points"] as? [[String: Any]])
        let point = try #require(points.first { ($0["index"] as? Int) == 7 })
        let solve = try CLI.run(["solve", CLI.threeSites, "--format", "json", "--set", "sites.alpha.capacity.power_mw=70",
                                 "--set", "budget.total=6B", "--set", "rules.min_sites=2"])
        let objective = try #require(solve.json["objective"] as? [String: Any])
        #expect(point["values"] as? [Double] == [6e9, 2])
        #expect((point["objective"] as? Double) == (objective["value"] as? Double))
        #expect(point["status"] as? String == solve.json["status"] as? String)
    }

    @Test func plotIsWrittenAsSVG() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("frontier.svg").path
        let run = try CLI.run(["sweep", CLI.threeSites, "--plot", file] + vary)
        #expect(run.status == 0)
        let svg = try String(contentsOfFile: file, encoding: .utf8)
        #expect(svg.hasPrefix("<svg") && svg.contains("rules.min_sites = 3"))
    }

    @Test func aBadRangeIsACommandLineError() throws {
        let run = try CLI.run(["sweep", CLI.threeSites, "--vary", "budget.total=2B"])
        #expect(run.status == 64)
    }
}
