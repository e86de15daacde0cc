/// One calendar year of a program's money, undiscounted.
public struct CashFlowYear: Sendable, Equatable {
    /// The calendar year.
    public var year: Int
    /// Costs paid in the year's months up to the horizon, in dollars.
    public var spend: Double
    /// Profit earned in the year's months up to the horizon, in dollars.
    public var profit: Double
    /// Plants producing in the year's December, or in the horizon month for its year.
    public var plantsOnline: Int
    /// The investor's part of the year's profit (nil without terms).
    public var investor: Double?
    /// Everyone else's part of the year's profit (nil without terms).
    public var others: Double?

    /// Creates a year.
    public init(year: Int, spend: Double, profit: Double, plantsOnline: Int, investor: Double? = nil,
                others: Double? = nil) {
        self.year = year
        self.spend = spend
        self.profit = profit
        self.plantsOnline = plantsOnline
        self.investor = investor
        self.others = others
    }
}

extension Collection<CashFlowYear> {
    /// The program's net through each year: profit less spend, summed from the first year.
    public var cumulativeNet: [Double] {
        var net = 0.0
        return map { net += $0.profit - $0.spend; return net }
    }
}

/// When the investor has received back what it paid.
public struct Recoup: Sendable, Equatable {
    /// The investor's funding source id.
    public var source: String
    /// What it paid, I, in dollars.
    public var invested: Double
    /// The first month whose cumulative receipts reach I; nil when none by the horizon.
    public var month: YearMonth?
    /// The month of the investor's last payment (the start of the last phase it pays for), if it paid.
    public var lastPayment: YearMonth?

    /// Creates a recoup record.
    public init(source: String, invested: Double, month: YearMonth?, lastPayment: YearMonth? = nil) {
        self.source = source
        self.invested = invested
        self.month = month
        self.lastPayment = lastPayment
    }
}

/// The money of a solved program over time: its NPV, its cash flow by calendar year and,
/// with terms, when the investor recoups.
public struct CashFlow: Sendable, Equatable {
    /// The program's net present value in dollars.
    public var npv: Double
    /// One entry per calendar year from the start through the horizon.
    public var years: [CashFlowYear]
    /// The investor's recoup, with terms.
    public var recoup: Recoup?

    /// Creates a cash flow.
    public init(npv: Double, years: [CashFlowYear], recoup: Recoup?) {
        self.npv = npv
        self.years = years
        self.recoup = recoup
    }
}
