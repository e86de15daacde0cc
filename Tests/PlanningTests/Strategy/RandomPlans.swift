import Planning

/// Small random plans with every phase-dependent rule: phase budgets with or without
/// carry-over, lead times that keep types out of early phases, expansions that come
/// online late, state shares, min_states, targets, requires and co-location. Drawn from
/// a seed, so every run sees the same plans.
enum RandomPlans {
    /// The brute-force tests' deterministic generator.
    typealias Draw = BruteForceTests.Draw

    /// A plan of 3-5 sites, 3-4 types and 2-3 phases (phase i ends in December of 2026+i).
    /// With `tightPhases`, budgets do not carry over and each phase's budget is small, so
    /// that the aggregate's optimum often cannot be laid out over the phases.
    static func plan(seed: UInt64, tightPhases: Bool = false) -> Plan {
        var d = Draw(state: seed)
        let B = 1e9
        let phaseCount = d.int(2...3)
        let states = Array(["ID", "TN", "OH"].prefix(d.int(2...3)))
        let types = (0..<d.int(3...4)).map { f -> FactoryType in
            let requires = f > 0 && d.chance(0.25) ? ["t\(d.int(0...(f - 1)))"] : []
            return FactoryType(
                id: "t\(f)", name: "t\(f)", capex: d.pick([1, 2, 3, 4]) * B, annualValue: d.pick([1, 2, 3, 5]) * B,
                jobs: d.pick([100.0, 300, 800]), uses: ["power": d.pick([0.0, 20, 40, 60])],
                buildMonths: d.pick([6, 12, 18, 30]), review: d.pick(["CE", "EA"]),
                earliestPhase: d.chance(0.15) ? "p2" : nil, maxPerSite: d.pick([1, 1, 2, 3]), requires: requires)
        }
        let sites = (0..<d.int(3...5)).map { s -> Site in
            let expansions = d.chance(0.5)
                ? [Expansion(id: "x\(s)", adds: ["power": d.pick([40.0, 80])], cost: d.pick([0.5, 1, 2]) * B,
                             onlineMonths: d.pick([6, 18, 30]))] : []
            return Site(
                id: "s\(s)", name: "s\(s)", state: d.pick(states), capacity: d.chance(0.8) ? ["power": d.pick([40.0, 80, 120])] : [:],
                costIndex: d.pick([0.8, 1, 1.25]), developmentCost: d.pick([0, 0.5, 1]) * B,
                reviewMonths: d.chance(0.2) ? ["EA": 24] : [:], maxPlants: d.chance(0.2) ? d.int(1...3) : nil,
                excludes: d.chance(0.2) ? ["t0"] : [], expansions: expansions)
        }
        let phases = (0..<phaseCount).map { p in
            Phase(id: "p\(p + 1)", ends: YearMonth(year: 2026 + p, month: 12),
                  budget: tightPhases ? Double(d.int(3...8)) * B : (d.chance(0.7) ? Double(d.int(3...12)) * B : nil))
        }
        // Budgets are all given or all left out.
        let budgeted = phases.allSatisfy { $0.budget != nil } ? phases : phases.map {
            Phase(id: $0.id, name: $0.name, ends: $0.ends, budget: nil)
        }
        let objective: Objective = d.pick([.maximize(.value), .maximize(.value), .maximize(.jobs),
                                           .maximize(.weighted(value: 1, jobs: 1e6)), .minimizeCost])
        var targets: [Target] = []
        if case .minimizeCost = objective {
            targets.append(Target(type: "t\(d.int(0...(types.count - 1)))", min: d.int(1...3)))
        } else if d.chance(0.4) {
            targets.append(Target(type: "t\(d.int(0...(types.count - 1)))", min: d.int(0...2), max: d.chance(0.5) ? d.int(2...4) : nil))
        }
        var rules = Rules(
            maxPlantsPerSite: d.chance(0.4) ? d.int(2...4) : nil, maxStateShare: d.chance(0.5) ? d.pick([0.4, 0.6, 0.8]) : nil,
            minStates: d.chance(0.4) ? d.int(1...2) : nil, minSites: d.chance(0.4) ? d.int(1...3) : nil,
            maxSites: nil)
        if d.chance(0.2) { rules.maxSites = d.int((rules.minSites ?? 2)...4) }
        if d.chance(0.3) {
            rules.require = [Requirement(site: "s\(d.int(0...(sites.count - 1)))", type: "t\(d.int(0...(types.count - 1)))")]
        }
        return Plan(
            name: "random-\(seed)", start: YearMonth(year: 2026, month: 1), phases: budgeted,
            budget: Budget(total: d.chance(0.3) ? Double(d.int(6...20)) * B : nil, carryOver: tightPhases ? false : d.chance(0.6)),
            objective: objective, reviewMonths: ["CE": 0, "EA": 9], rules: rules, targets: targets,
            sites: sites, factoryTypes: types)
    }
}

extension BruteForceTests.Draw {
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
}
