import Foundation
import MIP
import Synchronization

/// A one-line progress display on standard error, shown only when it is a terminal and
/// the work has lasted over a second; refreshed at most five times a second.
final class ProgressLine: Sendable {
    private let lastShown = Mutex<Double>(0)
    private let shown = Atomic<Bool>(false)
    private let started = ContinuousClock.now

    /// Reports one snapshot of the search.
    func update(_ p: SearchProgress) {
        let gap = p.incumbent == nil ? "no plan yet" : p.gap.map { String(format: "gap %.2f%%", $0 * 100) } ?? "gap -"
        let seconds = String(format: "%.1f", p.seconds)
        show(after: p.seconds, "solving: \(seconds) s, \(p.nodes) nodes, \(gap) (Ctrl-C keeps the best plan so far)")
    }

    /// Reports that `done` of `total` scenarios are evaluated.
    func update(scenarios done: Int, of total: Int) {
        let share = String(format: "%.0f", total > 0 ? Double(done) / Double(total) * 100 : 100)
        show(after: started.secondsElapsed,
             "evaluating scenarios: \(done) of \(total) (\(share)%) (Ctrl-C prints the figures so far)")
    }

    private func show(after seconds: Double, _ text: String) {
        guard Terminal.errorIsTerminal, seconds > 1 else { return }
        let due = lastShown.withLock { last -> Bool in
            guard seconds - last >= 0.2 else { return false }
            last = seconds
            return true
        }
        guard due else { return }
        shown.store(true, ordering: .relaxed)
        Terminal.errorRaw("\r\u{1B}[K  " + text)
    }

    /// Clears the line if it was shown.
    func finish() {
        if shown.load(ordering: .relaxed) { Terminal.errorRaw("\r\u{1B}[K") }
    }
}
