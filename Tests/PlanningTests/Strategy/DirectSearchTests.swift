import Foundation
import GLPKSolver
import MIP
import Testing
@testable import Planning

/// The direct path's start and bound come from an aggregate whose plants and openings are
/// worth their best phase: a relaxation of the model, so its optimum is never below the
/// model's, and a plan it yields, placed into phases, is a plan of the model.
@Suite struct DirectSearchTests {
    @Test(arguments: 1...30 as ClosedRange<UInt64>)
    func theBestPhaseAggregateBoundsThePlainModel(seed: UInt64) throws {
        var plan = PresolveTests.fundedPlan(seed: seed)
        plan.objective = .maximize(.npv)
        let formulation = Formulation(plan: plan)
        let plain = try GLPKSolver().solve(formulation.problem, options: SolveOptions())
        guard plain.status == .optimal, let optimum = plain.objective else { return }
        let presolved = PresolvedModel(formulation).formulation
        let aggregate = AggregateModel(formulation: presolved)
        let relaxed = try GLPKSolver().solve(aggregate.problem, options: SolveOptions())
        let bound = try #require(relaxed.objective, "seed \(seed): the aggregate has no optimum (\(relaxed.rawStatus))")
        #expect(bound >= optimum - 1e-7 * max(1, abs(optimum)), "seed \(seed): aggregate \(bound) below the optimum \(optimum)")
        // Its optimum placed into phases (when the quick schedules work) is a plan of the model.
        let scheduled = try PhaseScheduler(formulation: presolved)
            .schedule(aggregate.point(from: relaxed.values), options: SolveOptions(), solver: nil)
        if case .scheduled(let values, _) = scheduled {
            #expect(formulation.problem.isFeasible(PresolvedModel(formulation).fullValues(values)), "seed \(seed)")
        }
    }

    /// The searches of the direct path tighten bounds at the root only; the aggregate's
    /// keep the tightening at every node (docs/performance.md measures both).
    @Test func theDirectPathTightensBoundsAtTheRootOnlyAndTheAggregateAtEveryNode() throws {
        var plan = PresolveTests.fundedPlan(seed: 3)
        plan.funding = nil
        plan.objective = .maximize(.npv)
        let direct = RecordingSolver(passingTo: GLPKSolver())
        #expect(try Planner(solver: direct).solve(plan, options: SolveOptions()).solver.path == .direct)
        let searches = Self.raceSearches(of: direct)
        #expect(searches.count >= 2 && searches.allSatisfy { !$0.tightensBoundsAtEveryNode })

        plan.objective = .maximize(.value)
        let aggregate = RecordingSolver(passingTo: GLPKSolver())
        #expect(try Planner(solver: aggregate).solve(plan, options: SolveOptions()).solver.path == .aggregate)
        let aggregateSearches = Self.raceSearches(of: aggregate)
        #expect(aggregateSearches.count >= 2 && aggregateSearches.allSatisfy(\.tightensBoundsAtEveryNode))
    }

    /// The options of the race's searches among `solver`'s calls.
    static func raceSearches(of solver: RecordingSolver) -> [SolveOptions] {
        solver.recorded.filter { $0.search == .strongBound || $0.search == .strongBoundAlternate }
    }
}
