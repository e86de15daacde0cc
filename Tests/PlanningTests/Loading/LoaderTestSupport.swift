import Foundation
import Testing
@testable import Planning

/// A small valid plan; tests change single lines of it. Line numbers are noted because
/// error tests assert them.
let basePlan = """
name: Test plan
start: 2026-01
phases:
  - {id: p1, ends: 2028-12}
  - {id: p2, ends: 2032-12}
review_months: {CE: 3, EA: 12, EIS: 36}
sites:
  - id: inl
    name: Idaho National Laboratory
    state: ID
    capacity: {power_mw: 300, land_acres: 5000}
  - id: oak-ridge
    name: Oak Ridge
    state: TN
    capacity: {power_mw: 500, land_acres: 3000}
factory_types:
  - id: transformer-large
    name: Large transformer plant
    capex: 500M
    annual_value: 1.2B
    jobs: 800
    uses: {power_mw: 30, land_acres: 60}
    build_months: 24
    review: EA
  - id: fab-leading
    name: Leading fab
    capex: $20B
    annual_value: 10B
    jobs: 3000
    uses: {power_mw: 200, land_acres: 500}
    build_months: 48
    review: EIS

"""

/// The base plan with `old` replaced by `new` (which must occur).
func basePlan(replacing old: String, with new: String) -> String {
    precondition(basePlan.contains(old), "base plan lacks \(old)")
    return basePlan.replacingOccurrences(of: old, with: new)
}

/// `text` with `old` replaced by `new` (which must occur).
func replacing(_ old: String, with new: String, in text: String) -> String {
    precondition(text.contains(old), "the plan lacks \(old)")
    return text.replacingOccurrences(of: old, with: new)
}

/// The base plan with `lines` added at the end (from line 33 on).
func basePlan(adding lines: String) -> String {
    basePlan + lines + "\n"
}

/// The error loading `yaml` as file `test.yaml` throws, or nil when it loads.
func loadError(_ yaml: String, overrides: [String] = [], baseDirectory: String = ".") -> PlanError? {
    do {
        _ = try PlanLoader.load(yaml: yaml, file: "test.yaml", baseDirectory: baseDirectory, overrides: overrides)
        return nil
    } catch {
        return error
    }
}

/// The error loading the plan file at `path` throws, or nil when it loads.
func loadError(path: String, overrides: [String] = []) -> PlanError? {
    do {
        _ = try PlanLoader.load(path: path, overrides: overrides)
        return nil
    } catch {
        return error
    }
}

/// The folder of the loader's fixture files.
func fixturePath(_ relative: String) -> String {
    let root = Bundle.module.resourcePath ?? "."
    return root + "/Fixtures/Loading/" + relative
}

/// A bad plan, its expected error line and text fragments the message must hold.
struct BadPlan: CustomTestStringConvertible, Sendable {
    let name: String
    let yaml: String
    let line: Int?
    let fragments: [String]

    init(_ name: String, _ yaml: String, line: Int?, _ fragments: String...) {
        self.name = name
        self.yaml = yaml
        self.line = line
        self.fragments = fragments
    }

    var testDescription: String { name }
}

extension BadPlan {
    /// Expects loading the plan (as `test.yaml`) to fail on ``line`` with every fragment.
    func expectError(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let error = try #require(loadError(yaml), sourceLocation: sourceLocation)
        #expect(error.file == "test.yaml", sourceLocation: sourceLocation)
        #expect(error.line == line, "\(error)", sourceLocation: sourceLocation)
        for fragment in fragments {
            #expect(error.description.contains(fragment), "\(error)", sourceLocation: sourceLocation)
        }
    }
}
