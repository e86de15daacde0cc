import Foundation
import Testing
import MIP

/// Exported LP and MPS files are whole, use safe names, and replace files atomically.
@Suite struct ExportTests {
    func sample() -> Problem {
        var p = Problem(name: "sample plan", sense: .maximize)
        let a = p.addVariable("n[inl,transformer-large,p1]", upper: 2, kind: .integer, objective: 3)
        let b = p.addVariable("o[inl,p1]", kind: .binary, objective: -1)
        p.addRow("link[inl]", terms: [(a, 1), (b, -2)], upper: 0)
        return p
    }

    @Test(arguments: ModelFileFormat.allCases)
    func exportedFilesCarrySafeNames(format: ModelFileFormat) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("model.\(format.rawValue)").path
        try ModelFile.write(sample(), format: format, to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("n_inl_transformer-large_p1_") == false)
        #expect(text.contains("n_inl_transformer_large_p1_"))
        #expect(text.contains("link_inl_"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["model.\(format.rawValue)"])
    }

    @Test func aFailedWriteLeavesNoFile() {
        let path = "/nonexistent-dir/model.lp"
        #expect(throws: SolverError.self) { try ModelFile.write(sample(), format: .lp, to: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aLinkOrADeviceIsNeverReplaced() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("kept.txt").path
        try "kept".write(toFile: target, atomically: true, encoding: .utf8)
        let link = dir.appendingPathComponent("model.lp").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(throws: SolverError.self) { try ModelFile.write(sample(), format: .lp, to: link) }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "kept")
        #expect(throws: SolverError.self) { try ModelFile.write(sample(), format: .mps, to: "/dev/null") }
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func safeNamesAreUniqueAndStartWithALetter() {
        var p = Problem()
        _ = p.addVariable("1x")
        _ = p.addVariable("a b")
        _ = p.addVariable("a_b")
        _ = p.addVariable("e12")
        let names = p.withSafeNames().variables.map(\.name)
        #expect(names == ["n1x", "a_b", "a_b_2", "n_e12"])
    }
}
