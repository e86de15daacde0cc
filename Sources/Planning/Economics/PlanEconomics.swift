import Foundation

/// The one place where a plan's money meets its calendar: when each phase starts, when
/// each plant starts construction and first produces, when each cost is paid, what a
/// plant earns, how months are discounted, and the linear coefficients of the `npv`
/// objective and the `recoup_by` promise built from them.
///
/// Months are numbered from 1 = the plan's `start`. The formulation, the results and the
/// reports all read these numbers from here, so the model and what is printed agree.
///
/// ``inScenario(_:)`` gives the same arithmetic in one scenario of overruns and delays
/// (section 7.1 of the plan-format contract): review and build months, capex and profit
/// multiplied by the scenario's factors, so that every coefficient, payment and profit
/// below is the scenario's, computed by the code that computes the plan's.
public struct PlanEconomics: Sendable {
    /// The plan.
    public let plan: Plan
    /// T_p: months from the start through the end of each phase, in phase order.
    public let phaseEnds: [Int]
    /// H: the horizon's month number; nil without `economics`.
    public let horizon: Int?
    /// prefix[m] = sum of disc(i) for i in 1...m (prefix[0] = 0), through H.
    private let discountPrefix: [Double]
    /// The scenario's multipliers; nil for the plan as written.
    public private(set) var factors: ScenarioFactors?
    /// review(s,f) at [s * types + f] (0 where the plan gives none), c(s,f) likewise, and
    /// each type's build months and annual profit: read once, so that evaluating many
    /// scenarios does not look them up again.
    private let plannedReview: [Int], plannedCapex: [Double], plannedBuild: [Int], plannedProfit: [Double]

    /// Reads the timing and money of `plan`.
    public init(plan: Plan) {
        self.plan = plan
        phaseEnds = plan.phases.indices.map { plan.monthsThrough(phase: $0) }
        let h = plan.economics.map { plan.start.monthsThrough($0.horizon) }
        horizon = h
        let rate = plan.economics?.discountRate ?? 0
        var prefix = [0.0]
        for m in stride(from: 1, through: max(0, h ?? 0), by: 1) {
            prefix.append(prefix[m - 1] + Self.discount(month: m, rate: rate))
        }
        discountPrefix = prefix
        var review: [Int] = [], capex: [Double] = []
        review.reserveCapacity(plan.sites.count * plan.factoryTypes.count)
        capex.reserveCapacity(plan.sites.count * plan.factoryTypes.count)
        for site in plan.sites {
            for type in plan.factoryTypes {
                review.append(plan.reviewMonths(site: site, type: type) ?? 0)
                capex.append(plan.capex(of: type, at: site))
            }
        }
        plannedReview = review
        plannedCapex = capex
        plannedBuild = plan.factoryTypes.map(\.buildMonths)
        plannedProfit = plan.factoryTypes.map { plan.annualProfit(of: $0) ?? 0 }
    }

    /// The same plan in the scenario whose multipliers are `factors`.
    public func inScenario(_ factors: ScenarioFactors) -> PlanEconomics {
        var scenario = self
        scenario.factors = factors
        return scenario
    }

    // MARK: - Calendar

    /// The first month of phase `p`: T_{p-1} + 1 (1 for the first phase).
    public func phaseStart(_ p: Int) -> Int {
        p == 0 ? 1 : phaseEnds[p - 1] + 1
    }

    /// The calendar month of month number `m` (1 = the plan's start).
    public func calendarMonth(_ m: Int) -> YearMonth {
        let index = plan.start.year * 12 + (plan.start.month - 1) + (m - 1)
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        return YearMonth(year: year, month: index - year * 12 + 1)
    }

    /// The month number of calendar month `month` (the start is 1; earlier months are 0 or less).
    public func monthNumber(_ month: YearMonth) -> Int {
        plan.start.monthsThrough(month)
    }

    // MARK: - Timing of plants and costs

    /// review(s,f) in months (0 when the plan gives none); in a scenario,
    /// ceil(review(s,f) * m_review) (``ScenarioFactors/months(_:times:)``).
    public func reviewMonths(site s: Int, type f: Int) -> Int {
        let review = plannedReview[s * plannedBuild.count + f]
        return factors.map { ScenarioFactors.months(review, times: $0.reviewMonths[f]) } ?? review
    }

    /// The build months of type `f`; in a scenario, ceil(build months * m_build).
    public func buildMonths(type f: Int) -> Int {
        let build = plannedBuild[f]
        return factors.map { ScenarioFactors.months(build, times: $0.buildMonths[f]) } ?? build
    }

    /// b(s,f,p): the month a plant of type `f` started at site `s` in phase `p` begins
    /// construction, max(review(s,f), T_{p-1}) + 1; its capex is paid in this month.
    public func constructionStart(site s: Int, type f: Int, phase p: Int) -> Int {
        max(reviewMonths(site: s, type: f), phaseStart(p) - 1) + 1
    }

