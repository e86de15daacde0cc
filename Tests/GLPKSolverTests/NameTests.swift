import GLPKSolver
import MIP
import Testing

/// Names are data: whatever a problem, its rows and its columns are called, GLPK solves it.
@Suite struct NameTests {
    static let hostile = "line\nbreak\ttab é 中文 " + String(repeating: "x", count: 300)

    @Test func anyNameSolves() throws {
        var p = Problem(name: Self.hostile, sense: .maximize)
        let x = p.addVariable(Self.hostile, upper: 3, kind: .integer, objective: 1)
        p.addRow(Self.hostile, terms: [(x, 2)], upper: 5)
        let solution = try GLPKSolver().solve(p, options: SolveOptions())
        #expect(solution.status == .optimal && solution.objective == 2)
    }

    @Test func safeNamesKeepOnlyWhatEveryReaderTakes() {
        let name = Problem.safeName(Self.hostile, fallback: "problem")
        #expect(name.count == 64)
        #expect(name.hasPrefix("line_break_tab_"))
        #expect(name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") })
        #expect(Problem.safeName("", fallback: "problem") == "problem")
        #expect(Problem.safeName("9 lives", fallback: "p") == "n9_lives")
    }
}
