/// A calendar month, written `YYYY-MM` in plan files.
public struct YearMonth: Sendable, Equatable, Comparable, Hashable, CustomStringConvertible {
    /// The year, e.g. 2026.
    public var year: Int
    /// The month, 1...12.
    public var month: Int

    /// Creates a month; `month` must be in 1...12.
    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM`; nil for anything else, including month 13.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), y >= 1 else { return nil }
        self.init(year: y, month: m)
    }

    /// Months from the start of `self` to the end of `end`, inclusive (2026-01 to 2028-12: 36).
    public func monthsThrough(_ end: YearMonth) -> Int {
        (end.year - year) * 12 + (end.month - month) + 1
    }

    /// Orders months in time.
    public static func < (a: YearMonth, b: YearMonth) -> Bool {
        (a.year, a.month) < (b.year, b.month)
    }

    /// `YYYY-MM`.
    public var description: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : "\(month)"
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m
    }
}
