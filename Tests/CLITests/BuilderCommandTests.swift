import Foundation
import Testing

/// Builders end to end: the JSON fields of `parkplan solve` on a plan solved by hand, what
/// `--set` on builder paths changes, the warnings of `check`, and bad builder input from
/// the file and from `--set` (exit 2, nothing written).
@Suite struct BuilderCommandTests {
    static let plan = CLI.fixture("builders.yaml")

    /// The JSON of `parkplan solve` on the fixture with `arguments` added.
    static func solve(_ arguments: [String] = []) throws -> [String: Any] {
        let run = try CLI.run(["solve", plan, "--format", "json"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return run.json
    }

    @Test func eachAllocationNamesItsBuilderAsSolvedByHand() throws {
        let json = try Self.solve()
        #expect((json["objective"] as? [String: Any])?["value"] as? Double == 4_000_000_000)
        let allocations = try #require(json["allocations"] as? [[String: Any]])
        var byBuilder: [String: [String]] = [:]
        for a in allocations {
            let builder = try #require(a["builder"] as? String)
            byBuilder[builder, default: []].append("\(a["site"]!)/\(a["type"]!)/\(a["phase"]!)=\(a["count"]!)")
        }
        #expect(byBuilder["toshiba"] == ["ornl/transformer/p1=1"])
        #expect(byBuilder["fujikura"]?.count == 2)
        #expect(byBuilder["fujikura"]?.allSatisfy { $0.hasPrefix("ornl/cable/") } == true)
        #expect(Set(byBuilder["local"] ?? []) == ["inl/transformer/p1=1", "inl/cable/p1=2"])
        #expect((json["spend"] as? [String: Any])?["total"] as? Double == 2_065_000_000)
    }

    @Test func theBuildersObjectHasExactlyTheContractsFields() throws {
        let json = try Self.solve()
        let builders = try #require(json["builders"] as? [String: [String: Any]])
        #expect(Set(builders.keys) == ["toshiba", "fujikura", "local"])
        for (id, entry) in builders {
            #expect(Set(entry.keys) == ["plants", "capex", "commitment", "min_work", "by_phase"], "\(id)")
            #expect(Set((entry["by_phase"] as? [String: Any])?.keys ?? [:].keys) == ["p1", "p2"], "\(id)")
            #expect(entry["min_work"] as? Double == 0, "\(id)")
        }
        #expect(builders["toshiba"]?["capex"] as? Double == 500_000_000)
        #expect(builders["toshiba"]?["commitment"] as? Double == 600_000_000)
        #expect(builders["fujikura"]?["capex"] as? Double == 440_000_000)
        #expect(builders["fujikura"]?["plants"] as? Int == 2)
        #expect(builders["fujikura"]?["by_phase"] as? [String: Int] == ["p1": 1, "p2": 1])
        #expect(builders["local"]?["capex"] as? Double == 1_125_000_000)
        #expect(builders["local"]?["commitment"] is NSNull)
        let limits = try #require(json["builder_limits"] as? [String: [String: Any]])
        #expect((limits["fujikura"]?["binds"] as? [String: Any])?["phases"] as? [String] == ["p1", "p2"])
        #expect(limits["local"]?["max_plants_per_phase"] is NSNull)
    }

    @Test func setOnBuilderPathsChangesTheOptimum() throws {
        // Without fujikura's plants no cable stands at ornl: 2 x 1.2B + 2 x 0.4B.
        let stopped = try Self.solve(["--set", "builders.fujikura.max_plants_per_phase=0"])
        #expect((stopped["objective"] as? [String: Any])?["value"] as? Double == 3_200_000_000)
        // Toshiba's 400M cannot pay for a 500M transformer: ornl keeps its cables only.
        let short = try Self.solve(["--set", "builders.toshiba.commitment=400M"])
        #expect((short["objective"] as? [String: Any])?["value"] as? Double == 2_800_000_000)
        let builders = try #require(short["builders"] as? [String: [String: Any]])
        #expect(builders["toshiba"]?["plants"] as? Int == 0 && builders["toshiba"]?["capex"] as? Double == 0)
        // Without toshiba, local cannot work in TN either.
        let gone = try Self.solve(["--unset", "builders.toshiba"])
        #expect((gone["objective"] as? [String: Any])?["value"] as? Double == 2_800_000_000)
        #expect((gone["builders"] as? [String: Any])?.keys.sorted() == ["fujikura", "local"])
    }

    @Test func checkWarnsAboutTypesNobodyBuildsAndIdleBuilders() throws {
        let run = try CLI.run([
            "check", Self.plan, "--set", "builders.local.builds=[transformer]",
            "--set", "builders.fujikura.states=[ID]", "--set", "builders.fujikura.builds=[transformer]",
        ])
        #expect(run.status == 0)
        #expect(run.stdout.contains("builders: 3"))
        #expect(run.stdout.contains("warning: no builder builds factory type 'cable'"), "\(run.stdout)")
        let idle = try CLI.run(["check", Self.plan, "--set", "select.factory_types=[transformer]"])
        #expect(
            idle.stdout.contains("warning: builder 'fujikura' can build nothing the plan selects"), "\(idle.stdout)")
        #expect(idle.stdout.contains("builders.yaml:23:5"), "\(idle.stdout)")
    }

    /// Bad builder input: the override, and a fragment of the message.
    static let badInputs: [(arguments: [String], fragment: String)] = [
        (["--set", "builders=[]"], "builders is an empty list"),
        (["--set", "builders.toshiba.builds=[transformr]"], "did you mean 'transformer'?"),
        (
            ["--set", "builders.toshiba.states=[TX]"],
            "state 'TX' in states of builder 'toshiba' is the state of no site"
        ),
        (
            ["--set", "builders.fujikura.min_work=600M"],
            "min_work of builder 'fujikura' ($600M) is above its commitment ($500M)"
        ),
        (
            [
                "--set", "builders.toshiba.builds=[cable]", "--set", "builders.local.builds=[cable]",
                "--set", "rules.require=[{site: ornl, type: transformer}]",
            ],
            "no builder builds 'transformer'"
        ),
        (["--set", "builders.toshba.commitment=1B"], "builders.toshiba.commitment"),
        (["--set", "builders.toshiba.capex_factor=-1"], "capex_factor of builder 'toshiba'"),
    ]

    @Test(arguments: badInputs.indices)
    func badBuilderInputExitsTwoAndWritesNothing(_ i: Int) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("result.json").path
        let (arguments, fragment) = Self.badInputs[i]
        let run = try CLI.run(["solve", Self.plan, "--format", "json", "--output", output] + arguments)
        #expect(run.status == 2, "\(arguments)")
        #expect(run.stderr.contains("--set"), "\(run.stderr)")
        #expect(run.stderr.contains(fragment), "\(run.stderr)")
        #expect(run.stdout.isEmpty && !FileManager.default.fileExists(atPath: output))
    }

    @Test func aBadBuilderInTheFileNamesItsLine() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.yaml")
        let text = try String(contentsOfFile: Self.plan, encoding: .utf8)
            .replacingOccurrences(
                of: "commitment: 500M, max_plants", with: "commitment: 500M, min_work: 1B, max_plants")
        try text.write(to: bad, atomically: true, encoding: .utf8)
        let run = try CLI.run(["solve", bad.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("bad.yaml:23:"), "\(run.stderr)")
        #expect(
            run.stderr.contains("min_work of builder 'fujikura' ($1B) is above its commitment ($500M)"), "\(run.stderr)"
        )
    }
}
