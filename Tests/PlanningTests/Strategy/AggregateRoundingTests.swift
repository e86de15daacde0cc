import Foundation
import GLPKSolver
import MIP
@testable import Planning
import Testing

/// The plan rounded from the aggregate's LP relaxation, and the search that starts from it.
@Suite struct AggregateRoundingTests {
    /// A generated plan of `sites` x `types` x 3 phases, loaded as analysts load it.
    static func generated(sites: Int, types: Int, seed: UInt64) throws -> Plan {
        let directory = NSTemporaryDirectory() + "parkplan-rounding-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = try PlanGenerator.write(.init(sites: sites, types: types, phases: 3, seed: seed), to: directory)
        return try PlanLoader.load(path: path).plan
    }

    /// The rounded plan satisfies every row of the aggregate, is worth no more than the
    /// relaxation and at least what the relaxation takes whole (rounding down keeps that
    /// much, and repair only runs on rows rounding broke, which generated plans' budgets
    /// and state shares leave whole).
    @Test(arguments: [(12, 6, 1), (25, 10, 1), (40, 12, 2), (60, 15, 3)] as [(Int, Int, UInt64)])
    func theRoundedPlanIsFeasibleAndBetweenTheWholePartAndTheRelaxation(sites: Int, types: Int, seed: UInt64) throws {
        let plan = try Self.generated(sites: sites, types: types, seed: seed)
        let aggregate = AggregateModel(formulation: Formulation(plan: plan))
        let relaxation = try GLPKSolver().solve(aggregate.problem.linearRelaxation, options: SolveOptions())
        #expect(relaxation.status == .optimal)
        let bound = try #require(relaxation.objective)
        let rounded = try #require(AggregateRounding(model: aggregate).round(relaxation.values, reducedCosts: relaxation.reducedCosts))
        #expect(aggregate.problem.isFeasible(rounded))
        let value = aggregate.problem.objectiveValue(of: rounded)
        let whole = aggregate.problem.objectiveValue(of: relaxation.values.map { $0 >= 1 - 1e-6 ? 1 : 0 })
        #expect(value <= bound + 1e-6)
        #expect(value >= whole - 1e-6, "rounded \(value), whole part of the relaxation \(whole)")
        // The aggregate's own optimum lies between the rounded plan and the relaxation.
        var options = SolveOptions()
        options.timeLimit = 5
        let optimum = try GLPKSolver().solve(aggregate.problem, options: options)
        if optimum.status == .optimal, let best = optimum.objective {
            #expect(value <= best + 1e-6 && best <= bound + 1e-6)
        }
    }

    @Test func aPlanThatMinimizesCostIsNotRounded() throws {
        var plan = try Self.generated(sites: 12, types: 6, seed: 1)
        plan.objective = .minimizeCost
        let aggregate = AggregateModel(formulation: Formulation(plan: plan))
        let relaxation = try GLPKSolver().solve(aggregate.problem.linearRelaxation, options: SolveOptions())
        #expect(AggregateRounding(model: aggregate).round(relaxation.values) == nil)
    }

    /// The rounded-start path on plans the race proves: within a short limit it returns a
    /// feasible plan worth at most the optimum, with a bound at least the optimum, and
    /// names the path in its raw status when it stops without a proof.
    @Test(arguments: [(10, 8, 1), (12, 6, 2), (15, 8, 3)] as [(Int, Int, UInt64)])
    func theRoundedStartPathReturnsAFeasiblePlanAndAValidBound(sites: Int, types: Int, seed: UInt64) throws {
        let plan = try Self.generated(sites: sites, types: types, seed: seed)
        let formulation = Formulation(plan: plan)
        let raced = try PhaseAggregation(solver: GLPKSolver()).solve(formulation, options: SolveOptions())
        #expect(raced.status == .optimal)
        let optimum = try #require(raced.objective)
        var rounded = PhaseAggregation(solver: GLPKSolver())
        rounded.roundedStartColumns = 0
        var options = SolveOptions()
        options.timeLimit = 2
        let fromStart = try rounded.solve(formulation, options: options)
        #expect(fromStart.status == .optimal || fromStart.status == .feasible, "\(fromStart.rawStatus)")
        #expect(formulation.problem.isFeasible(fromStart.values))
        let value = try #require(fromStart.objective), bound = try #require(fromStart.bound)
        let tolerance = 1e-7 * max(1, abs(optimum))
        #expect(value <= optimum + tolerance && bound >= optimum - tolerance, "\(value) <= \(optimum) <= \(bound)")
        // A proof replaces the stage's words; a search stopped at the limit keeps them.
        #expect(fromStart.status == .optimal || fromStart.rawStatus.contains("rounded"), "\(fromStart.rawStatus)")
    }

