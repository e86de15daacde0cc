import Foundation
import GLPKSolver
import MIP
import Planning
import Synchronization
import Testing

/// Marginals, alternatives and sweeps under the command's deadline and cancellation, and
/// variations without a plan shown by their status, never as $0.
@Suite struct StoppedAnalysisTests {
    @Test func marginalsWithoutAPlanShowTheirStatusNotZero() throws {
        let (plan, result) = try Analysis.solve()
        let infeasible = Planner(solver: RecordingSolver { _, _ in Solution(termination: .infeasible) })
        let marginals = MarginalAnalysis(path: Analysis.threeSites, overrides: [], plan: plan, result: result)
            .run(planner: infeasible, options: SolveOptions())
        #expect(!marginals.isEmpty)
        #expect(marginals.allSatisfy { $0.status == "infeasible" && $0.objective == nil && $0.delta == nil })
        let text = MarginalReport(marginals, measure: .value).text(markdown: false)
        let rows = text.split(separator: "\n").dropFirst(2)
        #expect(rows.allSatisfy { $0.contains("infeasible") && !$0.contains("$0") })
    }

    @Test func aRaisedFlagEndsEveryMarginalWithoutAPlan() throws {
        let (plan, result) = try Analysis.solve()
        var options = SolveOptions()
        let flag = CancellationFlag()
        flag.cancel()
        options.cancellation = flag
        let marginals = MarginalAnalysis(path: Analysis.threeSites, overrides: [], plan: plan, result: result)
            .run(planner: Analysis.planner, options: options)
        #expect(!marginals.isEmpty)
        #expect(marginals.allSatisfy { $0.status == "no_solution" && $0.objective == nil })
    }

    /// Marginals and alternatives keep a second of the limit for the last plan's loading
    /// and printing: with less left, they solve nothing and say why.
    @Test func analysesLeftWithLessThanASecondSolveNothing() throws {
        let (plan, result) = try Analysis.solve()
        let recording = RecordingSolver(passingTo: GLPKSolver())
        var options = SolveOptions()
        options.deadline = Deadline(seconds: 0.5)
        let planner = Planner(solver: recording)
        let marginals = MarginalAnalysis(path: Analysis.threeSites, overrides: [], plan: plan, result: result)
            .run(planner: planner, options: options)
        let alternatives = try AlternativeSearch(plan: plan, planner: planner, options: options)
            .alternatives(to: result, count: 2, withinPercent: 50)
        #expect(recording.recorded.isEmpty)
        #expect(!marginals.isEmpty)
        #expect(marginals.allSatisfy { $0.status == "no_solution" && $0.message == "not solved: the time limit had passed" })
        #expect(alternatives.isEmpty)
    }

    @Test func theDeadlineAndTheFlagReachEveryMarginalAndAlternative() throws {
        let (plan, result) = try Analysis.solve()
        let recording = RecordingSolver(passingTo: GLPKSolver())
        let (options, deadline, flag) = HonestAnswerTests.commandOptions()
        let planner = Planner(solver: recording)
        _ = MarginalAnalysis(path: Analysis.threeSites, overrides: [], plan: plan, result: result)
            .run(planner: planner, options: options)
        _ = try AlternativeSearch(plan: plan, planner: planner, options: options)
            .alternatives(to: result, count: 2, withinPercent: 50)
        try HonestAnswerTests.expectEveryCall(of: recording, obeys: deadline, flag)
    }

    @Test func theDeadlineAndTheFlagReachEverySweepPoint() throws {
        let (plan, _) = try Analysis.solve()
        let recording = RecordingSolver(passingTo: GLPKSolver())
        let (options, deadline, flag) = HonestAnswerTests.commandOptions()
        let sweep = Sweep(path: Analysis.threeSites, parameters: [try SweepParameter.parse("budget.total=2B..8B:4")])
        let report = sweep.run(base: plan, planner: Planner(solver: recording), options: options, threads: 2)
        #expect(report.points.count == 4)
        try HonestAnswerTests.expectEveryCall(of: recording, obeys: deadline, flag)
    }

    @Test func aStoppedSweepKeepsOnlyThePointsItStarted() throws {
        let (plan, _) = try Analysis.solve()
        var options = SolveOptions()
        let flag = CancellationFlag()
        options.cancellation = flag
        // The flag goes up during the second point's solve: the points after it never start.
        let solves = Mutex(0)
        let stopping = RecordingSolver(passingTo: GLPKSolver()) { _ in
            let n = solves.withLock { $0 += 1; return $0 }
            if n >= 2 { flag.cancel() }
        }
        let sweep = Sweep(path: Analysis.threeSites, parameters: [try SweepParameter.parse("budget.total=2B..8B:6")])
        let report = sweep.run(base: plan, planner: Planner(solver: stopping), options: options, threads: 1, warmStart: false)
        #expect(report.pointCount == 6)
        #expect(!report.points.isEmpty && report.points.count < 6)
        #expect(report.points.map(\.index) == Array(0..<report.points.count))
    }

    /// A sweep starts no point in the last second of its limit: a point reads and
    /// formulates its plan before its solve can stop.
    @Test func aSweepStartsNoPointInTheLastSecond() throws {
        let (plan, _) = try Analysis.solve()
        let recording = RecordingSolver(passingTo: GLPKSolver())
        var options = SolveOptions()
        options.deadline = Deadline(seconds: 0.5)
        let sweep = Sweep(path: Analysis.threeSites, parameters: [try SweepParameter.parse("budget.total=2B..8B:3")])
        let report = sweep.run(base: plan, planner: Planner(solver: recording), options: options, threads: 1)
        #expect(report.pointCount == 3)
        #expect(report.points.isEmpty)
        #expect(recording.recorded.isEmpty)
    }

    @Test func aSweepPointWithoutAPlanShowsItsStatusAndNoPlantCounts() throws {
        let (plan, _) = try Analysis.solve()
        let stopped = Planner(solver: RecordingSolver { _, _ in Solution(termination: .timeLimit) })
        let sweep = Sweep(path: Analysis.threeSites, parameters: [try SweepParameter.parse("budget.total=2B..8B:2")])
        let report = sweep.run(base: plan, planner: stopped, options: SolveOptions(), threads: 1)
        #expect(report.points.allSatisfy { $0.status == "no_solution" && $0.objective == nil })
        let csv = SweepTable(report).render(.csv)
        for line in csv.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            #expect(cells.contains("no_solution"))
            #expect(!cells.dropLast().contains("0"), "\(line)")
        }
    }
}
