import Dispatch
import Synchronization
import Testing
import MIP
@testable import GLPKSolver

/// Solves on several threads at once give exactly the serial results.
@Suite struct ConcurrencyTests {
    @Test func eightProblemsSolvedAtOnceEqualTheirSerialResults() throws {
        let problems = (0..<8).map { Hard.knapsack(items: 40 + 5 * $0, correlated: false) }
        let solver = GLPKSolver()
        let serial = try problems.map { try solver.solve($0, options: SolveOptions()) }
        let results = Self.solvedAtOnce(8) { k in try? solver.solve(problems[k], options: SolveOptions()) }
        #expect(results.count { $0 == nil } == 0)
        for k in 0..<8 {
            let parallel = try #require(results[k])
            #expect(parallel.status == .optimal && serial[k].status == .optimal)
            #expect(parallel.objective == serial[k].objective)
            #expect(parallel.values == serial[k].values)
        }
    }

    /// GLPK's cover cuts solve small knapsack problems with a routine whose variables are
    /// shared by every thread; searches making cover cuts at once (half of them with
    /// GLPK's own cut code) must still take their serial paths: the same nodes, the same plan.
    /// The threads seldom meet inside that routine here; under scripts/glpk-race-check.sh,
    /// whose GLPK is slowed by ThreadSanitizer, they do, and without the lock 31 of the 32
    /// searches ended in a GLPK error.
    @Test func searchesMakingCoverCutsAtOnceTakeTheirSerialPaths() throws {
        let problems = (0..<8).map { Hard.linkedKnapsacks(groups: 3 + $0 / 2 % 2, linking: 2 + $0 / 4) }
        let serial = try problems.indices.map { try Self.coverCutSolver($0).solve(problems[$0], options: SolveOptions()) }
        let rounds = 4
        let results = Self.solvedAtOnce(rounds * problems.count) { i in
            try? Self.coverCutSolver(i % problems.count).solve(problems[i % problems.count], options: SolveOptions())
        }
        #expect(results.count { $0 == nil } == 0)
        for (i, result) in results.enumerated() {
            let parallel = try #require(result), k = i % problems.count
            #expect(serial[k].status == .optimal && parallel.status == .optimal)
            #expect(parallel.nodes == serial[k].nodes, "problem \(k): \(parallel.nodes) nodes against \(serial[k].nodes) serially")
            #expect(parallel.values == serial[k].values, "problem \(k)")
        }
        #expect(serial.allSatisfy { $0.nodes > 100 }, "too easy to make cover cuts at many nodes: \(serial.map(\.nodes))")
    }

    /// A search of GLPK's own cut code holds the knapsack lock for the whole of
    /// `glp_intopt`; stopped from one of its display lines (a jump out of GLPK), it must
    /// give the lock back, or the next search making cover cuts would wait forever.
    @Test func aSearchStoppedFromADisplayLetsTheNextMakeCoverCuts() throws {
        let flag = CancellationFlag()
        var stopping = SolveOptions()
        stopping.cancellation = flag
        // The search's first progress line ("+ ...: mip = not found yet"); the display
        // line after it jumps out of glp_intopt.
        stopping.log = { line in if line.hasPrefix("+") { flag.cancel() } }
        let stopped = try Self.coverCutSolver(1).solve(Hard.linkedKnapsacks(groups: 3, linking: 2), options: stopping)
        #expect(stopped.termination == .interrupted)
        final class Box: @unchecked Sendable { var solution: Solution? }
        let elsewhere = Box()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            elsewhere.solution = try? Self.coverCutSolver(0).solve(Hard.linkedKnapsacks(groups: 3, linking: 2), options: SolveOptions())
            done.signal()
        }
        // A lock never given back keeps the other thread waiting: give it 30 s.
        try #require(done.wait(timeout: .now() + 30) == .success, "the other thread's search never got the lock")
        #expect(elsewhere.solution?.status == .optimal)
    }

    /// `solve(i)` for every `i` in `0..<count`, run on several threads at once, in index
    /// order (nil where it threw).
    private static func solvedAtOnce(_ count: Int, _ solve: @Sendable (Int) -> Solution?) -> [Solution?] {
        let results = Mutex([Solution?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let result = solve(i)
            results.withLock { $0[i] = result }
        }
        return results.withLock { $0 }
    }

    /// Cover cuts only, chosen by GLPK's own code for odd `k`.
    private static func coverCutSolver(_ k: Int) -> GLPKSolver {
        var options = GLPKOptions()
        options.cuts = CutOptions(cover: true)
        options.branching = .mostFractional
        options.glpkOwnCode = k % 2 == 1
        return GLPKSolver(options: options)
    }
}
