/// The statistics `parkplan risk` prints (section 7.2 of the plan-format contract),
/// computed from the scenarios' results, each weighted by the scenario's probability.
public struct RiskFigures: Sendable, Equatable {
    /// The run the figures summarize.
    public let run: RiskRun
    /// NPV over scenarios; nil without `economics`.
    public let npv: NPVFigures?
    /// Each phase's budget, in phase order.
    public let phases: [PhaseFigures]
    /// The probability that every phase stays within its budget.
    public let allPhasesWithin: Double
    /// The investor's recoup; nil without terms.
    public let recoup: RecoupFigures?
    /// Lateness and delay of each type the plan builds, in plan order.
    public let types: [TypeFigures]
    /// What each funding source pays, in plan order.
    public let sources: [SourceFigures]

    /// The NPV's planned value, mean, P10, P50, P90 and CVaR at 10%.
    public struct NPVFigures: Sendable, Equatable {
        /// The NPV as planned.
        public var planned: Double
        /// The weighted mean.
        public var mean: Double
        /// The 10%, 50% and 90% quantiles.
        public var p10: Double, p50: Double, p90: Double
        /// The mean of the worst 10%.
        public var cvar10: Double
    }

    /// One phase: how often it stays within budget and how much it overruns its planned spend.
    public struct PhaseFigures: Sendable, Equatable {
        /// The phase's id.
        public var id: String
        /// P(within budget).
        public var within: Double
        /// The mean and 90% quantile of max(0, spend'_p - spend_p).
        public var overrunMean: Double, overrunP90: Double
    }

    /// When the investor recoups.
    public struct RecoupFigures: Sendable, Equatable {
        /// The investor's source id.
        public var source: String
        /// The promise: `recoup_by`, else the horizon.
        public var by: YearMonth
        /// P(recoup month <= by).
        public var probability: Double
        /// The recoup month's 10%, 50% and 90% quantiles; nil: not by the horizon.
        public var p10: YearMonth?, p50: YearMonth?, p90: YearMonth?
        /// The recoup month as planned.
        public var planned: YearMonth?
    }

    /// One factory type the plan builds.
    public struct TypeFigures: Sendable, Equatable {
        /// The type's id.
        public var id: String
        /// The share of scenarios in which a plant of the type starts after its phase ends.
        public var late: Double
        /// The mean and 90% quantile of the type's first-output delay in months.
        public var delayMean: Double, delayP90: Double
    }

    /// One funding source.
    public struct SourceFigures: Sendable, Equatable {
        /// The source's id.
        public var id: String
        /// The mean and 90% quantile of what it pays over all phases.
        public var paidMean: Double, paidP90: Double
        /// The probability that it would pay more than its amount; nil without one.
        public var overAmount: Double?
    }

    /// The statistics of `run`.
    public init(_ run: RiskRun) {
        self.run = run
        let frame = run.frame, results = run.results, weights = results.weights
        let nan = Double.nan
        if let planned = frame.plannedNPV {
            let sample = WeightedSample(results.npv, weights: weights)
            npv = NPVFigures(
                planned: planned, mean: sample.mean, p10: sample.quantile(0.1) ?? nan,
                p50: sample.quantile(0.5) ?? nan, p90: sample.quantile(0.9) ?? nan,
                cvar10: sample.conditionalValueAtRisk(0.1) ?? nan)
        } else {
            npv = nil
        }
        phases = frame.phases.indices.map { p in
            let overrun = WeightedSample(results.spend[p].map { max(0, $0 - frame.plannedSpend[p]) }, weights: weights)
            return PhaseFigures(
                id: frame.phases[p], within: WeightedSample.probability(results.within[p], weights: weights),
                overrunMean: overrun.mean, overrunP90: overrun.quantile(0.9) ?? nan)
        }
        let allWithin = weights.indices.map { k in results.within.allSatisfy { $0[k] } }
        allPhasesWithin = WeightedSample.probability(allWithin, weights: weights)
        if let investor = frame.investor {
            let by = frame.start.monthsThrough(investor.by)
            // A month not reached by the horizon counts as later than any month.
            let months = WeightedSample(results.recoup.map { $0.map(Double.init) ?? .infinity }, weights: weights)
            let month = { (q: Double) in months.quantile(q).flatMap { $0.isFinite ? frame.calendarMonth(Int($0)) : nil }
            }
            recoup = RecoupFigures(
                source: investor.source, by: investor.by,
                probability: WeightedSample.probability(
                    results.recoup.map { ($0 ?? by + 1) <= by },
                    weights: weights),
                p10: month(0.1), p50: month(0.5), p90: month(0.9), planned: investor.planned)
        } else {
            recoup = nil
        }
        types = frame.types.indices.map { k in
            let delay = WeightedSample(results.delay[k].map(Double.init), weights: weights)
            return TypeFigures(
                id: frame.types[k], late: WeightedSample.probability(results.late[k], weights: weights),
                delayMean: delay.mean, delayP90: delay.quantile(0.9) ?? nan)
        }
        sources = frame.sources.indices.map { j in
            let paid = WeightedSample(results.paid[j], weights: weights)
            let amount = frame.sources[j].amount
            return SourceFigures(
                id: frame.sources[j].id, paidMean: paid.mean, paidP90: paid.quantile(0.9) ?? nan,
                overAmount: amount.map { cap in
                    WeightedSample.probability(results.paid[j].map { $0 > cap * (1 + 1e-9) }, weights: weights)
                })
        }
    }

    /// How many scenarios the figures cover.
    public var evaluated: Int { run.results.count }
}
