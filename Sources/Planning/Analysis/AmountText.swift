import Foundation

/// Numbers as analysis messages and tables print them, and as `--set` values the loader
/// reads back exactly.
public enum AmountText {
    /// Dollars in short form with three significant digits: `$12.4B`, `$850M`, `$0`.
    public static func money(_ dollars: Double) -> String {
        let sign = dollars < 0 ? "-" : ""
        let x = abs(dollars)
        for (factor, suffix) in [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")] where x >= factor {
            return sign + "$" + number(x / factor) + suffix
        }
        return sign + "$" + number(x)
    }

    /// A plain number with up to three significant digits after the point, without
    /// trailing zeros: `340`, `2.5`, `0.125`.
    public static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        let digits = abs(x) >= 100 ? 1 : abs(x) >= 10 ? 2 : 3
        var s = String(format: "%.\(digits)f", x)
        while s.contains("."), s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// A value written so that a `--set` reads it back exactly: whole numbers without a
    /// fraction or exponent (`300000000000`), others in Swift's shortest round-trip form.
    public static func overrideValue(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e18 { return String(Int64(x)) }
        return "\(x)"
    }

    /// The unit a resource is counted in, for messages: `MW` for `power_mw`, `mgd` for
    /// `water_mgd`, `acres` for `land_acres`, else the resource's own name.
    public static func unit(ofResource resource: String) -> String {
        switch resource {
        case "power_mw": "MW"
        case "water_mgd": "mgd"
        case "land_acres": "acres"
        default: resource
        }
    }
}
