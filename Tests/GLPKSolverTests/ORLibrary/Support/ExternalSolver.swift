import Foundation
import GLPKSolver
import MIP

/// A solver run as a separate program on a model file: GLPK's `glpsol` or COIN-OR's `cbc`.
enum ExternalSolver: String, CaseIterable, Sendable {
    case glpsol
    case cbc

    /// What one run reported.
    struct Run: Sendable {
        /// True when the program reported a proven optimum.
        var optimal: Bool
        /// The objective it reported, if any.
        var objective: Double?
        /// Wall-clock seconds from start to exit of the program.
        var seconds: Double
        /// Its standard output and error, and for glpsol its solution report.
        var output: String
    }

    /// Why a run could not be made or read.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The program's full path, or nil when it is not on `PATH`.
    var executable: String? { Self.find(rawValue) }

    /// True when the program is on `PATH`.
    var isInstalled: Bool { executable != nil }

    /// Finds `name` in the directories of `PATH`.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").lazy
            .map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The arguments that solve `file`.
    func arguments(file: String, format: ModelFileFormat, report: String, flags: [String]) -> [String] {
        switch self {
        case .glpsol:
            return [format == .lp ? "--lp" : "--freemps", file] + flags + ["-o", report]
        case .cbc:
            return [file] + flags + ["solve"]
        }
    }

    /// Runs the program on `file` and reads its verdict. An MPS file states a maximization
    /// as the minimization of its negation, so the optimum read from it is negated back.
    func solve(file: String, format: ModelFileFormat, sense: ObjectiveSense, flags: [String] = []) throws -> Run {
        var run = try solveAsWritten(file: file, format: format, flags: flags)
        if format == .mps && sense == .maximize { run.objective = run.objective.map { -$0 } }
        return run
    }

    private func solveAsWritten(file: String, format: ModelFileFormat, flags: [String]) throws -> Run {
        guard let executable else { throw Failure(description: "\(rawValue) is not on PATH") }
        let report = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(rawValue)-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments(file: file, format: format, report: report, flags: flags)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let clock = ContinuousClock.now
        try process.run()
        let bytes = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let seconds = clock.secondsElapsed
        var output = String(decoding: bytes, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(rawValue) exited with \(process.terminationStatus):\n\(output)")
        }
        switch self {
        case .glpsol:
            let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
            output += text
            return Run(optimal: Self.field("Status:", in: text)?.hasPrefix("INTEGER OPTIMAL") == true
                           || Self.field("Status:", in: text)?.hasPrefix("OPTIMAL") == true,
                       objective: Self.glpsolObjective(text), seconds: seconds, output: output)
        case .cbc:
            return Run(optimal: output.contains("Result - Optimal solution found"),
                       objective: Self.field("Objective value:", in: output).flatMap { Double($0) },
                       seconds: seconds, output: output)
        }
    }

    /// The rest of the first line that starts with `label`, trimmed.
    static func field(_ label: String, in text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix(label) {
                return trimmed.dropFirst(label.count).trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// The value in glpsol's `Objective:  obj = 1040444.375 (MINimum)` line.
    static func glpsolObjective(_ report: String) -> Double? {
        guard let rest = field("Objective:", in: report), let equals = rest.firstIndex(of: "=") else { return nil }
        let value = rest[rest.index(after: equals)...].split(separator: " ").first
        return value.flatMap { Double($0) }
    }
}
