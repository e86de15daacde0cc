/// The money-over-time settings of a plan (`economics:`): the last month counted, the
/// yearly discount rate and the profit margin of types that give no `annual_profit`.
public struct Economics: Sendable, Equatable {
    /// The last month whose profit counts.
    public var horizon: YearMonth
    /// The yearly discount rate, not negative (0: money keeps its value).
    public var discountRate: Double
    /// Profit as a share of `annual_value`, for factory types without `annual_profit`.
    public var margin: Double?

    /// Creates economics settings.
    public init(horizon: YearMonth, discountRate: Double = 0, margin: Double? = nil) {
        self.horizon = horizon
        self.discountRate = discountRate
        self.margin = margin
    }
}

/// A source of money that pays for phases (`funding:` entry).
public struct FundingSource: Sendable, Equatable {
    /// The id, `[a-z0-9-]+`, unique among sources.
    public var id: String
    /// A readable name (defaults to the id).
    public var name: String
    /// The most this source pays over the whole plan, in dollars; nil: no cap.
    public var amount: Double?
    /// The last month in which a phase may start and still be paid by this source; nil: any phase.
    public var until: YearMonth?
    /// The investor's profit-sharing terms, if this source is the investor.
    public var terms: InvestorTerms?

    /// Creates a funding source.
    public init(id: String, name: String? = nil, amount: Double? = nil, until: YearMonth? = nil,
                terms: InvestorTerms? = nil) {
        self.id = id
        self.name = name ?? id
        self.amount = amount
        self.until = until
        self.terms = terms
    }
}

/// What an investor receives: a share of the whole program's profit until it has
/// received what it paid, then another share; optionally a month by which it must have.
public struct InvestorTerms: Sendable, Equatable {
    /// The share of profit, in 0...1, until the investment is recouped.
    public var share: Double
    /// The share of profit, in 0...1, once recouped.
    public var shareAfterRecoup: Double
    /// The month by which `share` of the cumulative profit must cover the investment, if promised.
    public var recoupBy: YearMonth?

    /// Creates terms; `shareAfterRecoup` defaults to `share`.
    public init(share: Double, shareAfterRecoup: Double? = nil, recoupBy: YearMonth? = nil) {
        self.share = share
        self.shareAfterRecoup = shareAfterRecoup ?? share
        self.recoupBy = recoupBy
    }
}

extension Plan {
    /// The funding source with terms (the investor), if any.
    public var investor: FundingSource? {
        funding?.first { $0.terms != nil }
    }

    /// True when the model needs each factory type's profit: an `npv` objective or investor terms.
    public var needsProfit: Bool {
        objective == .maximize(.npv) || investor != nil
    }

    /// The profit of one plant of `type` per year: `annual_profit`, else `margin` x
    /// `annual_value`, else nil.
    public func annualProfit(of type: FactoryType) -> Double? {
        type.annualProfit ?? economics?.margin.map { $0 * type.annualValue }
    }
}
