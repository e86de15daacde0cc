import MIP

/// A plan that an earlier `parkplan solve --format json` printed, read back and checked
/// against the plan file, so that `risk --allocation` evaluates it without solving.
public struct AllocationFile: Sendable {
    /// The plan as `solve` would report it, re-read through the plan's own formulation
    /// (resources, budgets and cash flow filled in); only the status when the file holds no plan.
    public let result: PlanResult
    /// What the plan builds and its funding split, exactly as the file gives them; nil
    /// when the file holds no plan.
    public let fixed: FixedPlan?
    /// The name of the plan the file was solved from.
    public let planName: String

    /// Reads `text`, the JSON of a solve, as a plan of `plan` (see ``FixedPlan/init(plan:result:)``).
    public init(text: String, plan: Plan) throws(AllocationError) {
        let printed = try PlanResult(solveJSON: text)
        planName = printed.plan
        guard printed.status.hasSolution else {
            result = printed
            fixed = nil
            return
        }
        let fixed = try FixedPlan(plan: plan, result: printed)
        self.fixed = fixed
        let formulation = Formulation(plan: plan)
        guard var values = WarmStart.columns(of: printed, in: formulation) else {
            throw AllocationError("the file's plan has no place in this plan's model; solve this plan again")
        }
        for (j, paid) in fixed.funding.enumerated() {
            for (p, amount) in paid.enumerated() {
                if let column = formulation.index.funding[j][p] { values[column] = amount / Formulation.moneyScale }
            }
        }
        var solution = Solution(status: printed.status, objective: 0, values: values, seconds: printed.solver.seconds)
        solution.bound = printed.objective.bound.map { $0 / formulation.objectiveScale }
        solution.gap = printed.objective.gap
        var reread = PlanResult(
            plan: plan, formulation: formulation, solution: solution, solverName: printed.solver.name)
        if printed.status != .optimal {
            reread.objective.bound = printed.objective.bound
            reread.objective.gap = printed.objective.gap
        }
        result = reread
    }
}
