/// A partner company that builds plants (`builders:` entry): which types it builds, in
/// which states, how much capex it takes on at most and at least, how many plants it can
/// start in one phase, and its price as a multiple of a plant's capex.
public struct Builder: Sendable, Equatable {
    /// The id, `[a-z0-9-]+`, unique among builders.
    public var id: String
    /// A readable name.
    public var name: String
    /// The factory type ids it builds; nil: every type.
    public var builds: [String]?
    /// The two-letter codes of the states it builds in; nil: every state.
    public var states: [String]?
    /// The most capex it takes on over the plan, at its own price, in dollars; nil: no cap.
    public var commitment: Double?
    /// The least capex it must be given, at its own price, in dollars (default 0).
    public var minWork: Double
    /// The most plants it can start in one phase; nil: no limit.
    public var maxPlantsPerPhase: Int?
    /// Its price as a multiple of c(s,f) (default 1).
    public var capexFactor: Double
    /// Where the numbers come from (ignored by the model).
    public var sources: [String]
    /// Free text about the entry (ignored by the model).
    public var notes: String?

    /// Creates a builder that builds every type everywhere at list price unless told otherwise.
    public init(
        id: String, name: String? = nil, builds: [String]? = nil, states: [String]? = nil, commitment: Double? = nil,
        minWork: Double = 0, maxPlantsPerPhase: Int? = nil, capexFactor: Double = 1, sources: [String] = [],
        notes: String? = nil
    ) {
        self.id = id
        self.name = name ?? id
        self.builds = builds
        self.states = states
        self.commitment = commitment
        self.minWork = minWork
        self.maxPlantsPerPhase = maxPlantsPerPhase
        self.capexFactor = capexFactor
        self.sources = sources
        self.notes = notes
    }

    /// True when it builds `type` (its `builds` lists it, or it has no `builds`).
    public func builds(_ type: FactoryType) -> Bool {
        builds?.contains(type.id) ?? true
    }

    /// True when it builds in the state of `site` (its `states` lists it, or it has no `states`).
    public func worksAt(_ site: Site) -> Bool {
        states?.contains(site.state) ?? true
    }
}

extension Plan {
    /// eligible(b,s,f,p): f may start at s in phase p, b builds f, and b works in s's state.
    public func isEligible(builder: Builder, site: Site, type: FactoryType, phase: Int) -> Bool {
        builder.builds(type) && builder.worksAt(site) && isAllowed(site: site, type: type, phase: phase)
    }

    /// The selected factory types that no builder builds; empty without builders.
    public var typesNoBuilderBuilds: [FactoryType] {
        guard let builders else { return [] }
        return factoryTypes.filter { type in !builders.contains { $0.builds(type) } }
    }
}
