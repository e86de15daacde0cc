import Foundation

/// The one place where a plan's money meets its calendar: when each phase starts, when
/// each plant starts construction and first produces, when each cost is paid, what a
/// plant earns, how months are discounted, and the linear coefficients of the `npv`
/// objective and the `recoup_by` promise built from them.
///
/// Months are numbered from 1 = the plan's `start`. The formulation, the results and the
/// reports all read these numbers from here, so the model and what is printed agree.
public struct PlanEconomics: Sendable {
    /// The plan.
    public let plan: Plan
    /// T_p: months from the start through the end of each phase, in phase order.
    public let phaseEnds: [Int]
    /// H: the horizon's month number; nil without `economics`.
    public let horizon: Int?
    /// prefix[m] = sum of disc(i) for i in 1...m (prefix[0] = 0), through H.
    private let discountPrefix: [Double]

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

    /// b(s,f,p): the month a plant of type `f` started at site `s` in phase `p` begins
    /// construction, max(review(s,f), T_{p-1}) + 1; its capex is paid in this month.
    public func constructionStart(site s: Int, type f: Int, phase p: Int) -> Int {
        let review = plan.reviewMonths(site: plan.sites[s], type: plan.factoryTypes[f]) ?? 0
        return max(review, phaseStart(p) - 1) + 1
    }

    /// on(s,f,p): the first month the plant produces, b(s,f,p) + build months.
    public func firstOutput(site s: Int, type f: Int, phase p: Int) -> Int {
        constructionStart(site: s, type: f, phase: p) + plan.factoryTypes[f].buildMonths
    }

    /// The month a site opened in phase `p` pays its development cost: the phase's first month.
    public func openingMonth(phase p: Int) -> Int { phaseStart(p) }

    /// The month an expansion available from phase `a` is paid: that phase's first month.
    public func expansionMonth(phase a: Int) -> Int { phaseStart(a) }

    /// c(s,f): the capex of a plant of type `f` at site `s` (``Plan/capex(site:type:)``).
    public func capex(site s: Int, type f: Int) -> Double {
        plan.capex(site: s, type: f)
    }

    /// A plant's profit per month: its annual profit / 12 (0 when the plan gives none).
    public func monthlyProfit(type f: Int) -> Double {
        (plan.annualProfit(of: plan.factoryTypes[f]) ?? 0) / 12
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
        let on = firstOutput(site: s, type: f, phase: p)
        return monthlyProfit(type: f) * discountSum(from: on)
            - capex(site: s, type: f) * discount(constructionStart(site: s, type: f, phase: p))
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
