import Foundation
import Testing

/// Reads the OR-Library files copied into `Fixtures/orlib`.
enum ORLibraryFixtures {
    static var directory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/orlib", isDirectory: true)
    }

    static func bytes(_ family: String, _ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent("\(family)/\(name).txt"))
    }

    static func facility(_ name: String) throws -> CapacitatedFacilityLocation {
        try CapacitatedFacilityLocation(bytes: bytes("cap", name))
    }

    static func assignments(_ file: String) throws -> [GeneralizedAssignment] {
        try GeneralizedAssignment.problems(bytes: bytes("gap", file))
    }

    static func assignment(_ entry: ORLibraryOptima.Assignment) throws -> GeneralizedAssignment {
        let problems = try assignments(entry.file)
        try #require(problems.count == 5, "\(entry.file) should hold 5 problems")
        return problems[entry.problem - 1]
    }
}

extension ORLibraryOptima.Facility: CustomTestStringConvertible {
    var testDescription: String { name }
}

extension ORLibraryOptima.Assignment: CustomTestStringConvertible {
    var testDescription: String { "\(file)-\(problem)" }
}
