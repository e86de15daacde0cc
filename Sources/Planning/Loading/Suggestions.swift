/// Finds the known names closest to a misspelt one, for "did you mean" hints.
enum Suggestions {
    /// The candidates ordered by edit distance to `name` (ties keep their order), at most `limit`.
    static func closest(to name: String, among candidates: [String], limit: Int = 5) -> [String] {
        var seen = Set<String>()
        let unique = candidates.filter { seen.insert($0).inserted }
        let ranked = unique.enumerated()
            .map { (index: $0.offset, name: $0.element, distance: editDistance(name, $0.element)) }
            .sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }
        return ranked.prefix(limit).map(\.name)
    }

    /// A hint for an unknown name: "did you mean 'x'? (known ids closest: x, y)" when one is
    /// close, else the closest known ones; nil when there are none.
    static func hint(for name: String, among candidates: [String], kind: String = "ids") -> String? {
        let near = closest(to: name, among: candidates)
        guard let best = near.first else { return "there are no known \(kind)" }
        let list = near.joined(separator: ", ")
        if editDistance(name, best) <= max(2, name.count / 3) || (name.count >= 3 && best.hasPrefix(name)) {
            return "did you mean '\(best)'? (known \(kind) closest: \(list))"
        }
        return "known \(kind) closest: \(list)"
    }

    /// The Levenshtein distance between two strings, by characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = previous
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
