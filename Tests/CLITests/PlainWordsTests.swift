import Foundation
import Testing

/// What a first-time user reads: hints that run as pasted, limits marked where they
/// keep a plant out, unlike objectives not subtracted, empty phases and broken includes
/// explained, paths as typed.
@Suite struct PlainWordsTests {
    /// The command between the first pair of backticks of `text`.
    static func quotedCommand(_ text: String) -> String? {
        let parts = text.components(separatedBy: "`")
        return parts.count >= 3 ? parts[1] : nil
    }

    @Test func infeasibleHintRunsAsPastedInAShell() throws {
        let run = try CLI.run(["solve", CLI.threeSites, "--set", "select.sites=[alpha]", "--set", "rules.min_states=2"])
        #expect(run.status == 1)
        let command = try #require(Self.quotedCommand(run.stderr))
        #expect(command.contains("'select.sites=[alpha]'"))
        #expect(command.hasPrefix("parkplan explain "))
        let pasted = try CLI.shell("'\(CLI.executable.path)'" + command.dropFirst("parkplan".count))
        #expect(pasted.status == 1, "\(pasted.stderr)")
        #expect(pasted.stdout.contains("is infeasible"))
    }

    /// arizona-city: 6.81 of 7.2 mgd of water leaves 0.39 mgd, less than any plant it
    /// has not built needs; power (415 of 600 MW) has room for one.
    @Test func waterThatKeepsAPlantOutIsMarkedInEveryFormat() throws {
        let table = try CLI.run(["solve", "seeds/arizona-city.yaml"])
        let water = table.stdout.split(separator: "\n").first { $0.contains("water_mgd") } ?? ""
        #expect(water.hasSuffix("BINDS"))
        #expect(table.stdout.contains("BINDS: too little left for one more plant"))
        let json = try CLI.run(["solve", "seeds/arizona-city.yaml", "--format", "json"])
        let resources = ((json.json["sites"] as? [[String: Any]])?.first?["resources"] as? [String: [String: Any]]) ?? [:]
        #expect(resources["water_mgd"]?["binds"] as? Bool == true)
        #expect(resources["power_mw"]?["binds"] as? Bool == false)
        let csv = try CLI.run(["solve", "seeds/arizona-city.yaml", "--format", "csv"])
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first?.hasSuffix(",binding_limits") == true)
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: ",").last?.hasPrefix("water_mgd") == true })
        let markdown = try CLI.run(["solve", "seeds/arizona-city.yaml", "--format", "markdown"])
        #expect(markdown.stdout.split(separator: "\n").contains { $0.contains("water_mgd") && $0.contains("BINDS") })
    }

    @Test func compareRefusesToSubtractUnlikeObjectives() throws {
        let run = try CLI.run(["compare", "seeds/phase-one.yaml", "seeds/doe-four-sites.yaml", "--format", "json"])
        #expect(run.status == 0)
        #expect(run.json["objectives_comparable"] as? Bool == false)
        #expect(run.json["objective_delta"] is NSNull)
        #expect((run.json["b"] as? [String: Any])?["measure"] as? String == "weighted")
        #expect(run.stderr.contains("different objectives"))
        let table = try CLI.run(["compare", "seeds/phase-one.yaml", "seeds/doe-four-sites.yaml"])
        #expect(table.stdout.contains("not comparable"))
        #expect(table.stdout.contains(" points"))
    }

    @Test func anEmptyPhaseSaysWhy() throws {
        let late = try CLI.run(["solve", CLI.threeSites, "--set", "phases.p1.ends=2026-06"])
        #expect(late.stdout.contains("Nothing starts in p1: no factory type can finish its review and construction"))
        let broke = try CLI.run(["solve", CLI.threeSites, "--set", "phases.p1.budget=0", "--set", "budget.carry_over=false"])
        #expect(broke.stdout.contains("Nothing starts in p1: its budget leaves too little for one more plant"))
    }

    @Test func aCopiedPlanSaysWhereIncludesAreResolvedFrom() throws {
        let folder = try CLI.temporaryFolder()
        let copy = folder.appendingPathComponent("phase-one.yaml").path
        try FileManager.default.copyItem(atPath: CLI.root.appendingPathComponent("seeds/phase-one.yaml").path, toPath: copy)
        let run = try CLI.run(["check", copy])
        #expect(run.status == 2)
        #expect(run.stderr.contains("resolved from the folder of the file that names them (\(folder.path))"))
        #expect(run.stderr.contains("copy the included files along with the plan"))
    }

    @Test func generateSaysThePathAsTyped() throws {
        let folder = try CLI.temporaryFolder()
        let process = try CLI.shell("cd '\(folder.path)' && '\(CLI.executable.path)' generate --sites 3 --types 2 --output gen")
        #expect(process.status == 0)
        #expect(process.stderr.hasPrefix("wrote gen/plan.yaml "))
    }
}
