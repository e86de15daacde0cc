import Foundation
import GLPKSolver
import MIP
@testable import Planning
import Testing

/// The phase-aggregation strategy against a plain GLPK solve of the full model, and on
/// the seed plans.
@Suite struct PhaseAggregationTests {
    /// Solves `plan` both ways; both must agree on the status and, with a solution, on
    /// the optimum. Returns the strategy's raw status, which names the path that proved it.
    @discardableResult
    static func compare(_ plan: Plan) throws -> String {
        let formulation = Formulation(plan: plan)
        let direct = try GLPKSolver().solve(formulation.problem, options: SolveOptions())
        let solution = try PhaseAggregation(solver: GLPKSolver()).solve(formulation, options: SolveOptions())
        #expect(solution.status == direct.status, "\(plan.name): \(solution.rawStatus)")
        if direct.status == .optimal, solution.status == .optimal {
            let a = try #require(direct.objective), b = try #require(solution.objective)
            #expect(abs(a - b) <= 1e-7 * max(1, abs(a)), "\(plan.name): direct \(a), strategy \(b) (\(solution.rawStatus))")
            #expect(formulation.problem.isFeasible(solution.values), "\(plan.name): \(solution.rawStatus)")
            #expect(solution.values.count == formulation.problem.variables.count)
        }
        return solution.rawStatus
    }

    @Test(arguments: 1...40 as ClosedRange<UInt64>)
    func randomPlansMatchTheDirectSolve(seed: UInt64) throws {
        try Self.compare(RandomPlans.plan(seed: seed))
    }

    /// A limit on the sites states the aggregate's site rows times O[s].
    @Test(arguments: 201...225 as ClosedRange<UInt64>)
    func plansWithASiteLimitMatchTheDirectSolve(seed: UInt64) throws {
        var plan = RandomPlans.plan(seed: seed)
        plan.rules.maxSites = Int(seed % 3) + 1
        plan.rules.minSites = nil
        try Self.compare(plan)
    }

    @Test(arguments: 101...120 as ClosedRange<UInt64>)
    func tightPhaseBudgetsMatchTheDirectSolve(seed: UInt64) throws {
        try Self.compare(RandomPlans.plan(seed: seed, tightPhases: true))
    }

    /// Some tight-budget plans must go past the first aggregate optimum (cuts or the full
    /// model), so those paths are exercised.
    @Test func tightPhaseBudgetsExerciseTheOtherPaths() throws {
        var paths: [String] = []
        for seed in 101...120 as ClosedRange<UInt64> {
            paths.append(try Self.compare(RandomPlans.plan(seed: seed, tightPhases: true)))
        }
        #expect(paths.contains { $0.contains("cuts") || $0.contains("full model") || $0.contains("no aggregate point") },
                "\(paths)")
    }

    @Test func anInfeasibleAggregateMeansAnInfeasiblePlan() throws {
        var plan = RandomPlans.plan(seed: 7)
        plan.targets = [Target(type: "t0", min: 1000)]
        let result = try Planner(solver: GLPKSolver()).solve(plan, options: SolveOptions())
        #expect(result.status == .infeasible)
    }

    @Test func theDirectMethodStillSolvesTheFullModel() throws {
        let plan = RandomPlans.plan(seed: 3)
        let direct = try Planner(solver: GLPKSolver(), method: .direct).solve(plan, options: SolveOptions())
        let staged = try Planner(solver: GLPKSolver()).solve(plan, options: SolveOptions())
        #expect(direct.status == .optimal && staged.status == .optimal)
        let a = try #require(direct.objective.value), b = try #require(staged.objective.value)
        #expect(abs(a - b) <= 1e-6 * max(1, abs(a)))
    }

    static var seedsFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")
    }

    static var seedFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: seedsFolder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test func theSeedsFolderHasPlans() {
        #expect(!Self.seedFiles.isEmpty)
    }

    @Test(arguments: seedFiles)
    func everySeedSolvesToProvenOptimum(file: String) throws {
        let plan = try PlanLoader.load(path: Self.seedsFolder.appendingPathComponent(file).path).plan
        var options = SolveOptions()
        options.timeLimit = 120
        let result = try Planner(solver: GLPKSolver()).solve(plan, options: options)
        #expect(result.status == .optimal, "\(file)")
        #expect(result.objective.gap == 0)
    }
}
