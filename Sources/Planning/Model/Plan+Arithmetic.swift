/// The plan's arithmetic that the model, the aggregate search, the results, the cash flow
/// and the reports all share, each rule stated once: what a plant costs, when an expansion
/// comes online, and which spend each phase budget limits.
extension Plan {
    /// c(s,f): the capex of one plant of `type` at `site`, the type's capex times the
    /// site's cost index.
    ///
    /// Every capex the model states, the results add up and the reports
    /// print comes from here, so a price factor on top of it belongs here too.
    public func capex(of type: FactoryType, at site: Site) -> Double {
        type.capex * site.costIndex
    }

    /// c(s,f) by positions: the capex of one plant of type `f` at site `s`.
    public func capex(site s: Int, type f: Int) -> Double {
        capex(of: factoryTypes[f], at: sites[s])
    }

    /// c_b(s,f) by positions: what builder `b` (a position in ``builders``) charges for one
    /// plant of type `f` at site `s`, its `capex_factor` times c(s,f), to the cent (1.1 x
    /// $200M is $220M, not $220,000,000.00000003); c(s,f) when `b` is nil.
    public func capex(site s: Int, type f: Int, builder b: Int?) -> Double {
        let list = capex(site: s, type: f)
        guard let b, let builders, builders[b].capexFactor != 1 else { return list }
        return (builders[b].capexFactor * list * 100).rounded() / 100
    }

    /// max_plants(s): the most plants `site` may hold, its own `max_plants`, else the
    /// plan's `rules.max_plants_per_site`; nil when neither limits it.
    public func maxPlants(at site: Site) -> Int? {
        site.maxPlants ?? rules.maxPlantsPerSite
    }

    /// The key that sets ``maxPlants(at:)`` for `site`: `max_plants` (the site's own) or
    /// `max_plants_per_site` (the plan's rule); nil when neither is given.
    public func maxPlantsKey(at site: Site) -> String? {
        site.maxPlants != nil ? "max_plants" : rules.maxPlantsPerSite != nil ? "max_plants_per_site" : nil
    }

    /// avail(k): the first phase whose months, counted from ``start``, cover the
    /// expansion's `online_months`; nil when it comes online after the last phase.
    public func availablePhase(of expansion: Expansion) -> Int? {
        phases.indices.first { expansion.onlineMonths <= monthsThrough(phase: $0) }
    }

    /// The sum of the budgets of the phases in `range`, in phase order; nil when one of
    /// them has no budget.
    public func budgetSum(_ range: ClosedRange<Int>) -> Double? {
        range.reduce(Double?.some(0)) { sum, p in sum.flatMap { total in phases[p].budget.map { total + $0 } } }
    }

    /// The phase budget rows of constraint 6, in phase order.
    ///
    /// With carry-over, phase p's
    /// row limits the spend of phases 1...p to the sum of their budgets, and exists only
    /// when every phase through p has a budget; without it, each phase with a budget
    /// limits its own spend.
    public var phaseBudgetRows: [PhaseBudgetRow] {
        phases.indices.compactMap { p in
            let spent = budget.carryOver ? 0...p : p...p
            return budgetSum(spent).map { PhaseBudgetRow(phase: p, limit: $0, spendOf: spent) }
        }
    }
}

extension Plan {
    /// For each phase, whether constraint 6 holds for it with the phase spends `spend`.
    ///
    /// `spend` is in phase order. A phase holds when every budget row of the phase holds
    /// (cumulative through it with carry-over, its own spend without) and, for the last
    /// phase, the total budget; a relative 1e-9 of float noise is allowed. A phase no row
    /// limits is within.
    public func phasesWithinBudget(spend: [Double]) -> [Bool] {
        var within = Array(repeating: true, count: phases.count)
        func holds(_ used: Double, _ limit: Double) -> Bool { used <= limit + 1e-9 * max(1, abs(limit)) }
        for row in phaseBudgetRows where !holds(row.spendOf.reduce(0.0) { $0 + spend[$1] }, row.limit) {
            within[row.phase] = false
        }
        if let total = budget.total, let last = phases.indices.last, !holds(spend.reduce(0, +), total) {
            within[last] = false
        }
        return within
    }
}

/// One phase budget row of constraint 6: the spend of some phases against a limit.
public struct PhaseBudgetRow: Sendable, Equatable {
    /// The position of the phase whose budget the row states.
    public var phase: Int
    /// The most the phases in ``spendOf`` may spend together, in dollars.
    public var limit: Double
    /// The positions of the phases whose spend the row adds up: the phase alone, or with
    /// carry-over every phase through it.
    public var spendOf: ClosedRange<Int>
}
