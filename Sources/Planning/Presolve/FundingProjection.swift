import MIP

/// The funding columns g[j,p] projected out of a plan's model, exactly.
///
/// The sources pay each phase's spend (sum_j g[j,p] = spend_p), each within its amount
/// (sum_p g[j,p] <= amount_j), and the investor with `recoup_by` within what its share of
/// the profit covers (share * P(y) >= sum_p g[inv,p]). A source may pay the phases that
/// start by its `until`: a first run of phases, so the phases a source may pay from phase
/// k on are always those of phase k. For a given plan (n, o, x), sources that can pay
/// every phase exist exactly when, for every phase k that some source may pay,
///
///     spend of the phases k, k+1, ... <= the sum of cap_j over the sources that may pay k,
///
/// where cap_j is the source's amount and, for the investor, also its recoup limit (the
/// max-flow min-cut theorem: with nested sets of sources, the suffixes of phases are the
/// only cuts that matter). A limit that is the smaller of two gives two rows. Phases no
/// source may pay keep their row "spend = 0"; the recoup row without its g terms keeps
/// the investor's limit non-negative.
///
/// ``recover(_:)`` gives back a split for a plan of the projected model: the phases in
/// order, each paid by the sources in the plan's order, each source as much as it can while
/// the later phases can still be paid.
struct FundingProjection {
    /// One source: the phases it may pay (a first run), its amount in model units, and
    /// whether it is the investor whose recoup row limits it.
    struct Source {
        var columns: [Int?]
        var amount: Double?
        var isInvestor: Bool
    }

    /// The sources in plan order.
    let sources: [Source]
    /// spend[p]: the terms of spend_p (billions), read off the phase's funding row.
    let spend: [[(Int, Double)]]
    /// The recoup row: profit terms, the coefficient c of the investor's g terms, and the
    /// row's lower bound L (c * I <= profit - L); nil without `recoup_by`.
    let recoup: (terms: [(Int, Double)], coefficient: Double, lower: Double)?
    /// The funding rows of the full model (replaced by ``rows``).
    let replacedRows: Set<Int>
    /// The funding columns of the full model, all at its end.
    let firstColumn: Int

    /// The projection of `formulation`'s funding, or nil when the model is not in the
    /// form the projection is exact for (then the model is solved with its g columns).
    init?(_ formulation: Formulation) {
        self.init(problem: formulation.problem, index: formulation.index, groups: formulation.groups, plan: formulation.plan)
    }

    /// The projection of `problem`, a model of `plan` whose columns stand where `index`
    /// says and whose rows state `groups`.
    init?(problem: Problem, index: VariableIndex, groups: [ConstraintGroup], plan: Plan) {
        let columns = index.funding.flatMap { $0.compactMap { $0 } }
        guard !columns.isEmpty, let funding = plan.funding else { return nil }
        // The g columns come last, so the projected model keeps every other column's index.
        let first = problem.variables.count - columns.count
        guard Set(columns) == Set(first..<problem.variables.count) else { return nil }
        for j in columns {
            let v = problem.variables[j]
            guard v.kind == .continuous, v.lower == 0, v.upper == .infinity, v.objective == 0 else { return nil }
        }
        let isFunding = { (j: Int) in j >= first }
        var spend = [[(Int, Double)]](repeating: [], count: plan.phases.count)
        var amounts = [Double?](repeating: nil, count: funding.count)
        var recoup: (terms: [(Int, Double)], coefficient: Double, lower: Double)?
        var recoupSource: Int?
        var replaced = Set<Int>()
        for (i, row) in problem.rows.enumerated() {
            let g = row.terms.terms.filter { isFunding($0.0) }
            switch groups[i] {
            case .fundingPaysPhase(let id):
                guard let p = plan.phases.firstIndex(where: { $0.id == id }), row.lower == 0, row.upper == 0,
                      Set(g.map(\.0)) == Set(funding.indices.compactMap { index.funding[$0][p] }),
                      g.allSatisfy({ $0.1 == -1 }) else { return nil }
                spend[p] = row.terms.terms.filter { !isFunding($0.0) }
            case .fundingAmount(let id):
                guard let j = funding.firstIndex(where: { $0.id == id }), row.lower == -.infinity,
                      Set(g.map(\.0)) == Set(index.funding[j].compactMap { $0 }), g.count == row.terms.count,
                      g.allSatisfy({ $0.1 == 1 }), row.upper >= 0 else { return nil }
                amounts[j] = row.upper
            case .recoupBy where g.isEmpty:
                // An investor that may pay no phase: the row limits the plants alone.
                continue
            case .recoupBy(let id):
                guard let j = funding.firstIndex(where: { $0.id == id }), recoup == nil, row.upper == .infinity,
                      Set(g.map(\.0)) == Set(index.funding[j].compactMap { $0 }),
                      let c = g.first.map({ -$0.1 }), c > 0, g.allSatisfy({ $0.1 == -c }) else { return nil }
                recoup = (row.terms.terms.filter { !isFunding($0.0) }, c, row.lower)
                recoupSource = j
            default:
                guard g.isEmpty else { return nil }
                continue
            }
            replaced.insert(i)
        }
        let sources = funding.indices.map { j in
            Source(columns: index.funding[j], amount: amounts[j], isInvestor: j == recoupSource)
        }
        // Each source pays a first run of phases, so the sets of sources are nested.
        for source in sources {
            guard let last = source.columns.lastIndex(where: { $0 != nil }) else { continue }
            guard source.columns[0...last].allSatisfy({ $0 != nil }) else { return nil }
        }
        self.sources = sources
        self.spend = spend
        self.recoup = recoup
        self.replacedRows = replaced
        self.firstColumn = first
    }

