import Foundation
import GLPKSolver
import MIP
@testable import Planning
import Testing

/// A problem restated with its objective's totals as columns: the same points and optimum,
/// read back both ways, and the aggregate's race on it giving the same answers.
@Suite struct ObjectiveTotalsTests {
    /// maximize 3a + 3b + 2c + 2d + e with 5a + 4b + 3c + 3d + 2e <= 9, all binary. By hand:
    /// one or two items reach at most 6 (a + b, weight 9); four items weigh at least 12; the
    /// three-item sets within 9 are c + d + e (value 5), b + c + e and b + d + e (value 6).
    /// The optimum is 6.
    static func knapsack() -> Problem {
        var problem = Problem(name: "knapsack", sense: .maximize)
        let weights = [5.0, 4, 3, 3, 2], values = [3.0, 3, 2, 2, 1]
        for (k, value) in values.enumerated() {
            problem.addVariable("x\(k)", upper: 1, kind: .binary, objective: value)
        }
        problem.addRow("weight", terms: weights.enumerated().map { ($0.offset, $0.element) }, upper: 9)
        return problem
    }

    @Test func eachSharedCoefficientBecomesOneTotalInFront() throws {
        let totals = try #require(ObjectiveTotals(Self.knapsack()))
        #expect(totals.groups == [[0, 1], [2, 3]])
        let problem = totals.problem
        #expect(problem.variables.count == 7)
        #expect(problem.variables.prefix(2).map(\.objective) == [3, 2])
        #expect(problem.variables.prefix(2).map(\.upper) == [2, 2])
        #expect(problem.variables.prefix(2).allSatisfy { $0.kind == .integer })
        // The grouped columns lose their objective; the column alone in its group keeps it.
        #expect(problem.variables.dropFirst(2).map(\.objective) == [0, 0, 0, 0, 1])
        #expect(problem.rows.count == 3)
        #expect(problem.rows[1].terms.terms.map(\.0) == [0, 2, 3] && problem.rows[1].lower == 0 && problem.rows[1].upper == 0)
    }

    @Test func theRestatedKnapsackHasTheHandOptimum() throws {
        let original = Self.knapsack()
        let totals = try #require(ObjectiveTotals(original))
        let solution = try GLPKSolver().solve(totals.problem, options: SolveOptions())
        #expect(solution.status == .optimal)
        #expect(solution.objective == 6)
        let plan = totals.original(solution.values)
        #expect(plan.count == 5)
        #expect(original.isFeasible(plan))
        #expect(original.objectiveValue(of: plan) == 6)
    }

    @Test func aPointReadBothWaysKeepsItsObjective() throws {
        let original = Self.knapsack()
        let totals = try #require(ObjectiveTotals(original))
        let point: [Double] = [0, 1, 1, 0, 1]
        let restated = totals.restated(point)
        #expect(restated == [1, 1, 0, 1, 1, 0, 1])
        #expect(totals.problem.isFeasible(restated))
        #expect(totals.problem.objectiveValue(of: restated) == original.objectiveValue(of: point))
        #expect(totals.original(restated) == point)
    }

    @Test func noTotalsWhereNoTwoIntegerColumnsShareACoefficient() {
        var problem = Problem(name: "distinct", sense: .maximize)
        problem.addVariable("a", upper: 1, kind: .binary, objective: 1)
        problem.addVariable("b", upper: 1, kind: .binary, objective: 2)
        problem.addVariable("c", upper: 1, kind: .continuous, objective: 2)
        problem.addVariable("d", upper: 1, kind: .binary, objective: 0)
        problem.addVariable("e", upper: 1, kind: .binary, objective: 0)
        #expect(ObjectiveTotals(problem) == nil)
    }

    /// Generated aggregates: the same optimum with and without totals (GLPK), and each
    /// optimum read in the other form feasible there with the same objective.
    @Test(arguments: IntegerCountFormTests.plans.prefix(3))
    func anAggregateAndItsTotalsHaveTheSameOptimum(sites: Int, types: Int, seed: UInt64) throws {
        let aggregate = try IntegerCountFormTests.aggregate(sites: sites, types: types, seed: seed)
        let totals = try #require(ObjectiveTotals(aggregate.problem))
        #expect(totals.groups.count <= types)
        let plain = try GLPKSolver().solve(aggregate.problem, options: SolveOptions())
        let restated = try GLPKSolver().solve(totals.problem, options: SolveOptions())
        try #require(plain.status == .optimal && restated.status == .optimal)
        let a = try #require(plain.objective), b = try #require(restated.objective)
        #expect(abs(a - b) <= 1e-7 * max(1, abs(a)), "plain \(a), with totals \(b)")
        let back = totals.original(restated.values)
        #expect(aggregate.problem.isFeasible(back))
        #expect(abs(aggregate.problem.objectiveValue(of: back) - b) <= 1e-7 * max(1, abs(b)))
        #expect(totals.problem.isFeasible(totals.restated(plain.values)))
    }

    /// The race on totals (every aggregate, not only large ones) proves the same optimum as
    /// the race without, and its plan is the full model's and feasible.
    @Test(arguments: [(12, 6, UInt64(2)), (15, 8, UInt64(6))])
    func theAggregateRacedOnTotalsProvesTheSameOptimum(sites: Int, types: Int, seed: UInt64) throws {
        let formulation = Formulation(plan: try AggregateRoundingTests.generated(sites: sites, types: types, seed: seed))
        let plain = try PhaseAggregation(solver: GLPKSolver()).solve(formulation, options: SolveOptions())
        var strategy = PhaseAggregation(solver: GLPKSolver())
        strategy.objectiveTotalsColumns = 0
        let withTotals = try strategy.solve(formulation, options: SolveOptions())
        try #require(plain.status == .optimal && withTotals.status == .optimal, "\(withTotals.rawStatus)")
        let a = try #require(plain.objective), b = try #require(withTotals.objective)
        #expect(abs(a - b) <= 1e-7 * max(1, abs(a)), "plain \(a), with totals \(b)")
        #expect(withTotals.values.count == formulation.problem.variables.count)
        #expect(formulation.problem.isFeasible(withTotals.values))
    }
}
