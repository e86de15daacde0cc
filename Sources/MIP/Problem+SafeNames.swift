extension Problem {
    /// A copy whose variable and row names are safe for both CPLEX LP and free MPS readers
    /// (glpsol, cbc, HiGHS): only letters, digits, `_` and `.`, not starting with a digit or
    /// `.`, at most 64 characters, and unique within variables and within rows.
    public func withSafeNames() -> Problem {
        var copy = self
        var used = Set<String>()
        for j in copy.variables.indices {
            copy.variables[j].name = Problem.safeName(variables[j].name, fallback: "x\(j + 1)", used: &used)
        }
        used.removeAll()
        for i in copy.rows.indices {
            copy.rows[i].name = Problem.safeName(rows[i].name, fallback: "r\(i + 1)", used: &used)
        }
        copy.name = Problem.safeName(name, fallback: "problem", used: &used)
        return copy
    }

    /// `name` safe for LP and MPS files and for GLPK's name calls: every character but an
    /// ASCII letter, a digit, `_` and `.` written as `_`, at most 64 characters, `fallback`
    /// when empty, a prefix before a leading digit or `.` and before a name an LP reader
    /// would take for a keyword or a number (`inf`, `e12`). Plan text (a plan's name, its
    /// ids) reaches a solver or a model file only through here.
    public static func safeName(_ name: String, fallback: String) -> String {
        var s = String(name.unicodeScalars.map { c -> Character in
            let kept = c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == ".")
            return kept ? Character(c) : "_"
        }.prefix(64))
        if s.isEmpty { s = fallback }
        if let first = s.first, first.isNumber || first == "." { s = "n" + s }
        let lower = s.lowercased()
        if lpKeywords.contains(lower)
            || (lower.first == "e" && lower.dropFirst().allSatisfy(\.isNumber) && lower.count > 1) {
            s = "n_" + s
        }
        return s
    }

    /// Words an LP reader takes for keywords wherever they stand.
    private static let lpKeywords: Set<String> = [
        "inf", "infinity", "free", "st", "s.t.", "subject", "bounds", "end", "general", "binary", "generals",
        "binaries", "integer",
    ]

    private static func safeName(_ name: String, fallback: String, used: inout Set<String>) -> String {
        let s = safeName(name, fallback: fallback)
        var candidate = s
        var k = 1
        while used.contains(candidate) {
            k += 1
            candidate = s + "_\(k)"
        }
        used.insert(candidate)
        return candidate
    }
}
