import Foundation
import Testing

/// What the command line promises under limits and signals: a signal ends the run with
/// the whole document and an exit code that matches its status, variations without a
/// plan say so, and the same plan prints the same result on any number of threads.
@Suite struct LimitsAndSignalsTests {
    /// The output without its timing fields.
    static func timeless(_ json: String) -> String {
        json.split(separator: "\n").filter { !$0.contains("\"seconds\"") }.joined(separator: "\n")
    }

    @Test func anyNumberOfThreadsPrintsTheSameResult() throws {
        let arguments = ["solve", "seeds/phase-one.yaml", "--set", "budget.total=4B", "--format", "json"]
        let first = try CLI.run(arguments + ["--threads", "1"])
        #expect(first.status == 0)
        #expect(first.json["status"] as? String == "optimal")
        for threads in ["2", "2", "1"] {
            let again = try CLI.run(arguments + ["--threads", threads])
            #expect(Self.timeless(again.stdout) == Self.timeless(first.stdout))
        }
    }

    @Test func zeroThreadsIsACommandLineError() throws {
        #expect(try CLI.run(["solve", CLI.threeSites, "--threads", "0"]).status == 64)
    }

    @Test func aMarginalWithoutAFeasiblePlanSaysInfeasible() throws {
        let run = try CLI.run(["solve", "seeds/arizona-city.yaml", "--marginals", "--set", "rules.min_sites=1"])
        #expect(run.status == 0)
        let row = try #require(run.stdout.split(separator: "\n").first { $0.contains("without az-north-phoenix") })
        #expect(row.contains("infeasible"))
        #expect(!row.contains("$0"))
        let json = try CLI.run(["solve", "seeds/arizona-city.yaml", "--marginals", "--set", "rules.min_sites=1",
                                "--format", "json"])
        let marginals = try #require(json.json["marginals"] as? [[String: Any]])
        let without = try #require(marginals.first { ($0["change"] as? String) == "without az-north-phoenix" })
        #expect(without["status"] as? String == "infeasible")
        #expect(without["objective"] == nil)
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalPrintsTheWholeDocumentWithAStatusThatMatchesTheExitCode(signal: Int32) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let generated = try CLI.run(["generate", "--sites", "400", "--types", "20", "--phases", "3", "--seed", "5",
                                     "--output", folder.path])
        #expect(generated.status == 0)
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["solve", folder.appendingPathComponent("plan.yaml").path, "--format", "json",
                             "--set", "rules.max_state_share=0.01", "--set", "rules.min_sites=1"]
        process.currentDirectoryURL = CLI.root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        Thread.sleep(forTimeInterval: 1)
        kill(process.processIdentifier, signal)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        _ = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        let json = try #require(try JSONSerialization.jsonObject(with: stdout) as? [String: Any])
        let status = try #require(json["status"] as? String)
        let expected: [String: Int32] = ["optimal": 0, "feasible": 0, "infeasible": 1, "no_solution": 3]
        #expect(process.terminationStatus == expected[status], "status \(status)")
        #expect(json["allocations"] is [Any])
    }
}
