import MIP
@testable import Planning
import Synchronization
import Testing

/// The search for a minimal conflict, and how it ends when it is stopped.
@Suite struct ConflictFilterTests {
    /// Once the caller stops the search (or its deadline passes), the filter asks the solver
    /// nothing more and finishes at once: every check left counts as undecided.
    @Test func aStoppedConflictSearchAsksTheSolverNothingMore() throws {
        let stop = CancellationFlag()
        let calls = Mutex(0)
        // Every check is infeasible until the third, which stops the search.
        let solver = RecordingSolver { _, _ in
            if calls.withLock({ $0 += 1; return $0 }) == 3 { stop.cancel() }
            return Solution(termination: .infeasible, rawStatus: "scripted")
        }
        var options = SolveOptions()
        options.cancellation = stop
        let filter = ConflictFilter(formulation: Formulation(plan: RandomPlans.plan(seed: 3)), solver: solver,
                                    options: options)
        #expect(filter.candidates.count > 8, "enough groups for a search of many checks")
        let conflict = try filter.minimalConflict()
        #expect(calls.withLock { $0 } == 3)
        #expect(!conflict.isEmpty, "what was found before the stop is still a conflict")
    }

    /// Without a stop, the same scripted solver makes the filter check again and again.
    @Test func anUnstoppedConflictSearchChecksEachHalf() throws {
        let calls = Mutex(0)
        let solver = RecordingSolver { _, _ in
            calls.withLock { $0 += 1 }
            return Solution(termination: .infeasible, rawStatus: "scripted")
        }
        let filter = ConflictFilter(formulation: Formulation(plan: RandomPlans.plan(seed: 3)), solver: solver)
        let conflict = try filter.minimalConflict()
        #expect(calls.withLock { $0 } > 3)
        #expect(conflict.count == 1, "with every check infeasible, one group alone conflicts")
    }
}
