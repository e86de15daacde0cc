import Dispatch
import Foundation
import MIP

/// Turns Ctrl-C into a request to stop the search, so the best plan so far is printed.
/// A second Ctrl-C ends the program at once.
final class Interrupt: @unchecked Sendable {
    let flag = CancellationFlag()
    private let source: DispatchSourceSignal

    init() {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [flag] in
            if flag.isCancelled { exit(130) }
            flag.cancel()
            Terminal.error("\ninterrupted: stopping the search and keeping the best plan so far (Ctrl-C again to quit)")
        }
        source.resume()
    }

    deinit {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
