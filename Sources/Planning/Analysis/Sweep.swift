public import MIP
import Synchronization

/// A parameter sweep: the plan solved at every combination of one or two varied values,
/// each point being the plan loaded with the caller's `--set` overrides plus
/// `PATH=VALUE` for each parameter.
///
/// Points are numbered with the first parameter outermost: point i has the first
/// parameter's value i / n2 and the second's i % n2 (n2 values of the second). Points run
/// in parallel, one solver problem per thread; a point whose neighbour (i-1, i+1, i-n2,
/// i+n2) is already solved gets the neighbour's allocation as a starting solution when it
/// meets every row of the point's own model.
public struct Sweep: Sendable {
    /// The plan file.
    public var path: String
    /// The caller's `--set` overrides, applied before the parameters' own.
    public var overrides: [String]
    /// The varied parameters (one or two).
    public var parameters: [SweepParameter]
    /// The slice to run, nil for every point.
    public var shard: SweepShard?

    /// Creates a sweep.
    public init(path: String, overrides: [String] = [], parameters: [SweepParameter], shard: SweepShard? = nil) {
        self.path = path
        self.overrides = overrides
        self.parameters = parameters
        self.shard = shard
    }

    /// How many points the whole sweep has.
    public var pointCount: Int { parameters.reduce(1) { $0 * $1.values.count } }

    /// The parameter values of point `i`.
    public func values(ofPoint i: Int) -> [Double] {
        var rest = i
        var out: [Double] = []
        for parameter in parameters.reversed() {
            out.append(parameter.values[rest % parameter.values.count])
            rest /= parameter.values.count
        }
        return out.reversed()
    }

    /// The `--set` overrides of point `i`: the caller's, then the parameters'.
    public func overrides(ofPoint i: Int) -> [String] {
        overrides + zip(parameters, values(ofPoint: i)).map { $0.override($1) }
    }

    /// The points this run covers: all, or the shard's.
    public var ownPoints: [Int] {
        (0..<pointCount).filter { shard?.contains($0) ?? true }
    }

    /// Solves the covered points on up to `threads` threads; `base` is the plan loaded
    /// with the caller's overrides only (for the report's names and types). Once the
    /// options' deadline is near (5% of the time left at the start, at least a second: a
    /// point reads and formulates its plan before its solve can stop) or their cancellation
    /// flag is raised, points not yet started are left out of the report; the points
    /// finished so far (and those cut short, with the status they reached) are kept.
    public func run(base: Plan, planner: Planner, options: SolveOptions, threads: Int = ParallelMap.defaultThreads,
                    warmStart: Bool = true) -> SweepReport {
        let own = ownPoints
        let solved = SolvedPoints()
        let step = parameters.count == 2 ? parameters[1].values.count : 1
        let startBy = options.deadline.keepingTimeToFinish
        let points = ParallelMap.run(own.count, threads: threads) { k -> SweepPoint? in
            if options.shouldStop || startBy.hasPassed { return nil }
            let i = own[k]
            let values = values(ofPoint: i)
            let plan: Plan
            do {
                plan = try PlanLoader.load(path: path, overrides: overrides(ofPoint: i)).plan
            } catch {
                return SweepPoint(index: i, values: values, status: "error", message: "\(error)")
            }
            let neighbours = warmStart ? [i - 1, i + 1, i - step, i + step] : []
            let result = solve(plan, planner: planner, options: options, neighbours: neighbours.compactMap(solved.result))
            guard let result else { return SweepPoint(index: i, values: values, status: "error", message: "solver failure") }
            solved.store(result, at: i)
            var point = Self.point(i, values: values, result: result)
            if plan.uncertainty?.optimize != nil { Self.addOdds(to: &point, plan: plan, result: result) }
            return point
        }
        return SweepReport(plan: base.name, measure: base.objectiveMeasure, parameters: parameters,
                           types: base.factoryTypes.map(\.id), pointCount: pointCount, shard: shard,
                           points: points.compactMap { $0 })
    }

    /// Solves `plan`, starting from the first neighbour's allocation that meets all its rows.
    private func solve(_ plan: Plan, planner: Planner, options: SolveOptions, neighbours: [PlanResult]) -> PlanResult? {
        var started = options
        let formulation = Formulation(plan: plan)
        started.startSolution = neighbours.lazy.compactMap { WarmStart.columns(of: $0, in: formulation) }
            .first { formulation.problem.isFeasible($0) }
        if started.startSolution != nil, let result = try? planner.solve(plan, options: started) { return result }
        return try? planner.solve(plan, options: options)
    }

    /// The expected NPV and the chance of every phase staying within budget of a plan
    /// chosen to hold, on its evaluation scenarios.
    static func addOdds(to point: inout SweepPoint, plan: Plan, result: PlanResult) {
        guard result.status.hasSolution, let sampler = ScenarioSampler(plan: plan),
            let fixed = try? FixedPlan(plan: plan, result: result)
        else { return }
        let figures = RiskFigures(RiskEvaluation(plan: plan, fixed: fixed, sampler: sampler).run(status: result.status, threads: 1))
        point.expectedNPV = figures.npv?.mean
        point.within = figures.allPhasesWithin
    }

    /// A point's row from its result.
    static func point(_ i: Int, values: [Double], result: PlanResult) -> SweepPoint {
        var plants: [String: Int] = [:]
        for a in result.allocations { plants[a.type, default: 0] += a.count }
        let solved = result.status.hasSolution
        var point = SweepPoint(index: i, values: values, status: result.status.rawValue,
                               objective: solved ? result.objective.value : nil, spend: solved ? result.totalSpend : nil,
                               plants: plants, seconds: result.solver.reportedSeconds)
        point.npv = result.money?.npv
        point.recoup = result.money?.recoup.map { $0.month?.description ?? "none" }
        if solved, let builders = result.builders {
            point.builderCapex = Dictionary(builders.map { ($0.id, $0.capex) }, uniquingKeysWith: { a, _ in a })
        }
        return point
    }
}

/// The results solved so far, shared by the sweep's threads.
private final class SolvedPoints: Sendable {
    private let results = Mutex<[Int: PlanResult]>([:])

    func store(_ result: PlanResult, at i: Int) {
        results.withLock { $0[i] = result }
    }

    func result(_ i: Int) -> PlanResult? {
        results.withLock { $0[i] }
    }
}
