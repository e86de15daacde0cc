import Dispatch
import Foundation
import Synchronization

/// Runs independent pieces of work on several threads at once and keeps their results in
/// index order. Each piece runs on one thread from start to end, so work that builds its
/// own solver problem (as ``Planner/solve(_:options:)`` does) is safe here.
public enum ParallelMap {
    /// The number of threads to use by default: the active processor count.
    public static var defaultThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `work(i)` for every `i` in `0..<count`, run on up to `threads` threads; indices are
    /// handed out in increasing order as threads become free.
    public static func run<T: Sendable>(
        _ count: Int, threads: Int = defaultThreads, _ work: @escaping @Sendable (Int) -> T
    ) -> [T] {
        guard count > 0 else { return [] }
        let results = Mutex<[T?]>(Array(repeating: nil, count: count))
        let next = Atomic<Int>(0)
        let workers = max(1, min(threads, count))
        let body: @Sendable (Int) -> Void = { _ in
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard i < count else { return }
                let value = work(i)
                results.withLock { $0[i] = value }
            }
        }
        if workers == 1 {
            body(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: body)
        }
        return results.withLock { $0.map { $0! } }
    }
}
