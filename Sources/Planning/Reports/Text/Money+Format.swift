extension Money {
    /// An amount of dollars for people to read, to three significant digits with a suffix
    /// k, M, B or T: `$1.2B`, `$450M`, `$12.3k`, `$950`, `-$2M`; `$0` for zero and "n/a"
    /// for a non-finite amount. ``parse(_:)`` reads the result back, to that precision.
    public static func format(_ dollars: Double) -> String {
        guard dollars.isFinite else { return "n/a" }
        let digits = Quantity.abbreviated(dollars)
        return digits.hasPrefix("-") ? "-$" + digits.dropFirst() : "$" + digits
    }
}
