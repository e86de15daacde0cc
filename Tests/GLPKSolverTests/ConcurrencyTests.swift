import Dispatch
import Testing
import MIP
import GLPKSolver

/// Solves on several threads at once give exactly the serial results.
@Suite struct ConcurrencyTests {
    @Test func eightProblemsSolvedAtOnceEqualTheirSerialResults() throws {
        let problems = (0..<8).map { Hard.knapsack(items: 40 + 5 * $0, correlated: false) }
        let solver = GLPKSolver()
        let serial = try problems.map { try solver.solve($0, options: SolveOptions()) }
        final class Box: @unchecked Sendable { var results = [Solution?](repeating: nil, count: 8); var errors = 0 }
        let box = Box()
        let lock = DispatchQueue(label: "results")
        DispatchQueue.concurrentPerform(iterations: 8) { k in
            let result = try? solver.solve(problems[k], options: SolveOptions())
            lock.sync { if let result { box.results[k] = result } else { box.errors += 1 } }
        }
        #expect(box.errors == 0)
        for k in 0..<8 {
            let parallel = try #require(box.results[k])
            #expect(parallel.status == .optimal && serial[k].status == .optimal)
            #expect(parallel.objective == serial[k].objective)
            #expect(parallel.values == serial[k].values)
        }
    }
}
