import Foundation
import GLPKSolver
import MIP
@testable import Planning
import Synchronization
import Testing

/// The one-thread race, the LP check before the search, and warm starts carried into the
/// aggregate.
@Suite struct OneThreadTests {
    /// With one thread the two searches take turns: never both inside their work at once,
    /// and both run to their end.
    @Test func slicedSearchesNeverRunAtTheSameTime() {
        let baton = SlicedRace(slice: .milliseconds(1))
        let active = Atomic<Int>(0)
        let overlap = Atomic<Bool>(false)
        let turns = runOnTwoThreads { i -> Int in
            baton.begin(i)
            var steps = 0
            for _ in 0..<200 {
                if active.wrappingAdd(1, ordering: .sequentiallyConsistent).newValue > 1 { overlap.store(true, ordering: .relaxed) }
                let until = ContinuousClock.now + .microseconds(50)
                while ContinuousClock.now < until {}
                active.wrappingSubtract(1, ordering: .sequentiallyConsistent)
                steps += 1
                baton.checkpoint(i)
            }
            baton.end(i)
            return steps
        }
        #expect(turns == [200, 200])
        #expect(overlap.load(ordering: .relaxed) == false)
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
