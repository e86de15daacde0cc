/// What a plan chosen to hold bought: the chosen plan and the plan chosen for the written
/// case (the deterministic plan), both evaluated on the same evaluation scenarios, the
/// optimized measure of each there, and how the two plans differ.
public struct HoldComparison: Sendable, Equatable {
    /// The measure the plan was chosen for.
    public let measure: RobustObjective.Measure
    /// The chosen plan's figures on the evaluation scenarios.
    public let chosen: RiskFigures
    /// The deterministic plan: the plan as written solved without `uncertainty.optimize`.
    public let deterministic: PlanResult
    /// Its figures on the same scenarios.
    public let deterministicFigures: RiskFigures
    /// How the two plans differ, site by site and type by type.
    public let differences: PlanDifferences

    /// The optimized measure (expected NPV, or CVaR at the plan's level) of the chosen plan on
    /// the evaluation scenarios, in dollars.
    public var chosenMeasure: Double { Self.measure(measure, of: chosen) }

    /// The same measure of the deterministic plan.
    public var deterministicMeasure: Double { Self.measure(measure, of: deterministicFigures) }

    /// The value of the stochastic solution: the chosen plan's measure minus the
    /// deterministic plan's, on the evaluation scenarios, in dollars.
    public var valueOfStochasticSolution: Double { chosenMeasure - deterministicMeasure }

    /// Evaluates the chosen plan `chosen` of `plan` and the deterministic plan `deterministic`
    /// of `deterministicPlan` in `sampler`'s scenarios, on up to `threads` threads; once
    /// `shouldStop` says so, scenarios not yet started are left out of both.
    public init(
        plan: Plan, chosen: PlanResult, chosenPlan: FixedPlan, deterministicPlan: Plan, deterministic: PlanResult,
        deterministicFixed: FixedPlan, sampler: ScenarioSampler, threads: Int = ParallelMap.defaultThreads,
        shouldStop: @escaping @Sendable () -> Bool = { false }
    ) {
        measure = plan.uncertainty?.optimize?.npv ?? .expected
        let first = RiskEvaluation(plan: plan, fixed: chosenPlan, sampler: sampler)
            .run(status: chosen.status, threads: threads, shouldStop: shouldStop)
        var second = RiskEvaluation(plan: deterministicPlan, fixed: deterministicFixed, sampler: sampler)
            .run(status: deterministic.status, threads: threads, shouldStop: shouldStop)
        // Both plans are compared on the same scenarios: those both runs reached.
        let reached = Set(first.results.indices)
        if second.results.indices != first.results.indices {
            second.results = second.results.filtered { reached.contains($0) }
        }
        let kept = Set(second.results.indices)
        var firstRun = first
        if kept.count < reached.count { firstRun.results = first.results.filtered { kept.contains($0) } }
        self.chosen = RiskFigures(firstRun)
        self.deterministic = deterministic
        self.deterministicFigures = RiskFigures(second)
        self.differences = PlanDifferences(plan: plan, chosen: chosen, deterministic: deterministic)
    }

    /// `measure` of the NPVs in `figures`' scenarios: their weighted mean, or their CVaR at its level.
    static func measure(_ measure: RobustObjective.Measure, of figures: RiskFigures) -> Double {
        HoldModel.measure(measure, of: figures.run.results.npv, weights: figures.run.results.weights)
    }
}

/// How a chosen plan differs from the deterministic plan: the sites only one of them opens
/// and, for each factory type whose plants differ, its plant count in each phase in both.
public struct PlanDifferences: Sendable, Equatable {
    /// Sites the chosen plan opens and the deterministic plan does not, in plan order.
    public let sitesAdded: [String]
    /// Sites the deterministic plan opens and the chosen plan does not, in plan order.
    public let sitesDropped: [String]
    /// The factory types whose plants differ, in plan order.
    public let types: [TypeShift]

    /// One factory type's plants per phase in both plans.
    public struct TypeShift: Sendable, Equatable {
        /// The type's id.
        public let type: String
        /// Plants started in each phase (plan order) by the chosen plan.
        public let chosen: [Int]
        /// The same for the deterministic plan.
        public let deterministic: [Int]

        /// "later" when the chosen plan starts the type's plants later (no more plants by the
        /// end of any phase, and fewer by the end of some), "earlier" for the reverse, "fewer"
        /// or "more" when only the count differs, else "moved" (sites or a mix).
        public var shift: String {
            let a = Self.cumulative(chosen), b = Self.cumulative(deterministic)
            if a.last == b.last {
                if zip(a, b).allSatisfy({ $0 <= $1 }) && a != b { return "later" }
                if zip(a, b).allSatisfy({ $0 >= $1 }) && a != b { return "earlier" }
                return "moved"
            }
            return (a.last ?? 0) < (b.last ?? 0) ? "fewer" : "more"
        }

        private static func cumulative(_ counts: [Int]) -> [Int] {
            var total = 0
            return counts.map {
                total += $0
                return total
            }
        }
    }

    /// The differences between `chosen` and `deterministic`, two plans of `plan`.
    public init(plan: Plan, chosen: PlanResult, deterministic: PlanResult) {
        let openedA = Set(chosen.sites.map(\.id)), openedB = Set(deterministic.sites.map(\.id))
        sitesAdded = plan.sites.map(\.id).filter { openedA.contains($0) && !openedB.contains($0) }
        sitesDropped = plan.sites.map(\.id).filter { openedB.contains($0) && !openedA.contains($0) }
        let phases = plan.phases.map(\.id)
        func byPhase(_ result: PlanResult, _ type: String) -> [Int] {
            phases.map { p in result.allocations.filter { $0.type == type && $0.phase == p }.reduce(0) { $0 + $1.count }
            }
        }
        func bySite(_ result: PlanResult, _ type: String) -> [String: Int] {
            result.allocations.filter { $0.type == type }.reduce(into: [:]) {
                $0[$1.site + "/" + $1.phase, default: 0] += $1.count
            }
        }
        types = plan.factoryTypes.map(\.id).compactMap { type in
            guard bySite(chosen, type) != bySite(deterministic, type) else { return nil }
            return TypeShift(type: type, chosen: byPhase(chosen, type), deterministic: byPhase(deterministic, type))
        }
    }
}
