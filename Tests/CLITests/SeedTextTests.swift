import Foundation
import Testing

/// The seeds' stories describe the plans they hold: every phase a seed's comments name
/// ("phase 3", "p3") is one of its phases.
@Suite struct SeedTextTests {
    static let seeds = ["arizona-city", "doe-four-sites", "full-program", "japan-deal", "phase-one"]

    @Test(arguments: seeds)
    func phasesTheStoryNamesExist(seed: String) throws {
        let text = try String(contentsOf: CLI.root.appendingPathComponent("seeds/\(seed).yaml"), encoding: .utf8)
        let comments = text.split(separator: "\n").filter { $0.hasPrefix("#") }.joined(separator: " ")
        let phases = text.split(separator: "\n").filter { $0.hasPrefix("  - {id: p") }.count
        let named = try Regex(#"\b(?:[Pp]hase |p)(\d+)\b"#)
        for match in comments.matches(of: named) {
            let number = Int(match.output[1].substring ?? "") ?? 0
            #expect(number <= phases, "\(seed) names phase \(number) of \(phases)")
        }
    }
}
