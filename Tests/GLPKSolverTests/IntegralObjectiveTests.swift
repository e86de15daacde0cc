import Synchronization
import Testing
import MIP
@testable import GLPKSolver

/// The objective is scaled to integers inside GLPK, so that its branch and bound rounds
/// node bounds, and every value the caller sees is in the problem's own units.
@Suite struct IntegralObjectiveTests {
    let solver = GLPKSolver()

    private func binaries(_ objective: [Double], sense: ObjectiveSense = .maximize) -> Problem {
        var p = Problem(sense: sense)
        for (j, c) in objective.enumerated() { p.addVariable("x\(j)", kind: .binary, objective: c) }
        return p
    }

    @Test func coefficientsWithThreeDecimalsAreScaledByAThousand() {
        let scaling = IntegralObjective(binaries([1.234, 0.5, 2, 0.321]))
        #expect(scaling.scale == 1000)
        #expect(scaling.scaled(1.234) == 1234)
        #expect(scaling.unscaled(1234) == 1.234)
    }

    @Test func integerCoefficientsAreLeftAsTheyAre() {
        #expect(IntegralObjective(binaries([3, -5, 7])).scale == 1)
    }

    @Test func aContinuousVariableWithACostLeavesTheObjectiveAsItIs() {
        var p = binaries([1.5, 2.5])
        p.addVariable("z", upper: 4, objective: 0.25)
        #expect(IntegralObjective(p).scale == 1)
    }

    @Test func aFixedContinuousVariableWithARoundCostDoesNotPreventScaling() {
        var p = binaries([1.5, 2.5])
        p.addVariable("z", lower: 2, upper: 2, objective: 0.5)
        #expect(IntegralObjective(p).scale == 10)
    }

    @Test func aFixedContinuousVariableWhoseCostWouldBeRoundedLeavesTheObjectiveAsItIs() {
        var p = binaries([1.5, 2.5])
        p.addVariable("z", lower: 2, upper: 2, objective: 0.123456789)
        #expect(IntegralObjective(p).scale == 1)
    }

    @Test func theBoundOfAStoppedSearchKeepsAFixedColumnsExactCost() throws {
        // max 1.5 a + 2.5 b + 0.123456789 z, z fixed at 2, a + b <= 1: optimum 2.5 + 0.246913578.
        var p = binaries([1.5, 2.5])
        p.addVariable("z", lower: 2, upper: 2, objective: 0.123456789)
        p.addRow("one", terms: [(0, 1), (1, 1)], upper: 1)
        let s = try GLPKSolver().solve(p, options: SolveOptions())
        #expect(s.status == .optimal)
        #expect(abs(try #require(s.objective) - 2.746913578) < 1e-9)
        #expect(abs(try #require(s.bound) - 2.746913578) < 1e-9)
    }

    @Test func coefficientsWithMoreThanSixDecimalsAreLeftAsTheyAre() {
        #expect(IntegralObjective(binaries([1.0 / 3, 1])).scale == 1)
    }

    @Test func aLinearProgramIsNeverScaled() {
        var p = Problem(sense: .maximize)
        p.addVariable("x", upper: 1, objective: 0.5)
        #expect(IntegralObjective(p).scale == 1)
    }

    /// A 0-1 knapsack of 14 items with three-decimal values, against enumeration of all
    /// 16384 subsets.
    @Test(arguments: [ObjectiveSense.maximize, .minimize])
    func aKnapsackWithDecimalValuesReachesTheEnumeratedOptimum(sense: ObjectiveSense) throws {
        let values = [1.234, 0.871, 2.306, 0.455, 1.999, 0.128, 3.141, 0.707, 1.414, 2.718, 0.333, 1.05, 0.999, 2.001]
        let weights: [Double] = [12, 9, 22, 5, 19, 2, 30, 8, 13, 27, 4, 11, 10, 20]
        let capacity = 70.0
        // Minimizing: the negated values, so the search still has to pick a full knapsack.
        let objective = sense == .maximize ? values : values.map { -$0 }
        var p = binaries(objective, sense: sense)
        p.addRow("capacity", terms: weights.indices.map { ($0, weights[$0]) }, upper: capacity)
        var best = 0.0
        for subset in 0..<(1 << values.count) {
            let chosen = values.indices.filter { subset & (1 << $0) != 0 }
            guard chosen.reduce(0.0, { $0 + weights[$1] }) <= capacity else { continue }
            best = max(best, chosen.reduce(0.0) { $0 + values[$1] })
        }
        let expected = sense == .maximize ? best : -best
        let s = try solver.solve(p, options: SolveOptions())
        #expect(s.status == .optimal)
        #expect(abs(try #require(s.objective) - expected) < 1e-9)
        #expect(abs(try #require(s.bound) - expected) < 1e-9)
    }

    /// Stopped early on a hard knapsack with three-decimal values, the search's bound and
    /// every incumbent it reports lie between zero and the LP relaxation's optimum, in the
    /// problem's units (a bound left in GLPK's scaled units would be a thousand times the
    /// relaxation's).
    @Test func boundAndProgressOfAStoppedSearchAreInTheProblemsUnits() throws {
        var p = Hard.knapsack()
        for j in p.variables.indices { p.setObjective(j, p.variables[j].objective / 1000) }
        #expect(IntegralObjective(p).scale >= 1000)
        let relaxation = try #require(try solver.solve(p.linearRelaxation, options: SolveOptions()).objective)
        let seen = Mutex<[SearchProgress]>([])
        var options = SolveOptions()
        options.timeLimit = 0.5
        options.progress = { progress in seen.withLock { $0.append(progress) } }
        let s = try solver.solve(p, options: options)
        #expect(s.status == .feasible)
        let objective = try #require(s.objective)
        let bound = try #require(s.bound)
        #expect(objective > 0 && objective <= bound && bound <= relaxation + 1e-6)
        let reported = seen.withLock { $0 }
        #expect(!reported.isEmpty)
        for progress in reported {
            if let incumbent = progress.incumbent { #expect(incumbent > 0 && incumbent <= relaxation + 1e-6) }
            if let b = progress.bound { #expect(b > 0 && b <= relaxation + 1e-6, "bound \(b), relaxation \(relaxation)") }
        }
    }
}
