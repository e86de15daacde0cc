import Foundation

/// Runs the built `parkplan` executable and captures what it prints.
enum CLI {
    /// The package root, three folders above this file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The executable: beside the test bundle when it is there, else in .build/debug.
    static let executable: URL = {
        let beside = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("parkplan")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return root.appendingPathComponent(".build/debug/parkplan")
    }()

    /// The path of a fixture in Tests/CLITests/Fixtures.
    static func fixture(_ name: String) -> String {
        root.appendingPathComponent("Tests/CLITests/Fixtures/\(name)").path
    }

    /// The three-site fixture plan.
    static let threeSites = fixture("three-sites.yaml")

    /// What a run printed and how it ended.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Standard output parsed as a JSON object.
        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [String: Any] ?? [:]
        }
    }

    /// Runs `parkplan` with `arguments` in the package root.
    static func run(_ arguments: [String]) throws -> Run {
        try launch(executable, arguments)
    }

    /// Runs a `/bin/sh -c` command line in the package root.
    static func shell(_ command: String) throws -> Run {
        try launch(URL(fileURLWithPath: "/bin/sh"), ["-c", command])
    }

    /// Runs `program` with `arguments` in the package root and collects what it printed.
    private static func launch(_ program: URL, _ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parkplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
