import MIP
import Testing

@testable import Planning

/// The plan's shared arithmetic (capex, expansion availability, budget rows, the
/// objective's measure and the relative gap) against numbers worked out by hand.
@Suite struct PlanArithmeticTests {
    /// Sites a (cost index 1) and b (cost index 1.5), one type costing $2B; three phases
    /// ending 2026-12, 2027-12 and 2028-12 (T = 12, 24, 36).
    static func plan(budgets: [Double?], carryOver: Bool) -> Plan {
        let phases = budgets.enumerated().map { i, budget in
            Phase(id: "p\(i + 1)", ends: YearMonth(year: 2026 + i, month: 12), budget: budget)
        }
        return Tiny.plan(
            sites: [Tiny.site("a"), Tiny.site("b", costIndex: 1.5)], types: [Tiny.type("t", capex: 2e9)],
            phases: phases, budget: Budget(carryOver: carryOver))
    }

    @Test func capexIsTheTypesCapexTimesTheSitesCostIndex() {
        let plan = Self.plan(budgets: [nil], carryOver: true)
        #expect(plan.capex(site: 0, type: 0) == 2e9)
        #expect(plan.capex(site: 1, type: 0) == 3e9)
        #expect(PlanEconomics(plan: plan).capex(site: 1, type: 0) == 3e9)
    }

    @Test func anExpansionIsAvailableInTheFirstPhaseCoveringItsMonths() {
        let plan = Self.plan(budgets: [nil, nil, nil], carryOver: true)
        func online(_ months: Int) -> Int? {
            plan.availablePhase(of: Expansion(id: "x", adds: [:], cost: 0, onlineMonths: months))
        }
        #expect(online(0) == 0)
        #expect(online(12) == 0)
        #expect(online(13) == 1)
        #expect(online(36) == 2)
        #expect(online(37) == nil)
    }

    @Test func withCarryOverEachRowAddsUpEveryPhaseThroughIt() {
        let rows = Self.plan(budgets: [1e9, 2e9, nil], carryOver: true).phaseBudgetRows
        #expect(
            rows == [
                PhaseBudgetRow(phase: 0, limit: 1e9, spendOf: 0...0),
                PhaseBudgetRow(phase: 1, limit: 3e9, spendOf: 0...1),
            ])
        // A phase without a budget ends the cumulative rows.
        #expect(Self.plan(budgets: [nil, 2e9, 4e9], carryOver: true).phaseBudgetRows.isEmpty)
    }

    @Test func withoutCarryOverEachPhaseWithABudgetLimitsItsOwnSpend() {
        let rows = Self.plan(budgets: [nil, 2e9, 4e9], carryOver: false).phaseBudgetRows
        #expect(
            rows == [
                PhaseBudgetRow(phase: 1, limit: 2e9, spendOf: 1...1),
                PhaseBudgetRow(phase: 2, limit: 4e9, spendOf: 2...2),
            ])
        #expect(Self.plan(budgets: [nil, 2e9, 4e9], carryOver: false).budgetSum(1...2) == 6e9)
    }

    @Test func theMeasureSaysWhetherItIsMoney() {
        #expect(ObjectiveMeasure.allCases.filter(\.isMoney) == [.value, .npv, .cost])
        #expect(Objective.minimizeCost.measure == .cost && Objective.minimizeCost.sense == .minimize)
        #expect(Objective.maximize(.weighted(value: 1, jobs: 2)).measure.jsonName == "weighted")
        #expect(ObjectiveMeasure(jsonName: "npv") == .npv && ObjectiveMeasure(jsonName: "profit") == nil)
        #expect(ObjectiveMeasure.value.unit == "$/yr" && ObjectiveMeasure.jobs.unit == "jobs")
    }

    @Test func theRelativeGapIsMeasuredAgainstTheObjective() {
        #expect(Solution.relativeGap(objective: 100, bound: 110) == 0.1)
        #expect(Solution.relativeGap(objective: -50, bound: -40) == 0.2)
        // A zero objective divides by a tiny number instead of zero.
        #expect(Solution.relativeGap(objective: 0, bound: 1e-9) == 1)
    }
}
