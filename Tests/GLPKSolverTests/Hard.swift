import MIP

/// Problems that GLPK cannot finish quickly, for limits and cancels.
enum Hard {
    /// A strongly correlated 0-1 multidimensional knapsack (each value is its mean weight
    /// plus a constant, the hard case for branch and bound) with `items` items and 5
    /// capacity rows, from a fixed linear congruential sequence; all zeros is feasible.
    /// Uncorrelated values (`correlated: false`) make an easy instance of the same shape.
    static func knapsack(items: Int = 120, correlated: Bool = true) -> Problem {
        var seed: UInt64 = 12345
        func next() -> Double {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Double((seed >> 33) % 1000) + 1
        }
        var p = Problem(name: "mkp", sense: .maximize)
        let weights = (0..<5).map { _ in (0..<items).map { _ in next() } }
        let x = (0..<items).map { j in
            p.addVariable("x\(j)", kind: .binary, objective: correlated ? weights.reduce(0) { $0 + $1[j] } / 5 + 100 : next())
        }
        for (r, w) in weights.enumerated() {
            p.addRow("cap\(r)", terms: zip(x, w).map { ($0, $1) }, upper: (w.reduce(0, +) / 2).rounded())
        }
        return p
    }
}

extension Hard {
    /// `groups` small knapsacks of 10 items each, every item also in `linking` dense rows
    /// that bind all groups together: the LP optimum leaves about one fractional item per
    /// row, and each copy of the problem (what GLPK's pseudo-cost branching makes for
    /// every candidate it has no history for) carries every dense row.
    static func linkedKnapsacks(groups: Int = 400, linking: Int = 40) -> Problem {
        var seed: UInt64 = 977
        func next() -> Double {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Double((seed >> 33) % 100) + 1
        }
        var p = Problem(name: "linked", sense: .maximize)
        var items: [Int] = []
        for g in 0..<groups {
            let weights = (0..<10).map { _ in next() }
            let group = weights.enumerated().map { k, w in
                p.addVariable("x\(g)_\(k)", kind: .binary, objective: w + next() / 10)
            }
            p.addRow("group\(g)", terms: zip(group, weights).map { ($0, $1) }, upper: (weights.reduce(0, +) / 3).rounded())
            items += group
        }
        for r in 0..<linking {
            let weights = items.map { _ in next() }
            p.addRow("link\(r)", terms: zip(items, weights).map { ($0, $1) }, upper: (weights.reduce(0, +) / 4).rounded())
        }
        return p
    }
}

extension Hard {
    /// A 0-1 knapsack of `items` items in which some pairs of items exclude each other
    /// (x_i + x_j <= 1), so GLPK's conflict graph, and with it its clique cuts, has
    /// something to work on.
    static func conflictingKnapsack(items: Int = 40) -> Problem {
        var p = knapsack(items: items)
        var seed: UInt64 = 4242
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(items))
        }
        for r in 0..<(2 * items) {
            let i = next(), j = next()
            if i != j { p.addRow("pair\(r)", terms: [(i, 1), (j, 1)], upper: 1) }
        }
        return p
    }
}
