public import MIP

/// What a solved plan says, in the plan's ids and in dollars: the status, the objective,
/// the plants, the opened sites, the expansions, the spend and the budgets.
///
/// Built from a ``Plan``, its ``Formulation`` and the solver's ``MIP/Solution``. Without a
/// solution (infeasible, unbounded, no solution) only ``status``, the objective's sense
/// and measure, its bound when known, and ``solver`` are filled in.
public struct PlanResult: Sendable, Equatable {
    /// The plan's name.
    public var plan: String
    /// What the solver concluded.
    public var status: SolveStatus
    /// The objective in dollars or jobs.
    public var objective: ObjectiveResult
    /// Nonzero plant counts, ordered by site (plan order), phase, then type (plan order).
    public var allocations: [Allocation]
    /// The opened sites, in plan order.
    public var sites: [SiteResult]
    /// The built expansions, in plan order.
    public var expansions: [BuiltExpansion]
    /// Spend of every phase, in phase order.
    public var spendByPhase: [PhaseSpend]
    /// Spend over all phases, in dollars.
    public var totalSpend: Double
    /// The budget rows of constraint 6: the phases with a limit, then "total" if set.
    public var budgets: [BudgetUse]
    /// Value, jobs and plants over everything built.
    public var totals: PlanTotals
    /// Which solver ran and how long.
    public var solver: SolverRun
    /// NPV, cash flow, funding and recoup; nil for a plan without `economics` and `funding`.
    public var money: MoneyResult?
    /// What each builder takes on, in plan order; nil for a plan without `builders` (and,
    /// with them, empty when there is no solution).
    public var builders: [BuilderResult]?

    /// Reads `solution` of `formulation` (built from `plan`) solved by `solverName`.
    public init(plan: Plan, formulation: Formulation, solution: Solution, solverName: String) {
        self.init(plan: plan.name, status: solution.status,
                  objective: ObjectiveResult(sense: plan.objective.sense, measure: plan.objective.measure),
                  solver: SolverRun(name: solverName, seconds: solution.seconds))
        self.builders = plan.builders.map { _ in [] }
        guard solution.status.hasSolution, solution.values.count == formulation.problem.variables.count else {
            objective.bound = solution.bound.map { $0 * formulation.objectiveScale }
            return
        }
        let reading = SolutionReading(plan: plan, formulation: formulation, values: solution.values)
        allocations = reading.allocations
        sites = reading.siteResults
        expansions = reading.builtExpansions
        spendByPhase = plan.phases.indices.map { PhaseSpend(phase: plan.phases[$0].id, amount: reading.spend(phase: $0)) }
        totalSpend = spendByPhase.reduce(0) { $0 + $1.amount }
        budgets = reading.budgetUses(spendByPhase: spendByPhase.map(\.amount))
        totals = reading.totals
        money = reading.money
        builders = reading.builderResults
        let value = reading.objectiveValue(totals: totals, totalSpend: totalSpend)
        objective.value = value
        if solution.status == .optimal {
            objective.bound = value
            objective.gap = 0
        } else {
            objective.bound = solution.bound.map { $0 * formulation.objectiveScale }
            objective.gap = solution.gap
        }
    }

    /// A result that has a status, an objective and a solver run and builds nothing yet:
    /// what a reader of a printed result fills in.
    init(plan: String, status: SolveStatus, objective: ObjectiveResult, solver: SolverRun) {
        self.plan = plan
        self.status = status
        self.objective = objective
        self.allocations = []
        self.sites = []
        self.expansions = []
        self.spendByPhase = []
        self.totalSpend = 0
        self.budgets = []
        self.totals = PlanTotals()
        self.solver = solver
    }
}

extension PlanResult {
    /// True when the plants of `type` at `site` reached the type's `max_per_site`.
    public func reachesMaxPerSite(site: String, type: String) -> Bool {
        sites.first { $0.id == site }?.maxPerSite.contains { $0.type == type && $0.use.binds } ?? false
    }

    /// The limits that bind for `allocation`, as the CSV's `binding_limits` lists them:
    /// its site's binding resources and plant limit, then `max_per_site` when its type
    /// reached it there.
    public func bindingLimits(of allocation: Allocation) -> [String] {
        let site = sites.first { $0.id == allocation.site }?.bindingLimits ?? []
        return site + (reachesMaxPerSite(site: allocation.site, type: allocation.type) ? ["max_per_site"] : [])
    }
}
