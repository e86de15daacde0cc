public import MIP

/// What statistics over scenarios need besides the scenarios' own results.
///
/// The plan as planned, its phases, the types it builds and its funding. A shard carries
/// it, so that merged shards give exactly what one run gives.
public struct RiskFrame: Sendable, Equatable {
    /// The plan's name.
    public var plan: String
    /// The status of the solve (or of the allocation file) the plan came from.
    public var status: SolveStatus
    /// How many scenarios the whole evaluation has (every shard together).
    public var scenarioCount: Int
    /// The seed of a sample; nil for listed scenarios.
    public var seed: UInt64?
    /// Month 1 of the plan.
    public var start: YearMonth
    /// The phase ids, in order.
    public var phases: [String]
    /// spend_p as planned, in phase order.
    public var plannedSpend: [Double]
    /// The program's NPV as planned; nil without `economics`.
    public var plannedNPV: Double?
    /// The investor's recoup, with terms.
    public var investor: InvestorFrame?
    /// The factory types the plan builds, in plan order.
    public var types: [String]
    /// The funding sources, in plan order.
    public var sources: [SourceFrame]

    /// A funding source: its id and the most it pays (nil: no cap).
    public struct SourceFrame: Sendable, Equatable {
        /// The source's id.
        public var id: String
        /// Its `amount`; nil without one.
        public var amount: Double?

        /// Creates a source frame.
        public init(id: String, amount: Double?) {
            self.id = id
            self.amount = amount
        }
    }

    /// The investor's side of a plan with terms.
    public struct InvestorFrame: Sendable, Equatable {
        /// The investor's source id.
        public var source: String
        /// The promise: `recoup_by`, else the horizon.
        public var by: YearMonth
        /// The recoup month as planned; nil when not by the horizon.
        public var planned: YearMonth?

        /// Creates an investor frame.
        public init(source: String, by: YearMonth, planned: YearMonth?) {
            self.source = source
            self.by = by
            self.planned = planned
        }
    }

    /// The calendar month of month number `m` (1 = ``start``).
    public func calendarMonth(_ m: Int) -> YearMonth {
        let index = start.year * 12 + (start.month - 1) + (m - 1)
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        return YearMonth(year: year, month: index - year * 12 + 1)
    }
}

/// The results of a set of scenarios, one column per figure, in scenario order.
public struct ScenarioResults: Sendable, Equatable {
    /// Each scenario's index among all the evaluation's scenarios.
    public var indices: [Int] = []
    /// Each scenario's weight.
    public var weights: [Double] = []
    /// NPV' of each scenario; empty without `economics`.
    public var npv: [Double] = []
    /// spend'_p: one column per phase.
    public var spend: [[Double]]
    /// Whether each phase stays within budget: one column per phase.
    public var within: [[Bool]]
    /// What each source pays: one column per funding source.
    public var paid: [[Double]]
    /// The investor's recoup month number, nil when not by the horizon; empty without terms.
    public var recoup: [Int?] = []
    /// Whether a plant of the type is late: one column per type the plan builds.
    public var late: [[Bool]]
    /// The type's first-output delay in months: one column per type the plan builds.
    public var delay: [[Int]]

    /// Empty columns for `phases` phases, `sources` funding sources and `types` types built.
    public init(phases: Int, sources: Int, types: Int) {
        spend = Array(repeating: [], count: phases)
        within = Array(repeating: [], count: phases)
        paid = Array(repeating: [], count: sources)
        late = Array(repeating: [], count: types)
        delay = Array(repeating: [], count: types)
    }

    /// How many scenarios the columns hold.
    public var count: Int { indices.count }

    /// Adds scenario `index` of weight `weight`; `types` are the positions of the types
    /// built, `recoup` whether the plan has an investor.
    public mutating func append(_ outcome: ScenarioOutcome, index: Int, weight: Double, types: [Int], recoup: Bool) {
        indices.append(index)
        weights.append(weight)
        if let npv = outcome.npv { self.npv.append(npv) }
        for p in spend.indices {
            spend[p].append(outcome.spend[p])
            within[p].append(outcome.within[p])
        }
        for j in paid.indices { paid[j].append(outcome.paid[j]) }
        if recoup { self.recoup.append(outcome.recoupMonth) }
        for (k, f) in types.enumerated() {
            late[k].append(outcome.late[f])
            delay[k].append(outcome.delay[f])
        }
    }

    /// Adds every scenario of `other` after these.
    public mutating func append(contentsOf other: ScenarioResults) {
        indices += other.indices
        weights += other.weights
        npv += other.npv
        recoup += other.recoup
        for p in spend.indices {
            spend[p] += other.spend[p]
            within[p] += other.within[p]
        }
        for j in paid.indices { paid[j] += other.paid[j] }
        for k in late.indices {
            late[k] += other.late[k]
            delay[k] += other.delay[k]
        }
    }

    /// The same scenarios ordered by index.
    public func sortedByIndex() -> ScenarioResults {
        let order = indices.indices.sorted { indices[$0] < indices[$1] }
        guard order != Array(indices.indices) else { return self }
        var sorted = self
        sorted.indices = order.map { indices[$0] }
        sorted.weights = order.map { weights[$0] }
        if !npv.isEmpty { sorted.npv = order.map { npv[$0] } }
        if !recoup.isEmpty { sorted.recoup = order.map { recoup[$0] } }
        sorted.spend = spend.map { column in order.map { column[$0] } }
        sorted.within = within.map { column in order.map { column[$0] } }
        sorted.paid = paid.map { column in order.map { column[$0] } }
        sorted.late = late.map { column in order.map { column[$0] } }
        sorted.delay = delay.map { column in order.map { column[$0] } }
        return sorted
    }
}
