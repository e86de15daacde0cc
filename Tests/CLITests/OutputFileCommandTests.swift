import Foundation
import Testing

/// Output files of every command: never over an input, links followed, devices written
/// directly, bad paths refused with one line and exit 2; and `check` and `solve` refuse
/// the same bad values with the same message.
@Suite struct OutputFileCommandTests {
    /// A fresh folder holding a copy of the small fixture plan as `plan.yaml`.
    private func workspace() throws -> (folder: URL, plan: String) {
        let folder = try CLI.temporaryFolder()
        let plan = folder.appendingPathComponent("plan.yaml").path
        try FileManager.default.copyItem(atPath: CLI.fixture("small.yaml"), toPath: plan)
        return (folder, plan)
    }

    private func text(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    @Test(arguments: [
        ["solve", "PLAN", "--output", "PLAN"],
        ["check", "PLAN", "--output", "PLAN"],
        ["explain", "PLAN", "--output", "PLAN"],
        ["export", "PLAN", "--lp", "PLAN"],
        ["export", "PLAN", "--mps", "LINK"],
        ["sweep", "PLAN", "--vary", "budget.total=1B..2B:2", "--plot", "PLAN"],
        ["sweep", "PLAN", "--vary", "budget.total=1B..2B:2", "--output", "LINK"],
        ["compare", "PLAN", "--set-b", "budget.total=1B", "--output", "PLAN"],
    ])
    func noCommandWritesOverItsPlan(arguments: [String]) throws {
        let (folder, plan) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("link.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: plan)
        let before = text(plan)
        let run = try CLI.run(arguments.map { $0 == "PLAN" ? plan : $0 == "LINK" ? link : $0 })
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("it is an input of this run"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(text(plan) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.yaml", "plan.yaml"])
    }

    @Test(arguments: [
        ["export", "PLAN", "--lp", "OUT", "--mps", "OUT"],
        ["sweep", "PLAN", "--vary", "budget.total=1B..2B:2", "--plot", "OUT", "--output", "OUT"],
    ])
    func oneFileNamedForTwoOutputsIsRefusedBeforeAnythingIsWritten(arguments: [String]) throws {
        let (folder, plan) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out.txt").path
        let run = try CLI.run(arguments.map { $0 == "PLAN" ? plan : $0 == "OUT" ? out : $0 })
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("give each output its own file"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func exportRefusesAnIncludedCatalog() throws {
        let catalog = CLI.root.appendingPathComponent("sites/factory-types.yaml").path
        let before = text(catalog)
        let run = try CLI.run(["export", "seeds/arizona-city.yaml", "--lp", "sites/factory-types.yaml"])
        #expect(run.status == 2)
        #expect(run.stderr == "parkplan: cannot write sites/factory-types.yaml: it is an input of this run; writing it would destroy the input; choose another output file\n")
        #expect(text(catalog) == before)
    }

    @Test func mergeRefusesToWriteOverAShard() throws {
        let (folder, plan) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let shard = folder.appendingPathComponent("shard.json").path
        let sweep = try CLI.run(["sweep", plan, "--vary", "budget.total=1B..2B:2", "--format", "json", "--output", shard])
        #expect(sweep.status == 0 && sweep.stdout.isEmpty)
        let before = text(shard)
        let merge = try CLI.run(["merge", shard, "--output", shard])
        #expect(merge.status == 2 && merge.stderr.contains("it is an input of this run"))
        #expect(text(shard) == before)
    }

    @Test func everyCommandWritesToOutputWhatItWouldPrint() throws {
        let (folder, plan) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let commands: [[String]] = [
            ["check", plan], ["solve", plan, "--format", "csv"], ["explain", plan],
            ["sweep", plan, "--vary", "budget.total=1B..2B:2", "--format", "csv"],
            ["compare", plan, "--set-b", "budget.total=1B"],
        ]
        for (k, command) in commands.enumerated() {
            let printed = try CLI.run(command)
            let file = folder.appendingPathComponent("out-\(k).txt").path
            let written = try CLI.run(command + ["--output", file])
            #expect(written.status == printed.status && written.stdout.isEmpty, "\(command[0]): \(written.stderr)")
            let expected = command[0] == "sweep" ? Self.withoutSeconds(printed.stdout) : printed.stdout
            let actual = command[0] == "sweep" ? Self.withoutSeconds(text(file) ?? "") : text(file)
            #expect(actual == expected, "\(command[0])")
        }
    }

    /// A sweep's CSV without its last column, the seconds each point took.
    private static func withoutSeconds(_ csv: String) -> String {
        csv.split(separator: "\n").map { $0.split(separator: ",").dropLast().joined(separator: ",") }.joined(separator: "\n")
    }

    @Test func exportOutputWritesMPSByItsExtensionAndLPOtherwise() throws {
        let (folder, plan) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mps = folder.appendingPathComponent("model.mps").path, lp = folder.appendingPathComponent("model.txt").path
        #expect(try CLI.run(["export", plan, "--output", mps]).status == 0)
        #expect(try CLI.run(["export", plan, "--output", lp]).status == 0)
        #expect(text(mps)?.contains("NAME") == true && text(mps)?.contains("ROWS") == true)
        #expect(text(lp)?.contains("Subject To") == true)
    }

    @Test func outputThroughASymbolicLinkReplacesItsTargetAndKeepsTheLink() throws {
        let (folder, plan) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("result.csv").path
        let link = folder.appendingPathComponent("latest.csv").path
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "result.csv")
        let run = try CLI.run(["solve", plan, "--format", "csv", "--output", link])
        #expect(run.status == 0)
        #expect(text(target)?.hasPrefix("site,state,phase,type,count") == true)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "result.csv")
    }

    @Test func outputToADeviceIsWrittenDirectly() throws {
        let run = try CLI.run(["solve", CLI.fixture("small.yaml"), "--output", "/dev/null"])
        #expect(run.status == 0 && run.stdout.isEmpty && run.stderr.isEmpty)
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func outputToStandardOutputByNameReachesThePipe() throws {
        let run = try CLI.run(["check", CLI.fixture("small.yaml"), "--output", "/dev/stdout"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("sites: 2, factory types: 2, phases: 2"))
    }

    @Test func outputToStandardOutputAppendsWhereItIsRedirected() throws {
        let (folder, plan) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("log.txt").path
        try "earlier run\n".write(toFile: log, atomically: false, encoding: .utf8)
        let handle = try #require(FileHandle(forWritingAtPath: log))
        handle.seekToEndOfFile()
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["check", plan, "--output", "/dev/stdout"]
        process.standardOutput = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        #expect(process.terminationStatus == 0)
        let lines = try #require(text(log)).split(separator: "\n")
        #expect(lines.first == "earlier run")
        #expect(lines.dropFirst().first?.hasSuffix("plan 'Small CLI plan' is valid") == true)
    }

    @Test func aPlanIsReadFromAPipe() throws {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["check", "/dev/stdin"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(try Data(contentsOf: URL(fileURLWithPath: CLI.fixture("small.yaml"))))
        try input.fileHandleForWriting.close()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(printed.hasPrefix("/dev/stdin: plan 'Small CLI plan' is valid\nsites: 2, factory types: 2, phases: 2\n"))
    }

    @Test func badOutputPathsAreOneLineAndExitTwo() throws {
        let (folder, plan) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let readOnly = folder.appendingPathComponent("ro.txt").path
        try "keep".write(toFile: readOnly, atomically: false, encoding: .utf8)
        chmod(readOnly, 0o444)
        let missing = folder.appendingPathComponent("nowhere/out.txt").path
        let cases: [(String, String)] = [
            (folder.path, "parkplan: cannot write \(folder.path): it is a folder; give a file name inside it\n"),
            (missing, "parkplan: cannot write \(missing): the folder \(folder.appendingPathComponent("nowhere").path) does not exist; create it first or choose another place\n"),
            (readOnly, "parkplan: cannot write \(readOnly): the file is read-only; make it writable (chmod u+w) or choose another output file\n"),
        ]
        for (path, message) in cases {
            for command in [["solve", plan], ["check", plan]] {
                let run = try CLI.run(command + ["--output", path])
                #expect(run.status == 2)
                #expect(run.stderr == message)
                #expect(run.stdout.isEmpty)
            }
        }
        #expect(text(readOnly) == "keep")
    }

    @Test(arguments: [
        ["--set", "budget.total="],
        ["--set", "rules.min_sites="],
        ["--set", "name="],
        ["--set", "select.sites=[]"],
        ["--set", "solver.mip_gap=2"],
        ["--set", "solver.time_limit_s=0"],
        ["--set", "factory_types.cable.max_per_site=1e12"],
        ["--set", "factory_types.cable.max_per_site=1e8"],
        ["--set", "targets.cable.min=1e12"],
        ["--set", "sites.inl.max_plants=1e15"],
        ["--unset", "sites.inl", "--unset", "sites.ornl"],
        ["--unset", "factory_types.cable", "--unset", "factory_types.transformer"],
    ])
    func checkAndSolveRefuseTheSameValuesAlike(arguments: [String]) throws {
        let check = try CLI.run(["check", CLI.fixture("small.yaml")] + arguments)
        let solve = try CLI.run(["solve", CLI.fixture("small.yaml")] + arguments)
        #expect(check.status == 2 && solve.status == 2, "\(check.stderr) \(solve.stderr)")
        #expect(check.stderr == solve.stderr)
        #expect(check.stderr.contains("error: "), "\(check.stderr)")
        #expect(check.stdout.isEmpty && solve.stdout.isEmpty)
    }

    @Test func unsetRemovesAKeyFromTheCommandLine() throws {
        let one = try CLI.run(["check", CLI.fixture("small.yaml"), "--unset", "phases.p1.budget"])
        #expect(one.status == 2)
        #expect(one.stderr.contains("phase budgets are given for some phases only; missing for p1"), "\(one.stderr)")
        let both = try CLI.run(["check", CLI.fixture("small.yaml"), "--unset", "phases.p1.budget", "--unset", "phases.p2.budget"])
        #expect(both.status == 0, "\(both.stderr)")
    }
}
