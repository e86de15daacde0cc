/// Amounts of money as plan files write them.
public enum Money {
    /// Parses a number of dollars, or a string `[$]NUMBER[k|M|B|T]` (k 1e3, M 1e6, B 1e9,
    /// T 1e12), e.g. `500M`, `$1.2B`, `2500000`.
    ///
    /// Returns nil for anything else, including non-finite numbers (`.inf`, `nan`).
    /// The sign is kept: callers reject negative amounts with a message of their own.
    public static func parse(_ text: String) -> Double? {
        var body = Substring(text.trimmingSpaces)
        var negative = false
        if body.first == "-" {
            negative = true
            body = body.dropFirst()
        }
        if body.first == "$" { body = body.dropFirst() }
        var scale = 1.0
        if let last = body.last, let factor = multipliers[last] {
            scale = factor
            body = body.dropLast()
        }
        guard let number = Number.parse(String(body)), number >= 0 else { return nil }
        let amount = number * scale
        guard amount.isFinite else { return nil }
        return negative ? -amount : amount
    }

    private static let multipliers: [Character: Double] = ["k": 1e3, "M": 1e6, "B": 1e9, "T": 1e12]
}

/// Plain decimal numbers as plan files write them.
enum Number {
    /// Parses `[+-]digits[.digits][e[+-]digits]`; nil for anything else, such as `.inf`,
    /// `nan`, hexadecimal or an empty string.
    static func parse(_ text: String) -> Double? {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        if i < scalars.count, scalars[i] == "+" || scalars[i] == "-" { i += 1 }
        let mantissaStart = i
        var digits = 0
        while i < scalars.count, isDigit(scalars[i]) { i += 1; digits += 1 }
        if i < scalars.count, scalars[i] == "." {
            i += 1
            while i < scalars.count, isDigit(scalars[i]) { i += 1; digits += 1 }
        }
        guard digits > 0, i > mantissaStart else { return nil }
        if i < scalars.count, scalars[i] == "e" || scalars[i] == "E" {
            i += 1
            if i < scalars.count, scalars[i] == "+" || scalars[i] == "-" { i += 1 }
            var exponentDigits = 0
            while i < scalars.count, isDigit(scalars[i]) { i += 1; exponentDigits += 1 }
            guard exponentDigits > 0 else { return nil }
        }
        guard i == scalars.count, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let blank: Set<Character> = [" ", "\t", "\n", "\r"]
        var s = Substring(self)
        while let c = s.first, blank.contains(c) { s = s.dropFirst() }
        while let c = s.last, blank.contains(c) { s = s.dropLast() }
        return String(s)
    }
}