    /// The sources that may pay phase `k`.
    func payers(of k: Int) -> [Int] {
        sources.indices.filter { sources[$0].columns[k] != nil }
    }

    /// The terms of the spend of phases k, k+1, ...
    func suffixSpend(from k: Int) -> [(Int, Double)] {
        LinearExpression(spend[k...].flatMap { $0 }).terms
    }

    /// A row of the projected model: `lower <= terms <= upper`.
    struct ProjectedRow {
        var name: String
        var terms: [(Int, Double)]
        var lower: Double
        var upper: Double
        /// The first phase of the suffix the row limits (nil for the rows of one phase and
        /// the recoup row).
        var fromPhase: Int?
    }

    /// The rows that replace the funding rows, for phases named `phaseIDs`.
    func rows(phaseIDs: [String]) -> [ProjectedRow] {
        var rows: [ProjectedRow] = []
        for k in spend.indices {
            let payers = payers(of: k)
            if payers.isEmpty {
                rows.append(ProjectedRow(name: "unfunded[\(phaseIDs[k])]", terms: spend[k], lower: 0, upper: 0))
                continue
            }
            if spend[k].contains(where: { $0.1 < 0 }) {
                rows.append(ProjectedRow(name: "spend_nonnegative[\(phaseIDs[k])]", terms: spend[k], lower: 0, upper: .infinity))
            }
            let suffix = suffixSpend(from: k)
            let others = payers.filter { !sources[$0].isInvestor }
            let otherCaps = others.map { sources[$0].amount }
            guard otherCaps.allSatisfy({ $0 != nil }) else { continue }
            let rest = otherCaps.reduce(0) { $0 + $1! }
            let investor = payers.first { sources[$0].isInvestor }
            if let investor {
                if let amount = sources[investor].amount {
                    rows.append(ProjectedRow(name: "funded_from[\(phaseIDs[k])]", terms: suffix, lower: -.infinity,
                                             upper: rest + amount, fromPhase: k))
                }
                if let recoup {
                    // c * suffix - profit <= c * rest - L.
                    let terms = suffix.map { ($0.0, recoup.coefficient * $0.1) } + recoup.terms.map { ($0.0, -$0.1) }
                    rows.append(ProjectedRow(name: "funded_from_recoup[\(phaseIDs[k])]", terms: LinearExpression(terms).terms,
                                             lower: -.infinity, upper: recoup.coefficient * rest - recoup.lower, fromPhase: k))
                }
            } else {
                rows.append(ProjectedRow(name: "funded_from[\(phaseIDs[k])]", terms: suffix, lower: -.infinity,
                                         upper: rest, fromPhase: k))
            }
        }
        if let recoup {
            rows.append(ProjectedRow(name: "recoup_limit", terms: recoup.terms, lower: recoup.lower, upper: .infinity))
        }
        return rows
    }

    /// What each source pays each phase for `values` (the full model's columns before
    /// ``firstColumn``), one value per funding column from ``firstColumn`` on: phases in order, each paid by
    /// the sources in plan order, each as much as it can while every later phase can
    /// still be paid by what is left.
    func recover(_ values: [Double]) -> [Double] {
        let phases = spend.count
        let need = spend.map { LinearExpression($0).evaluate(values) }.map { max(0, $0) }
        var left = sources.map { $0.amount ?? .infinity }
        if let recoup, let investor = sources.firstIndex(where: \.isInvestor) {
            let limit = (LinearExpression(recoup.terms).evaluate(values) - recoup.lower) / recoup.coefficient
            left[investor] = max(0, min(left[investor], limit))
        }
        var paid = [[Double]](repeating: [Double](repeating: 0, count: phases), count: sources.count)
        // demand[k]: the spend of phases k... still to pay.
        var demand = [Double](repeating: 0, count: phases + 1)
        for k in stride(from: phases - 1, through: 0, by: -1) { demand[k] = demand[k + 1] + need[k] }
        for p in 0..<phases {
            var due = need[p]
            for j in sources.indices where sources[j].columns[p] != nil && due > 0 {
                // What j may give without leaving a later phase short: for every later k
                // that j may pay, the others' capacity plus j's must still cover demand[k].
                var most = min(due, left[j])
                for k in (p + 1)..<phases where sources[j].columns[k] != nil {
                    let capacity = payers(of: k).reduce(0.0) { $0 + left[$1] }
                    most = min(most, max(0, capacity - demand[k]))
                }
                paid[j][p] = most
                left[j] -= most
                due -= most
            }
            // Whatever rounding left over goes to the first source that may pay the phase.
            if due > 0, let j = payers(of: p).first {
                paid[j][p] += due
                left[j] -= due
            }
            demand[p] = demand[p + 1]
        }
        var g = [Double](repeating: 0, count: sources.reduce(0) { $0 + $1.columns.count { $0 != nil } })
        for (j, source) in sources.enumerated() {
            for p in 0..<phases { if let column = source.columns[p] { g[column - firstColumn] = paid[j][p] } }
        }
        return g
    }
}