    /// Stopped at once, the rounded-start path still returns the rounded plan, feasible,
    /// with the relaxation's optimum as its bound.
    @Test func aSearchStoppedAtOnceStillReturnsTheRoundedPlan() throws {
        let plan = try Self.generated(sites: 60, types: 15, seed: 3)
        let formulation = Formulation(plan: plan)
        var strategy = PhaseAggregation(solver: GLPKSolver())
        strategy.roundedStartColumns = 0
        let cancel = CancellationFlag()
        var options = SolveOptions()
        options.progress = { _ in cancel.cancel() }
        options.cancellation = cancel
        let solution = try strategy.solve(formulation, options: options)
        #expect(solution.status == .feasible || solution.status == .optimal, "\(solution.rawStatus)")
        #expect(formulation.problem.isFeasible(solution.values))
        let objective = try #require(solution.objective), bound = try #require(solution.bound)
        #expect(objective <= bound + 1e-6)
    }

    /// From nothing (a relaxation that takes no plant whole, as when its LP does not finish),
    /// the fill measured against the budget gets past the state shares to a feasible plan.
    @Test(arguments: [(25, 10, 1), (60, 15, 3)] as [(Int, Int, UInt64)])
    func aPlanIsFilledFromNothingDespiteTheStateShares(sites: Int, types: Int, seed: UInt64) throws {
        let plan = try Self.generated(sites: sites, types: types, seed: seed)
        #expect(plan.rules.maxStateShare != nil)
        let aggregate = AggregateModel(formulation: Formulation(plan: plan))
        let nothing = [Double](repeating: 0, count: aggregate.problem.variables.count)
        let filled = try #require(AggregateRounding(model: aggregate).round(nothing))
        #expect(aggregate.problem.isFeasible(filled))
        let relaxation = try GLPKSolver().solve(aggregate.problem.linearRelaxation, options: SolveOptions())
        let value = aggregate.problem.objectiveValue(of: filled), bound = try #require(relaxation.objective)
        #expect(value > 0.8 * bound && value <= bound + 1e-6, "filled \(value), relaxation \(bound)")
    }

    /// The form with the total spend as a column has the same optimum and takes every point
    /// of the aggregate with its total spend appended.
    @Test(arguments: [(8, 5, 1), (10, 6, 2)] as [(Int, Int, UInt64)])
    func theTotalSpendColumnKeepsThePoints(sites: Int, types: Int, seed: UInt64) throws {
        let plan = try Self.generated(sites: sites, types: types, seed: seed)
        let aggregate = AggregateModel(formulation: Formulation(plan: plan))
        let sparse = aggregate.withTotalSpendColumn
        #expect(sparse.variables.count == aggregate.problem.variables.count + 1)
        #expect(sparse.nonzeroCount < aggregate.problem.nonzeroCount)
        var options = SolveOptions()
        options.search = .strongBound
        let dense = try GLPKSolver().solve(aggregate.problem, options: options)
        let other = try GLPKSolver().solve(sparse, options: options)
        #expect(dense.status == .optimal && other.status == .optimal)
        let a = try #require(dense.objective), b = try #require(other.objective)
        #expect(abs(a - b) <= 1e-7 * max(1, abs(a)))
        #expect(sparse.isFeasible(aggregate.withTotalSpend(dense.values)))
        #expect(aggregate.problem.isFeasible(Array(other.values.prefix(aggregate.problem.variables.count))))
    }
}
