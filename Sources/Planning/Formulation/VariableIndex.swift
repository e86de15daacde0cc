/// Where each variable of a ``Formulation`` stands in its problem's columns.
///
/// Sites, types, phases and expansions are addressed by their positions in the plan's
/// arrays (`plan.sites`, `plan.factoryTypes`, `plan.phases`, `site.expansions`); the
/// id-based lookups are conveniences for tests and reports.
public struct VariableIndex: Sendable, Equatable {
    /// A plant variable's address: positions of the site, the type and the phase.
    public struct PlantKey: Sendable, Hashable {
        /// The site's position in `plan.sites`.
        public var site: Int
        /// The type's position in `plan.factoryTypes`.
        public var type: Int
        /// The phase's position in `plan.phases`.
        public var phase: Int

        /// Creates a key.
        public init(site: Int, type: Int, phase: Int) {
            self.site = site
            self.type = type
            self.phase = phase
        }
    }

    /// An expansion variable's address: the site's position and the expansion's within it.
    public struct ExpansionKey: Sendable, Hashable {
        /// The site's position in `plan.sites`.
        public var site: Int
        /// The expansion's position in the site's `expansions`.
        public var expansion: Int

        /// Creates a key.
        public init(site: Int, expansion: Int) {
            self.site = site
            self.expansion = expansion
        }
    }

    /// A builder variable's address: positions of the builder, the site, the type and the phase.
    public struct BuilderKey: Sendable, Hashable {
        /// The builder's position in `plan.builders`.
        public var builder: Int
        /// The site's position in `plan.sites`.
        public var site: Int
        /// The type's position in `plan.factoryTypes`.
        public var type: Int
        /// The phase's position in `plan.phases`.
        public var phase: Int

        /// Creates a key.
        public init(builder: Int, site: Int, type: Int, phase: Int) {
            self.builder = builder
            self.site = site
            self.type = type
            self.phase = phase
        }

        /// The plant cell the builder's plants are counted in.
        public var plant: PlantKey { PlantKey(site: site, type: type, phase: phase) }
    }

    /// n[s,f,p]: the column of each allowed triple.
    public private(set) var plants: [PlantKey: Int] = [:]
    /// The same columns in a dense array by (site, type, phase), -1 where not allowed:
    /// the formulation looks plant columns up for every row, and an array index is far
    /// cheaper than hashing a key (`parkplan check` on 2000 sites).
    private var plantColumns: [Int] = []
    /// The types and phases dimensions of ``plantColumns``.
    private var plantTypes = 0, plantPhases = 0
    /// o[s,p]: `opened[s][p]` is the column of site `s` opened in phase `p`.
    public internal(set) var opened: [[Int]] = []
    /// x[s,k]: the column of each expansion that comes online within the horizon.
    public internal(set) var expansions: [ExpansionKey: Int] = [:]
    /// avail(k): the phase position each usable expansion comes online in.
    public internal(set) var availability: [ExpansionKey: Int] = [:]
    /// u[t]: the column of each state, present only when `rules.min_states` is set.
    public internal(set) var states: [String: Int] = [:]
    /// g[j,p]: `funding[j][p]` is the column of what source j pays for phase p, nil where
    /// the source may not pay the phase; empty without `funding`.
    public internal(set) var funding: [[Int?]] = []
    /// w[b,s,f,p]: the column of each eligible builder quadruple; empty without `builders`.
    public internal(set) var builderPlants: [BuilderKey: Int] = [:]
    /// The builder columns of each plant cell: `buildersOf[n]`, for the column n of
    /// n[s,f,p], lists its w columns in builder order; absent where no builder is eligible.
    public internal(set) var buildersOf: [Int: [BuilderColumn]] = [:]

    /// One builder's column of a plant cell.
    public struct BuilderColumn: Sendable, Equatable {
        /// The builder's position in `plan.builders`.
        public var builder: Int
        /// The column of w[b,s,f,p].
        public var column: Int
    }

    /// Prepares room for the plant columns of `sites` x `types` x `phases` triples.
    mutating func reservePlants(sites: Int, types: Int, phases: Int) {
        (plantTypes, plantPhases) = (types, phases)
        plantColumns = Array(repeating: -1, count: sites * types * phases)
        plants.reserveCapacity(sites * types * phases)
    }

    /// Records `column` as n[s,f,p]; ``reservePlants(sites:types:phases:)`` comes first.
    mutating func setPlant(_ key: PlantKey, column: Int) {
        plants[key] = column
        plantColumns[(key.site * plantTypes + key.type) * plantPhases + key.phase] = column
    }

    /// The column of n[s,f,p], nil when the triple is not allowed.
    public func plant(site: Int, type: Int, phase: Int) -> Int? {
        guard type >= 0, type < plantTypes, phase >= 0, phase < plantPhases else { return nil }
        let position = (site * plantTypes + type) * plantPhases + phase
        guard plantColumns.indices.contains(position) else { return nil }
        let column = plantColumns[position]
        return column >= 0 ? column : nil
    }

    /// The columns of n[s,f,q] for q <= p: the terms of N[s,f,p].
    public func plantsThrough(site: Int, type: Int, phase: Int) -> [Int] {
        guard phase >= 0 else { return [] }
        return (0...phase).compactMap { plant(site: site, type: type, phase: $0) }
    }

    /// The columns of o[s,q] for q <= p: the terms of Open[s,p].
    public func openedThrough(site: Int, phase: Int) -> [Int] {
        Array(opened[site][0...phase])
    }

    /// Records `column` as w[b,s,f,p], whose plant cell n[s,f,p] has column `plant`.
    mutating func setBuilderPlant(_ key: BuilderKey, column: Int, plant: Int) {
        builderPlants[key] = column
        buildersOf[plant, default: []].append(BuilderColumn(builder: key.builder, column: column))
    }

    /// The column of w[b,s,f,p], nil when b is not eligible there.
    public func builderPlant(builder: Int, site: Int, type: Int, phase: Int) -> Int? {
        builderPlants[BuilderKey(builder: builder, site: site, type: type, phase: phase)]
    }

    /// The column of x[s,k], nil when the expansion never comes online.
    public func expansion(site: Int, expansion: Int) -> Int? {
        expansions[ExpansionKey(site: site, expansion: expansion)]
    }

    /// The phase position in which expansion `k` of site `s` comes online, if any.
    public func availablePhase(site: Int, expansion: Int) -> Int? {
        availability[ExpansionKey(site: site, expansion: expansion)]
    }
}

extension VariableIndex {
    /// The column of n for the ids, nil when unknown or not allowed.
    public func plant(site: String, type: String, phase: String, in plan: Plan) -> Int? {
        guard let s = plan.sites.firstIndex(where: { $0.id == site }),
              let f = plan.factoryTypes.firstIndex(where: { $0.id == type }),
              let p = plan.phases.firstIndex(where: { $0.id == phase }) else { return nil }
        return plant(site: s, type: f, phase: p)
    }
}
