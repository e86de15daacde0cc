/// Allocation rules of a plan (all optional).
public struct Rules: Sendable, Equatable {
    /// The most plants any one site may hold, unless the site sets its own.
    public var maxPlantsPerSite: Int?
    /// The largest share of total spend any one state may take, in 0...1.
    public var maxStateShare: Double?
    /// The fewest distinct states that must have an opened site.
    public var minStates: Int?
    /// The fewest sites to open.
    public var minSites: Int?
    /// The most sites to open.
    public var maxSites: Int?
    /// Plants that must be built.
    public var require: [Requirement]
    /// Site-type pairs that are not allowed.
    public var forbid: [Forbidden]

    /// Creates rules.
    public init(
        maxPlantsPerSite: Int? = nil, maxStateShare: Double? = nil, minStates: Int? = nil,
        minSites: Int? = nil, maxSites: Int? = nil, require: [Requirement] = [], forbid: [Forbidden] = []
    ) {
        self.maxPlantsPerSite = maxPlantsPerSite
        self.maxStateShare = maxStateShare
        self.minStates = minStates
        self.minSites = minSites
        self.maxSites = maxSites
        self.require = require
        self.forbid = forbid
    }
}

/// A `require` entry: at least ``count`` plants of ``type`` at ``site``.
public struct Requirement: Sendable, Equatable {
    /// The site's id.
    public var site: String
    /// The factory type's id.
    public var type: String
    /// The fewest plants (default 1).
    public var count: Int

    /// Creates a requirement.
    public init(site: String, type: String, count: Int = 1) {
        self.site = site
        self.type = type
        self.count = count
    }
}

/// A `forbid` entry: a site, a type, or both; nil matches any.
public struct Forbidden: Sendable, Equatable {
    /// The site's id, or nil for every site.
    public var site: String?
    /// The factory type's id, or nil for every type.
    public var type: String?

    /// Creates a forbid entry.
    public init(site: String? = nil, type: String? = nil) {
        self.site = site
        self.type = type
    }

    /// True when the entry forbids `type` at `site`.
    public func matches(site s: String, type f: String) -> Bool {
        (site == nil || site == s) && (type == nil || type == f)
    }
}

/// A `targets` entry: bounds on the plants of one type across all sites and phases.
public struct Target: Sendable, Equatable {
    /// The factory type's id.
    public var type: String
    /// The fewest plants, if any.
    public var min: Int?
    /// The most plants, if any.
    public var max: Int?

    /// Creates a target.
    public init(type: String, min: Int? = nil, max: Int? = nil) {
        self.type = type
        self.min = min
        self.max = max
    }
}
