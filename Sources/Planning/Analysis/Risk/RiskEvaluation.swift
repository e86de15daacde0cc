public import MIP
import Synchronization

/// The scenarios of an evaluation (all, or one shard's) with what their statistics need.
public struct RiskRun: Sendable, Equatable {
    /// The plan as planned and the evaluation's size.
    public var frame: RiskFrame
    /// The slice these scenarios are; nil for a whole evaluation.
    public var shard: SweepShard?
    /// The scenarios evaluated, in index order.
    public var results: ScenarioResults

    /// Creates a run.
    public init(frame: RiskFrame, shard: SweepShard?, results: ScenarioResults) {
        self.frame = frame
        self.shard = shard
        self.results = results.sortedByIndex()
    }

    /// How many scenarios this run should hold: all of them, or its shard's.
    public var ownCount: Int {
        guard let shard else { return frame.scenarioCount }
        return shard.index < frame.scenarioCount ? (frame.scenarioCount - 1 - shard.index) / shard.count + 1 : 0
    }

    /// Joins shards into the run one evaluation of every scenario gives.
    ///
    /// The shards must come from the same plan and evaluation, must not overlap, and must
    /// cover every scenario.
    public static func merge(_ shards: [RiskRun]) throws(SweepError) -> RiskRun {
        guard let first = shards.first else { throw SweepError("give at least one shard") }
        if shards.contains(where: { $0.frame != first.frame }) {
            throw SweepError("the shards come from different evaluations (plan, allocation, scenarios or seed differ)")
        }
        var results = first.results
        for shard in shards.dropFirst() { results.append(contentsOf: shard.results) }
        let merged = RiskRun(frame: first.frame, shard: nil, results: results)
        let indices = merged.results.indices
        if let repeated = zip(indices, indices.dropFirst()).first(where: { $0.0 == $0.1 }) {
            throw SweepError("scenario \(repeated.0) appears in more than one shard")
        }
        if indices.count < first.frame.scenarioCount {
            let have = Set(indices)
            let missing = (0..<first.frame.scenarioCount).lazy.filter { !have.contains($0) }
            let shown = missing.prefix(10).map(String.init).joined(separator: ", ")
            throw SweepError(
                "\(first.frame.scenarioCount - indices.count) scenarios are missing (\(shown)\(indices.count + 10 < first.frame.scenarioCount ? ", ..." : "")): merge every shard, each run to the end"
            )
        }
        return merged
    }
}

/// Evaluates a fixed plan in every scenario of its `uncertainty` (or one shard's), in
/// parallel: section 7.1 of the plan-format contract, scenario by scenario, with
/// ``ScenarioSimulator``.
public struct RiskEvaluation: Sendable {
    /// The plan.
    public let plan: Plan
    /// The plan's scenarios.
    public let sampler: ScenarioSampler
    /// The evaluator of the fixed plan.
    public let simulator: ScenarioSimulator
    /// The slice of scenarios to evaluate; nil for all.
    public var shard: SweepShard?

    /// Scenarios handed to a thread at a time.
    static let chunk = 256

    /// Prepares the evaluation of `fixed` in `sampler`'s scenarios of `plan`.
    public init(plan: Plan, fixed: FixedPlan, sampler: ScenarioSampler, shard: SweepShard? = nil) {
        self.plan = plan
        self.sampler = sampler
        self.simulator = ScenarioSimulator(economics: PlanEconomics(plan: plan), fixed: fixed)
        self.shard = shard
    }

    /// The positions of the factory types the plan builds, in plan order.
    public var typesBuilt: [Int] {
        plan.factoryTypes.indices.filter { f in simulator.fixed.program.plants.contains { $0.type == f } }
    }

    /// What the statistics need about the plan as planned; `status` is the solve's.
    public func frame(status: SolveStatus) -> RiskFrame {
        let economics = simulator.economics
        var investor: RiskFrame.InvestorFrame?
        if let j = simulator.investor, let source = plan.funding?[j], let horizon = plan.economics?.horizon {
            let planned = simulator.outcome(.planned(types: plan.factoryTypes.count)).recoupMonth
            investor = RiskFrame.InvestorFrame(
                source: source.id, by: source.terms?.recoupBy ?? horizon,
                planned: planned.map(economics.calendarMonth))
        }
        return RiskFrame(
            plan: plan.name, status: status, scenarioCount: sampler.count, seed: sampler.seed,
            start: plan.start, phases: plan.phases.map(\.id), plannedSpend: simulator.plannedSpend,
            plannedNPV: plan.economics == nil ? nil : economics.npv(of: simulator.fixed.program),
            investor: investor, types: typesBuilt.map { plan.factoryTypes[$0].id },
            sources: (plan.funding ?? []).map { RiskFrame.SourceFrame(id: $0.id, amount: $0.amount) })
    }

    /// The scenario indices this evaluation covers, in order.
    public var ownScenarios: [Int] {
        guard let shard else { return Array(0..<sampler.count) }
        return Array(stride(from: shard.index, to: sampler.count, by: shard.count))
    }

    /// Evaluates the covered scenarios on up to `threads` threads.
    ///
    /// Once `shouldStop` says so, scenarios not yet started are left out; `progress` hears
    /// how many are done.
    public func run(
        status: SolveStatus, threads: Int = ParallelMap.defaultThreads,
        shouldStop: @escaping @Sendable () -> Bool = { false },
        progress: (@Sendable (Int) -> Void)? = nil
    ) -> RiskRun {
        let own = ownScenarios
        let frame = frame(status: status)
        let types = typesBuilt
        let hasRecoup = frame.investor != nil
        let empty = ScenarioResults(phases: plan.phases.count, sources: frame.sources.count, types: types.count)
        let chunks = (own.count + Self.chunk - 1) / Self.chunk
        let done = Atomic<Int>(0)
        let parts = ParallelMap.run(chunks, threads: threads) { c -> ScenarioResults in
            var part = empty
            if shouldStop() { return part }
            for i in own[(c * Self.chunk)..<min(own.count, (c + 1) * Self.chunk)] {
                part.append(
                    simulator.outcome(sampler.factors(of: i)), index: i, weight: sampler.weight(of: i),
                    types: types, recoup: hasRecoup)
            }
            let total = done.wrappingAdd(part.count, ordering: .relaxed).newValue
            progress?(total)
            return part
        }
        var results = empty
        for part in parts { results.append(contentsOf: part) }
        return RiskRun(frame: frame, shard: shard, results: results)
    }
}
