import Testing
import MIP
import GLPKSolver

/// GLPK never takes the process down: bad models are refused before GLPK sees them, and
/// GLPK's own errors become Swift errors after which the next solve still works.
@Suite struct GuardTests {
    let solver = GLPKSolver()

    @Test func glpkRunningOutOfItsMemoryLimitThrowsAndTheNextSolveWorks() throws {
        var big = Problem(sense: .maximize)
        let xs = (0..<20_000).map { big.addVariable("x\($0)", upper: 1, objective: 1) }
        big.addRow("cap", terms: xs.map { ($0, 1) }, upper: 10)
        var limited = GLPKOptions()
        limited.memoryLimitMB = 1
        #expect {
            try GLPKSolver(options: limited).solve(big, options: SolveOptions())
        } throws: { error in
            guard case SolverError.solverFailure(let text) = error else { return false }
            return text.contains("memory")
        }
        let s = try solver.solve(big, options: SolveOptions())
        #expect(s.status == .optimal && abs(s.objective! - 10) < 1e-9)
    }

    static let badModels: [(String, Problem)] = {
        var outOfRange = Problem()
        _ = outOfRange.addVariable("x")
        outOfRange.addRow("r", terms: [(3, 1)], upper: 1)
        var nanBound = Problem()
        _ = nanBound.addVariable("x", lower: .nan)
        var crossed = Problem()
        let c = crossed.addVariable("x")
        crossed.addRow("r", terms: [(c, 1)], lower: 2, upper: 1)
        var infiniteCoefficient = Problem()
        let i = infiniteCoefficient.addVariable("x")
        infiniteCoefficient.addRow("r", terms: [(i, .infinity)], upper: 1)
        return [("column out of range", outOfRange), ("NaN bound", nanBound),
                ("crossed row bounds", crossed), ("infinite coefficient", infiniteCoefficient)]
    }()

    @Test(arguments: badModels.map(\.0))
    func malformedModelsAreRefusedBeforeGLPKSeesThem(name: String) {
        let model = Self.badModels.first { $0.0 == name }!.1
        #expect(throws: SolverError.self) { try solver.solve(model, options: SolveOptions()) }
    }

    @Test func glpkIsBuiltReentrant() {
        #expect(GLPKSolver.isReentrant)
        #expect(GLPKSolver().name.hasPrefix("GLPK "))
    }

    @Test func solverOutputGoesToTheLogClosureOnly() throws {
        final class Lines: @unchecked Sendable { var text = "" }
        let lines = Lines()
        var o = SolveOptions()
        o.log = { lines.text += $0 }
        _ = try solver.solve(Hard.knapsack(items: 20, correlated: false), options: o)
        #expect(lines.text.contains("mip ="))
    }
}
