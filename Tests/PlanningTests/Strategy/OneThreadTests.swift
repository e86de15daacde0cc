import Foundation
import GLPKSolver
import MIP
@testable import Planning
import Synchronization
import Testing

/// The one-thread race, the LP check before the search, and warm starts carried into the
/// aggregate.
@Suite struct OneThreadTests {
    /// With one thread the two searches take turns of the same amount of work: never both
    /// inside their work at once, and the first to finish in turn order wins.
    @Test func searchesInTurnsNeverRunAtTheSameTime() {
        let stops = [CancellationFlag(), CancellationFlag()]
        let race = WorkRace(mode: .turns, slice: 7, stops: stops)
        let active = Atomic<Int>(0)
        let overlap = Atomic<Bool>(false)
        // Search 0 needs 50 checkpoints (turn 8), search 1 needs 40 (turn 6): search 1 wins.
        let steps = runOnTwoThreads { i -> Int in
            race.begin(i)
            var steps = 0
            for _ in 0..<(i == 0 ? 50 : 40) where !stops[i].isCancelled {
                if active.wrappingAdd(1, ordering: .sequentiallyConsistent).newValue > 1 { overlap.store(true, ordering: .relaxed) }
                active.wrappingSubtract(1, ordering: .sequentiallyConsistent)
                steps += 1
                race.checkpoint(i)
            }
            race.end(i, finished: !stops[i].isCancelled)
            return steps
        }
        #expect(overlap.load(ordering: .relaxed) == false)
        #expect(race.winner == 1)
        #expect(steps[1] == 40)
        #expect(steps[0] == 43, "search 0 stops when search 1 finishes in its sixth turn (a turn ends at the first checkpoint after it)")
        #expect(stops[0].isCancelled && !stops[1].isCancelled)
    }

    /// On two threads the winner is the one turns would have chosen, however the threads
    /// are scheduled: a search that finishes first on the clock but in a later turn loses.
    @Test(arguments: [(50, 40, 1), (40, 50, 0), (36, 31, 0), (36, 30, 1), (37, 36, 1), (3, 3, 0)])
    func parallelSearchesHaveTheWinnerOfTurns(work0: Int, work1: Int, expected: Int) {
        let stops = [CancellationFlag(), CancellationFlag()]
        let race = WorkRace(mode: .parallel, slice: 6, stops: stops)
        // Each search pauses at every checkpoint for a random moment, so the clock order varies.
        _ = runOnTwoThreads { i -> Int in
            race.begin(i)
            var steps = 0
            for _ in 0..<(i == 0 ? work0 : work1) where !stops[i].isCancelled {
                steps += 1
                race.checkpoint(i)
                if Int.random(in: 0..<3) == 0 { usleep(UInt32.random(in: 0...300)) }
            }
            race.end(i, finished: !stops[i].isCancelled)
            return steps
        }
        #expect(race.winner == expected, "\(work0) against \(work1) checkpoints")
    }

    /// The search whose gap is smaller at the end of its turn gets the next one, up to four
    /// turns for each of the other's: with gaps 0.5 and 0.01 and 100 checkpoints each
    /// (slice 10), search 1 finishes in its tenth turn while search 0 has had three.
    @Test func theSearchWhoseGapLeadsGetsUpToFourTurnsForOne() {
        let (winner, steps) = Self.race(.turns, slice: 10, work: [100, 100], gaps: [0.5, 0.01])
        #expect(winner == 1)
        #expect(steps == [31, 100], "search 0 stops at the first checkpoint after its third turn")
    }

