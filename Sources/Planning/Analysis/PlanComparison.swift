/// What changes between two solved plans (A, the baseline, and B): plants added or
/// removed by site and phase, the objective and spend deltas, and the limits that became
/// or stopped being binding.
public struct PlanComparison: Sendable {
    /// A change in the number of plants of one type at one site in one phase.
    public struct PlantChange: Sendable, Equatable {
        /// The site's id.
        public var site: String
        /// The type's id.
        public var type: String
        /// The phase's id.
        public var phase: String
        /// Plants in A.
        public var before: Int
        /// Plants in B.
        public var after: Int
        /// `after - before`: positive when B adds plants.
        public var delta: Int { after - before }
    }

    /// What one builder takes on in A and in B.
    public struct BuilderChange: Sendable, Equatable {
        /// The builder's id.
        public var builder: String
        /// Its plants in A and in B (0 where the plan has no such builder).
        public var plants: (a: Int, b: Int)
        /// Its capex at its own price in A and in B, in dollars.
        public var capex: (a: Double, b: Double)

        /// Compares the members one by one.
        public static func == (x: BuilderChange, y: BuilderChange) -> Bool {
            x.builder == y.builder && x.plants == y.plants && x.capex == y.capex
        }
    }

    /// The baseline result.
    public let a: PlanResult
    /// The result compared with it.
    public let b: PlanResult

    /// Compares `b` with the baseline `a`.
    public init(a: PlanResult, b: PlanResult) {
        self.a = a
        self.b = b
    }

    /// Every (site, type, phase) whose count differs, in A's order then B's new entries.
    public var plantChanges: [PlantChange] {
        func key(_ x: Allocation) -> String { "\(x.site)/\(x.type)/\(x.phase)" }
        let before = Dictionary(a.allocations.map { (key($0), $0.count) }, uniquingKeysWith: +)
        let after = Dictionary(b.allocations.map { (key($0), $0.count) }, uniquingKeysWith: +)
        var seen = Set<String>()
        return (a.allocations + b.allocations).compactMap { x in
            let k = key(x)
            guard seen.insert(k).inserted, before[k] != after[k] else { return nil }
            return PlantChange(site: x.site, type: x.type, phase: x.phase, before: before[k] ?? 0, after: after[k] ?? 0)
        }
    }

    /// B's objective minus A's, when both have one.
    public var objectiveDelta: Double? {
        guard let x = a.objective.value, let y = b.objective.value else { return nil }
        return y - x
    }

    /// Every builder of A or B (A's order, then B's new ones) whose plants or capex differ.
    public var builderChanges: [BuilderChange] {
        let before = Dictionary((a.builders ?? []).map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
        let after = Dictionary((b.builders ?? []).map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
        var seen = Set<String>()
        return ((a.builders ?? []) + (b.builders ?? [])).compactMap { builder in
            guard seen.insert(builder.id).inserted else { return nil }
            let x = before[builder.id], y = after[builder.id]
            let change = BuilderChange(builder: builder.id, plants: (x?.plants ?? 0, y?.plants ?? 0),
                                       capex: (x?.capex ?? 0, y?.capex ?? 0))
            return change.plants.a == change.plants.b && abs(change.capex.a - change.capex.b) < 0.5 ? nil : change
        }
    }

    /// B's total spend minus A's, when both have a solution.
    public var spendDelta: Double? {
        a.status.hasSolution && b.status.hasSolution ? b.totalSpend - a.totalSpend : nil
    }

    /// The binding limits of a result, in its order: budgets ("budget of p1", "total
    /// budget"), then by site its resources ("power_mw at inl") and its plant limit ("max
    /// plants at inl"), then builders' limits ("commitment of toshiba", "max_plants_per_phase
    /// in p1 of toshiba"). A type reaching its `max_per_site` follows its plant changes,
    /// which the comparison lists already, so it is left out here.
    public static func bindingLimits(_ r: PlanResult) -> [String] {
        var limits = r.budgets.filter(\.binds).map { $0.id == "total" ? "total budget" : "budget of \($0.id)" }
        for site in r.sites {
            limits += site.resources.filter(\.binds).map { "\($0.name) at \(site.id)" }
            if site.plants.binds { limits.append("max plants at \(site.id)") }
        }
        for builder in r.builders ?? [] {
            limits += builder.bindingLimits.map { "\($0) of \(builder.id)" }
        }
        return limits
    }

    /// Limits binding in B but not in A.
    public var becameBinding: [String] {
        let before = Set(Self.bindingLimits(a))
        return Self.bindingLimits(b).filter { !before.contains($0) }
    }

    /// Limits binding in A but not in B.
    public var stoppedBinding: [String] {
        let after = Set(Self.bindingLimits(b))
        return Self.bindingLimits(a).filter { !after.contains($0) }
    }
}
