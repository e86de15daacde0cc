/// The builders of a generated plan (`parkplan generate --builders N`).
///
/// Each builder builds a few of the plan's types (every type is built by at least one
/// builder, so no target or type is left without one), works everywhere or, one time in
/// three, in some of the plan's states; commits between 1.5 and 3 times the plan's total
/// budget divided by the number of builders (so some commitments bind); one time in five
/// owes a floor of 5-15% of its commitment; two times in three can start a limited number
/// of plants per phase, about its share of what the budget buys; and one time in two
/// charges 0.90-1.20 times the catalog's capex.
extension PlanGenerator {
    /// The seed of the builders' own random numbers is the plan's seed XOR this.
    static let builderStream: UInt64 = 0xB17D_E125_0000_0006

    struct GeneratedBuilder {
        var id: String
        var name: String
        var builds: [String]
        var states: [String]?
        var commitmentM: Int
        var minWorkM: Int?
        var maxPlantsPerPhase: Int?
        var capexFactorHundredths: Int?
    }

    static func makeBuilders(
        _ settings: Settings, sites: [GeneratedSite], types: [GeneratedType], plan: GeneratedPlan,
        random: inout SplitMix64
    ) -> [GeneratedBuilder] {
        let count = settings.builders
        guard count > 0 else { return [] }
        let states = Array(Set(sites.map(\.state))).sorted()
        let averageCapex = Double(types.map(\.capexM).reduce(0, +)) / Double(types.count)
        // The plants the total budget buys per phase, shared among the builders.
        let plantsPerPhase = Double(plan.totalBudgetM) / averageCapex / Double(plan.phases.count)
        var builders: [GeneratedBuilder] = (0..<count).map { i in
            let name =
                builderNames[i % builderNames.count] + (i < builderNames.count ? "" : " \(i / builderNames.count + 1)")
            let id = name.lowercased().split(separator: " ").joined(separator: "-")
            let most = max(1, min(types.count, (types.count + 1) / 2))
            let builds = Array(random.shuffled(types.map(\.id)).prefix(random.int(in: 1...most)))
            var area: [String]?
            if states.count > 1 && random.chance(1.0 / 3) {
                area = random.shuffled(states).prefix(random.int(in: max(1, states.count / 2)...states.count)).sorted()
            }
            let commitment = max(
                100,
                Int(
                    (Double(plan.totalBudgetM) * (1.5 + 1.5 * random.unit()) / Double(count) / 100)
                        .rounded()) * 100)
            let floor = random.chance(0.2) ? Int(Double(commitment) * (0.05 + 0.1 * random.unit()) / 10) * 10 : nil
            let limit =
                random.chance(2.0 / 3)
                ? max(1, Int((plantsPerPhase / Double(count) * (0.5 + random.unit())).rounded())) : nil
            let factor = random.chance(0.5) ? random.int(in: 90...120) : nil
            return GeneratedBuilder(
                id: id, name: name, builds: builds, states: area, commitmentM: commitment,
                minWorkM: floor == 0 ? nil : floor, maxPlantsPerPhase: limit,
                capexFactorHundredths: factor)
        }
        // Every type gets a builder that works everywhere: the first builders take the
        // types nobody builds, and lose any state limits.
        let unbuilt = types.map(\.id).filter { id in !builders.contains { $0.builds.contains(id) } }
        for (k, id) in unbuilt.enumerated() {
            let b = k % count
            builders[b].builds.append(id)
            builders[b].states = nil
        }
        return builders
    }

    /// Names of fictional companies, one per builder (numbered beyond the list).
    static let builderNames = [
        "Arden Electric", "Birchwood Components", "Cobalt Grid", "Delmar Fiber", "Ember Systems", "Fulcrum Power",
        "Granite Works", "Harbor Semiconductor", "Ironbridge", "Juniper Optics", "Keystone Transformer", "Lumen Cable",
    ]

    /// The `builders:` section of the plan, or nothing without builders.
    static func render(_ builders: [GeneratedBuilder]) -> String {
        guard !builders.isEmpty else { return "" }
        var text = "builders:\n"
        for b in builders {
            var fields = ["id: \(b.id)", "name: \(b.name)", "builds: [\(b.builds.joined(separator: ", "))]"]
            if let states = b.states { fields.append("states: [\(states.joined(separator: ", "))]") }
            fields.append("commitment: \(money(b.commitmentM))")
            if let floor = b.minWorkM { fields.append("min_work: \(money(floor))") }
            if let limit = b.maxPlantsPerPhase { fields.append("max_plants_per_phase: \(limit)") }
            if let factor = b.capexFactorHundredths { fields.append("capex_factor: \(decimal(factor))") }
            text += "  - {\(fields.joined(separator: ", "))}\n"
        }
        return text
    }
}
