public import MIP

/// Different allocations close to the optimum: each chooses a different set of
/// (site, type) pairs, and each is within a given percentage of the optimum.
///
/// The search adds to the plan's model a binary y[s,f] per pair that can hold a plant
/// (linked by sum_p n[s,f,p] <= max_per_site * y[s,f] and y[s,f] <= sum_p n[s,f,p]), a row
/// keeping the objective within the bound (>= (1 - PCT/100) * optimum when maximizing,
/// <= (1 + PCT/100) * optimum when minimizing), and for the optimum and every alternative
/// found a no-good cut: sum over its chosen pairs of (1 - y) + sum over the others of y >= 1.
/// Each solve gives the best allocation not yet seen, so alternatives come ranked.
public struct AlternativeSearch: Sendable {
    /// The plan.
    public let plan: Plan
    /// Solves each step (its solver is used on the extended model).
    public let planner: Planner
    /// Options for each solve, merged with the plan's own settings.
    public let options: SolveOptions

    /// Creates a search over `plan`.
    public init(plan: Plan, planner: Planner, options: SolveOptions = SolveOptions()) {
        self.plan = plan
        self.planner = planner
        self.options = options
    }

    /// Up to `count` alternatives to `optimum` (the plan's solved result), each within
    /// `percent` percent of its objective, best first.
    public func alternatives(to optimum: PlanResult, count: Int, withinPercent percent: Double) throws(SolverError) -> [PlanResult] {
        guard count > 0, optimum.status.hasSolution, let best = optimum.objective.value else { return [] }
        let formulation = Formulation(plan: plan)
        var problem = formulation.problem
        let columns = problem.variables.count
        var pairs: [(site: Int, type: Int, y: Int)] = []
        for s in plan.sites.indices {
            for (f, type) in plan.factoryTypes.enumerated() {
                let n = formulation.index.plantsThrough(site: s, type: f, phase: plan.phases.count - 1)
                guard !n.isEmpty else { continue }
                let y = problem.addVariable("y[\(plan.sites[s].id),\(type.id)]", upper: 1, kind: .binary)
                problem.addRow("y_up[\(plan.sites[s].id),\(type.id)]",
                               terms: n.map { ($0, 1) } + [(y, -Double(type.maxPerSite))], upper: 0)
                problem.addRow("y_down[\(plan.sites[s].id),\(type.id)]", terms: [(y, 1)] + n.map { ($0, -1) }, upper: 0)
                pairs.append((s, f, y))
            }
        }
        let objective = (0..<columns).compactMap { j in
            problem.variables[j].objective == 0 ? nil : (j, problem.variables[j].objective)
        }
        let slack = abs(best) * percent / 100 / formulation.objectiveScale
        let scaled = best / formulation.objectiveScale
        let tolerance = 1e-9 * max(1, abs(scaled))
        if problem.sense == .maximize {
            problem.addRow("within", terms: objective, lower: scaled - slack - tolerance)
        } else {
            problem.addRow("within", terms: objective, upper: scaled + slack + tolerance)
        }
        func addCut(_ chosen: Set<Int>) {
            let terms = pairs.map { ($0.y, chosen.contains($0.y) ? -1.0 : 1.0) }
            problem.addRow("no_good", terms: terms, lower: 1 - Double(chosen.count))
        }
        func chosen(_ result: PlanResult) -> Set<Int> {
            let used = Set(result.allocations.map { "\($0.site)/\($0.type)" })
            return Set(pairs.filter { used.contains("\(plan.sites[$0.site].id)/\(plan.factoryTypes[$0.type].id)") }.map(\.y))
        }
        addCut(chosen(optimum))
        var found: [PlanResult] = []
        let merged = Planner.mergedOptions(options, with: plan.solver)
        while found.count < count {
            var solution = try planner.solver.solve(problem, options: merged)
            guard solution.status.hasSolution else { break }
            solution.values = Array(solution.values.prefix(columns))
            let result = PlanResult(plan: plan, formulation: formulation, solution: solution, solverName: planner.solver.name)
            found.append(result)
            addCut(chosen(result))
        }
        return found
    }
}
