import Foundation
import GLPKSolver
import MIP
import Testing
@testable import Planning

/// Tiny random plans with an `npv` objective, with and without funding sources and a
/// `recoup_by` promise, solved by the planner and by trying every allocation.
@Suite struct NPVBruteForceTests {
    /// The random tiny plan of ``BruteForceTests`` for `seed`, maximizing NPV to 2029-06 at
    /// 6% with a 30% margin (and one type with its own annual_profit).
    static func npvPlan(seed: Int) -> Plan {
        var plan = BruteForceTests.randomPlan(seed: UInt64(seed))
        plan.objective = .maximize(.npv)
        plan.economics = Economics(horizon: YearMonth(year: 2029, month: 6), discountRate: 0.06, margin: 0.3)
        plan.factoryTypes[1].annualProfit = plan.factoryTypes[1].capex * [0.2, 0.5, 0.9][seed % 3]
        return plan
    }

    /// Funding of the shape ``BruteForce`` checks: an investor that may pay p1 only (or
    /// both phases), capped, with terms; a second source with a cap.
    static func fundedPlan(seed: Int) -> Plan {
        var plan = npvPlan(seed: seed)
        let until = seed % 2 == 0 ? YearMonth(year: 2026, month: 6) : YearMonth(year: 2027, month: 1)
        let recoupBy = seed % 3 == 0 ? YearMonth(year: 2028, month: [3, 9, 12][seed % 3]) : nil
        plan.funding = [
            FundingSource(id: "investor", amount: [1.0, 2, 3][seed % 3] * Tiny.B, until: until,
                          terms: InvestorTerms(share: 0.5, shareAfterRecoup: 0.1, recoupBy: recoupBy)),
            FundingSource(id: "other", amount: seed % 4 == 0 ? nil : [0.5, 1, 2][seed % 3] * Tiny.B),
        ]
        return plan
    }

    static func check(_ plan: Plan, seed: Int) throws {
        let expected = BruteForce(plan: plan).optimum()
        let result = try Tiny.solve(plan)
        if let expected {
            #expect(result.status == .optimal, "seed \(seed)")
            let value = try #require(result.objective.value)
            #expect(abs(value - expected) <= 1e-6 * max(1e9, abs(expected)), "seed \(seed): \(value) vs \(expected)")
            #expect(result.money?.npv == value, "seed \(seed)")
        } else {
            #expect(result.status == .infeasible, "seed \(seed)")
        }
    }

    @Test(arguments: 1...30)
    func npvOptimumAgreesWithEnumeration(seed: Int) throws {
        try Self.check(Self.npvPlan(seed: seed), seed: seed)
    }

    @Test(arguments: 1...30)
    func fundedNPVOptimumAgreesWithEnumeration(seed: Int) throws {
        try Self.check(Self.fundedPlan(seed: seed), seed: seed)
    }

    @Test(arguments: 1...12)
    func fundingSplitMeetsEverySourceLimit(seed: Int) throws {
        let plan = Self.fundedPlan(seed: seed)
        let result = try Tiny.solve(plan)
        guard result.status.hasSolution else { return }
        let funding = try #require(result.money?.funding)
        let e = PlanEconomics(plan: plan)
        for (p, phase) in plan.phases.enumerated() {
            let paid = funding.compactMap { $0.byPhase.first { $0.phase == phase.id }?.amount }.reduce(0, +)
            let spend = result.spendByPhase[p].amount
            #expect(abs(paid - spend) <= 1e-6 * max(1, spend), "seed \(seed) \(phase.id)")
        }
        for (j, source) in (plan.funding ?? []).enumerated() {
            #expect(funding[j].byPhase.map(\.phase) == plan.phases.indices.filter { e.mayPay(source, phase: $0) }.map { plan.phases[$0].id })
            #expect(funding[j].byPhase.allSatisfy { $0.amount >= -1e-6 })
            if let amount = source.amount { #expect(funding[j].total <= amount * (1 + 1e-9) + 1e-3, "seed \(seed)") }
        }
    }

    @Test func aBindingRecoupPromiseRecoupsInThePromisedMonth() throws {
        // One plant: capex 1.2B in month 1, profit 1.2B a year from month 13; the investor pays all
        // of p1 (1.2B). At share 0.5 it needs 24 months of profit: months 13-36, so 2028-12.
        var type = Tiny.type("t", capex: 1.2e9, value: 2e9)
        type.annualProfit = 1.2e9
        var plan = Tiny.plan(sites: [Tiny.site("a")], types: [type], phases: Tiny.phases([nil]),
                             objective: .maximize(.npv))
        plan.economics = Economics(horizon: YearMonth(year: 2035, month: 12), discountRate: 0.05)
        let promise = YearMonth(year: 2028, month: 12)
        plan.funding = [FundingSource(id: "j", terms: InvestorTerms(share: 0.5, shareAfterRecoup: 0.1, recoupBy: promise))]
        let result = try Tiny.solve(plan)
        #expect(result.status == .optimal)
        #expect(result.money?.recoup?.month == promise)
        #expect(result.money?.recoup?.invested == 1.2e9)
        // A month earlier cannot be kept with the plant, so the plan builds nothing and pays nothing.
        plan.funding?[0].terms?.recoupBy = YearMonth(year: 2028, month: 11)
        let earlier = try Tiny.solve(plan)
        #expect(earlier.status == .optimal)
        #expect(earlier.allocations.isEmpty)
    }
}
