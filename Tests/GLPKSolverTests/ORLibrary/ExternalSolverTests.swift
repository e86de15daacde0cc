import Foundation
import GLPKSolver
import MIP
import Testing

/// One cap and one gap instance exported with ``ModelFile.write(_:format:to:)`` as LP and as
/// free MPS, then solved by glpsol and by cbc from those files: both must find the optimum
/// that GLPKSolver and the literature give.
@Suite struct ExternalSolverTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var instance: String
        var format: ModelFileFormat
        var testDescription: String { "\(instance) as \(format.rawValue)" }
    }

    static let cases: [Case] = ["cap41", "gap1-1 max"].flatMap { name in
        ModelFileFormat.allCases.map { Case(instance: name, format: $0) }
    }

    @Test(.enabled(if: ExternalSolver.glpsol.isInstalled, "glpsol is not on PATH"), arguments: cases)
    func glpsolSolvesTheExportedFileToTheSameOptimum(_ testCase: Case) throws {
        try expectSameOptimum(testCase, solver: .glpsol)
    }

    @Test(.enabled(if: ExternalSolver.cbc.isInstalled, "cbc is not on PATH"), arguments: cases)
    func cbcSolvesTheExportedFileToTheSameOptimum(_ testCase: Case) throws {
        try expectSameOptimum(testCase, solver: .cbc)
    }

    /// The problem and its published optimum.
    private func model(_ instance: String) throws -> (Problem, Double) {
        if instance == "cap41" {
            let entry = try #require(ORLibraryOptima.facilities.first { $0.name == "cap41" })
            return (try ORLibraryFixtures.facility("cap41").problem(name: "cap41"), entry.optimum)
        }
        let entry = ORLibraryOptima.assignments[0]
        return (try ORLibraryFixtures.assignment(entry).problem(sense: .maximize, name: "gap1-1"), Double(entry.maximum))
    }

    private func expectSameOptimum(_ testCase: Case, solver: ExternalSolver) throws {
        let (problem, published) = try model(testCase.instance)
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("orlib-export-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("\(problem.name).\(testCase.format.rawValue)").path
        try ModelFile.write(problem, format: testCase.format, to: file)

        let ours = try ORLibrarySolveOptions.solver.solve(problem, options: ORLibrarySolveOptions.standard)
        let theirs = try solver.solve(file: file, format: testCase.format, sense: problem.sense)

        #expect(theirs.optimal, "\(theirs.output)")
        let objective = try #require(theirs.objective, "no objective in:\n\(theirs.output)")
        #expect(abs(objective - published) <= 1e-3, "\(solver.rawValue) reports \(objective)")
        #expect(abs(objective - (ours.objective ?? .nan)) <= 1e-3, "GLPKSolver reports \(ours.objective ?? .nan)")
    }
}
