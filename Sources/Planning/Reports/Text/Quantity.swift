import Foundation

/// Plain numbers as reports print them: counts and resources with thousands separators,
/// large amounts abbreviated, numbers in sentences, percentages and seconds. Dollars are
/// ``Money/format(_:)``'s.
enum Quantity {
    /// `x` with thousands separators and at most two decimals, trailing zeros dropped:
    /// 1600 as "1,600", 12.5 as "12.5", 1/3 as "0.33"; non-finite values as "n/a".
    static func format(_ x: Double) -> String {
        guard x.isFinite else { return "n/a" }
        let text = fixed(abs(x), decimals: 2)
        guard text != "0" else { return "0" }
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = grouped(String(parts[0]))
        let sign = x < 0 ? "-" : ""
        return parts.count == 2 ? "\(sign)\(whole).\(parts[1])" : sign + whole
    }

    /// `x` to three significant digits with a suffix k (1e3), M (1e6), B (1e9) or T
    /// (1e12): 1.2e9 as "1.2B", 4.5e8 as "450M", 12_345 as "12.3k", 2.5e15 as "2500T";
    /// below 1000 with at most two decimals. Non-finite values print as "n/a".
    static func abbreviated(_ x: Double) -> String {
        guard x.isFinite else { return "n/a" }
        let rounded = significant(abs(x), digits: 3)
        var text = fixed(rounded, decimals: 2)
        if let (suffix, scale) = suffixes.first(where: { rounded >= $0.1 }) {
            let scaled = rounded / scale
            text = fixed(scaled, decimals: scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2) + suffix
        }
        return x < 0 && text != "0" ? "-" + text : text
    }

    /// A number as sentences and analysis tables write it: whole numbers as they are,
    /// others with up to three decimals (fewer from 10 up), trailing zeros dropped:
    /// `340`, `2.5`, `0.125`, `12.35`.
    static func plain(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return fixed(x, decimals: abs(x) >= 100 ? 1 : abs(x) >= 10 ? 2 : 3)
    }

    /// The unit a resource is counted in, for sentences: `MW` for `power_mw`, `mgd` for
    /// `water_mgd`, `acres` for `land_acres`, else the resource's own name.
    static func unit(ofResource resource: String) -> String {
        switch resource {
        case "power_mw": "MW"
        case "water_mgd": "mgd"
        case "land_acres": "acres"
        default: resource
        }
    }

    /// A fraction as a percentage with at most two decimals: 0.0125 as "1.25%".
    static func percent(_ fraction: Double) -> String {
        fraction.isFinite ? format(fraction * 100) + "%" : "n/a"
    }

    /// Seconds with two decimals below 10, one below 100, none above: "0.01 s", "42.5 s".
    static func seconds(_ s: Double) -> String {
        fixed(s, decimals: s < 10 ? 2 : s < 100 ? 1 : 0, trimming: false) + " s"
    }

    private static let suffixes: [(String, Double)] = [("T", 1e12), ("B", 1e9), ("M", 1e6), ("k", 1e3)]

    /// `x` rounded to `digits` significant digits.
    private static func significant(_ x: Double, digits: Int) -> Double {
        guard x > 0 else { return 0 }
        let magnitude = Int(log10(x).rounded(.down))
        let step = pow(10, Double(magnitude - digits + 1))
        return (x / step).rounded() * step
    }

    /// `x` with `decimals` decimals, trailing zeros (and a bare point) dropped if `trimming`.
    private static func fixed(_ x: Double, decimals: Int, trimming: Bool = true) -> String {
        var text = String(format: "%.\(decimals)f", x)
        guard trimming, text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// Digits with a comma every three from the right: "1234567" as "1,234,567".
    private static func grouped(_ digits: String) -> String {
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return out
    }
}
