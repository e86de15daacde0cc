import MIP

/// Section 6 of the contract: which builder starts each plant (w[b,s,f,p]) and B1-B4.
/// Money in billions, as in constraint 6.
extension FormulationBuilder {
    /// w[b,s,f,p], integer in [0, f.max_per_site] (and at most the builder's
    /// `max_plants_per_phase`), for every plant column n[s,f,p] and every builder eligible
    /// there, in builder order within each plant column.
    mutating func addBuilderVariables() {
        guard let builders = plan.builders else { return }
        for (s, site) in plan.sites.enumerated() {
            for (f, type) in plan.factoryTypes.enumerated() {
                for p in plan.phases.indices {
                    guard let n = index.plant(site: s, type: f, phase: p) else { continue }
                    for (b, builder) in builders.enumerated() where builder.builds(type) && builder.worksAt(site) {
                        let upper = min(type.maxPerSite, builder.maxPlantsPerPhase ?? type.maxPerSite)
                        let w = problem.addVariable(
                            "w[\(builder.id),\(site.id),\(type.id),\(plan.phases[p].id)]",
                            lower: 0, upper: Double(upper), kind: .integer)
                        index.setBuilderPlant(.init(builder: b, site: s, type: f, phase: p), column: w, plant: n)
                    }
                }
            }
        }
    }

    /// B1 for every plant column: sum_b w[b,s,f,p] - n[s,f,p] = 0 (with no eligible
    /// builder the row holds n alone, which keeps that plant unbuilt); B2 and B3 on each
    /// builder's capex at its own price; B4 on each builder's plants in every phase.
    mutating func addBuilderRows() {
        guard let builders = plan.builders else { return }
        for (key, n) in index.plants.sorted(by: { $0.value < $1.value }) {
            let ids = "\(plan.sites[key.site].id),\(plan.factoryTypes[key.type].id),\(plan.phases[key.phase].id)"
            let terms = (index.buildersOf[n] ?? []).map { ($0.column, 1.0) } + [(n, -1.0)]
            addRow(
                "builder_assign[\(ids)]",
                .builderAssignment(
                    site: plan.sites[key.site].id, type: plan.factoryTypes[key.type].id,
                    phase: plan.phases[key.phase].id),
                terms: terms, lower: 0, upper: 0)
        }
        let columns = index.builderPlants.sorted { $0.value < $1.value }
        for (b, builder) in builders.enumerated() {
            let own = columns.filter { $0.key.builder == b }
            let capex = own.map { ($0.value, plan.capex(site: $0.key.site, type: $0.key.type, builder: b) / money) }
            if let commitment = builder.commitment, !capex.isEmpty {
                addRow(
                    "builder_commitment[\(builder.id)]", .builderCommitment(builder: builder.id),
                    terms: capex, upper: commitment / money, scale: money)
            }
            // A floor the builder can never reach keeps its row, which makes the plan infeasible.
            if builder.minWork > 0 {
                addRow(
                    "builder_min_work[\(builder.id)]", .builderMinWork(builder: builder.id),
                    terms: capex, lower: builder.minWork / money, scale: money)
            }
            guard let limit = builder.maxPlantsPerPhase else { continue }
            for (p, phase) in plan.phases.enumerated() {
                let started = own.filter { $0.key.phase == p }.map { ($0.value, 1.0) }
                guard !started.isEmpty else { continue }
                addRow(
                    "builder_phase_max[\(builder.id),\(phase.id)]",
                    .builderPhaseLimit(builder: builder.id, phase: phase.id),
                    terms: started, upper: Double(limit))
            }
        }
    }
}
