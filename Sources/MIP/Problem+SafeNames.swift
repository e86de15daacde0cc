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

    private static func safeName(_ name: String, fallback: String, used: inout Set<String>) -> String {
        var s = String(name.unicodeScalars.map { c -> Character in
            (c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == ".")) ? Character(c) : "_"
        }.prefix(64))
        if s.isEmpty { s = fallback }
        if let first = s.first, first.isNumber || first == "." { s = "n" + s }
        // Names like "e1" or "inf" read as numbers or keywords in LP files; a prefix keeps them names.
        let lower = s.lowercased()
        if ["inf", "infinity", "free", "st", "s.t.", "subject", "bounds", "end", "general", "binary", "generals", "binaries", "integer"].contains(lower)
            || (lower.first == "e" && lower.dropFirst().allSatisfy(\.isNumber) && lower.count > 1) {
            s = "n_" + s
        }
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
