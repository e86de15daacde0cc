/// The moment a whole command must stop, shared by every solve it makes.
///
/// A deadline is created once, when the command starts, from a number of seconds (or
/// none); every stage asks it how much time is left, so retries, checks and analyses
/// all count against the same clock instead of each getting the whole limit again.
public struct Deadline: Sendable, Equatable {
    /// When the clock started.
    public let start: ContinuousClock.Instant
    /// The seconds allowed from ``start``; nil: no limit.
    public let seconds: Double?

    /// A deadline `seconds` from `start` (nil: none).
    public init(seconds: Double?, from start: ContinuousClock.Instant = .now) {
        self.start = start
        self.seconds = seconds
    }

    /// No limit.
    public static var none: Deadline { Deadline(seconds: nil) }

    /// True when there is a limit.
    public var isLimited: Bool { seconds != nil }

    /// The instant the limit passes; nil without a limit.
    public var end: ContinuousClock.Instant? {
        seconds.map { start + .nanoseconds(Int64(Swift.min($0, 1e9) * 1e9)) }
    }

    /// Seconds since ``start``.
    public var elapsed: Double { start.secondsElapsed }

    /// Seconds left (never below 0); nil without a limit.
    public var remaining: Double? { seconds.map { Swift.max(0, $0 - elapsed) } }

    /// True once the limit has passed.
    public var hasPassed: Bool { remaining.map { $0 <= 0 } ?? false }

    /// This deadline, or one `seconds` from the same start when this one has no limit:
    /// how a plan's own time limit applies when the command line gave none.
    public func fillingLimit(_ seconds: Double?) -> Deadline {
        self.seconds == nil ? Deadline(seconds: seconds, from: start) : self
    }

    /// This deadline brought forward by `fraction` of the time left, at least `atLeast`
    /// seconds (never before now): the time a caller keeps for the work after a stage, such
    /// as placing a plan into phases and printing it, within the same limit.
    public func reserving(_ fraction: Double, atLeast: Double) -> Deadline {
        guard let left = remaining else { return self }
        return capped(at: Swift.max(0, left - Swift.max(atLeast, fraction * left)))
    }

    /// The earlier of this deadline and `fraction` of the time it has left, from now; no
    /// limit stays no limit (for a stage that may take only a share of what is left).
    public func share(_ fraction: Double) -> Deadline {
        remaining.map { capped(at: fraction * $0) } ?? self
    }

    /// The earlier of this deadline and one `seconds` from now (for a stage that must
    /// not take longer than its own cap).
    public func capped(at seconds: Double) -> Deadline {
        let cap = Deadline(seconds: seconds, from: .now)
        guard let ownEnd = end, let capEnd = cap.end else { return cap }
        return ownEnd <= capEnd ? self : cap
    }
}

extension Duration {
    /// The duration in seconds as a floating-point number.
    public var secondsValue: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) * 1e-18
    }
}

extension ContinuousClock.Instant {
    /// Seconds from this instant to now: how long a solve or a search has run.
    public var secondsElapsed: Double { (ContinuousClock.now - self).secondsValue }
}
