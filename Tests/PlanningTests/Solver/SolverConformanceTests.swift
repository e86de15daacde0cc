import GLPKSolver
import MIP
import Testing

/// What every ``MIP/Solver`` must do.
///
/// The suite is written once against `any Solver` and runs over GLPK, the enumerating
/// fake and the recording fake the strategy tests use (passing calls to the enumerating
/// one). Optima are worked out by hand in each test.
///
/// Left out on purpose, with the reason:
/// - LP duals and reduced costs: GLPK gives them, the enumerating fake gives none (its
///   answers come from vertices, not a basis); GLPK's are tested in GLPKSolverTests.
/// - A deadline or a cancellation that arrives during a search: how far a search gets is
///   the solver's own (GLPK's is tested in DeadlineAndCancellationTests); here both stop
///   before they start.
/// - Unbounded integer variables: the fake enumerates bounded domains only; GLPK's MIP
///   unboundedness check is tested in GLPKSolverTests.
@Suite struct SolverConformanceTests {
    /// The solvers the suite runs over.
    static let solvers: [any Solver] = [
        GLPKSolver(), EnumerationSolver(), RecordingSolver(passingTo: EnumerationSolver()),
    ]

    /// Solves `problem` with `solver` and checks what holds for every plan: its values meet
    /// every row and bound, and its objective is the objective of its values.
    static func solve(_ problem: Problem, _ solver: any Solver, options: SolveOptions = SolveOptions()) throws
        -> Solution
    {
        let solution = try solver.solve(problem, options: options)
        if let objective = solution.objective {
            #expect(problem.isFeasible(solution.values), "\(solver.name): the plan breaks a row or bound")
            #expect(abs(problem.objectiveValue(of: solution.values) - objective) < 1e-6, "\(solver.name)")
        }
        return solution
    }

    static func close(_ x: Double?, _ y: Double) -> Bool { x.map { abs($0 - y) < 1e-6 } ?? false }

    /// max 3x + 2y, x + y <= 4, x + 3y <= 6, x <= 3: the optimum is x = 3, y = 1, 11.
    @Test(arguments: solvers)
    func aSmallLPReachesItsOptimum(solver: any Solver) throws {
        var p = Problem(name: "lp", sense: .maximize)
        let x = p.addVariable("x", upper: 3, objective: 3)
        let y = p.addVariable("y", objective: 2)
        p.addRow("a", terms: [(x, 1), (y, 1)], upper: 4)
        p.addRow("b", terms: [(x, 1), (y, 3)], upper: 6)
        let s = try Self.solve(p, solver)
        #expect(s.status == .optimal && Self.close(s.objective, 11), "\(solver.name): \(s.status)")
        #expect(Self.close(s.values.first, 3) && Self.close(s.values.last, 1))
    }

    /// min x with x + y = 4 and 1 <= x - y <= 2 (a range row), plus a constant 10: x - y = 1
    /// at best, so x = 2.5 and the objective is 12.5.
    @Test(arguments: solvers)
    func equalityRangesAndTheConstantCount(solver: any Solver) throws {
        var p = Problem(name: "ranges", sense: .minimize, objectiveConstant: 10)
        let x = p.addVariable("x", lower: -.infinity, upper: .infinity, objective: 1)
        let y = p.addVariable("y", lower: -5, upper: 5)
        p.addRow("sum", terms: [(x, 1), (y, 1)], lower: 4, upper: 4)
        p.addRow("gap", terms: [(x, 1), (y, -1)], lower: 1, upper: 2)
        let s = try Self.solve(p, solver)
        #expect(s.status == .optimal && Self.close(s.objective, 12.5), "\(solver.name): \(s.status)")
    }

    /// A 0-1 knapsack, max 5a + 4b + 3c with 2a + 3b + c <= 5: {a, b} weighs 5 and is worth
    /// 9; {a, c} 8; {b, c} 7; all three weigh 6.
    @Test(arguments: solvers)
    func aKnapsackTakesTheBestSubset(solver: any Solver) throws {
        var p = Problem(name: "knapsack", sense: .maximize)
        let a = p.addVariable("a", kind: .binary, objective: 5)
        let b = p.addVariable("b", kind: .binary, objective: 4)
        let c = p.addVariable("c", kind: .binary, objective: 3)
        p.addRow("weight", terms: [(a, 2), (b, 3), (c, 1)], upper: 5)
        let s = try Self.solve(p, solver)
        #expect(s.status == .optimal && Self.close(s.objective, 9), "\(solver.name): \(s.status)")
        #expect(s.values.map { $0.rounded() } == [1, 1, 0])
        #expect(s.gap.map { $0 < 1e-9 } ?? true)
    }

