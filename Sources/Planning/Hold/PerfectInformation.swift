public import MIP

/// The expected value of perfect information of a plan chosen to hold: for each of the
/// optimizer's scenarios, the best NPV'_s of a plan chosen with that scenario known in
/// advance (the plan's own constraints of sections 2-6, no chance constraint), against the
/// chosen plan's NPV'_s; EVPI = sum_s P_s best_s - sum_s P_s chosen_s.
///
/// One plan per scenario, solved in parallel; a shard solves the scenarios whose index
/// modulo its count is its index, and ``merge(_:)`` joins shards into what one run gives.
public struct PerfectInformation: Sendable, Equatable {
    /// One scenario's plan chosen with the scenario known.
    public struct Outcome: Sendable, Equatable {
        /// The scenario's index among the optimizer's scenarios.
        public var index: Int
        /// The scenario's weight.
        public var weight: Double
        /// The chosen plan's NPV'_s, in dollars.
        public var chosen: Double
        /// How the scenario's solve ended; ``SolveStatus/noSolution`` when it was not run.
        public var status: SolveStatus
        /// The best NPV'_s found, in dollars; nil without a plan.
        public var best: Double?
        /// The solve's bound on NPV'_s, in dollars; nil when unknown.
        public var bound: Double?
    }

    /// The plan's name.
    public var plan: String
    /// How many scenarios the optimizer has.
    public var scenarioCount: Int
    /// The slice of scenarios this is; nil for all.
    public var shard: SweepShard?
    /// The scenarios solved or left, in index order.
    public var outcomes: [Outcome]

    /// Solves, for every optimizer scenario of `model` (or `shard`'s), the plan with the
    /// scenario known, on up to `threads` threads within `options`' deadline and
    /// cancellation; `chosen` holds the chosen plan's columns of the plan's own model, which
    /// start each search. Once `shouldStop` says so, scenarios not yet started are left
    /// unsolved.
    public init(
        model: HoldModel, chosen: [Double], solver: any Solver, options: SolveOptions, threads: Int,
        shard: SweepShard? = nil, shouldStop: @escaping @Sendable () -> Bool = { false }
    ) {
        let formulation = model.formulation
        var own = formulation.problem
        own.name = formulation.plan.name + " (one scenario known)"
        let chosenNPV = model.scenarioNPV(chosen)
        let indices = (0..<model.scenarios.count).filter { shard?.contains($0) ?? true }
        var single = options
        single.threads = 1
        single.progress = nil
        single.startSolution = chosen.count == own.variables.count ? chosen : nil
        let money = Formulation.moneyScale
        let base = own, settings = single
        outcomes = ParallelMap.run(indices.count, threads: threads) { k in
            let s = indices[k]
            var outcome = Outcome(
                index: s, weight: model.scenarios.weights[s], chosen: chosenNPV[s], status: .noSolution, best: nil,
                bound: nil)
            guard !shouldStop() else { return outcome }
            var problem = base
            for j in problem.variables.indices { problem.setObjective(j, model.npv[s][j] / money) }
            guard let solution = try? solver.solve(problem, options: settings) else { return outcome }
            outcome.status = solution.status
            outcome.best = solution.objective.map { $0 * money }
            outcome.bound = solution.status == .optimal ? outcome.best : solution.bound.map { $0 * money }
            return outcome
        }
        plan = formulation.plan.name
        scenarioCount = model.scenarios.count
        self.shard = shard
    }

    /// Creates a result from its parts (a shard read back).
    public init(plan: String, scenarioCount: Int, shard: SweepShard?, outcomes: [Outcome]) {
        self.plan = plan
        self.scenarioCount = scenarioCount
        self.shard = shard
        self.outcomes = outcomes.sorted { $0.index < $1.index }
    }

    /// Joins shards of one run into the whole run: same plan and scenario count, no
    /// scenario twice, every scenario present.
    public static func merge(_ shards: [PerfectInformation]) throws(SweepError) -> PerfectInformation {
        guard let first = shards.first else { throw SweepError("give at least one shard") }
        if shards.contains(where: { $0.plan != first.plan || $0.scenarioCount != first.scenarioCount }) {
            throw SweepError("the evpi shards come from different plans or scenario counts")
        }
        let outcomes = shards.flatMap(\.outcomes).sorted { $0.index < $1.index }
        if let repeated = zip(outcomes, outcomes.dropFirst()).first(where: { $0.0.index == $0.1.index }) {
            throw SweepError("scenario \(repeated.0.index) appears in more than one evpi shard")
        }
        if outcomes.count < first.scenarioCount {
            throw SweepError(
                "\(first.scenarioCount - outcomes.count) scenarios are missing: merge every evpi shard of the run")
        }
        return PerfectInformation(plan: first.plan, scenarioCount: first.scenarioCount, shard: nil, outcomes: outcomes)
    }

    private var totalWeight: Double { outcomes.reduce(0.0) { $0 + $1.weight } }

    /// How many scenarios were solved to proven optimality.
    public var proven: Int { outcomes.filter { $0.status == .optimal }.count }

    /// The scenarios not proven, in index order.
    public var unproven: [Int] { outcomes.filter { $0.status != .optimal }.map(\.index) }

    /// The chosen plan's expected NPV over the scenarios, in dollars.
    public var chosenExpected: Double {
        outcomes.reduce(0.0) { $0 + $1.weight * $1.chosen } / totalWeight
    }

    /// The expected NPV with each scenario known in advance, when every scenario is proven.
    public var waitAndSee: Double? {
        guard proven == outcomes.count, outcomes.count == scenarioCount else { return nil }
        return outcomes.reduce(0.0) { $0 + $1.weight * ($1.best ?? 0) } / totalWeight
    }

    /// The expected value of perfect information, when every scenario is proven.
    public var evpi: Double? { waitAndSee.map { $0 - chosenExpected } }

    /// What is known of the EVPI when some scenario is not proven: at least the best plans
    /// found (the chosen plan where none was), at most their bounds (nil where one is
    /// missing).
    public var evpiRange: (lower: Double, upper: Double?) {
        let total = totalWeight
        let lower = outcomes.reduce(0.0) { $0 + $1.weight * max($1.best ?? $1.chosen, $1.chosen) } / total
        let bounds = outcomes.map { $0.bound }
        let upper: Double? =
            bounds.contains(where: { $0 == nil })
            ? nil : zip(outcomes, bounds).reduce(0.0) { $0 + $1.0.weight * $1.1! } / total
        return (lower - chosenExpected, upper.map { $0 - chosenExpected })
    }
}
