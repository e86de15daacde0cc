/// What one builder takes on in a solved plan: its plants, their capex at its own price,
/// and its limits with those that bind.
public struct BuilderResult: Sendable, Equatable {
    /// The builder's id.
    public var id: String
    /// The builder's name.
    public var name: String
    /// The plants it starts, over all phases.
    public var plants: Int
    /// Their capex at its own price, c_b(s,f), in dollars.
    public var capex: Double
    /// The most capex it takes on, in dollars; nil when it has no cap.
    public var commitment: Double?
    /// The least capex it must be given, in dollars (0 when it has no floor).
    public var minWork: Double
    /// The most plants it can start in one phase; nil when unlimited.
    public var maxPlantsPerPhase: Int?
    /// The plants it starts in each phase, every phase listed, in phase order.
    public var byPhase: [PhaseCount]
    /// True when its commitment binds: the capex reaches it, or what is left of it is less
    /// than the cheapest plant it could still take at a site the plan opens.
    public var commitmentBinds: Bool
    /// True when its floor binds: taking away any one of its plants would leave its capex
    /// below `min_work`.
    public var minWorkBinds: Bool

    /// Creates a builder result.
    public init(
        id: String, name: String, plants: Int = 0, capex: Double = 0, commitment: Double? = nil,
        minWork: Double = 0, maxPlantsPerPhase: Int? = nil, byPhase: [PhaseCount] = [],
        commitmentBinds: Bool = false, minWorkBinds: Bool = false
    ) {
        self.id = id
        self.name = name
        self.plants = plants
        self.capex = capex
        self.commitment = commitment
        self.minWork = minWork
        self.maxPlantsPerPhase = maxPlantsPerPhase
        self.byPhase = byPhase
        self.commitmentBinds = commitmentBinds
        self.minWorkBinds = minWorkBinds
    }

    /// The phases in which it starts as many plants as `max_plants_per_phase` allows.
    public var fullPhases: [String] {
        guard let limit = maxPlantsPerPhase else { return [] }
        return byPhase.filter { $0.count >= limit }.map(\.phase)
    }

    /// The limits that bind, in words: "commitment", "min_work", "max_plants_per_phase in p1".
    public var bindingLimits: [String] {
        (commitmentBinds ? ["commitment"] : []) + (minWorkBinds ? ["min_work"] : [])
            + fullPhases.map { "max_plants_per_phase in \($0)" }
    }
}

/// A number of plants in one phase.
public struct PhaseCount: Sendable, Equatable {
    /// The phase's id.
    public var phase: String
    /// How many plants.
    public var count: Int

    /// Creates a phase count.
    public init(phase: String, count: Int) {
        self.phase = phase
        self.count = count
    }
}

extension SolutionReading {
    /// Every builder's plants, capex and binding limits, in plan order; nil without builders.
    var builderResults: [BuilderResult]? {
        guard let builders = plan.builders else { return nil }
        return builders.enumerated().map { b, builder in
            let own = assignments.filter { $0.builder == b }
            let prices = own.map { plan.capex(site: $0.site, type: $0.type, builder: b) }
            let capex = zip(own, prices).reduce(0.0) { $0 + Double($1.0.count) * $1.1 }
            let byPhase = plan.phases.indices.map { p in
                PhaseCount(phase: plan.phases[p].id, count: own.filter { $0.phase == p }.reduce(0) { $0 + $1.count })
            }
            var result = BuilderResult(
                id: builder.id, name: builder.name, plants: own.reduce(0) { $0 + $1.count },
                capex: capex, commitment: builder.commitment, minWork: builder.minWork,
                maxPlantsPerPhase: builder.maxPlantsPerPhase, byPhase: byPhase)
            if let commitment = builder.commitment {
                result.commitmentBinds =
                    reaches(capex, commitment)
                    || cheapestPlant(for: b).map { commitment - capex < $0 } == true
            }
            if builder.minWork > 0, let smallest = prices.min() {
                result.minWorkBinds = capex - smallest < builder.minWork * (1 - 1e-9)
            }
            return result
        }
    }

    /// The capex, at builder `b`'s price, of the cheapest plant it could still start: at a
    /// site the plan opens, of a type it builds there in some phase, below the type's
    /// `max_per_site` and the site's plant limit; nil when it could start none.
    func cheapestPlant(for b: Int) -> Double? {
        guard let builder = plan.builders?[b] else { return nil }
        var cheapest: Double?
        for s in plan.sites.indices where openedIn[s] != nil && builder.worksAt(plan.sites[s]) {
            let site = plan.sites[s]
            let plants = counts[s].reduce(0) { $0 + $1.reduce(0, +) }
            if let most = site.maxPlants ?? plan.rules.maxPlantsPerSite, plants >= most { continue }
            for (f, type) in plan.factoryTypes.enumerated() where builder.builds(type) {
                guard counts[s][f].reduce(0, +) < type.maxPerSite, plan.firstAllowedPhase(site: site, type: type) != nil
                else { continue }
                let capex = plan.capex(site: s, type: f, builder: b)
                cheapest = min(cheapest ?? capex, capex)
            }
        }
        return cheapest
    }
}
