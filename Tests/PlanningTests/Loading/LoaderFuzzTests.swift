import Foundation
import Testing
@testable import Planning

/// Seeded random mutations of a small corpus of plans: the loader never crashes, and every
/// failure is a ``PlanError`` that names a file. The same seed always makes the same cases.
struct LoaderFuzzTests {
    /// A plan to mutate and the folder its includes are relative to.
    struct Seed {
        var name: String
        var text: String
        var baseDirectory: String
    }

    static let corpus: [Seed] = {
        var seeds = [Seed(name: "base", text: basePlan, baseDirectory: ".")]
        let withRules = basePlan(adding: """
            budget: {total: 30B, carry_over: false}
            objective: {maximize: {value: 1, jobs: 1000}}
            select: {sites: [inl, oak-ridge]}
            rules: {max_plants_per_site: 4, max_state_share: 0.8, min_states: 1, require: [{site: inl, type: transformer-large}], forbid: [{type: fab-leading, site: inl}]}
            targets: [{type: transformer-large, min: 1, max: 3}]
            solver: {time_limit_s: 10, mip_gap: 0.01}
            """)
        seeds.append(Seed(name: "rules", text: withRules, baseDirectory: "."))
        let json = #"{"name": "J", "start": "2026-01", "phases": [{"id": "p1", "ends": "2030-12", "budget": "5B"}], "review_months": {"CE": 3}, "sites": [{"id": "a", "name": "A", "state": "ID", "capacity": {"power_mw": 100}, "expansions": [{"id": "a-x", "cost": "1B", "online_months": 12, "adds": {"power_mw": 50}}]}], "factory_types": [{"id": "t", "name": "T", "capex": "1B", "annual_value": "2B", "jobs": 10, "uses": {"power_mw": 60}, "build_months": 12, "review": "CE", "max_per_site": 2}]}"#
        seeds.append(Seed(name: "json", text: json, baseDirectory: "."))
        let included = fixturePath("seeds/plan.yaml")
        if let text = try? String(contentsOfFile: included, encoding: .utf8) {
            seeds.append(Seed(name: "includes", text: text, baseDirectory: FilePaths.directory(of: included)))
        }
        return seeds
    }()

    /// Values that have broken loaders before: empty, null, huge, negative, odd YAML.
    static let values = [
        "", "~", "null", "-1", "0", "1", "2", "1.5", "1e12", "1e308", "-1e308", "1e400", "nan", ".inf", "-.inf",
        "[]", "{}", "[[]]", "{a: }", "'x'", "\"\"", "*nothing", "&a x", "!!binary AAAA", "2026-13", "0000-00",
        "99999999999999999999", "$-5B", "5Q", "yes", "inl", "p1", "[inl, inl]", "{id: x}", "|\n  text", ">-", "- -",
        "'\u{FEFF}'", "\u{0301}", "日本", "0x10", "1_000", "+3", ".5", "5.", "1e", "---", "...", "? a", "<<: *a",
    ]

    /// The number of cases and the seed: 3,000 and a fixed seed, unless the environment
    /// sets `PARKPLAN_FUZZ_CASES` and `PARKPLAN_FUZZ_SEED` for a longer run by hand.
    static let cases = ProcessInfo.processInfo.environment["PARKPLAN_FUZZ_CASES"].flatMap { Int($0) } ?? 3_000
    static let seed = ProcessInfo.processInfo.environment["PARKPLAN_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_202

    @Test func mutatedPlansFailOnlyWithPlanErrorsNamingAFile() throws {
        var random = SplitMix64(seed: Self.seed)
        var loaded = 0, refused = 0
        for index in 0..<Self.cases {
            let seed = Self.corpus[index % Self.corpus.count]
            var bytes = Array(seed.text.utf8)
            for _ in 0..<random.int(in: 1...3) { mutate(&bytes, random: &random) }
            do {
                let text = try DocumentReader(file: "fuzz.yaml").text(from: bytes)
                let plan = try PlanLoader.load(yaml: text, file: "fuzz.yaml", baseDirectory: seed.baseDirectory)
                _ = PlanCheck(plan)
                loaded += 1
            } catch {
                refused += 1
                #expect(!error.file.isEmpty, "case \(index) of \(seed.name): \(error)")
                #expect(error.description.hasPrefix(error.file + ":"), "case \(index): \(error)")
                #expect(!error.message.isEmpty)
            }
        }
        #expect(loaded + refused == Self.cases)
        #expect(loaded > 0 && refused > 0, "the mutations reach both outcomes: \(loaded) loaded, \(refused) refused")
    }

    /// One random change: a byte, a line or a value.
    private func mutate(_ bytes: inout [UInt8], random: inout SplitMix64) {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        let line = random.int(in: 0...max(0, lines.count - 1))
        switch random.int(in: 0...7) {
        case 0:
            guard !bytes.isEmpty else { return }
            bytes[random.int(in: 0...bytes.count - 1)] = UInt8(random.int(in: 0...255))
            return
        case 1:
            guard !bytes.isEmpty else { return }
            let at = random.int(in: 0...bytes.count - 1)
            bytes.removeSubrange(at..<min(bytes.count, at + random.int(in: 1...8)))
            return
        case 2:
            bytes = Array(bytes.prefix(random.int(in: 0...bytes.count)))
            return
        case 3:
            lines.remove(at: line)
        case 4:
            lines.insert(lines[line], at: random.int(in: 0...lines.count))
        case 5:
            lines.swapAt(line, random.int(in: 0...lines.count - 1))
        case 6:
            let indent = Array(repeating: UInt8(ascii: " "), count: random.int(in: 1...4))
            lines[line] = random.int(in: 0...1) == 0 ? indent + lines[line] : Array(lines[line].drop { $0 == 0x20 })
        default:
            let value = Array(Self.values[random.int(in: 0...Self.values.count - 1)].utf8)
            if let colon = lines[line].lastIndex(of: UInt8(ascii: ":")) {
                lines[line] = Array(lines[line][...colon]) + [0x20] + value
            } else if let comma = lines[line].firstIndex(of: UInt8(ascii: ",")) {
                lines[line] = Array(lines[line][..<comma]) + [0x2C, 0x20] + value + Array(lines[line][comma...])
            } else {
                lines[line] += value
            }
        }
        bytes = Array(lines.joined(separator: [0x0A]))
    }
}
