/// What a solution builds, by positions in the plan's arrays: plants by site, type and
/// phase, the builder of each plant (with `builders`), the phase each site opens in, and
/// the built expansions.
public struct BuiltProgram: Sendable, Equatable {
    /// counts[s][f][p]: plants of type f started at site s in phase p.
    public var counts: [[[Int]]] { didSet { plants = Self.nonzero(counts) } }
    /// The phase each site is opened in, nil when unopened.
    public var openedIn: [Int?]
    /// built[s]: positions of site s's built expansions.
    public var built: [[Int]]
    /// Who builds the plants, for a plan with `builders`: one entry per builder, site, type
    /// and phase with a nonzero count, summing to ``counts``; empty without builders.
    public var assignments: [BuilderPlants]

    /// Creates a program.
    public init(counts: [[[Int]]], openedIn: [Int?], built: [[Int]], assignments: [BuilderPlants] = []) {
        self.counts = counts
        self.openedIn = openedIn
        self.built = built
        self.assignments = assignments
        plants = Self.nonzero(counts)
    }

    /// Every nonzero plant count as (site, type, phase, count), in site, type, phase order:
    /// kept with the counts, since every cost, payment and profit of the program runs over it.
    public private(set) var plants: [(site: Int, type: Int, phase: Int, count: Int)]

    /// Two programs are equal when they build the same plants by the same builders, open
    /// the same sites when, and build the same expansions.
    public static func == (a: BuiltProgram, b: BuiltProgram) -> Bool {
        a.counts == b.counts && a.openedIn == b.openedIn && a.built == b.built && a.assignments == b.assignments
    }

    /// The nonzero entries of `counts`.
    private static func nonzero(_ counts: [[[Int]]]) -> [(site: Int, type: Int, phase: Int, count: Int)] {
        counts.indices.flatMap { s in
            counts[s].indices.flatMap { f in
                counts[s][f].indices.compactMap { p in counts[s][f][p] == 0 ? nil : (s, f, p, counts[s][f][p]) }
            }
        }
    }

    /// The plants as they are paid for: with builders, one entry per builder, site, type and
    /// phase (each paid at its builder's price); without, one per site, type and phase with
    /// no builder (paid at c(s,f)).
    public var paidPlants: [BuilderPlants] {
        if !assignments.isEmpty { return assignments }
        return plants.map {
            BuilderPlants(builder: nil, site: $0.site, type: $0.type, phase: $0.phase, count: $0.count)
        }
    }
}

/// Plants of one type that one builder starts at one site in one phase, by positions.
public struct BuilderPlants: Sendable, Equatable {
    /// The builder's position in `plan.builders`; nil for a plan without builders.
    public var builder: Int?
    /// The site's position in `plan.sites`.
    public var site: Int
    /// The type's position in `plan.factoryTypes`.
    public var type: Int
    /// The phase's position in `plan.phases`.
    public var phase: Int
    /// How many plants.
    public var count: Int

    /// Creates an entry.
    public init(builder: Int?, site: Int, type: Int, phase: Int, count: Int) {
        self.builder = builder
        self.site = site
        self.type = type
        self.phase = phase
        self.count = count
    }
}
