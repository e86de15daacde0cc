import Dispatch
import Foundation
import Synchronization

/// Lets two searches on two threads take turns on one processor: only the holder of the
/// baton runs, and it hands the baton over after each `slice` of its own time, at its
/// next progress report. When one search has finished the other runs alone.
///
/// With one thread allowed, the race of two branching rules then costs about twice the
/// faster rule's time instead of the slower rule's, which on one core can be ten times as
/// much (docs/performance.md).
final class SlicedRace: @unchecked Sendable {
    private let condition = NSCondition()
    private var holder = 0
    private var finished = [false, false]
    private var sliceStart = ContinuousClock.now
    private let slice: Duration

    /// A baton that search 0 holds first; each turn lasts `slice`.
    init(slice: Duration = .milliseconds(200)) {
        self.slice = slice
    }

    /// Blocks search `i` until it holds the baton (or the other search has finished).
    func begin(_ i: Int) {
        condition.lock()
        defer { condition.unlock() }
        waitForTurn(i)
    }

    /// Called from search `i`'s progress reports: hands the baton over once its slice is
    /// used up, and waits for it to come back.
    func checkpoint(_ i: Int) {
        condition.lock()
        defer { condition.unlock() }
        guard !finished[1 - i], ContinuousClock.now - sliceStart >= slice else { return }
        holder = 1 - i
        condition.broadcast()
        waitForTurn(i)
    }

    /// Search `i` has ended: the other runs alone from now on.
    func end(_ i: Int) {
        condition.lock()
        defer { condition.unlock() }
        finished[i] = true
        holder = 1 - i
        condition.broadcast()
    }

    private func waitForTurn(_ i: Int) {
        while holder != i && !finished[1 - i] { condition.wait() }
        sliceStart = ContinuousClock.now
    }
}

/// Runs `work(0)` and `work(1)` on two threads of their own and returns both results.
/// Unlike a dispatch queue, which on one processor may run the two one after the other,
/// both threads exist at once, so a ``SlicedRace`` can pass its baton between them.
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
