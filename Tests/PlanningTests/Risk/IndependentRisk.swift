import Foundation

@testable import Planning

/// Sections 7.1 and 7.2 of the plan-format contract written again, month by month, for tests.
///
/// A solved plan's figures in one scenario and the statistics over scenarios. It reads the
/// plan's fields and the result's ids only; nothing here calls PlanEconomics, the
/// simulator or the statistics it checks.
struct IndependentRisk {
    let plan: Plan
    let result: PlanResult

    /// One scenario's figures.
    struct Outcome {
        var npv: Double
        var spend: [Double]
        var within: [Bool]
        var paid: [String: Double]
        var recoup: Int?
        var late: [String: Bool]
        var delay: [String: Int]
    }

    /// The multiplier of `quantity` ("capex", "build_months", "profit" or "review_months")
    /// for a type id or review class.
    typealias Multipliers = (_ quantity: String, _ key: String) -> Double

    /// The multipliers of a listed scenario: its own entry, else `default`, else 1.
    static func listed(_ scenario: ListedScenario) -> Multipliers {
        { quantity, key in
            let m = scenario.multipliers
            let table =
                ["capex": m.capex, "build_months": m.buildMonths, "profit": m.profit][quantity] ?? m.reviewMonths
            guard case .fixed(let x)? = table.byKey[key] ?? table.fallback else { return 1 }
            return x
        }
    }

    private func months(through end: YearMonth) -> Int {
        (end.year - plan.start.year) * 12 + end.month - plan.start.month + 1
    }

    private func ceilMonths(_ months: Int, _ factor: Double) -> Int {
        Int((Double(months) * factor - 1e-9).rounded(.up))
    }

    /// The plan's figures when every quantity is multiplied by `m`.
    func outcome(_ m: Multipliers) -> Outcome {
        let ends = plan.phases.map { months(through: $0.ends) }
        let phaseStart = { (p: Int) in p == 0 ? 1 : ends[p - 1] + 1 }
        let h = months(through: plan.economics!.horizon)
        let phaseIndex = Dictionary(uniqueKeysWithValues: plan.phases.enumerated().map { ($1.id, $0) })
        var paidIn: [Int: Double] = [:]
        var profitRate = Array(repeating: 0.0, count: h + 2)
        var spend = Array(repeating: 0.0, count: plan.phases.count)
        var late: [String: Bool] = [:], delay: [String: Int] = [:]
        for a in result.allocations {
            let site = plan.sites.first { $0.id == a.site }!, type = plan.factoryTypes.first { $0.id == a.type }!
            let p = phaseIndex[a.phase]!
            let review = site.reviewMonths[type.review] ?? plan.reviewMonths[type.review]!
            let start = max(ceilMonths(review, m("review_months", type.review)), phaseStart(p) - 1) + 1
            let on = start + ceilMonths(type.buildMonths, m("build_months", type.id))
            let plannedOn = max(review, phaseStart(p) - 1) + 1 + type.buildMonths
            // A builder charges capex_factor times c(s,f), to the cent; the scenario multiplies that.
            var price = type.capex * site.costIndex
            if let builder = plan.builders?.first(where: { $0.id == a.builder }), builder.capexFactor != 1 {
                price = (builder.capexFactor * price * 100).rounded() / 100
            }
            let capex = price * m("capex", type.id) * Double(a.count)
            paidIn[start, default: 0] += capex
            spend[p] += capex
            let profit = (type.annualProfit ?? plan.economics!.margin! * type.annualValue) * m("profit", type.id)
            if on <= h { profitRate[on] += profit / 12 * Double(a.count) }
            late[type.id] = (late[type.id] ?? false) || start > ends[p]
            delay[type.id] = max(delay[type.id] ?? Int.min, on - plannedOn)
        }
        for opened in result.sites {
            let site = plan.sites.first { $0.id == opened.id }!, p = phaseIndex[opened.openedIn]!
            paidIn[phaseStart(p), default: 0] += site.developmentCost
            spend[p] += site.developmentCost
        }
        for built in result.expansions {
            let site = plan.sites.first { $0.id == built.site }!
            let expansion = site.expansions.first { $0.id == built.id }!
            let a = ends.firstIndex { expansion.onlineMonths <= $0 }!
            paidIn[phaseStart(a), default: 0] += expansion.cost
            spend[a] += expansion.cost
        }
        // Profit month by month through the horizon; costs in their months, even after it.
        var profit: [Double] = [], rate = 0.0
        for month in 1...h {
            rate += profitRate[month]
            profit.append(rate)
        }
        let r = plan.economics!.discountRate
        let disc = { (month: Int) in pow(1 + r, -Double(month - 1) / 12) }
        var npv = 0.0
        for (month, x) in profit.enumerated() { npv += disc(month + 1) * x }
        for (month, x) in paidIn { npv -= disc(month) * x }
        return Outcome(
            npv: npv, spend: spend, within: within(spend), paid: paid(spend),
            recoup: recoup(profit: profit, paid: paid(spend)), late: late, delay: delay)
    }

