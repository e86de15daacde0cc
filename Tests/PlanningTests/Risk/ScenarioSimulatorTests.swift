import Testing

@testable import Planning

/// One fixed plan in one scenario (section 7.1 of the plan-format contract), against
/// numbers worked out by hand in the comments.
@Suite struct ScenarioSimulatorTests {
    /// A plan of one site and one type, with money over time and phase budgets.
    ///
    /// Start 2026-01; p1 ends 2026-12 (T1 = 12), p2 ends 2028-12 (T2 = 36); horizon
    /// 2044-12 (H = 228) at a 0% discount rate. Type "t": capex $100M, EA review of 6
    /// months, 6 build months, profit $12M a year ($1M a month). No development cost,
    /// budgets $100M for p1 and $200M for p2 with carry-over.
    static func plan(budgets: [Double?] = [100e6, 200e6], funding: [FundingSource]? = nil) -> Plan {
        var type = FactoryType(
            id: "t", name: "t", capex: 100e6, annualValue: 50e6, jobs: 10, buildMonths: 6, review: "EA")
        type.annualProfit = 12e6
        var plan = Tiny.plan(
            sites: [Tiny.site("a")], types: [type],
            phases: [
                Phase(id: "p1", ends: YearMonth(year: 2026, month: 12), budget: budgets[0]),
                Phase(id: "p2", ends: YearMonth(year: 2028, month: 12), budget: budgets[1]),
            ],
            reviewMonths: ["EA": 6])
        plan.economics = Economics(horizon: YearMonth(year: 2044, month: 12), discountRate: 0)
        plan.funding = funding
        return plan
    }

    /// One plant of t at site a started in p1, the site opened in p1.
    static let onePlant = BuiltProgram(counts: [[[1, 0]]], openedIn: [0], built: [[]])

    static func factors(capex: Double = 1, build: Double = 1, profit: Double = 1, review: Double = 1) -> ScenarioFactors
    {
        ScenarioFactors(capex: [capex], buildMonths: [build], profit: [profit], reviewMonths: [review])
    }

    @Test func thePlanAsWrittenGivesThePlansOwnFigures() {
        let economics = PlanEconomics(plan: Self.plan())
        let simulator = ScenarioSimulator(economics: economics, fixed: FixedPlan(program: Self.onePlant))
        let outcome = simulator.outcome(.planned(types: 1))
        #expect(outcome.npv == economics.npv(of: Self.onePlant))
        #expect(outcome.spend == [100e6, 0])
        #expect(outcome.within == [true, true])
        #expect(outcome.late == [false])
        #expect(outcome.delay == [0])
    }

    @Test func aPlantWhoseReviewDoublesStartsLateAndEarnsLess() {
        // Planned: b = max(6, 0) + 1 = 7, on = 13; profit months 13...228 = 216, NPV =
        // 216 x $1M - $100M = $116M. Review x2: review' = 12, b' = 13 > T1 = 12 (late),
        // on' = 19 (6 months later); profit months 19...228 = 210: NPV' = $110M.
        let simulator = ScenarioSimulator(
            economics: PlanEconomics(plan: Self.plan()), fixed: FixedPlan(program: Self.onePlant))
        #expect(abs((simulator.outcome(.planned(types: 1)).npv ?? 0) - 116e6) < 1e-3)
        let outcome = simulator.outcome(Self.factors(review: 2))
        #expect(abs((outcome.npv ?? 0) - 110e6) < 1e-3)
        #expect(outcome.late == [true])
        #expect(outcome.delay == [6])
        // The plant still counts in p1, the phase that starts it, though it is paid in month 13.
        #expect(outcome.spend == [100e6, 0])
        #expect(outcome.within == [true, true])
    }

    @Test func monthsRoundUpAfterFloatNoiseIsTakenOff() {
        // 6 x 1.5 = 9 exactly; 10 x (0.1 x 3) is 3.0000000000000004 in floats and must stay 3;
        // 6 x 1.01 = 6.06 rounds up to 7.
        #expect(ScenarioFactors.months(6, times: 1.5) == 9)
        #expect(ScenarioFactors.months(10, times: 0.1 * 3) == 3)
        #expect(ScenarioFactors.months(6, times: 1.01) == 7)
        #expect(ScenarioFactors.months(0, times: 5) == 0)
        #expect(ScenarioFactors.months(10, times: 1e12) == ScenarioFactors.longest)
        let simulator = ScenarioSimulator(
            economics: PlanEconomics(plan: Self.plan()), fixed: FixedPlan(program: Self.onePlant))
        // Build x1.01: build' = 7, on' = 14, one month of profit less: $115M.
        #expect(abs((simulator.outcome(Self.factors(build: 1.01)).npv ?? 0) - 115e6) < 1e-3)
    }

