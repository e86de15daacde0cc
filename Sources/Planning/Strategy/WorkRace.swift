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
/// searches took turns on one processor, `slice` checkpoints per turn: the winner is the
/// first to finish in that order. Who gets the next turn is ``TurnOrder``'s rule, which
/// looks only at the work done and at the gaps the searches reported at the ends of their
/// turns, so the order is the same however the threads are scheduled.
///
/// - ``Mode/turns`` (one thread): the searches really take turns; only the holder of the
///   baton runs, and the first to finish wins at once.
/// - ``Mode/parallel`` (two threads): both run at once. When one finishes, the other goes
///   on only while it could still finish earlier in turn order; it is told to stop once it
///   cannot.
///
/// A search stopped by the deadline or the caller did not finish; it gets no more turns,
/// and when neither finished ``winner`` is nil and the caller merges what both know.
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
    private let order: TurnOrder
    private var holder = 0
    private var work = [0, 0]
    /// gaps[i][k]: the relative gap search `i` had reported by the end of its turn k + 1
    /// (infinity before it has both a plan and a bound).
    private var gaps: [[Double]] = [[], []]
    private var lastGap = [Double.infinity, .infinity]
    /// The turn each search finished in; nil while it runs or when it did not finish.
    private var finishTurn: [Int?] = [nil, nil]
    private var ended = [false, false]
    /// Turns of each search that the turn order has handed out so far.
    private var scheduled = [0, 0]
    private var decided: Int?
    private let stops: [CancellationFlag]

    /// Checkpoints per turn (measured: a few hundredths of a second of search on the
    /// generated plans up to 100 sites; see docs/performance.md).
    static let defaultSlice = 60

    /// A race in `mode`, `slice` checkpoints per turn, its turns handed out by `order`;
    /// `stops[i]` is raised when search `i` can no longer win.
    init(mode: Mode, slice: Int = WorkRace.defaultSlice, order: TurnOrder = TurnOrder(),
         stops: [CancellationFlag]) {
        precondition(stops.count == 2 && slice > 0)
        self.mode = mode
        self.slice = slice
        self.order = order
        self.stops = stops
    }

    /// Blocks search `i` until it may run.
    func begin(_ i: Int) {
        condition.lock()
        defer { condition.unlock() }
        waitForTurn(i)
    }

    /// Counts one checkpoint of search `i`, whose relative gap is now `gap` (nil when it
    /// has no plan or no bound yet). At the end of a turn the gap is recorded and the turn
    /// order moves on: in turns mode the baton may pass to the other search, and a search
    /// that can no longer win is stopped.
    func checkpoint(_ i: Int, gap: Double? = nil) {
        condition.lock()
        defer { condition.unlock() }
        work[i] += 1
        // A turn ends at the first checkpoint after its `slice`: a search that returns right
        // after the last checkpoint of a turn finished in that turn.
        let turnEnded = work[i] > slice && (work[i] - 1) % slice == 0
        if turnEnded { gaps[i].append(lastGap[i]) }
        if let gap, gap.isFinite { lastGap[i] = gap }
        guard turnEnded else { return }
        advance()
        guard mode == .turns, decided == nil else { return }
        if holder != i { condition.broadcast() }
        waitForTurn(i)
    }

    /// Search `i` has returned; `finished` is false when the deadline or the caller (or
    /// this race) stopped it.
    func end(_ i: Int, finished: Bool) {
        condition.lock()
        defer { condition.unlock() }
        ended[i] = true
        if finished && !stops[i].isCancelled && decided != 1 - i {
            finishTurn[i] = max(1, (work[i] + slice - 1) / slice)
        }
        advance()
        condition.broadcast()
    }

    /// The search that won in turn order, once both have ended; nil when neither
    /// finished (both stopped by the deadline or the caller).
    var winner: Int? {
        condition.lock()
        defer { condition.unlock() }
        if let decided { return decided }
        switch (finishTurn[0], finishTurn[1]) {
        case (_?, nil): return 0
        case (nil, _?): return 1
        default: return nil
        }
    }

    /// Checkpoints search `i` has passed.
    func workDone(by i: Int) -> Int {
        condition.lock()
        defer { condition.unlock() }
        return work[i]
    }

    /// Hands out turns in order as far as what the searches have done so far decides it:
    /// until a search reaches the turn it finished in (it wins, and the other is stopped),
    /// or the next turn goes to a search that has not done it yet (it holds the baton).
    private func advance() {
        while decided == nil {
            let out = (0...1).map { ended[$0] && finishTurn[$0] == nil }
            if out[0] && out[1] { return }
            let next = out[0] ? 1 : out[1] ? 0 : order.next(turns: scheduled, gaps: gaps)
            holder = next
            if let finish = finishTurn[next], scheduled[next] + 1 >= finish {
                decided = next
                let other = 1 - next
                if !ended[other] { stops[other].cancel() }
                finishTurn[other] = nil
                return
            }
            guard gaps[next].count > scheduled[next] else { return }
            scheduled[next] += 1
        }
    }

    private func waitForTurn(_ i: Int) {
        guard mode == .turns else { return }
        while holder != i && !ended[1 - i] && decided == nil && !stops[i].isCancelled { condition.wait() }
    }
}

/// Which of two racing searches gets the next turn of a ``WorkRace``.
///
/// Each search gets one turn first (search 0, then search 1). After that the turn goes to
/// the search whose gap at the end of its last turn is smaller, on equal gaps to the one
/// with fewer turns (search 0 on equal turns), and never lets one search run more than
/// `maxShare` times as many turns as the other. A search that leads on the gap is usually
/// the one that proves first; the share keeps a search that leads early but stalls from
/// starving the other (measured on 51 generated plans: docs/performance.md).
struct TurnOrder: Sendable {
    /// The most turns one search gets per turn of the other.
    var maxShare = 4

    /// The search that gets the next turn, after `turns[i]` turns of search `i`, whose gap
    /// at the end of its turn k + 1 was `gaps[i][k]`.
    func next(turns: [Int], gaps: [[Double]]) -> Int {
        if turns[0] == 0 { return 0 }
        if turns[1] == 0 { return 1 }
        if turns[0] >= maxShare * turns[1] { return 1 }
        if turns[1] >= maxShare * turns[0] { return 0 }
        let (a, b) = (gaps[0][turns[0] - 1], gaps[1][turns[1] - 1])
        if a != b { return a < b ? 0 : 1 }
        return turns[1] < turns[0] ? 1 : 0
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
