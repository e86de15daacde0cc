import Testing
import MIP
import GLPKSolver

/// Small LPs and MIPs whose answers were worked out by hand.
@Suite struct HandSolvedTests {
    let solver = GLPKSolver()

    /// max 3x + 2y s.t. x + y <= 4, x + 3y <= 7, x <= 3, x, y >= 0.
    /// Vertices: (0,0)=0, (3,0)=9, (3,1)=11, (2.5,1.5)=10.5, (0,7/3)=14/3; optimum (3,1) = 11.
    /// Binding rows: x + y <= 4 and x <= 3; x + 3y = 6 < 7 is slack (dual 0). Duals a, c
    /// solve 3 = a + c (for x) and 2 = a (for y): a = 2, c = 1.
    @Test func linearProgramReachesTheVertexOptimumWithDuals() throws {
        var p = Problem(sense: .maximize)
        let x = p.addVariable("x", objective: 3)
        let y = p.addVariable("y", objective: 2)
        p.addRow("sum", terms: [(x, 1), (y, 1)], upper: 4)
        p.addRow("mix", terms: [(x, 1), (y, 3)], upper: 7)
        p.addRow("xcap", terms: [(x, 1)], upper: 3)
        let s = try solver.solve(p, options: SolveOptions())
        #expect(s.status == .optimal)
        #expect(abs(s.objective! - 11) < 1e-9)
        #expect(abs(s.values[x] - 3) < 1e-9 && abs(s.values[y] - 1) < 1e-9)
        let duals = try #require(s.rowDuals)
        #expect(abs(duals[0] - 2) < 1e-9 && abs(duals[1]) < 1e-9 && abs(duals[2] - 1) < 1e-9)
        #expect(s.bound == s.objective && s.gap == 0)
    }

    /// min x + y s.t. x + 2y >= 3, y <= 1: at y = 1 the cost of x is 1, so x = 1, y = 1, cost 2?
    /// Cheaper: y's coefficient 1 buys 2 units of the row, x's buys 1, so y = 1 (its cap) and
    /// x = 1: cost 2. Reduced cost of y: 1 - 2*1 = -1 (it sits at its upper bound).
    @Test func reducedCostsOfAMinimization() throws {
        var p = Problem(sense: .minimize)
        let x = p.addVariable("x", objective: 1)
        let y = p.addVariable("y", upper: 1, objective: 1)
        p.addRow("cover", terms: [(x, 1), (y, 2)], lower: 3)
        let s = try solver.solve(p, options: SolveOptions())
        #expect(s.status == .optimal)
        #expect(abs(s.objective! - 2) < 1e-9)
        let d = try #require(s.reducedCosts)
        #expect(abs(d[x]) < 1e-9 && abs(d[y] + 1) < 1e-9)
        #expect(abs(s.rowDuals![0] - 1) < 1e-9)
    }

    /// Knapsack: values 10, 13, 7, 8; weights 5, 7, 4, 3; capacity 10.
    /// Subsets within 10: {1,4}=18 (w 8), {2,4}=21 (w 10), {3,4}=15, {1,3}=17 (w 9), {2}=13.
    /// The LP relaxation would give more; the integer optimum is {2,4} = 21.
    @Test func integerKnapsackBeatsItsRoundedRelaxation() throws {
        var p = Problem(sense: .maximize)
        let values = [10.0, 13, 7, 8], weights = [5.0, 7, 4, 3]
        let x = values.indices.map { p.addVariable("x\($0)", kind: .binary, objective: values[$0]) }
        p.addRow("cap", terms: x.map { ($0, weights[$0]) }, upper: 10)
        let s = try solver.solve(p, options: SolveOptions())
        #expect(s.status == .optimal)
        #expect(s.objective == 21)
        #expect(s.values == [0, 1, 0, 1])
        #expect(s.bound == 21 && s.gap == 0)
    }

