/// A candidate site for an industrial park.
public struct Site: Sendable, Equatable {
    /// The id, `[a-z0-9-]+`, unique across all files.
    public var id: String
    /// A readable name.
    public var name: String
    /// The two-letter state code.
    public var state: String
    /// The agency that holds the land, if known.
    public var agency: String?
    /// Latitude in degrees.
    public var lat: Double?
    /// Longitude in degrees.
    public var lon: Double?
    /// Resource capacities by resource name; a resource not listed is not limited here.
    public var capacity: [String: Double]
    /// Multiplies factory capex at this site (default 1).
    public var costIndex: Double
    /// Paid once when the site is opened, in dollars (default 0).
    public var developmentCost: Double
    /// Review durations that override the plan's at this site.
    public var reviewMonths: [String: Int]
    /// The most plants this site may hold, overriding the plan's rule.
    public var maxPlants: Int?
    /// Factory type ids not allowed here.
    public var excludes: [String]
    /// Capacity options.
    public var expansions: [Expansion]
    /// Where the numbers come from (ignored by the model).
    public var sources: [String]
    /// Free text about the entry (ignored by the model).
    public var notes: String?

    /// Creates a site.
    public init(
        id: String, name: String, state: String, agency: String? = nil, lat: Double? = nil, lon: Double? = nil,
        capacity: [String: Double] = [:], costIndex: Double = 1, developmentCost: Double = 0,
        reviewMonths: [String: Int] = [:], maxPlants: Int? = nil, excludes: [String] = [],
        expansions: [Expansion] = [], sources: [String] = [], notes: String? = nil
    ) {
        self.id = id
        self.name = name
        self.state = state
        self.agency = agency
        self.lat = lat
        self.lon = lon
        self.capacity = capacity
        self.costIndex = costIndex
        self.developmentCost = developmentCost
        self.reviewMonths = reviewMonths
        self.maxPlants = maxPlants
        self.excludes = excludes
        self.expansions = expansions
        self.sources = sources
        self.notes = notes
    }
}

/// A capacity option of a site: built once, it adds capacity from the phase it comes online.
public struct Expansion: Sendable, Equatable {
    /// The id, unique within the site.
    public var id: String
    /// A readable name.
    public var name: String
    /// Capacity added, by resource name.
    public var adds: [String: Double]
    /// Its cost in dollars.
    public var cost: Double
    /// Months from the plan's start until it is online.
    public var onlineMonths: Int

    /// Creates an expansion.
    public init(id: String, name: String? = nil, adds: [String: Double], cost: Double, onlineMonths: Int) {
        self.id = id
        self.name = name ?? id
        self.adds = adds
        self.cost = cost
        self.onlineMonths = onlineMonths
    }
}
