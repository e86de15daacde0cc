/// Which scenarios' budgets are broken together: scenario s dominates s' when every
/// capex multiplier of s that a budget row uses is at least that of s' (ties broken by
/// index). A plan that breaks a budget in s' then breaks it in s too, since the rows'
/// other costs do not change with the scenario; so z_s' <= z_s holds for some z of every
/// plan, and s' can never be broken when it and the scenarios dominating it weigh more
/// than the 1 - q the chance constraint allows.
struct ScenarioDominance {
    /// Scenarios that the chance constraint keeps within every budget.
    let held: Set<Int>
    /// (s', s): z_s' <= z_s, the pairs of the order's transitive reduction among the rest.
    let pairs: [(Int, Int)]

    /// The order over `scenarios` by the capex multipliers of `types`: `breakable` are the
    /// scenarios whose budgets some plan can break; the others always hold. With
    /// `mostBroken` (equally likely scenarios) at most that many may break, else
    /// scenarios of probability at most `1 - q`.
    init(scenarios: HoldScenarios, types: [Int], breakable: Set<Int>, confidence q: Double, mostBroken: Int?) {
        let m = scenarios.factors.map { factors in types.map { factors.capex[$0] } }
        let n = scenarios.count
        func dominates(_ s: Int, _ t: Int) -> Bool {
            guard s != t, zip(m[s], m[t]).allSatisfy({ $0 >= $1 }) else { return false }
            return m[s] != m[t] || s > t
        }
        var above = [[Int]](repeating: [], count: n)
        for t in 0..<n {
            for s in 0..<n where dominates(s, t) { above[t].append(s) }
        }
        var held = Set<Int>()
        for t in breakable {
            let alwaysHeld = above[t].contains { !breakable.contains($0) }
            let tooMany: Bool
            if let mostBroken {
                tooMany = 1 + above[t].count > mostBroken
            } else {
                let weight = above[t].reduce(scenarios.probabilities[t]) { $0 + scenarios.probabilities[$1] }
                tooMany = weight > 1 - q + 1e-12
            }
            if alwaysHeld || tooMany { held.insert(t) }
        }
        let aboveSets = above.map(Set.init)
        var pairs: [(Int, Int)] = []
        for t in breakable.sorted() where !held.contains(t) {
            // s is kept when no scenario lies strictly between t and s.
            for s in above[t] where !above[t].contains(where: { $0 != s && aboveSets[$0].contains(s) }) {
                pairs.append((t, s))
            }
        }
        self.held = held
        self.pairs = pairs
    }
}
