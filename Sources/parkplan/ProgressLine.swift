import Foundation
import MIP
import Synchronization

/// A one-line progress display on standard error, shown only when it is a terminal and
/// the solve has lasted over a second; refreshed at most five times a second.
final class ProgressLine: Sendable {
    private let lastShown = Mutex<Double>(0)
    private let shown = Atomic<Bool>(false)
    /// Reports one snapshot of the search.
    func update(_ p: SearchProgress) {
        guard Terminal.errorIsTerminal, p.seconds > 1 else { return }
        let due = lastShown.withLock { last -> Bool in
            guard p.seconds - last >= 0.2 else { return false }
            last = p.seconds
            return true
        }
        guard due else { return }
        shown.store(true, ordering: .relaxed)
        let gap = p.incumbent == nil ? "no plan yet" : p.gap.map { String(format: "gap %.2f%%", $0 * 100) } ?? "gap -"
        Terminal.errorRaw("\r\u{1B}[K  solving: \(String(format: "%.1f", p.seconds)) s, \(p.nodes) nodes, \(gap) (Ctrl-C keeps the best plan so far)")
    }

    /// Clears the line if it was shown.
    func finish() {
        if shown.load(ordering: .relaxed) { Terminal.errorRaw("\r\u{1B}[K") }
    }
}