    /// Constraint 6 phase by phase with the scenario's spend.
    private func within(_ spend: [Double]) -> [Bool] {
        var result: [Bool] = []
        var spent = 0.0, budget = 0.0
        for (p, phase) in plan.phases.enumerated() {
            spent += spend[p]
            budget += phase.budget ?? 0
            var ok = true
            if let own = phase.budget {
                ok = plan.budget.carryOver ? spent <= budget * (1 + 1e-9) : spend[p] <= own * (1 + 1e-9)
            }
            if p == plan.phases.count - 1, let total = plan.budget.total {
                ok = ok && spend.reduce(0, +) <= total * (1 + 1e-9)
            }
            result.append(ok)
        }
        return result
    }

    /// Each source's share of each phase's spend, as the plan split it.
    private func paid(_ spend: [Double]) -> [String: Double] {
        let split = result.money?.funding ?? []
        var paid: [String: Double] = [:]
        for (p, phase) in plan.phases.enumerated() {
            let amounts = split.map { source in source.byPhase.first { $0.phase == phase.id }?.amount ?? 0 }
            let total = amounts.reduce(0, +)
            for (j, source) in split.enumerated() where total > 0 {
                paid[source.source, default: 0] += spend[p] * amounts[j] / total
            }
        }
        return paid
    }

    /// The investor's recoup month with its scenario investment.
    private func recoup(profit: [Double], paid: [String: Double]) -> Int? {
        guard let investor = plan.funding?.first(where: { $0.terms != nil }), let terms = investor.terms else {
            return nil
        }
        let invested = paid[investor.id] ?? 0
        if invested < 1 { return 1 }
        var received = 0.0
        for (i, x) in profit.enumerated() {
            received += terms.share * x
            if received >= invested * (1 - 1e-7) { return i + 1 }
        }
        return nil
    }

    // MARK: - Statistics

    /// The smallest value whose cumulative probability reaches q.
    static func quantile(_ values: [Double], _ weights: [Double], _ q: Double) -> Double {
        let total = weights.reduce(0, +)
        var cumulative = 0.0
        for (v, w) in zip(values, weights).sorted(by: { $0.0 < $1.0 }) {
            cumulative += w
            if cumulative >= q * total * (1 - 1e-12) { return v }
        }
        return .nan
    }

    /// The largest t - E[max(0, t - X)] / alpha over t at every value (where its maximum lies).
    static func cvar(_ values: [Double], _ weights: [Double], _ alpha: Double) -> Double {
        let total = weights.reduce(0, +)
        return values.map { t in
            t - zip(values, weights).reduce(0.0) { $0 + $1.1 * max(0, t - $1.0) } / (alpha * total)
        }.max() ?? .nan
    }

    static func mean(_ values: [Double], _ weights: [Double]) -> Double {
        zip(values, weights).reduce(0.0) { $0 + $1.0 * $1.1 } / weights.reduce(0, +)
    }
}
