import Foundation
import GLPKSolver
import MIP
@testable import Planning
import Testing

/// The strategy and the analyses say only what they know: no `optimal` without a bound
/// that meets the objective, the command's deadline and cancellation in every solve, and
/// the same plan for the same input.
@Suite struct HonestAnswerTests {
    /// A plan with two or more phases whose aggregate strategy applies.
    static let plan = RandomPlans.plan(seed: 3)

    @Test func theAggregationIsExactForAPlanWhoseObjectiveIgnoresThePhase() {
        #expect(Self.plan.phases.count >= 2)
        #expect(PhaseAggregation.isExact(for: Formulation(plan: Self.plan)))
    }

    @Test func anObjectiveThatDependsOnThePhaseFailsThePreconditions() throws {
        let formulation = Formulation(plan: Self.plan)
        let key = try #require(formulation.index.plants.keys.first { key in
            (0..<Self.plan.phases.count).filter { formulation.index.plant(site: key.site, type: key.type, phase: $0) != nil }.count >= 2
        })
        let column = try #require(formulation.index.plant(site: key.site, type: key.type, phase: key.phase))
        var problem = formulation.problem
        problem.setObjective(column, problem.variables[column].objective * 0.9 + 0.01)
        #expect(!PhaseAggregation.isExact(problem, index: formulation.index, plan: Self.plan))
    }

    @Test func aColumnTheAggregateDoesNotKnowFailsThePreconditions() {
        let formulation = Formulation(plan: Self.plan)
        var problem = formulation.problem
        problem.addVariable("g[fund,p1]", upper: 5, objective: 0)
        #expect(!PhaseAggregation.isExact(problem, index: formulation.index, plan: Self.plan))
    }

    @Test func withoutABoundTheStrategyNeverClaimsOptimal() throws {
        // Every solve finds its optimum but proves nothing: its bound is withheld.
        let boundless = RecordingSolver(passingTo: GLPKSolver()) { solution in
            if solution.termination == .optimal {
                solution.termination = .gapReached
                solution.bound = nil
                solution.gap = nil
            }
        }
        let result = try Planner(solver: boundless).solve(Self.plan, options: SolveOptions())
        let proven = try Planner(solver: GLPKSolver(), method: .direct).solve(Self.plan, options: SolveOptions())
        #expect(proven.status == .optimal)
        #expect(result.status == .feasible)
        let a = try #require(result.objective.value), b = try #require(proven.objective.value)
        #expect(abs(a - b) <= 1e-6 * max(1, abs(b)))
    }

    @Test func aScriptedInfeasibleSolverGivesAnInfeasiblePlan() throws {
        let infeasible = RecordingSolver { _, _ in Solution(termination: .infeasible) }
        #expect(try Planner(solver: infeasible).solve(Self.plan, options: SolveOptions()).status == .infeasible)
    }

    @Test func aStoppedSolverWithoutAPlanGivesNoSolutionNeverZero() throws {
        let stopped = RecordingSolver { _, _ in Solution(termination: .timeLimit) }
        let result = try Planner(solver: stopped).solve(Self.plan, options: SolveOptions())
        #expect(result.status == .noSolution)
        #expect(result.objective.value == nil)
        #expect(result.allocations.isEmpty)
    }

    /// Every call of a run: its deadline ends no later than the command's, and its flag
    /// reads raised once the command's flag is.
    static func expectEveryCall(of solver: RecordingSolver, obeys deadline: Deadline, _ flag: CancellationFlag,
                                sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let calls = solver.recorded
        #expect(!calls.isEmpty, sourceLocation: sourceLocation)
        let end = try #require(deadline.end)
        for call in calls {
            let callEnd = try #require(call.deadline.end, sourceLocation: sourceLocation)
            #expect(callEnd <= end, sourceLocation: sourceLocation)
        }
        flag.cancel()
        #expect(calls.allSatisfy { $0.cancellation?.isCancelled == true }, sourceLocation: sourceLocation)
    }

    static func commandOptions() -> (SolveOptions, Deadline, CancellationFlag) {
        var options = SolveOptions()
        let deadline = Deadline(seconds: 600)
        let flag = CancellationFlag()
        options.deadline = deadline
        options.cancellation = flag
        return (options, deadline, flag)
    }

    @Test(arguments: 101...104 as ClosedRange<UInt64>)
    func theDeadlineAndTheFlagReachEverySolveOfTheStrategy(seed: UInt64) throws {
        let recording = RecordingSolver(passingTo: GLPKSolver())
        let (options, deadline, flag) = Self.commandOptions()
        _ = try Planner(solver: recording).solve(RandomPlans.plan(seed: seed, tightPhases: true), options: options)
        try Self.expectEveryCall(of: recording, obeys: deadline, flag)
    }

    @Test func theDeadlineAndTheFlagReachEverySolveOfAnExplanation() throws {
        var plan = Self.plan
        plan.targets = [Target(type: "t0", min: 1000)]
        let recording = RecordingSolver(passingTo: GLPKSolver())
        let (options, deadline, flag) = Self.commandOptions()
        let explanation = try InfeasibilityExplainer.explain(plan: plan, planner: Planner(solver: recording), options: options)
        #expect(explanation.infeasible && !explanation.stoppedEarly)
        #expect(recording.recorded.count >= 3)
        try Self.expectEveryCall(of: recording, obeys: deadline, flag)
    }

    @Test func theDeadlineAndTheFlagReachTheInfeasibilitySummary() throws {
        var plan = Self.plan
        plan.targets = [Target(type: "t0", min: 1000)]
        let recording = RecordingSolver(passingTo: GLPKSolver())
        let (options, deadline, flag) = Self.commandOptions()
        #expect(!InfeasibilityExplainer.summary(plan: plan, solver: recording, options: options).isEmpty)
        try Self.expectEveryCall(of: recording, obeys: deadline, flag)
    }

    @Test func aRaisedFlagStopsTheSummaryAndTheExplanation() throws {
        var plan = Self.plan
        plan.targets = [Target(type: "t0", min: 1000)]
        var options = SolveOptions()
        let flag = CancellationFlag()
        flag.cancel()
        options.cancellation = flag
        #expect(InfeasibilityExplainer.summary(plan: plan, solver: GLPKSolver(), options: options).isEmpty)
        let explanation = try InfeasibilityExplainer.explain(plan: plan, planner: Planner(solver: GLPKSolver()), options: options)
        #expect(explanation.status == .noSolution)
        #expect(!explanation.infeasible)
        #expect(explanation.text(planName: "p").contains("no plan was found within the limits"))
    }

    @Test func explainSaysWhatIsKnownWhenTheSolveEndsWithoutAPlan() throws {
        let stopped = RecordingSolver { _, _ in Solution(termination: .timeLimit) }
        let explanation = try InfeasibilityExplainer.explain(plan: Self.plan, planner: Planner(solver: stopped))
        #expect(explanation.status == .noSolution)
        #expect(!explanation.text(planName: "p").contains("is feasible"))
        guard case .object(let members) = explanation.json(planName: "p") else { Issue.record("not an object"); return }
        #expect(members.contains { $0.0 == "status" && $0.1 == .string("no_solution") })
    }

    @Test func repeatedSolvesAndAnyNumberOfThreadsGiveTheSamePlan() throws {
        let path = PhaseAggregationTests.seedsFolder.appendingPathComponent("phase-one.yaml").path
        let plan = try PlanLoader.load(path: path, overrides: ["budget.total=4B"]).plan
        func allocations(threads: Int) throws -> [String] {
            var options = SolveOptions()
            options.threads = threads
            let result = try Planner(solver: GLPKSolver()).solve(plan, options: options)
            #expect(result.status == .optimal)
            return result.allocations.map { "\($0.site) \($0.type) \($0.phase) \($0.count)" }
        }
        let first = try allocations(threads: 2)
        #expect(!first.isEmpty)
        for threads in [2, 2, 2, 1, 1] {
            #expect(try allocations(threads: threads) == first)
        }
    }
}
