import Foundation
import Testing
@testable import Planning

/// Inputs meant to crash or hang a loader are refused quickly with a clear message.
struct HostileInputTests {
    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "/parkplan-\(UUID().uuidString).yaml"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func binaryFileIsRefused() throws {
        let path = try temporaryFile([0x6E, 0x61, 0x6D, 0x65, 0x00, 0x01, 0xFF])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = try #require(loadError(path: path))
        #expect(error.description.contains("binary file"), "\(error)")
        #expect(error.file == path)
    }

    @Test func invalidUTF8IsRefused() throws {
        let path = try temporaryFile(Array("name: caf".utf8) + [0xE9, 0x0A])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = try #require(loadError(path: path))
        #expect(error.description.contains("not UTF-8"), "\(error)")
    }

    @Test func nulInTextIsRefused() throws {
        let error = try #require(loadError("name: a\u{0}b\n"))
        #expect(error.description.contains("binary file"))
    }

    @Test func billionLaughsIsRefusedBeforeExpanding() throws {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...12 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(refs)]\n"
        }
        let error = try #require(loadError(yaml))
        #expect(error.description.contains("expands to more than 100000"), "\(error)")
        #expect(error.line != nil, "\(error)")
    }

    @Test func aliasAsMappingKeyIsRefused() throws {
        let yaml = "a: &k [x, y]\nb: {*k : 1}\n"
        let error = try #require(loadError(yaml))
        #expect(error.line == 2, "\(error)")
        #expect(error.description.contains("alias used as a mapping key"), "\(error)")
    }

    @Test func deepNestingIsRefused() throws {
        let yaml = "name: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
        let error = try #require(loadError(yaml))
        #expect(error.description.contains("YAML syntax error"), "\(error)")
    }

    @Test func undefinedAliasIsASyntaxError() throws {
        let error = try #require(loadError("name: *nothing\n"))
        #expect(error.line == 1, "\(error)")
    }
}
