import MIP
import Synchronization
import Testing
@testable import GLPKSolver

/// Problems without free columns are checked against their rows, and a deadline or a
/// cancellation stops every step of a solve, a long simplex run included.
@Suite struct DeadlineAndCancellationTests {
    let solver = GLPKSolver()

    @Test func aProblemWithoutColumnsAndAnUnmetRowIsInfeasible() throws {
        var p = Problem(sense: .maximize)
        p.addRow("at_least_one_site", terms: [], lower: 1)
        let s = try solver.solve(p, options: SolveOptions())
        #expect(s.status == .infeasible)
        #expect(s.rawStatus.contains("at_least_one_site"))
    }

    @Test func aProblemWithoutColumnsWhoseRowsHoldIsOptimalAtItsConstant() throws {
        var p = Problem(sense: .maximize, objectiveConstant: 2)
        p.addRow("free", terms: [], lower: -1, upper: 1)
        let s = try solver.solve(p, options: SolveOptions())
        #expect(s.status == .optimal && s.objective == 2)
    }

    @Test func aFullyFixedProblemIsCheckedAtItsOnlyPoint() throws {
        var p = Problem(sense: .maximize)
        let x = p.addVariable("x", lower: 1, upper: 1, kind: .integer, objective: 3)
        let y = p.addVariable("y", lower: 2, upper: 2, objective: 1)
        p.addRow("cap", terms: [(x, 1), (y, 1)], upper: 2.5)
        #expect(try solver.solve(p, options: SolveOptions()).status == .infeasible)
        p.setBounds(ofRow: 0, lower: -.infinity, upper: 3)
        let s = try solver.solve(p, options: SolveOptions())
        #expect(s.status == .optimal && s.objective == 5 && s.values == [1, 2])
    }

    /// GLPK's MIP presolver runs with no hook, so a large model the caller can stop (by a
    /// deadline or a flag) goes without it; a small one, or one nobody can stop, keeps it.
    @Test func onlyALargeModelTheCallerCanStopGoesWithoutThePresolver() {
        var large = Problem()
        for j in 0..<GLPKSolver.presolverColumnLimit { large.addVariable("x\(j)", upper: 1, kind: .binary) }
        var small = Problem()
        small.addVariable("x", upper: 1, kind: .binary)
        var limited = SolveOptions()
        limited.timeLimit = 2
        var flagged = SolveOptions()
        flagged.cancellation = CancellationFlag()
        #expect(!GLPKSolver.usesPresolver(for: large, options: limited))
        #expect(!GLPKSolver.usesPresolver(for: large, options: flagged))
        #expect(GLPKSolver.usesPresolver(for: large, options: SolveOptions()))
        #expect(GLPKSolver.usesPresolver(for: small, options: limited))
    }

    /// A limit of work stops a search that would run much longer, after about that many
    /// linear programs, with its incumbent; the caller's own hook sees every report.
    @Test func aSearchStopsAfterItsLinearPrograms() throws {
        let seen = Mutex(0)
        var options = SolveOptions()
        options.progress = { _ in seen.withLock { $0 += 1 } }
        let s = try solver.solve(Hard.knapsack(), options: options.stopping(afterLinearPrograms: 20))
        #expect(s.termination == .interrupted)
        #expect(seen.withLock { $0 } >= 20 && seen.withLock { $0 } < 40)
    }

    @Test func aPassedDeadlineStartsNothing() throws {
        var o = SolveOptions()
        o.deadline = Deadline(seconds: 1, from: .now - .seconds(5))
        let s = try solver.solve(Hard.knapsack(), options: o)
        #expect(s.status == .noSolution && s.termination == .timeLimit)
    }

    @Test func aRaisedFlagStartsNothing() throws {
        var o = SolveOptions()
        let flag = CancellationFlag()
        flag.cancel()
        o.cancellation = flag
        let s = try solver.solve(Hard.knapsack(), options: o)
        #expect(s.status == .noSolution && s.termination == .interrupted)
    }

    /// A transportation LP large enough that the simplex method prints several displays;
    /// the flag is raised at the first one, so the run must stop at a later one.
    @Test func aFlagRaisedDuringTheSimplexMethodStopsIt() throws {
        let n = 300
        var p = Problem(sense: .minimize)
        var columns: [[Int]] = []
        for i in 0..<n {
            columns.append((0..<n).map { j in
                p.addVariable("x\(i)_\(j)", objective: Double((i * 7919 + j * 104729) % 1000 + 1))
            })
        }
        for i in 0..<n { p.addRow("supply\(i)", terms: columns[i].map { ($0, 1) }, upper: Double(10 + i % 7)) }
        for j in 0..<n { p.addRow("demand\(j)", terms: (0..<n).map { (columns[$0][j], 1) }, lower: Double(5 + j % 5)) }
        let flag = CancellationFlag()
        let displays = Atomic<Int>(0)
        var o = SolveOptions()
        o.cancellation = flag
        o.log = { text in
            if text.contains("obj =") {
                displays.add(1, ordering: .relaxed)
                flag.cancel()
            }
        }
        let s = try solver.solve(p, options: o)
        #expect(s.termination == .interrupted, "\(s.rawStatus)")
        #expect(s.status == .noSolution)
        // The thread's GLPK environment was freed after the jump: the next solve works.
        let next = try solver.solve(Hard.knapsack(items: 20), options: SolveOptions())
        #expect(next.status == .optimal)
    }
}
