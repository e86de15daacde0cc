import MIP
import Testing

/// One deadline per command, and the five statuses derived from why a run stopped and
/// whether it holds a plan.
@Suite struct DeadlineAndStatusTests {
    @Test func aDeadlineWithoutALimitNeverPasses() {
        let deadline = Deadline.none
        #expect(deadline.remaining == nil)
        #expect(!deadline.hasPassed)
    }

    @Test func aDeadlineStartedLongAgoHasPassedAndLeavesNoTime() {
        let start = ContinuousClock.now - .seconds(10)
        let deadline = Deadline(seconds: 5, from: start)
        #expect(deadline.hasPassed)
        #expect(deadline.remaining == 0)
    }

    @Test func aPlansLimitCountsFromTheCommandsStart() {
        let start = ContinuousClock.now - .seconds(10)
        let filled = Deadline(seconds: nil, from: start).fillingLimit(5)
        #expect(filled.start == start && filled.seconds == 5)
        #expect(filled.hasPassed)
        let kept = Deadline(seconds: 100, from: start).fillingLimit(5)
        #expect(kept.seconds == 100)
    }

    @Test func aCapNeverExtendsTheDeadline() {
        let start = ContinuousClock.now - .seconds(10)
        let passed = Deadline(seconds: 5, from: start)
        #expect(passed.capped(at: 60) == passed)
        let open = Deadline.none.capped(at: 60)
        #expect(open.seconds == 60)
    }

    @Test func aReserveBringsTheDeadlineForwardByTheLargerOfItsShares() throws {
        let deadline = Deadline(seconds: 100)
        let small = try #require(deadline.reserving(0.05, atLeast: 0.75).remaining)
        #expect(small > 94 && small <= 95)
        let floor = try #require(Deadline(seconds: 2).reserving(0.05, atLeast: 0.75).remaining)
        #expect(floor > 1.2 && floor <= 1.25)
        #expect(Deadline(seconds: 0.5).reserving(0.05, atLeast: 0.75).hasPassed)
        let open = Deadline.none
        #expect(open.reserving(0.05, atLeast: 0.75) == open)
    }

    @Test func settingATimeLimitStartsADeadline() {
        var options = SolveOptions()
        options.timeLimit = 30
        #expect(options.deadline.seconds == 30)
        #expect(!options.shouldStop)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let termination: Termination, hasPlan: Bool, expected: SolveStatus
        var testDescription: String { "\(termination.rawValue), plan \(hasPlan)" }
    }

    static let cases: [Case] = [
        Case(termination: .optimal, hasPlan: true, expected: .optimal),
        Case(termination: .optimal, hasPlan: false, expected: .noSolution),
        Case(termination: .gapReached, hasPlan: true, expected: .feasible),
        Case(termination: .timeLimit, hasPlan: true, expected: .feasible),
        Case(termination: .timeLimit, hasPlan: false, expected: .noSolution),
        Case(termination: .interrupted, hasPlan: true, expected: .feasible),
        Case(termination: .interrupted, hasPlan: false, expected: .noSolution),
        Case(termination: .undecided, hasPlan: false, expected: .noSolution),
        Case(termination: .infeasible, hasPlan: false, expected: .infeasible),
        Case(termination: .unbounded, hasPlan: false, expected: .unbounded),
    ]

    @Test(arguments: cases)
    func theStatusFollowsFromTheTerminationAndThePlan(_ c: Case) {
        #expect(SolveStatus(termination: c.termination, hasPlan: c.hasPlan) == c.expected)
        let solution = Solution(termination: c.termination, objective: c.hasPlan ? 1 : nil, values: c.hasPlan ? [1] : [])
        #expect(solution.status == c.expected)
    }

    @Test func droppingThePlanOfAStoppedRunLeavesNoSolution() {
        var solution = Solution(termination: .timeLimit, objective: 3, bound: 4, gap: 0.33, values: [3])
        #expect(solution.status == .feasible)
        solution.dropPlan()
        #expect(solution.status == .noSolution)
        #expect(solution.bound == 4)
    }

    @Test func aLinkedFlagObeysItsParentButNotTheOtherWay() {
        let parent = CancellationFlag()
        let child = CancellationFlag(linkedTo: parent)
        child.cancel()
        #expect(child.isCancelled && !parent.isCancelled)
        let other = CancellationFlag(linkedTo: parent)
        #expect(!other.isCancelled)
        parent.cancel()
        #expect(other.isCancelled)
    }
}