    /// Integers and a continuous variable: max x + y + z, 2x + 2y <= 7, z <= x - 0.5, x
    /// and y integers in [0, 10], z >= 0: x + y <= 3, and z <= x - 0.5 is best with x = 3,
    /// y = 0, z = 2.5: 5.5.
    @Test(arguments: solvers)
    func aMixedProgramRoundsOnlyItsIntegers(solver: any Solver) throws {
        var p = Problem(name: "mixed", sense: .maximize)
        let x = p.addVariable("x", upper: 10, kind: .integer, objective: 1)
        let y = p.addVariable("y", upper: 10, kind: .integer, objective: 1)
        let z = p.addVariable("z", objective: 1)
        p.addRow("pair", terms: [(x, 2), (y, 2)], upper: 7)
        p.addRow("link", terms: [(z, 1), (x, -1)], upper: -0.5)
        let s = try Self.solve(p, solver)
        #expect(s.status == .optimal && Self.close(s.objective, 5.5), "\(solver.name): \(s.status)")
    }

    @Test(arguments: solvers)
    func contradictoryRowsAreInfeasible(solver: any Solver) throws {
        var lp = Problem(name: "infeasible lp")
        let x = lp.addVariable("x", objective: 1)
        lp.addRow("low", terms: [(x, 1)], lower: 2)
        lp.addRow("high", terms: [(x, 1)], upper: 1)
        #expect(try Self.solve(lp, solver).status == .infeasible, "\(solver.name)")
        // 2n = 1 has a real solution but no integer one.
        var mip = Problem(name: "infeasible mip")
        let n = mip.addVariable("n", upper: 5, kind: .integer, objective: 1)
        mip.addRow("odd", terms: [(n, 2)], lower: 1, upper: 1)
        let s = try Self.solve(mip, solver)
        #expect(s.status == .infeasible && !s.hasPlan, "\(solver.name)")
    }

    /// max x + y with x - y <= 1 and nothing above: both grow without limit.
    @Test(arguments: solvers)
    func anLPWithoutATopIsUnbounded(solver: any Solver) throws {
        var p = Problem(name: "unbounded", sense: .maximize)
        let x = p.addVariable("x", objective: 1)
        let y = p.addVariable("y", objective: 1)
        p.addRow("slope", terms: [(x, 1), (y, -1)], upper: 1)
        #expect(try Self.solve(p, solver).status == .unbounded, "\(solver.name)")
    }

    /// A problem without columns has one point: its constant.
    @Test(arguments: solvers)
    func aProblemWithoutColumnsIsItsConstant(solver: any Solver) throws {
        let s = try Self.solve(Problem(name: "empty", sense: .maximize, objectiveConstant: 7), solver)
        #expect(s.status == .optimal && Self.close(s.objective, 7), "\(solver.name): \(s.status)")
    }

    @Test(arguments: solvers)
    func aPassedDeadlineOrARaisedFlagStopsBeforeAnyPlan(solver: any Solver) throws {
        var p = Problem(name: "stopped", sense: .maximize)
        let x = p.addVariable("x", upper: 4, kind: .integer, objective: 1)
        p.addRow("cap", terms: [(x, 1)], upper: 3)
        var late = SolveOptions()
        late.deadline = Deadline(seconds: 0, from: .now - .seconds(1))
        let timed = try Self.solve(p, solver, options: late)
        #expect(timed.termination == .timeLimit && timed.status == .noSolution, "\(solver.name)")
        var cancelled = SolveOptions()
        let flag = CancellationFlag()
        flag.cancel()
        cancelled.cancellation = flag
        let stopped = try Self.solve(p, solver, options: cancelled)
        #expect(stopped.termination == .interrupted && stopped.status == .noSolution, "\(solver.name)")
    }

    @Test(arguments: solvers)
    func aStartSolutionIsCheckedAndTheOptimumStillFound(solver: any Solver) throws {
        var p = Problem(name: "start", sense: .maximize)
        let a = p.addVariable("a", kind: .binary, objective: 5)
        let b = p.addVariable("b", kind: .binary, objective: 4)
        p.addRow("one", terms: [(a, 1), (b, 1)], upper: 1)
        var options = SolveOptions()
        options.startSolution = [0, 1]
        let s = try Self.solve(p, solver, options: options)
        #expect(s.status == .optimal && Self.close(s.objective, 5), "\(solver.name): \(s.status)")
        options.startSolution = [1]
        #expect(throws: SolverError.self, "\(solver.name)") { try solver.solve(p, options: options) }
    }

    @Test(arguments: solvers)
    func aMalformedModelIsRefusedWithoutSolving(solver: any Solver) {
        var p = Problem(name: "bad")
        let x = p.addVariable("x", lower: 2, upper: 1)
        p.addRow("r", terms: [(x, .nan)], upper: 1)
        #expect(throws: SolverError.self, "\(solver.name)") { try solver.solve(p, options: SolveOptions()) }
    }
}
