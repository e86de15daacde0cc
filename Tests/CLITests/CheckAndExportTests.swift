import Foundation
import Testing

/// `parkplan check` and `parkplan export`.
@Suite struct CheckAndExportTests {
    @Test func checkPrintsTheModelSizeWithoutSolving() throws {
        let run = try CLI.run(["check", CLI.fixture("small.yaml")])
        #expect(run.status == 0)
        // 2 sites x 2 types x 2 phases, all allowed (lead 18 and 12 months within 24).
        #expect(run.stdout.contains("sites: 2, factory types: 2, phases: 2"))
        #expect(run.stdout.contains("allowed site-type-phase triples: 8 of 8"))
    }

    @Test func checkWarnsAboutATypeAllowedNowhereAndSaysWhy() throws {
        let run = try CLI.run(["check", CLI.fixture("small.yaml"), "--set", "factory_types.transformer.build_months=60"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("'transformer' is allowed at no site"))
        #expect(run.stdout.contains("lead time 66 months against a horizon of 48"))
    }

    /// phase-one selects six types of a catalog whose sites exclude others: check lists those
    /// moot excludes, and says they are harmless; solve does not count them.
    @Test func excludesThatSelectMakesMootAreForCheckOnly() throws {
        let check = try CLI.run(["check", "seeds/phase-one.yaml"])
        #expect(check.stdout.contains("8 warnings:"))
        #expect(check.stdout.contains(
            "All of them are about entries that select makes moot: harmless, and solve does not mention them."))
        let solve = try CLI.run(["sweep", "seeds/phase-one.yaml", "--vary", "budget.total=20B..20B:1"])
        #expect(solve.status == 0)
        #expect(!solve.stderr.contains("warning"), "\(solve.stderr)")
        let typo = try CLI.run(["solve", "seeds/arizona-city.yaml", "--set", "factory_types.osat.uses.power_mv=5"])
        #expect(typo.stderr.contains(
            "seeds/arizona-city.yaml: 1 warning; `parkplan check seeds/arizona-city.yaml` lists them"))
    }

    @Test func checkRejectsABadPlanWithExitTwo() throws {
        let run = try CLI.run(["check", CLI.fixture("broken.yaml")])
        #expect(run.status == 2)
    }

    static let hasGlpsol = FileManager.default.isExecutableFile(atPath: "/usr/bin/glpsol")

    @Test(.enabled(if: hasGlpsol), arguments: ["lp", "mps"])
    func exportedModelsSolveToTheSameOptimumInGlpsol(format: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let model = dir.appendingPathComponent("small.\(format)").path
        let export = try CLI.run(["export", CLI.fixture("small.yaml"), "--\(format)", model])
        #expect(export.status == 0)
        let glpsol = Process()
        glpsol.executableURL = URL(fileURLWithPath: "/usr/bin/glpsol")
        let solution = dir.appendingPathComponent("out.txt").path
        glpsol.arguments = [format == "lp" ? "--lp" : "--freemps", model, "-o", solution]
        glpsol.standardOutput = FileHandle.nullDevice
        try glpsol.run()
        glpsol.waitUntilExit()
        let text = try String(contentsOfFile: solution, encoding: .utf8)
        // The model counts money in billions: the hand-worked 2.0B optimum reads as 2, and
        // as -2 from MPS, which states the maximization as a minimization of its negation.
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("Objective:") })
        let value = try #require(line.split(separator: " ").compactMap { Double($0) }.first)
        #expect(abs(value - (format == "lp" ? 2 : -2)) < 1e-9)
        #expect(text.contains("INTEGER OPTIMAL"))
    }
}
