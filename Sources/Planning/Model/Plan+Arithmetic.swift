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
