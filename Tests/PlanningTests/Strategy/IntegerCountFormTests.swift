import Foundation
import GLPKSolver
import MIP
@testable import Planning
import Testing

/// The aggregate with integer plant counts: the same points and optimum as the binary
/// levels, and no restatement where none is exact.
@Suite struct IntegerCountFormTests {
    static let plans: [(Int, Int, UInt64)] = [(10, 8, 1), (12, 6, 2), (15, 8, 6), (20, 8, 3)]

    static func aggregate(sites: Int, types: Int, seed: UInt64) throws -> AggregateModel {
        AggregateModel(formulation: Formulation(plan: try AggregateRoundingTests.generated(sites: sites, types: types, seed: seed)))
    }

    /// Cells of two or more levels, so the restatement has something to merge.
    static func multiLevelCells(_ aggregate: AggregateModel) -> [[Int]] {
        aggregate.levels.joined().filter { $0.count > 1 }
    }

    @Test(arguments: plans)
    func eachCellBecomesOneCountAndTheOrderingRowsGo(sites: Int, types: Int, seed: UInt64) throws {
        let aggregate = try Self.aggregate(sites: sites, types: types, seed: seed)
        let cells = Self.multiLevelCells(aggregate)
        try #require(!cells.isEmpty)
        let form = try #require(IntegerCountForm(aggregate))
        let merged = cells.reduce(0) { $0 + $1.count - 1 }
        #expect(form.problem.variables.count == aggregate.problem.variables.count - merged)
        #expect(form.problem.rows.count == aggregate.problem.rows.count - merged)
        #expect(!form.problem.rows.contains { $0.name == "order" })
        #expect(form.problem.variables.filter { $0.kind == .integer }.count == cells.count)
    }

    /// Both forms solved to optimality by GLPK: the same optimum, and each optimum read in
    /// the other form is feasible there with the same objective.
    @Test(arguments: plans.prefix(3))
    func bothFormsHaveTheSameOptimumAndMapOntoEachOther(sites: Int, types: Int, seed: UInt64) throws {
        let aggregate = try Self.aggregate(sites: sites, types: types, seed: seed)
        let form = try #require(IntegerCountForm(aggregate))
        let levels = try GLPKSolver().solve(aggregate.problem, options: SolveOptions())
        let counts = try GLPKSolver().solve(form.problem, options: SolveOptions())
        try #require(levels.status == .optimal && counts.status == .optimal)
        let a = try #require(levels.objective), b = try #require(counts.objective)
        #expect(abs(a - b) <= 1e-7 * max(1, abs(a)), "levels \(a), counts \(b)")

        let asLevels = form.levels(from: counts.values)
        #expect(aggregate.problem.isFeasible(asLevels))
        #expect(abs(aggregate.problem.objectiveValue(of: asLevels) - b) <= 1e-7 * max(1, abs(b)))
        let asCounts = form.counts(from: levels.values)
        #expect(form.problem.isFeasible(asCounts))
        #expect(abs(form.problem.objectiveValue(of: asCounts) - a) <= 1e-7 * max(1, abs(a)))
    }

    /// A count c stands for the first c levels: reading a point both ways gives it back.
    @Test func aCountSetsItsCellsFirstLevels() throws {
        let aggregate = try Self.aggregate(sites: 10, types: 8, seed: 1)
        let form = try #require(IntegerCountForm(aggregate))
        let cell = try #require(Self.multiLevelCells(aggregate).first)
        var levels = [Double](repeating: 0, count: aggregate.problem.variables.count)
        levels[cell[0]] = 1
        levels[cell[1]] = 1
        let counts = form.counts(from: levels)
        #expect(counts.reduce(0, +) == 2)
        #expect(form.levels(from: counts) == levels)
    }

    /// A cut of an unschedulable point names single levels, which no count can state.
    @Test func anAggregateWithACountCutKeepsItsLevels() throws {
        var aggregate = try Self.aggregate(sites: 10, types: 8, seed: 1)
        let counts = aggregate.levels.map { $0.map(\.count) }
        aggregate.addCountCut(excluding: counts)
        #expect(IntegerCountForm(aggregate) == nil)
    }

    /// A row over some of a cell's levels (here its first alone, at most 1) has no count.
    @Test func aRowOverPartOfACellKeepsTheLevels() throws {
        var aggregate = try Self.aggregate(sites: 10, types: 8, seed: 1)
        let cell = try #require(Self.multiLevelCells(aggregate).first)
        aggregate.addRow("first_level_only", terms: [(cell[0], 1)], upper: 1)
        #expect(IntegerCountForm(aggregate) == nil)
    }
}
