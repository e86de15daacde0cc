import Foundation
import Testing
@testable import Planning

/// Output files never destroy anything: inputs, links, devices and read-only files are
/// handled as the rules say, and a file appears whole or not at all.
struct OutputFileTests {
    private let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "parkplan-output-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func path(_ name: String) -> String { folder + "/" + name }

    private func contents(_ name: String) -> String? {
        try? String(contentsOfFile: path(name), encoding: .utf8)
    }

    private func mode(_ name: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path(name))[.posixPermissions] as? Int)
    }

    private func writeError(_ file: OutputFile, _ text: String = "new") -> OutputError? {
        do {
            try file.write(text)
            return nil
        } catch {
            return error
        }
    }

    private func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func writesANewFile() throws {
        try OutputFile(path("out.txt")).write("hello\n")
        #expect(contents("out.txt") == "hello\n")
        #expect(try entries() == ["out.txt"])
    }

    @Test func replacesAnExistingFileKeepingItsPermissions() throws {
        try "old".write(toFile: path("out.txt"), atomically: false, encoding: .utf8)
        chmod(path("out.txt"), 0o640)
        try OutputFile(path("out.txt")).write("new")
        #expect(contents("out.txt") == "new")
        #expect(try mode("out.txt") == 0o640)
        #expect(try entries() == ["out.txt"], "no temporary file is left behind")
    }

    @Test func refusesToOverwriteAnInputByAnyName() throws {
        try "plan".write(toFile: path("plan.yaml"), atomically: false, encoding: .utf8)
        symlink(path("plan.yaml"), path("link.yaml"))
        link(path("plan.yaml"), path("hard.yaml"))
        for name in ["plan.yaml", "link.yaml", "hard.yaml"] {
            let error = try #require(writeError(OutputFile(path(name), inputs: [path("plan.yaml")])))
            #expect(error.reason.hasPrefix("it is an input of this run"), "\(error)")
            #expect(error.description.hasPrefix("cannot write \(path(name)): "))
        }
        #expect(writeError(OutputFile(path("./plan.yaml"), inputs: [path("plan.yaml")])) != nil)
        #expect(contents("plan.yaml") == "plan")
    }

    @Test func followsASymbolicLinkAndKeepsTheLink() throws {
        try "old".write(toFile: path("target.txt"), atomically: false, encoding: .utf8)
        symlink("target.txt", path("link.txt"))
        try OutputFile(path("link.txt")).write("new")
        #expect(contents("target.txt") == "new")
        let destination = try FileManager.default.destinationOfSymbolicLink(atPath: path("link.txt"))
        #expect(destination == "target.txt")
    }

    @Test func aLinkToNothingCreatesItsTarget() throws {
        symlink("made.txt", path("link.txt"))
        try OutputFile(path("link.txt")).write("new")
        #expect(contents("made.txt") == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path("link.txt")) == "made.txt")
    }

    @Test func writesACharacterDeviceDirectly() throws {
        try OutputFile("/dev/null").write("discarded")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "/dev/null is still a device")
    }

    @Test func writesAFIFODirectly() async throws {
        #expect(mkfifo(path("pipe"), 0o600) == 0)
        signal(SIGPIPE, SIG_IGN)
        let reader = Task.detached { [path = path("pipe")] () -> String in
            let descriptor = open(path, O_RDONLY)
            defer { close(descriptor) }
            var bytes: [UInt8] = [], buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                if count <= 0 { break }
                bytes += buffer[..<count]
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        try OutputFile(path("pipe")).write("through the pipe")
        #expect(await reader.value == "through the pipe")
        var info = stat()
        #expect(lstat(path("pipe"), &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO is still a FIFO")
    }

    @Test func refusesAReadOnlyFile() throws {
        try "keep".write(toFile: path("ro.txt"), atomically: false, encoding: .utf8)
        chmod(path("ro.txt"), 0o444)
        let error = try #require(writeError(OutputFile(path("ro.txt"))))
        #expect(error.reason == "the file is read-only")
        #expect(contents("ro.txt") == "keep")
    }

    @Test func refusesAFolder() throws {
        let error = try #require(writeError(OutputFile(folder)))
        #expect(error.description == "cannot write \(folder): it is a folder; give a file name inside it")
    }

    @Test func refusesAMissingFolderNamingIt() throws {
        let error = try #require(writeError(OutputFile(path("missing/out.txt"))))
        #expect(error.description == "cannot write \(path("missing/out.txt")): the folder \(path("missing")) does not exist; create it first or choose another place")
    }

    @Test func refusesAFileThatIsNotAFolderOnThePath() throws {
        try "x".write(toFile: path("plain"), atomically: false, encoding: .utf8)
        let error = try #require(writeError(OutputFile(path("plain/out.txt"))))
        #expect(!error.description.contains("\n"))
        #expect(error.description.hasPrefix("cannot write \(path("plain/out.txt")): "), "\(error)")
    }

    @Test func refusesAnEmptyPath() throws {
        #expect(writeError(OutputFile(""))?.reason == "the path is empty")
    }

    @Test func checkWritesNothing() throws {
        try OutputFile(path("out.txt")).check()
        #expect(try entries().isEmpty)
    }
}
