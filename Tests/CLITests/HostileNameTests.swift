import Foundation
import Testing

/// Plan text is data: a plan's name and ids reach GLPK and the exported model files only
/// as safe names, so no character or length stops a solve or breaks a file.
@Suite struct HostileNameTests {
    /// A name with a newline, a tab, non-ASCII letters and 300 more characters.
    static let name = "line\\nbreak\\ttab é 中文 " + String(repeating: "x", count: 300)

    /// small.yaml with that name and ids of 300 characters that share their first 64.
    static func plan(in folder: URL) throws -> String {
        var text = try String(contentsOfFile: CLI.fixture("small.yaml"), encoding: .utf8)
        let long = { (stem: String, tail: String) in stem + String(repeating: "a", count: 300) + tail }
        text = text.replacingOccurrences(of: "name: Small CLI plan", with: "name: \"\(name)\"")
            .replacingOccurrences(of: "{id: inl,", with: "{id: \(long("s", "-1")),")
            .replacingOccurrences(of: "{id: ornl,", with: "{id: \(long("s", "-2")),")
            .replacingOccurrences(of: "{id: transformer,", with: "{id: \(long("t", "-1")),")
            .replacingOccurrences(of: "{id: cable,", with: "{id: \(long("t", "-2")),")
        let path = folder.appendingPathComponent("hostile.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aPlanNamedWithANewlineSolvesToTheHandWorkedOptimum() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["solve", try Self.plan(in: folder), "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect((run.json["plan"] as? String)?.hasPrefix("line\nbreak\ttab é 中文 xxx") == true)
        let objective = run.json["objective"] as? [String: Any]
        #expect(objective?["value"] as? Double == 2e9)
    }

    @Test(.enabled(if: CheckAndExportTests.hasGlpsol, "needs glpsol"), arguments: ["lp", "mps"])
    func itsExportedModelSolvesInGlpsol(format: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("model.\(format)").path
        let export = try CLI.run(["export", try Self.plan(in: folder), "--\(format)", model])
        #expect(export.status == 0, "\(export.stderr)")
        let text = try String(contentsOfFile: model, encoding: .utf8)
        #expect(!text.contains("中") && !text.contains("\t"))
        let solution = folder.appendingPathComponent("out.txt").path
        let glpsol = try CLI.shell("glpsol \(format == "lp" ? "--lp" : "--freemps") \(model) -o \(solution)")
        #expect(glpsol.status == 0, "\(glpsol.stdout)")
        let report = try String(contentsOfFile: solution, encoding: .utf8)
        let line = try #require(report.split(separator: "\n").first { $0.hasPrefix("Objective:") })
        let value = try #require(line.split(separator: " ").compactMap { Double($0) }.first)
        #expect(abs(value - (format == "lp" ? 2 : -2)) < 1e-9)
    }
}
