/// A plan fixed before any scenario is known (section 7.1 of the plan-format contract):
/// what it builds and how the funding sources split each phase's spend.
public struct FixedPlan: Sendable, Equatable {
    /// Plants, opened sites and built expansions.
    public var program: BuiltProgram
    /// funding[j][p]: what source j of `plan.funding` pays for phase p in the plan; empty
    /// without funding.
    public var funding: [[Double]]

    /// Creates a fixed plan.
    public init(program: BuiltProgram, funding: [[Double]] = []) {
        self.program = program
        self.funding = funding
    }

    /// A plan of `plan` that builds nothing and pays nothing.
    public static func nothing(in plan: Plan) -> FixedPlan {
        let counts = plan.sites.map { _ in plan.factoryTypes.map { _ in Array(repeating: 0, count: plan.phases.count) }
        }
        return FixedPlan(
            program: BuiltProgram(
                counts: counts, openedIn: plan.sites.map { _ in nil },
                built: plan.sites.map { _ in [] }),
            funding: (plan.funding ?? []).map { _ in Array(repeating: 0, count: plan.phases.count) })
    }
}

/// How a fixed plan fares in one scenario: the figures section 7.2 of the contract
/// summarizes over scenarios.
public struct ScenarioOutcome: Sendable, Equatable {
    /// NPV': the program's NPV with the scenario's months, costs and profit; nil without `economics`.
    public var npv: Double?
    /// spend'_p of every phase, in phase order.
    public var spend: [Double]
    /// Whether each phase stays within its budget with spend' (constraint 6).
    public var within: [Bool]
    /// What each funding source pays over all phases, its plan's share of each phase's spend'.
    public var paid: [Double]
    /// The investor's recoup month number (1 = the start); nil when not by the horizon, and
    /// for a plan without terms.
    public var recoupMonth: Int?
    /// For each factory type (by position): whether a plant of it starts construction after its phase ends.
    public var late: [Bool]
    /// For each factory type: the largest on'(s,f,p) - on(s,f,p) among its plants (0 without plants).
    public var delay: [Int]

    /// Creates an outcome.
    public init(
        npv: Double?, spend: [Double], within: [Bool], paid: [Double], recoupMonth: Int?, late: [Bool],
        delay: [Int]
    ) {
        self.npv = npv
        self.spend = spend
        self.within = within
        self.paid = paid
        self.recoupMonth = recoupMonth
        self.late = late
        self.delay = delay
    }
}

/// Evaluates a fixed plan in scenarios with the plan's own economics
/// (``PlanEconomics/inScenario(_:)``): the payments, NPV, profit and investor receipts
/// `solve` reports, with the scenario's months, costs and profit.
public struct ScenarioSimulator: Sendable {
    /// The plan's economics as written.
    public let economics: PlanEconomics
    /// The plan evaluated.
    public let fixed: FixedPlan
    /// spend_p as planned, in phase order.
    public let plannedSpend: [Double]
    /// What each source pays for each phase, as a share of the phase's spend (0 for a
    /// phase that spends nothing).
    public let shares: [[Double]]
    /// The investor's position in `plan.funding`, when a source has terms.
    public let investor: Int?
    private let plants: [(site: Int, type: Int, phase: Int, count: Int)]
    private let plannedOutput: [Int]

    /// Prepares the evaluation of `fixed`, a plan of `economics.plan`.
    public init(economics: PlanEconomics, fixed: FixedPlan) {
        self.economics = economics
        self.fixed = fixed
        let spend = economics.phaseSpend(of: fixed.program)
        plannedSpend = spend
        shares = fixed.funding.map { paid in
            paid.indices.map { p in
                let total = fixed.funding.reduce(0.0) { $0 + $1[p] }
                return total > 0 ? paid[p] / total : 0
            }
        }
        investor = economics.plan.funding?.firstIndex { $0.terms != nil }
        plants = fixed.program.plants
        plannedOutput = plants.map { economics.firstOutput(site: $0.site, type: $0.type, phase: $0.phase) }
    }

    /// What each source pays over all phases when the phases spend `spend`.
    public func paid(spend: [Double]) -> [Double] {
        shares.map { share in zip(share, spend).reduce(0.0) { $0 + $1.0 * $1.1 } }
    }

    /// The plan in the scenario whose multipliers are `factors`.
    public func outcome(_ factors: ScenarioFactors) -> ScenarioOutcome {
        let scenario = economics.inScenario(factors)
        let plan = economics.plan
        let spend = scenario.phaseSpend(of: fixed.program)
        let paid = paid(spend: spend)
        var late = Array(repeating: false, count: plan.factoryTypes.count)
        var delay = Array(repeating: Int.min, count: plan.factoryTypes.count)
        for (k, plant) in plants.enumerated() {
            let start = scenario.constructionStart(site: plant.site, type: plant.type, phase: plant.phase)
            if start > economics.phaseEnds[plant.phase] { late[plant.type] = true }
            let slip = start + scenario.buildMonths(type: plant.type) - plannedOutput[k]
            delay[plant.type] = max(delay[plant.type], slip)
        }
        var recoupMonth: Int?
        if plan.economics != nil, let j = investor, let terms = plan.funding?[j].terms {
            let profit = scenario.monthlyOutput(of: fixed.program).profit
            recoupMonth = PlanEconomics.investorReceipts(profit: profit, invested: paid[j], terms: terms).recoupMonth
        }
        return ScenarioOutcome(
            npv: plan.economics == nil ? nil : scenario.npv(of: fixed.program), spend: spend,
            within: plan.phasesWithinBudget(spend: spend), paid: paid, recoupMonth: recoupMonth,
            late: late, delay: delay.map { $0 == Int.min ? 0 : $0 })
    }
}
