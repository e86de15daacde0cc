public import MIP

/// A plan chosen to hold, solved: the chosen plan and the plan chosen without
/// `uncertainty.optimize` (the deterministic plan, for the value of the stochastic
/// solution), with the model they came from.
public struct HoldSolve: Sendable {
    /// The chosen plan; its objective is the optimized measure over the optimizer's
    /// scenarios (``ObjectiveMeasure/expectedNPV`` or ``ObjectiveMeasure/cvarNPV``).
    public var result: PlanResult
    /// The plan as written solved without `uncertainty.optimize`.
    public var deterministic: PlanResult
    /// The plan without `uncertainty.optimize`.
    public var deterministicPlan: Plan
    /// The model the chosen plan solves.
    public var model: HoldModel
    /// The chosen plan's columns of the plan's own model; nil without a plan.
    public var chosenColumns: [Double]?
}

extension Planner {
    /// Solves `plan`, whose `uncertainty.optimize` asks for a plan chosen to hold, on the
    /// optimizer's scenarios (``HoldModel``); first the plan as written without it (the
    /// deterministic plan), whose plan starts the search when it meets the model's rows.
    /// The model goes to the race of two searches with every cut family (``SearchRace``),
    /// as the full model of a plan does; bounds are tightened from the rows at the root
    /// only, except for a CVaR objective.
    ///
    /// The chosen plan is `optimal` only when the search proves it on the model; its
    /// objective's value is recomputed from the plan's columns, its bound is the search's.
    public func solveHolding(_ plan: Plan, options: SolveOptions) throws(SolverError) -> HoldSolve {
        let merged = Self.mergedOptions(options, with: plan.solver)
        var deterministicPlan = plan
        deterministicPlan.uncertainty?.optimize = nil
        // The plan `solve` prints without `optimize`, its columns the model's own first ones.
        let deterministic = try solve(deterministicPlan, options: merged)
        let model = try holdModel(plan, options: merged)
        var search = merged
        search.startSolution = Self.columns(of: deterministic, in: model.formulation).flatMap(model.completed)
        // As on the direct path, bounds are tightened at the root only, except for CVaR,
        // whose search measured faster with the tightening at every node (docs/performance.md).
        search.tightensBoundsAtEveryNode = model.threshold != nil
        let solution = try SearchRace(solver: solver).solve(model.problem, options: search)
        var result = model.result(of: solution, solverName: solver.name)
        result.solver.path = .hold
        result.solver.detail = solution.rawStatus
        let columns = model.formulation.problem.variables.count
        return HoldSolve(
            result: result, deterministic: deterministic, deterministicPlan: deterministicPlan, model: model,
            chosenColumns: result.status.hasSolution && solution.values.count >= columns
                ? Array(solution.values.prefix(columns)) : nil)
    }
}

extension Planner {
    /// The columns of `formulation` that `result` gives: its plants, sites, expansions and
    /// states (``WarmStart/columns(of:in:)``) and what each source pays each phase.
    static func columns(of result: PlanResult, in formulation: Formulation) -> [Double]? {
        guard var values = WarmStart.columns(of: result, in: formulation) else { return nil }
        let plan = formulation.plan
        for (j, source) in (plan.funding ?? []).enumerated() {
            let paid = result.money?.funding?.first { $0.source == source.id }
            for (p, phase) in plan.phases.enumerated() {
                guard let g = formulation.index.funding[j][p] else { continue }
                values[g] = (paid?.byPhase.first { $0.phase == phase.id }?.amount ?? 0) / Formulation.moneyScale
            }
        }
        return values
    }

    /// The model of `plan`, whose `uncertainty.optimize` asks for a plan chosen to hold; the
    /// bounds of its budget rows (with `confidence`) come from linear relaxations solved
    /// within `options`' deadline.
    public func holdModel(_ plan: Plan, options: SolveOptions) throws(SolverError) -> HoldModel {
        guard let optimize = plan.uncertainty?.optimize, let scenarios = HoldScenarios(plan: plan) else {
            throw .invalidModel("the plan has no uncertainty.optimize to hold its plan across scenarios")
        }
        let formulation = Formulation(plan: plan)
        let excess = try optimize.confidence.map { q throws(SolverError) in
            try BudgetExcess(
                formulation: formulation, scenarios: scenarios, confidence: q, solver: solver, options: options)
        }
        return HoldModel(formulation: formulation, objective: optimize, scenarios: scenarios, excess: excess)
    }
}

extension HoldModel {
    /// The whole model's columns for a plan given by the plan's own columns `values`: t at
    /// the plan's quantile, each v_s its shortfall below t, each z_s 1 where the scenario
    /// breaks a budget; nil when the plan breaks budgets in scenarios of probability above
    /// 1 - q, or misses another row.
    public func completed(_ values: [Double]) -> [Double]? {
        let columns = formulation.problem.variables.count
        guard values.count == columns else { return nil }
        var all = values + Array(repeating: 0, count: problem.variables.count - columns)
        let npv = scenarioNPV(values)
        if let t = threshold, case .cvar(let level) = objective.npv {
            let cut = WeightedSample(npv, weights: scenarios.weights).quantile(level) ?? 0
            all[t] = cut / Formulation.moneyScale
            for (s, v) in shortfalls.enumerated() { all[v] = max(0, cut - npv[s]) / Formulation.moneyScale }
        }
        for (s, z) in violations.enumerated() {
            guard let z else { continue }
            all[z] = breaksBudget(values, scenario: s) ? 1 : 0
        }
        return problem.isFeasible(all) ? all : nil
    }

    /// True when the plan of columns `values` breaks one of scenario `s`'s restated budget
    /// rows (with no relaxation).
    func breaksBudget(_ values: [Double], scenario s: Int) -> Bool {
        let first = formulation.problem.variables.count
        return problem.rows.contains { row in
            guard row.terms.terms.contains(where: { $0.0 >= first && $0.0 == violations[s] }) else { return false }
            let used = row.terms.terms.reduce(0.0) { $0 + ($1.0 < first ? $1.1 * values[$1.0] : 0) }
            return used > row.upper + 1e-9 * max(1, abs(row.upper))
        }
    }

    /// The plan `solution` of the whole model gives, read as a plan of the plan's own model,
    /// with the optimized measure as its objective.
    public func result(of solution: Solution, solverName: String) -> PlanResult {
        let columns = formulation.problem.variables.count
        var own = solution
        if solution.values.count == problem.variables.count { own.values = Array(solution.values.prefix(columns)) }
        var result = PlanResult(plan: formulation.plan, formulation: formulation, solution: own, solverName: solverName)
        result.objective.measure = formulation.plan.objectiveMeasure
        let scale = formulation.objectiveScale
        guard solution.status.hasSolution, own.values.count == columns else {
            result.objective.bound = solution.bound.map { $0 * scale }
            return result
        }
        let value = measure(of: own.values)
        result.objective.value = value
        if solution.status == .optimal {
            result.objective.bound = value
            result.objective.gap = 0
        } else {
            result.objective.bound = solution.bound.map { max($0 * scale, value) }
            result.objective.gap = result.objective.bound.map { Solution.relativeGap(objective: value, bound: $0) }
        }
        return result
    }
}
