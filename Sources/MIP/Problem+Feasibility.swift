extension Problem {
    /// True when `values` satisfies every bound, integrality and row within `tolerance`
    /// (relative to the size of each bound).
    public func isFeasible(_ values: [Double], tolerance: Double = 1e-6) -> Bool {
        guard values.count == variables.count else { return false }
        for (v, x) in zip(variables, values) {
            guard x.isFinite else { return false }
            let upper = v.kind == .binary ? min(v.upper, 1) : v.upper
            let lower = v.kind == .binary ? max(v.lower, 0) : v.lower
            if x < lower - tolerance * max(1, abs(lower)) || x > upper + tolerance * max(1, abs(upper)) { return false }
            if v.kind != .continuous && abs(x - x.rounded()) > tolerance { return false }
        }
        for row in rows {
            let a = row.terms.evaluate(values)
            if a < row.lower - tolerance * max(1, abs(row.lower)) { return false }
            if a > row.upper + tolerance * max(1, abs(row.upper)) { return false }
        }
        return true
    }
}
