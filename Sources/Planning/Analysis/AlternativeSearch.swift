public import MIP

/// The next-best plans after the optimum: the K best allocations that differ from it and
/// from each other in how many plants of which type stand at which site, best first.
///
/// Two allocations count as the same plan when every site holds the same number of plants
/// of every type at the end of the horizon, whatever their phases, or when they differ
/// only by swapping the plants of interchangeable sites (same state, capacities, costs,
/// reviews, limits, exclusions and expansions, and no `require` naming them).
///
/// The search works on the phase-free ``AggregateModel``: a row keeps its objective within
/// the bound (>= (1 - PCT/100) * optimum when maximizing, <= (1 + PCT/100) * optimum when
/// minimizing), and each plan found (the optimum first) is cut off by a no-good row on its
/// plant counts. Each solve then gives the best plan not yet seen; it is scheduled into
/// phases as ``Planner`` schedules the optimum. A point that cannot be scheduled is cut
/// off and the search goes on. The caller's time limit covers the whole search.
public struct AlternativeSearch: Sendable {
    /// The plan.
    public let plan: Plan
    /// Solves each step (its solver is used on the aggregate and the schedules).
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
    /// `percent` percent of its objective, best first. Each carries its own bound and gap:
    /// `optimal` means no other plan within the bound is better than it apart from those
    /// listed before it.
    public func alternatives(to optimum: PlanResult, count: Int, withinPercent percent: Double) throws(SolverError) -> [PlanResult] {
        guard count > 0, optimum.status.hasSolution, let best = optimum.objective.value, !plan.phases.isEmpty else { return [] }
        let clock = ContinuousClock.now
        let formulation = Formulation(plan: plan)
        guard PhaseAggregation.isExact(for: formulation) else {
            return try alternativesOnTheFullModel(formulation, optimum: optimum, best: best, count: count, withinPercent: percent)
        }
        let full = formulation.problem
        var aggregate = AggregateModel(formulation: formulation)
        let scheduler = PhaseScheduler(formulation: formulation)
        let merged = searchOptions

        let within = Self.withinRow(of: aggregate.problem, best: best / formulation.objectiveScale,
                                    constant: full.objectiveConstant, percent: percent)
        aggregate.addRow("within", terms: within.terms, lower: within.lower, upper: within.upper)
        let groups = Self.interchangeableSites(plan, firstAllowed: aggregate.firstAllowed)
        var seen: Set<[[Int]]> = [Self.canonical(counts(of: optimum), groups: groups)]
        aggregate.addCountCut(excluding: counts(of: optimum))

        var found: [PlanResult] = []
        while found.count < count {
            if merged.shouldStop { break }
            var stage = merged
            stage.startSolution = nil
            stage.search = .strongBound
            let result = try planner.solver.solve(aggregate.problem, options: stage)
            guard result.status.hasSolution else { break }
            let point = aggregate.point(from: result.values)
            aggregate.addCountCut(excluding: point.counts)
            guard seen.insert(Self.canonical(point.counts, groups: groups)).inserted else { continue }
            switch try scheduler.schedule(point, options: stage, solver: planner.solver) {
            case .scheduled(let values, let nodes):
                var solution = Solution(status: result.status == .optimal ? .optimal : .feasible,
                                        rawStatus: "next-best aggregate point scheduled into phases; " + result.rawStatus,
                                        seconds: clock.secondsElapsed, nodes: result.nodes + nodes)
                solution.values = values
                let objective = full.objectiveValue(of: values)
                solution.objective = objective
                // A missing bound proves nothing: the plan is then reported without one.
                let bound = result.status == .optimal ? objective : result.bound.map { $0 + full.objectiveConstant }
                solution.bound = bound
                solution.gap = bound.map { Solution.relativeGap(objective: objective, bound: $0) }
                found.append(PlanResult(plan: plan, formulation: formulation, solution: solution, solverName: planner.solver.name))
            case .impossible:
                continue
            case .undecided:
                return found
            }
        }
        return found
    }

