import Foundation

/// Random numbers addressed by where they are used rather than drawn in sequence, so that
/// a scenario's draws depend only on the seed, the scenario's index and what each draw is
/// for: the same whichever thread evaluates the scenario, whichever shard holds it, and
/// whatever else the plan lists.
///
/// The number for (seed, scenario, stream) is SplitMix64's output function applied three
/// times, `mix(mix(mix(seed) ^ scenario) ^ stream)`, where `mix(x)` is the first output
/// of ``SplitMix64`` seeded with x. A stream names one quantity of one factory type or
/// review class, e.g. `capex:fab-leading`, by the 64-bit FNV-1a hash of its UTF-8 bytes.
/// The top 53 bits give a uniform u = (k + 1/2) / 2^53 in (0, 1), never 0 or 1, and the
/// standard normal draw is the normal quantile of u (``NormalQuantile``).
public enum ScenarioRandom {
    /// 64 random bits for `stream` in scenario `scenario` of a sample with `seed`.
    public static func bits(seed: UInt64, scenario: UInt64, stream: UInt64) -> UInt64 {
        mix(mix(mix(seed) ^ scenario) ^ stream)
    }

    /// A uniform number in (0, 1): (top 53 bits + 1/2) / 2^53.
    public static func uniform(seed: UInt64, scenario: UInt64, stream: UInt64) -> Double {
        (Double(bits(seed: seed, scenario: scenario, stream: stream) >> 11) + 0.5) * 0x1.0p-53
    }

    /// A standard normal number: the normal quantile of ``uniform(seed:scenario:stream:)``.
    public static func normal(seed: UInt64, scenario: UInt64, stream: UInt64) -> Double {
        NormalQuantile.of(uniform(seed: seed, scenario: scenario, stream: stream))
    }

    /// The stream of a name: its 64-bit FNV-1a hash.
    public static func stream(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func mix(_ x: UInt64) -> UInt64 {
        var generator = SplitMix64(seed: x)
        return generator.next()
    }
}

/// The standard normal distribution's quantile function, Φ⁻¹.
///
/// Acklam's rational approximation (relative error below 1.2e-9) refined by one step of
/// Halley's method on Φ(x) - p, with Φ written through `erfc`, which brings it to about
/// the precision of a Double over (0, 1).
public enum NormalQuantile {
    private static let a = [
        -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00,
    ]
    private static let b = [
        -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01,
    ]
    private static let c = [
        -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00,
    ]
    private static let d = [
        7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00,
    ]
    private static let lowTail = 0.02425

    /// Φ⁻¹(p) for p in (0, 1); -infinity at 0 and infinity at 1.
    public static func of(_ p: Double) -> Double {
        guard p > 0 else { return -.infinity }
        guard p < 1 else { return .infinity }
        var x: Double
        if p < lowTail {
            x = tail(sqrt(-2 * log(p)))
        } else if p > 1 - lowTail {
            x = -tail(sqrt(-2 * log1p(-p)))
        } else {
            let q = p - 0.5, r = q * q
            x =
                (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        }
        let error = 0.5 * erfc(-x / 2.0.squareRoot()) - p
        let u = error * (2 * Double.pi).squareRoot() * exp(x * x / 2)
        x -= u / (1 + x * u / 2)
        return x
    }

    /// The lower tail's approximation in q = sqrt(-2 log p).
    private static func tail(_ q: Double) -> Double {
        (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    }
}