    /// on(s,f,p): the first month the plant produces, b(s,f,p) + build months.
    public func firstOutput(site s: Int, type f: Int, phase p: Int) -> Int {
        constructionStart(site: s, type: f, phase: p) + buildMonths(type: f)
    }

    /// The month a site opened in phase `p` pays its development cost: the phase's first month.
    public func openingMonth(phase p: Int) -> Int { phaseStart(p) }

    /// The month an expansion available from phase `a` is paid: that phase's first month.
    public func expansionMonth(phase a: Int) -> Int { phaseStart(a) }

    /// c(s,f): the capex of a plant of type `f` at site `s`; with `builder`, that builder's
    /// price c_b(s,f) (``Plan/capex(site:type:builder:)``). In a scenario, times m_capex(f).
    public func capex(site s: Int, type f: Int, builder b: Int? = nil) -> Double {
        let planned = b == nil ? plannedCapex[s * plannedBuild.count + f] : plan.capex(site: s, type: f, builder: b)
        return factors.map { planned * $0.capex[f] } ?? planned
    }

    /// A plant's profit per year (0 when the plan gives none); in a scenario, times m_profit(f).
    public func annualProfit(type f: Int) -> Double {
        let planned = plannedProfit[f]
        return factors.map { planned * $0.profit[f] } ?? planned
    }

    /// A plant's profit per month: its annual profit / 12.
    public func monthlyProfit(type f: Int) -> Double {
        annualProfit(type: f) / 12
    }

    // MARK: - Discounting and NPV coefficients

    /// disc(m) = (1 + rate)^(-(m - 1) / 12).
    public static func discount(month m: Int, rate: Double) -> Double {
        pow(1 + rate, -Double(m - 1) / 12)
    }

    /// disc(m) at the plan's discount rate.
    public func discount(_ m: Int) -> Double {
        Self.discount(month: m, rate: plan.economics?.discountRate ?? 0)
    }

    /// Sum of disc(m) for m from `first` through H (0 when `first` is after H or without a horizon).
    public func discountSum(from first: Int) -> Double {
        guard let h = horizon, first <= h else { return 0 }
        return discountPrefix[h] - discountPrefix[max(first, 1) - 1]
    }

    /// The NPV of one plant n[s,f,p]: (profit/12) * sum_{m=on}^{H} disc(m) - c(s,f) * disc(b).
    public func plantCoefficient(site s: Int, type f: Int, phase p: Int) -> Double {
        profitCoefficient(site: s, type: f, phase: p) + capexCoefficient(site: s, type: f, phase: p)
    }

    /// The discounted profit of one plant n[s,f,p]: (profit/12) * sum_{m=on}^{H} disc(m).
    public func profitCoefficient(site s: Int, type f: Int, phase p: Int) -> Double {
        monthlyProfit(type: f) * discountSum(from: firstOutput(site: s, type: f, phase: p))
    }

    /// The discounted capex of one plant n[s,f,p] (of w[b,s,f,p] with `builder`), paid in
    /// month b(s,f,p): -c(s,f) * disc(b), or -c_b(s,f) * disc(b).
    public func capexCoefficient(site s: Int, type f: Int, phase p: Int, builder: Int? = nil) -> Double {
        -capex(site: s, type: f, builder: builder) * discount(constructionStart(site: s, type: f, phase: p))
    }

    /// The NPV of opening site `s` in phase `p`: -development_cost * disc(T_{p-1} + 1).
    public func openingCoefficient(site s: Int, phase p: Int) -> Double {
        -plan.sites[s].developmentCost * discount(openingMonth(phase: p))
    }

    /// The NPV of building expansion `k` of site `s`, available from phase `a`:
    /// -cost * disc(T_{a-1} + 1).
    public func expansionCoefficient(site s: Int, expansion k: Int, phase a: Int) -> Double {
        -plan.sites[s].expansions[k].cost * discount(expansionMonth(phase: a))
    }

    /// One plant's cumulative undiscounted profit through month `y`:
    /// (profit/12) * max(0, y - on + 1). Counts past the horizon too.
    public func cumulativeProfit(site s: Int, type f: Int, phase p: Int, through y: Int) -> Double {
        monthlyProfit(type: f) * Double(max(0, y - firstOutput(site: s, type: f, phase: p) + 1))
    }

    // MARK: - Funding

    /// True when source `source` may pay for phase `p`: the phase starts in or before its `until`.
    public func mayPay(_ source: FundingSource, phase p: Int) -> Bool {
        guard let until = source.until else { return true }
        return phaseStart(p) <= monthNumber(until)
    }
}