    /// The alternatives of a plan whose objective depends on the phase (NPV) or that has
    /// funding columns, where the phase-free aggregate does not apply: each is a solve of
    /// the full model within the bound, with a no-good row on the plant counts of every
    /// plan found so far (the same notion of a different plan, without the swaps between
    /// interchangeable sites). Each result carries the bound its own solve proved.
    private func alternativesOnTheFullModel(
        _ formulation: Formulation, optimum: PlanResult, best: Double, count: Int, withinPercent percent: Double
    ) throws(SolverError) -> [PlanResult] {
        var problem = formulation.problem
        let columns = problem.variables.count
        let within = Self.withinRow(of: problem, best: best / formulation.objectiveScale,
                                    constant: problem.objectiveConstant, percent: percent)
        problem.addRow("within", terms: within.terms, lower: within.lower, upper: within.upper)
        let last = plan.phases.count - 1
        let cells = plan.sites.indices.flatMap { s in
            plan.factoryTypes.indices.map { f in (s, f, formulation.index.plantsThrough(site: s, type: f, phase: last)) }
        }.filter { !$0.2.isEmpty }
        /// Cuts off every plan with exactly `counts` plants per (site, type): one binary per
        /// cell and direction says the count is below or above the given one.
        func cutOff(_ counts: [[Int]]) {
            var indicators: [(Int, Double)] = []
            for (s, f, plants) in cells {
                let have = Double(counts[s][f])
                let most = Double(plan.factoryTypes[f].maxPerSite)
                let name = "\(plan.sites[s].id),\(plan.factoryTypes[f].id),\(problem.rows.count)"
                if have > 0 {
                    let below = problem.addVariable("below[\(name)]", upper: 1, kind: .binary)
                    // sum n <= have - 1 + (most - have + 1) * (1 - below)
                    problem.addRow("below_row[\(name)]", terms: plants.map { ($0, 1) } + [(below, most - have + 1)], upper: most)
                    indicators.append((below, 1))
                }
                if have < most {
                    let above = problem.addVariable("above[\(name)]", upper: 1, kind: .binary)
                    // sum n >= (have + 1) * above
                    problem.addRow("above_row[\(name)]", terms: plants.map { ($0, 1) } + [(above, -(have + 1))], lower: 0)
                    indicators.append((above, 1))
                }
            }
            problem.addRow("no_good[\(problem.rows.count)]", terms: indicators, lower: 1)
        }
        cutOff(counts(of: optimum))
        var found: [PlanResult] = []
        let merged = searchOptions
        while found.count < count, !merged.shouldStop {
            var solution = try planner.solver.solve(problem, options: merged)
            guard solution.status.hasSolution else { break }
            solution.values = Array(solution.values.prefix(columns))
            let result = PlanResult(plan: plan, formulation: formulation, solution: solution, solverName: planner.solver.name)
            found.append(result)
            cutOff(counts(of: result))
        }
        return found
    }

    /// The options of every search for an alternative: the caller's, merged with the
    /// plan's solver settings, with 5% of the time left (at least a second) kept for
    /// placing the last plan found into phases and printing everything. GLPK's set-up of
    /// a large model cannot be stopped: on 400 sites a search begun in the last second
    /// ended a second past the limit.
    private var searchOptions: SolveOptions {
        var merged = Planner.mergedOptions(options, with: plan.solver)
        merged.deadline = merged.deadline.keepingTimeToFinish
        return merged
    }

    /// The row that keeps `problem`'s objective (without its `constant`) within `percent`
    /// percent of `best`, in the model's units: at least (1 - PCT/100) * best when
    /// maximizing, at most (1 + PCT/100) * best when minimizing, with 1e-9 of slack for
    /// float noise.
    private static func withinRow(of problem: Problem, best: Double, constant: Double, percent: Double)
        -> (terms: [(Int, Double)], lower: Double, upper: Double) {
        let terms = problem.variables.indices.compactMap { j -> (Int, Double)? in
            let c = problem.variables[j].objective
            return c == 0 ? nil : (j, c)
        }
        let scaled = best - constant
        let slack = abs(best) * percent / 100
        let tolerance = 1e-9 * max(1, abs(scaled))
        return problem.sense == .maximize
            ? (terms, scaled - slack - tolerance, .infinity)
            : (terms, -.infinity, scaled + slack + tolerance)
    }

    /// counts[s][f] of a solved result: its plants of each type at each site.
    private func counts(of result: PlanResult) -> [[Int]] {
        let sites = Dictionary(plan.sites.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let types = Dictionary(plan.factoryTypes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var counts = plan.sites.map { _ in plan.factoryTypes.map { _ in 0 } }
        for a in result.allocations {
            if let s = sites[a.site], let f = types[a.type] { counts[s][f] += a.count }
        }
        return counts
    }

    /// Groups of sites that can swap their plants without changing anything else; sites
    /// alone in their group are left out.
    static func interchangeableSites(_ plan: Plan, firstAllowed: [[Int?]]) -> [[Int]] {
        let required = Set(plan.rules.require.map(\.site))
        var groups: [String: [Int]] = [:]
        for (s, site) in plan.sites.enumerated() where !required.contains(site.id) {
            let expansions = site.expansions.map { "\($0.adds.sorted { $0.key < $1.key })|\($0.cost)|\($0.onlineMonths)" }
            let key = [site.state, "\(site.capacity.sorted { $0.key < $1.key })", "\(site.costIndex)", "\(site.developmentCost)",
                       "\(site.reviewMonths.sorted { $0.key < $1.key })", "\(site.maxPlants as Int?)", "\(site.excludes.sorted())",
                       "\(expansions)", "\(firstAllowed[s])"].joined(separator: "#")
            groups[key, default: []].append(s)
        }
        return groups.values.filter { $0.count > 1 }.map { $0.sorted() }
    }

    /// `counts` with each group of interchangeable sites' rows sorted, so that allocations
    /// that differ by such a swap compare equal.
    static func canonical(_ counts: [[Int]], groups: [[Int]]) -> [[Int]] {
        var result = counts
        for group in groups {
            let rows = group.map { counts[$0] }.sorted { $0.lexicographicallyPrecedes($1) }
            for (s, row) in zip(group, rows) { result[s] = row }
        }
        return result
    }
}