    @Test func anOverrunIsPaidByTwoSourcesInThePlansShares() {
        // The plan's split of p1's $100M: japan $60M, us $40M. Capex x1.5: spend'_1 = $150M,
        // over p1's $100M budget (not within) but within the $300M through p2; japan pays 60%
        // = $90M, us 40% = $60M. Japan (share 0.5 until recouped) invested $90M: at 0.5 x
        // $1M a month from month 13 it reaches $90M after 180 months, in month 192 (2041-12).
        let funding = [
            FundingSource(id: "japan", terms: InvestorTerms(share: 0.5, shareAfterRecoup: 0.1)),
            FundingSource(id: "us"),
        ]
        let plan = Self.plan(funding: funding)
        let fixed = FixedPlan(program: Self.onePlant, funding: [[60e6, 0], [40e6, 0]])
        let simulator = ScenarioSimulator(economics: PlanEconomics(plan: plan), fixed: fixed)
        let outcome = simulator.outcome(Self.factors(capex: 1.5))
        #expect(outcome.spend == [150e6, 0])
        #expect(outcome.within == [false, true])
        #expect(abs(outcome.paid[0] - 90e6) < 1e-6 && abs(outcome.paid[1] - 60e6) < 1e-6)
        #expect(outcome.recoupMonth == 192)
        // As planned japan invested $60M: 120 months of $0.5M, month 132.
        #expect(simulator.outcome(.planned(types: 1)).recoupMonth == 132)
        // NPV' = 216 x $1M - $150M.
        #expect(abs((outcome.npv ?? 0) - 66e6) < 1e-3)
    }

    @Test func recoupFollowsThePrimedProfit() {
        // Japan pays all $100M; profit x0.5 gives $0.5M a month from month 13, of which japan
        // gets half, $0.25M: 400 months, beyond the horizon (not recouped). Profit x2 gives
        // $1M a month to japan: $100M after 100 months, month 112 (2035-04).
        let funding = [FundingSource(id: "japan", terms: InvestorTerms(share: 0.5))]
        let simulator = ScenarioSimulator(
            economics: PlanEconomics(plan: Self.plan(funding: funding)),
            fixed: FixedPlan(program: Self.onePlant, funding: [[100e6, 0]]))
        #expect(simulator.outcome(Self.factors(profit: 0.5)).recoupMonth == nil)
        #expect(simulator.outcome(Self.factors(profit: 2)).recoupMonth == 112)
        // As planned: $0.5M a month, 200 months, month 212.
        #expect(simulator.outcome(.planned(types: 1)).recoupMonth == 212)
        #expect(abs((simulator.outcome(Self.factors(profit: 2)).npv ?? 0) - (432e6 - 100e6)) < 1e-3)
    }

    @Test func withoutCarryOverEachPhaseMeetsItsOwnBudgetAndTheLastTheTotal() {
        var plan = Self.plan(budgets: [120e6, 10e6])
        plan.budget = Budget(total: 125e6, carryOver: false)
        let simulator = ScenarioSimulator(
            economics: PlanEconomics(plan: plan), fixed: FixedPlan(program: Self.onePlant))
        // x1.15: $115M within p1's $120M; p2 spends 0, within its own, and the total $115M is within $125M.
        #expect(simulator.outcome(Self.factors(capex: 1.15)).within == [true, true])
        // x1.3: $130M breaks p1's budget and, in the last phase, the $125M total.
        #expect(simulator.outcome(Self.factors(capex: 1.3)).within == [false, false])
        // x1.22: $122M over p1's $120M, under the total.
        #expect(simulator.outcome(Self.factors(capex: 1.22)).within == [false, true])
    }

    @Test func aBuildersPriceIsMultipliedByTheScenariosCapex() {
        // A builder charging 1.1 x $100M = $110M; capex x1.5 makes it $165M, paid in month 7:
        // NPV' = 216 x $1M - $165M.
        var plan = Self.plan()
        plan.builders = [Builder(id: "acme", capexFactor: 1.1)]
        let program = BuiltProgram(
            counts: [[[1, 0]]], openedIn: [0], built: [[]],
            assignments: [BuilderPlants(builder: 0, site: 0, type: 0, phase: 0, count: 1)])
        let simulator = ScenarioSimulator(economics: PlanEconomics(plan: plan), fixed: FixedPlan(program: program))
        #expect(simulator.plannedSpend == [110e6, 0])
        let outcome = simulator.outcome(Self.factors(capex: 1.5))
        #expect(abs(outcome.spend[0] - 165e6) < 1e-6)
        #expect(outcome.within == [false, true])
        #expect(abs((outcome.npv ?? 0) - 51e6) < 1e-3)
    }

    @Test func scenarioCoefficientsAreTheModelsWithPrimedNumbers() {
        // The NPV of a plan in a scenario is linear in its columns: the plant's primed
        // coefficient is (profit'/12) x months from on' to H - c' (rate 0).
        let economics = PlanEconomics(plan: Self.plan()).inScenario(Self.factors(capex: 1.2, build: 2, profit: 0.5))
        // b = 7, build' = 12, on' = 19: 210 months x $0.5M - $120M = -$15M.
        #expect(abs(economics.plantCoefficient(site: 0, type: 0, phase: 0) - -15e6) < 1e-3)
        #expect(economics.capex(site: 0, type: 0) == 120e6)
    }
}
