/// What a solution builds, by positions in the plan's arrays: plants by site, type and
/// phase, the phase each site opens in, and the built expansions.
public struct BuiltProgram: Sendable, Equatable {
    /// counts[s][f][p]: plants of type f started at site s in phase p.
    public var counts: [[[Int]]] { didSet { plants = Self.nonzero(counts) } }
    /// The phase each site is opened in, nil when unopened.
    public var openedIn: [Int?]
    /// built[s]: positions of site s's built expansions.
    public var built: [[Int]]

    /// Creates a program.
    public init(counts: [[[Int]]], openedIn: [Int?], built: [[Int]]) {
        self.counts = counts
        self.openedIn = openedIn
        self.built = built
        plants = Self.nonzero(counts)
    }

    /// Every nonzero plant count as (site, type, phase, count), in site, type, phase order:
    /// kept with the counts, since every cost, payment and profit of the program runs over it.
    public private(set) var plants: [(site: Int, type: Int, phase: Int, count: Int)]

    /// Two programs are equal when they build the same plants, open the same sites when,
    /// and build the same expansions.
    public static func == (a: BuiltProgram, b: BuiltProgram) -> Bool {
        a.counts == b.counts && a.openedIn == b.openedIn && a.built == b.built
    }

    /// The nonzero entries of `counts`.
    private static func nonzero(_ counts: [[[Int]]]) -> [(site: Int, type: Int, phase: Int, count: Int)] {
        counts.indices.flatMap { s in
            counts[s].indices.flatMap { f in
                counts[s][f].indices.compactMap { p in counts[s][f][p] == 0 ? nil : (s, f, p, counts[s][f][p]) }
            }
        }
    }
}