    /// General integers: max x + y s.t. 2x + 2y <= 7, x, y integer >= 0: x + y <= 3.5, so 3.
    @Test func generalIntegersRoundDownTheRelaxation() throws {
        var p = Problem(sense: .maximize)
        let x = p.addVariable("x", kind: .integer, objective: 1)
        let y = p.addVariable("y", kind: .integer, objective: 1)
        p.addRow("r", terms: [(x, 2), (y, 2)], upper: 7)
        let s = try solver.solve(p, options: SolveOptions())
        #expect(s.status == .optimal && s.objective == 3)
    }

    /// x + y >= 3 with x, y <= 1 cannot hold.
    @Test(arguments: [VariableKind.continuous, .binary])
    func contradictoryRowsAreInfeasible(kind: VariableKind) throws {
        var p = Problem()
        let x = p.addVariable("x", upper: 1, kind: kind, objective: 1)
        let y = p.addVariable("y", upper: 1, kind: kind, objective: 1)
        p.addRow("r", terms: [(x, 1), (y, 1)], lower: 3)
        let s = try solver.solve(p, options: SolveOptions())
        #expect(s.status == .infeasible)
        #expect(s.objective == nil && s.values.isEmpty)
    }

    /// max x + y with x - y <= 1 and nothing bounding x + y grows without limit.
    @Test(arguments: [VariableKind.continuous, .integer])
    func anUnboundedObjectiveIsUnbounded(kind: VariableKind) throws {
        var p = Problem(sense: .maximize)
        let x = p.addVariable("x", kind: kind, objective: 1)
        let y = p.addVariable("y", kind: kind, objective: 1)
        p.addRow("r", terms: [(x, 1), (y, -1)], upper: 1)
        let s = try solver.solve(p, options: SolveOptions())
        #expect(s.status == .unbounded)
    }

    /// The relaxation is unbounded (y free to grow), but 2x = 1 has no integer solution:
    /// the MIP is infeasible, not unbounded.
    @Test func anUnboundedRelaxationOfAnInfeasibleIntegerProgramIsInfeasible() throws {
        var p = Problem(sense: .maximize)
        let x = p.addVariable("x", upper: 10, kind: .integer)
        let y = p.addVariable("y", kind: .integer, objective: 1)
        p.addRow("half", terms: [(x, 2)], lower: 1, upper: 1)
        _ = y
        let s = try solver.solve(p, options: SolveOptions())
        #expect(s.status == .infeasible)
    }

    /// The objective constant is part of the reported objective.
    @Test func theObjectiveConstantIsIncluded() throws {
        var p = Problem(sense: .minimize, objectiveConstant: 5)
        let x = p.addVariable("x", lower: 2, upper: 4, kind: .integer, objective: 3)
        _ = x
        let s = try solver.solve(p, options: SolveOptions())
        #expect(s.objective == 11)
    }

    /// A problem without variables is trivially optimal at its constant.
    @Test func anEmptyProblemIsOptimalAtItsConstant() throws {
        let s = try solver.solve(Problem(objectiveConstant: 4), options: SolveOptions())
        #expect(s.status == .optimal && s.objective == 4)
    }
}

/// A MIP that GLPK's presolver settles alone still reports its values and objective.
@Suite struct PresolvedAwayTests {
    /// x, y binary with x + y <= 0 and x - y = 0: presolve fixes both at 0; optimum 0.
    @Test func aMIPWhosePresolveFixesEveryColumnStillSolves() throws {
        var p = Problem(sense: .maximize)
        let x = p.addVariable("x", kind: .binary, objective: 1)
        let y = p.addVariable("y", kind: .binary, objective: 2)
        p.addRow("none", terms: [(x, 1), (y, 1)], upper: 0)
        p.addRow("same", terms: [(x, 1), (y, -1)], lower: 0, upper: 0)
        let s = try GLPKSolver().solve(p, options: SolveOptions())
        #expect(s.status == .optimal)
        #expect(s.objective == 0 && s.values == [0, 0])
    }
}
