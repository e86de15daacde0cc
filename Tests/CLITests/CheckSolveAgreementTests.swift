import Foundation
import Testing

/// `check` and `solve` read plans through one loader: on plans with one value replaced
/// (seeded, so every run makes the same cases) a plan `check` refuses, `solve` refuses with
/// the same message and exit 2, and a plan `check` accepts is never refused by `solve`.
@Suite struct CheckSolveAgreementTests {
    static let replacements = [
        "", "~", "-1", "0", "1e12", "1e8", "2", "0.5", "[]", "{}", "x", "2026-13", "$-5B", "yes", "1001", "nan",
    ]

    /// `text` with the value of one `key: value`, chosen by `number`, replaced.
    static func mutated(_ text: String, case number: Int) -> String {
        var state = UInt64(number) &* 0x9E37_79B9_7F4A_7C15 &+ 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let candidates = lines.indices.filter { !lines[$0].hasPrefix("#") && lines[$0].contains(": ") }
        let line = candidates[next(candidates.count)]
        let colons = lines[line].indices.filter { lines[line][$0] == ":" }
        let colon = colons[next(colons.count)]
        let rest = lines[line][lines[line].index(after: colon)...]
        let end = rest.firstIndex { $0 == "," || $0 == "}" } ?? lines[line].endIndex
        lines[line] = String(lines[line][...colon]) + " " + replacements[next(replacements.count)] + String(lines[line][end...])
        return lines.joined(separator: "\n")
    }

    @Test func checkAndSolveAgreeOnMutatedPlans() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: CLI.fixture("small.yaml"), encoding: .utf8)
        var refused = 0, accepted = 0
        for number in 0..<24 {
            let plan = folder.appendingPathComponent("plan-\(number).yaml").path
            try Self.mutated(text, case: number).write(toFile: plan, atomically: false, encoding: .utf8)
            let check = try CLI.run(["check", plan])
            let solve = try CLI.run(["solve", plan, "--time-limit", "20"])
            if check.status == 2 {
                refused += 1
                #expect(solve.status == 2, "case \(number)")
                #expect(solve.stderr == check.stderr, "case \(number)")
                #expect(check.stderr.hasPrefix(plan + ":"), "case \(number): \(check.stderr)")
            } else {
                accepted += 1
                #expect(check.status == 0, "case \(number)")
                #expect(solve.status != 2, "case \(number): \(solve.stderr)")
            }
        }
        #expect(refused > 0 && accepted > 0, "both outcomes are reached: \(refused) refused, \(accepted) accepted")
    }
}
