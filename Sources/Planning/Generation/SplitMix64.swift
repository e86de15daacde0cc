/// A small, fast pseudo-random generator (Steele, Lea and Flood's SplitMix64) whose
/// sequence depends only on its seed, on every platform and Swift version.
///
/// The generator draws only from its own ``next()`` (never from the standard library's
/// `random(in:)`), so a seed gives the same numbers forever.
public struct SplitMix64: Sendable {
    private var state: UInt64

    /// Creates a generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range` (Lemire's multiply-shift, with rejection).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        if span == 0 { return Int(truncatingIfNeeded: next()) }
        let limit = (0 &- span) % span
        while true {
            let r = next()
            let product = r.multipliedFullWidth(by: span)
            if product.low >= limit { return range.lowerBound + Int(product.high) }
        }
    }

    /// A uniform double in `[0, 1)` from the top 53 bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// A uniformly chosen element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[int(in: 0...(items.count - 1))]
    }

    /// The array in a uniformly random order (Fisher-Yates).
    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        var i = result.count - 1
        while i > 0 {
            result.swapAt(i, int(in: 0...i))
            i -= 1
        }
        return result
    }
}
