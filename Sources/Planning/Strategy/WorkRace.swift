import Dispatch
import Foundation
import MIP
import Synchronization

/// Referees a race of two searches by the work they do, not by the clock, so that the
/// winner, and with it the answer, is the same on every run and for any number of
/// threads.
///
/// Work is counted in checkpoints (each progress report of a search: one per linear
/// program it solves, root cut rounds included). The race is defined as if the two
/// searches took turns on one processor, `slice` checkpoints per turn, search 0 first:
/// the winner is the first to finish in that order. Search `i` that finishes after `w`
/// checkpoints finishes in turn `max(1, ceil(w / slice))`; search 0 wins ties of turns.
///
/// - ``Mode/turns`` (one thread): the searches really take turns; only the holder of the
///   baton runs, and the first to finish wins at once.
/// - ``Mode/parallel`` (two threads): both run at once. When one finishes, the other goes
///   on only while it could still finish in an earlier turn (for search 1: a strictly
///   earlier one); it is told to stop once it cannot.
///
/// A search stopped by the deadline or the caller did not finish; ``winner`` is then nil
/// and the caller merges what both know.
final class WorkRace: @unchecked Sendable {
    /// How the two searches share the processors.
    enum Mode: Sendable {
        /// One processor: the searches take turns.
        case turns
        /// Two processors: both run at once.
        case parallel
    }

    private let condition = NSCondition()
    private let mode: Mode
    private let slice: Int
    private var holder = 0
    private var work = [0, 0]
    /// The turn each search finished in; nil while it runs or when it did not finish.
    private var finishTurn: [Int?] = [nil, nil]
    private var ended = [false, false]
    private var ruledOut = [false, false]
    private let stops: [CancellationFlag]

    /// Checkpoints per turn (measured: a few hundredths of a second of search on the
    /// generated plans up to 100 sites; see docs/performance.md).
    static let defaultSlice = 60

    /// A race in `mode`, `slice` checkpoints per turn; `stops[i]` is raised when search
    /// `i` can no longer win.
    init(mode: Mode, slice: Int = WorkRace.defaultSlice, stops: [CancellationFlag]) {
        precondition(stops.count == 2 && slice > 0)
        self.mode = mode
        self.slice = slice
        self.stops = stops
    }

    /// Blocks search `i` until it may run.
    func begin(_ i: Int) {
        condition.lock()
        defer { condition.unlock() }
        waitForTurn(i)
    }

    /// Counts one checkpoint of search `i`; hands the baton over at the end of a turn
    /// (turns mode), and rules search `i` out once it cannot win any more.
    func checkpoint(_ i: Int) {
        condition.lock()
        defer { condition.unlock() }
        work[i] += 1
        if let theirs = finishTurn[1 - i], !ruledOut[i] {
            // Search i finishing now or later ends in turn ceil(work / slice) or after.
            let limit = i == 0 ? theirs * slice : (theirs - 1) * slice
            if work[i] > limit { ruleOut(i) }
        }
        guard mode == .turns, !ended[1 - i], work[i] % slice == 0 else { return }
        holder = 1 - i
        condition.broadcast()
        waitForTurn(i)
    }

    /// Search `i` has returned; `finished` is false when the deadline or the caller (or
    /// this race) stopped it.
    func end(_ i: Int, finished: Bool) {
        condition.lock()
        defer { condition.unlock() }
        ended[i] = true
        if finished && !ruledOut[i] {
            finishTurn[i] = max(1, (work[i] + slice - 1) / slice)
            let other = 1 - i
            if !ended[other] {
                if mode == .turns {
                    // The other search is waiting for the baton: in turn order this one
                    // finished first.
                    ruleOut(other)
                } else {
                    let limit = other == 0 ? finishTurn[i]! * slice : (finishTurn[i]! - 1) * slice
                    if work[other] > limit { ruleOut(other) }
                }
            }
        }
        holder = 1 - i
        condition.broadcast()
    }

    /// The search that won in turn order, once both have ended; nil when neither
    /// finished (both stopped by the deadline or the caller).
    var winner: Int? {
        condition.lock()
        defer { condition.unlock() }
        switch (finishTurn[0], finishTurn[1]) {
        case (let a?, let b?): return a <= b ? 0 : 1
        case (_?, nil): return 0
        case (nil, _?): return 1
        case (nil, nil): return nil
        }
    }

    /// Checkpoints search `i` has passed.
    func workDone(by i: Int) -> Int {
        condition.lock()
        defer { condition.unlock() }
        return work[i]
    }

    private func ruleOut(_ i: Int) {
        ruledOut[i] = true
        finishTurn[i] = nil
        stops[i].cancel()
    }

    private func waitForTurn(_ i: Int) {
        guard mode == .turns else { return }
        while holder != i && !ended[1 - i] && !ruledOut[i] { condition.wait() }
    }
}

/// Runs `work(0)` and `work(1)` on two threads of their own and returns both results.
/// Unlike a dispatch queue, which on one processor may run the two one after the other,
/// both threads exist at once, so a ``WorkRace`` in turns can pass its baton between them.
func runOnTwoThreads<T: Sendable>(_ work: @escaping @Sendable (Int) -> T) -> [T] {
    let results = Mutex<[T?]>([nil, nil])
    let done = DispatchSemaphore(value: 0)
    for i in 0..<2 {
        let thread = Thread {
            let value = work(i)
            results.withLock { $0[i] = value }
            done.signal()
        }
        thread.stackSize = 16 << 20
        thread.start()
    }
    done.wait()
    done.wait()
    return results.withLock { $0.map { $0! } }
}
