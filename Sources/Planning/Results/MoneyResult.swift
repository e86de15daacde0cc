/// The money of a solved plan over time (with `economics` or `funding`): its NPV and cash
/// flow by year, what each source pays for each phase, and the investor's recoup.
public struct MoneyResult: Sendable, Equatable {
    /// The program's NPV in dollars, with `economics`.
    public var npv: Double?
    /// One entry per calendar year from the start through the horizon, with `economics`.
    public var cashFlow: [CashFlowYear]
    /// What each source pays, in plan order; nil without `funding`.
    public var funding: [SourceFunding]?
    /// When the investor recoups, with terms.
    public var recoup: Recoup?

    /// Creates a money result.
    public init(npv: Double? = nil, cashFlow: [CashFlowYear] = [], funding: [SourceFunding]? = nil, recoup: Recoup? = nil) {
        self.npv = npv
        self.cashFlow = cashFlow
        self.funding = funding
        self.recoup = recoup
    }
}

extension MoneyResult {
    /// The cash flow summed over its years: what the program spends and earns through the
    /// horizon and, with terms, how the profit splits between the investor and the others.
    public var cashFlowTotals: CashFlowTotals {
        let terms = recoup != nil
        return CashFlowTotals(
            spend: cashFlow.reduce(0) { $0 + $1.spend }, profit: cashFlow.reduce(0) { $0 + $1.profit },
            investor: terms ? cashFlow.reduce(0) { $0 + ($1.investor ?? 0) } : nil,
            others: terms ? cashFlow.reduce(0) { $0 + ($1.others ?? 0) } : nil)
    }

    /// What the funding sources other than the investor pay, in dollars; nil without terms.
    public var paidByOthers: Double? {
        guard let recoup, let funding else { return nil }
        return funding.filter { $0.source != recoup.source }.reduce(0) { $0 + $1.total }
    }
}

/// A cash flow summed over its years, undiscounted.
public struct CashFlowTotals: Sendable, Equatable {
    /// Costs paid through the horizon, in dollars.
    public var spend: Double
    /// Profit earned through the horizon, in dollars.
    public var profit: Double
    /// The investor's part of that profit (nil without terms).
    public var investor: Double?
    /// Everyone else's part of that profit (nil without terms).
    public var others: Double?

    /// Profit less spend through the horizon: the last year's cumulative net.
    public var net: Double { profit - spend }
}

/// What one funding source pays for each phase it may pay.
public struct SourceFunding: Sendable, Equatable {
    /// The source's id.
    public var source: String
    /// Dollars by phase id, for every phase the source may pay (0 when it pays nothing), in phase order.
    public var byPhase: [PhaseSpend]
    /// The sum over phases.
    public var total: Double

    /// Creates a source's funding.
    public init(source: String, byPhase: [PhaseSpend]) {
        self.source = source
        self.byPhase = byPhase
        self.total = byPhase.reduce(0) { $0 + $1.amount }
    }
}

extension SolutionReading {
    /// The money result of the solution; nil for a plan without `economics` and `funding`.
    var money: MoneyResult? {
        guard plan.economics != nil || plan.funding != nil else { return nil }
        var result = MoneyResult()
        let sources = plan.funding ?? []
        let funding = sources.indices.map { j in
            SourceFunding(source: sources[j].id, byPhase: plan.phases.indices.compactMap { p in
                index.funding[j][p].map { PhaseSpend(phase: plan.phases[p].id, amount: Self.dollars(values[$0])) }
            })
        }
        if plan.funding != nil { result.funding = funding }
        guard plan.economics != nil else { return result }
        var invested: Double?
        var lastPayment: Int?
        if let j = sources.firstIndex(where: { $0.terms != nil }) {
            invested = funding[j].total
            lastPayment = plan.phases.indices.last { p in (index.funding[j][p].map { Self.dollars(values[$0]) } ?? 0) >= 1 }
                .flatMap { economics.lastPaymentMonth(of: program, phase: $0) }
        }
        let flow = economics.cashFlow(of: program, invested: invested, lastPayment: lastPayment)
        result.npv = flow.npv
        result.cashFlow = flow.years
        result.recoup = flow.recoup
        return result
    }

    /// A model value of money (billions) in dollars, float noise below a cent dropped.
    static func dollars(_ value: Double) -> Double {
        let x = value * Formulation.moneyScale
        return abs(x) < 0.01 ? 0 : x
    }
}