    /// The turn order, and so the winner, is the same with one thread and with two: a
    /// search that needs fewer checkpoints loses when the other leads on the gap and
    /// finishes first in turn order.
    @Test(arguments: [
        (60, 100, 0.5, 0.01, 1), (60, 100, 0.2, 0.2, 0), (100, 60, 0.01, 0.5, 0),
        (30, 100, 0.5, 0.01, 0), (40, 100, 0.5, 0.01, 1), (100, 100, .infinity, 0.3, 1), (20, 30, 0.1, 0.1, 0),
    ])
    func bothModesFollowTheSameTurnOrder(work0: Int, work1: Int, gap0: Double, gap1: Double, expected: Int) {
        for mode in [WorkRace.Mode.turns, .parallel] {
            let (winner, _) = Self.race(mode, slice: 10, work: [work0, work1], gaps: [gap0, gap1])
            #expect(winner == expected, "\(mode): \(work0) at gap \(gap0) against \(work1) at gap \(gap1)")
        }
    }

    /// Races two searches that need `work[i]` checkpoints and report `gaps[i]` at each
    /// (infinity: no gap), pausing at random so that the clock order varies; returns the
    /// winner and the checkpoints each passed.
    private static func race(_ mode: WorkRace.Mode, slice: Int, work: [Int], gaps: [Double]) -> (Int?, [Int]) {
        let stops = [CancellationFlag(), CancellationFlag()]
        let race = WorkRace(mode: mode, slice: slice, stops: stops)
        let steps = runOnTwoThreads { i -> Int in
            race.begin(i)
            var steps = 0
            for _ in 0..<work[i] where !stops[i].isCancelled {
                steps += 1
                race.checkpoint(i, gap: gaps[i].isFinite ? gaps[i] : nil)
                if Int.random(in: 0..<3) == 0 { usleep(UInt32.random(in: 0...300)) }
            }
            race.end(i, finished: !stops[i].isCancelled)
            return steps
        }
        return (race.winner, steps)
    }

    /// One thread (the sliced race) proves the same optima as a plain solve of the full model.
    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func oneThreadMatchesTheDirectSolve(seed: UInt64) throws {
        let plan = RandomPlans.plan(seed: seed)
        let formulation = Formulation(plan: plan)
        let direct = try GLPKSolver().solve(formulation.problem, options: SolveOptions())
        var options = SolveOptions()
        options.threads = 1
        let solution = try PhaseAggregation(solver: GLPKSolver()).solve(formulation, options: options)
        #expect(solution.status == direct.status, "\(plan.name): \(solution.rawStatus)")
        if direct.status == .optimal, solution.status == .optimal {
            let a = try #require(direct.objective), b = try #require(solution.objective)
            #expect(abs(a - b) <= 1e-7 * max(1, abs(a)), "\(plan.name): direct \(a), one thread \(b)")
            #expect(formulation.problem.isFeasible(solution.values))
        }
    }

    /// A plan whose aggregate LP has no feasible point is reported infeasible by the LP
    /// check, before any branch and bound.
    @Test func anLPWithoutAFeasiblePointEndsAtOnce() throws {
        var plan = RandomPlans.plan(seed: 7)
        plan.targets = [Target(type: "t0", min: 1000)]
        let solution = try PhaseAggregation(solver: GLPKSolver()).solve(Formulation(plan: plan), options: SolveOptions())
        #expect(solution.status == .infeasible)
        #expect(solution.rawStatus.contains("LP relaxation"), "\(solution.rawStatus)")
    }

    /// A full-model solution maps onto a feasible aggregate point with the same objective.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aFullSolutionIsAnAggregatePointOfTheSameValue(seed: UInt64) throws {
        let plan = RandomPlans.plan(seed: seed)
        let formulation = Formulation(plan: plan)
        let direct = try GLPKSolver().solve(formulation.problem, options: SolveOptions())
        guard direct.status == .optimal else { return }
        let aggregate = AggregateModel(formulation: formulation)
        let values = try #require(aggregate.values(fromFull: direct.values))
        #expect(aggregate.problem.isFeasible(values))
        let a = formulation.problem.objectiveValue(of: direct.values), b = aggregate.problem.objectiveValue(of: values)
        #expect(abs(a - b) <= 1e-7 * max(1, abs(a)), "full \(a), aggregate \(b)")
        #expect(aggregate.values(fromFull: [1, 2]) == nil)
    }
}
