import Dispatch
import Foundation
import MIP

/// Turns Ctrl-C (SIGINT) and SIGTERM into one request to stop: every solve and analysis
/// of the command sees the flag, stops, and the command prints the best plan found so
/// far. A second signal ends the program at once (exit 130 or 143).
final class Interrupt: @unchecked Sendable {
    /// Raised by the first signal.
    let flag = CancellationFlag()
    private let sources: [DispatchSourceSignal]

    /// Starts listening for SIGINT and SIGTERM.
    init() {
        var sources: [DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [flag] in
                if flag.isCancelled { exit(128 + number) }
                flag.cancel()
                let name = number == SIGINT ? "interrupted" : "terminated"
                Terminal.error("\n\(name): stopping and keeping the best plan so far (a second signal quits at once)")
            }
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }

    deinit {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
