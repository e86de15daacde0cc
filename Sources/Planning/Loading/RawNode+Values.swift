/// Typed readings of a raw value; each failure is a ``PlanError`` at the value's place that
/// says what was expected. `what` names the value in messages, e.g. "capex of factory type 'x'".
extension RawNode {
    private func fail(_ what: String, expected: String, hint: String? = nil) -> PlanError {
        if isNull {
            return PlanError(at: location, "\(what) is empty: expected \(expected)", hint: RawNode.emptyHint)
        }
        return PlanError(at: location, "\(what): expected \(expected), got \(kindName)", hint: hint)
    }

    /// What to do about an empty value, for every message about one.
    static let emptyHint = "write a value, or remove the key (with --set, use --unset PATH) to leave it out"


    /// Text: any scalar (numbers are read as their text).
    func string(_ what: String) throws(PlanError) -> String {
        guard let text else { throw fail(what, expected: "text") }
        return text
    }

    /// An id: `[a-z0-9-]+`.
    func id(_ what: String) throws(PlanError) -> String {
        let text = try string(what)
        let allowed = text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard allowed, !text.isEmpty else {
            throw fail(what, expected: "an id of lowercase letters, digits and '-'",
                       hint: "e.g. '\(Self.suggestedID(text))'")
        }
        return text
    }

    private static func suggestedID(_ text: String) -> String {
        let mapped = text.lowercased().map { c -> Character in
            c.isASCII && (c.isLetter || c.isNumber) ? c : "-"
        }
        let id = String(mapped)
        return id.isEmpty ? "my-id" : id
    }

    /// A finite number.
    func number(_ what: String) throws(PlanError) -> Double {
        guard let text, let value = Number.parse(text) else {
            throw fail(what, expected: "a finite number", hint: "write a plain decimal number such as 12 or 0.5")
        }
        return value
    }

    /// A finite number that is zero or more.
    func amount(_ what: String) throws(PlanError) -> Double {
        let value = try number(what)
        guard value >= 0 else { throw fail(what, expected: "a number that is not negative") }
        return value
    }

    /// A finite number in `range`.
    func number(_ what: String, in range: ClosedRange<Double>) throws(PlanError) -> Double {
        let value = try number(what)
        guard range.contains(value) else {
            throw fail(what, expected: "a number from \(range.lowerBound.plain) to \(range.upperBound.plain)")
        }
        return value
    }

    /// Dollars: a number or `[$]NUMBER[k|M|B|T]`, not negative.
    func money(_ what: String) throws(PlanError) -> Double {
        let hint = "write dollars as a number or like 500M or $1.2B (k, M, B, T)"
        guard let text, let value = Money.parse(text) else {
            throw fail(what, expected: "an amount of money", hint: hint)
        }
        guard value >= 0 else { throw fail(what, expected: "an amount of money that is not negative") }
        return value
    }

    /// A whole number that is zero or more (a count of plants, sites, states...).
    /// Counts above `limit` are refused: the model must be able to hold them.
    func count(_ what: String, unit: String = "a whole number", atMost limit: Int = ModelLimits.count) throws(PlanError) -> Int {
        guard let text, let value = Number.parse(text) else {
            throw fail(what, expected: "\(unit) (0, 1, 2, ...)")
        }
        guard value >= 0, value == value.rounded() else {
            throw fail(what, expected: "\(unit) (0, 1, 2, ...)", hint: "fractions and negative numbers are not allowed")
        }
        guard value <= Double(limit) else {
            throw PlanError(at: location, "\(what): \(value.plain) is above \(limit), the largest the model can hold",
                            hint: "use at most \(limit)")
        }
        return Int(value)
    }

    /// A whole number of months, zero or more.
    func months(_ what: String) throws(PlanError) -> Int {
        try count(what, unit: "a whole number of months")
    }

    /// `true` or `false` (YAML's yes/no spellings too).
    func bool(_ what: String) throws(PlanError) -> Bool {
        switch text?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw fail(what, expected: "true or false")
        }
    }

    /// A month written `YYYY-MM`.
    func yearMonth(_ what: String) throws(PlanError) -> YearMonth {
        guard let text, let month = YearMonth(text) else {
            throw fail(what, expected: "a month YYYY-MM", hint: "e.g. 2026-01 (two-digit month 01 to 12)")
        }
        return month
    }

    /// The items of a list; a single scalar counts as a list of one.
    func list(_ what: String) throws(PlanError) -> [RawNode] {
        if let items { return items }
        if text != nil { return [self] }
        throw fail(what, expected: "a list")
    }

    /// The entries of a mapping.
    func mapping(_ what: String) throws(PlanError) -> [RawEntry] {
        if let entries { return entries }
        throw fail(what, expected: "a mapping of key: value")
    }
}

extension Double {
    /// The number without a trailing `.0` when whole.
    var plain: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
