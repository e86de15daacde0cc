/// A kind of factory that may be built at a site.
public struct FactoryType: Sendable, Equatable {
    /// The id, `[a-z0-9-]+`, unique.
    public var id: String
    /// A readable name.
    public var name: String
    /// A free-text category, e.g. "grid equipment".
    public var category: String?
    /// Capital cost per plant, in dollars.
    public var capex: Double
    /// Output value per plant per year, in dollars.
    public var annualValue: Double
    /// Profit per plant per year, in dollars, if given (else the plan's margin applies).
    public var annualProfit: Double?
    /// Jobs per plant.
    public var jobs: Double
    /// Resources one plant uses, by resource name.
    public var uses: [String: Double]
    /// Months to build a plant.
    public var buildMonths: Int
    /// The review class that must precede building, e.g. "EA".
    public var review: String
    /// The first phase in which a plant may start, if restricted.
    public var earliestPhase: String?
    /// The most plants of this type at one site (default 1).
    public var maxPerSite: Int
    /// Type ids that must stand at the same site.
    public var requires: [String]
    /// Where the numbers come from (ignored by the model).
    public var sources: [String]
    /// Free text about the entry (ignored by the model).
    public var notes: String?

    /// Creates a factory type.
    public init(
        id: String, name: String, category: String? = nil, capex: Double, annualValue: Double, jobs: Double,
        uses: [String: Double] = [:], buildMonths: Int, review: String, earliestPhase: String? = nil,
        maxPerSite: Int = 1, requires: [String] = [], sources: [String] = [], notes: String? = nil,
        annualProfit: Double? = nil
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.capex = capex
        self.annualValue = annualValue
        self.jobs = jobs
        self.uses = uses
        self.buildMonths = buildMonths
        self.review = review
        self.earliestPhase = earliestPhase
        self.maxPerSite = maxPerSite
        self.requires = requires
        self.sources = sources
        self.notes = notes
        self.annualProfit = annualProfit
    }
}
