import MIP

/// A plan's model after ParkPlan's own presolve, which removes only what provably does
/// not change the set of plans or their objectives:
///
/// 1. **Funding projected out** (``FundingProjection``): the g[j,p] columns and their
///    rows become rows on the spend of phase suffixes; a split is recovered after the
///    search.
/// 2. **Rows that cannot bind dropped**: a projected row whose limit is at least what the
///    budgets allow the same spend.
/// 3. **Cardinality rows added** (``CardinalityCuts``): how many plants of a type each
///    budget row can pay for, where that is fewer than the plants' bounds allow.
///
/// The presolved ``formulation`` keeps every other column of the plan's model at its
/// index (the funding columns are the model's last), so a plan of it is a plan of the
/// full model once ``fullValues(_:)`` adds the split. Models it does not recognize (other
/// columns in the funding rows, sources that are not nested) are left as they are.
struct PresolvedModel {
    /// The plan's model as built.
    let original: Formulation
    /// The model the search solves.
    let formulation: Formulation
    /// What the presolve removed.
    let summary: PresolveSummary
    private let projection: FundingProjection?

    init(_ original: Formulation) {
        self.original = original
        let projection = FundingProjection(original)
        var summary = PresolveSummary()
        var work = Work(original, keeping: projection.map { 0..<$0.firstColumn })
        if let projection {
            summary.fundingColumnsRemoved = original.problem.variables.count - projection.firstColumn
            summary.fundingRowsReplaced = projection.replacedRows.count
            let budgets = BudgetBounds(original)
            work.dropRows(projection.replacedRows)
            for row in projection.rows(phaseIDs: original.plan.phases.map(\.id)) {
                if row.lower == -.infinity, let bound = budgets.upperBound(of: row.terms), bound <= row.upper {
                    summary.rowsThatCannotBind += 1
                    continue
                }
                let phase = original.plan.phases[row.fromPhase ?? 0].id
                work.add(row.name, row.terms, lower: row.lower, upper: row.upper, group: .fundingPaysPhase(phase: phase),
                         derived: true)
                summary.fundingRowsAdded += 1
            }
        }
        for cut in CardinalityCuts.cuts(of: work.problem, groups: work.groups, formulation: original) {
            work.add(cut.name, cut.columns.map { ($0, 1) }, lower: -.infinity, upper: cut.limit, group: .totalBudget,
                     derived: cut.coversTheHorizon)
            summary.cardinalityRowsAdded += 1
        }
        self.formulation = summary.isEmpty ? original
            : Formulation(presolved: original, problem: work.problem, groups: work.groups, rowScales: work.scales,
                          derivedRows: work.derived, withoutFunding: projection != nil)
        self.summary = summary
        self.projection = projection
    }

    /// The model being presolved: its problem, its rows' groups and scales, and the rows
    /// the aggregate states on totals.
    private struct Work {
        var problem: Problem
        var groups: [ConstraintGroup]
        var scales: [Double]
        var derived: [Int] = []

        /// `formulation`'s model with only the columns in `columns` (all when nil).
        init(_ formulation: Formulation, keeping columns: Range<Int>?) {
            let full = formulation.problem
            guard let columns else {
                (problem, groups, scales) = (full, formulation.groups, formulation.rowScales)
                return
            }
            problem = Problem(name: full.name, sense: full.sense, objectiveConstant: full.objectiveConstant)
            for v in full.variables[columns] {
                problem.addVariable(v.name, lower: v.lower, upper: v.upper, kind: v.kind, objective: v.objective)
            }
            groups = []
            scales = []
            for (i, row) in full.rows.enumerated() {
                problem.addRow(row.name, terms: row.terms.terms.filter { columns.contains($0.0) }, lower: row.lower, upper: row.upper)
                groups.append(formulation.groups[i])
                scales.append(formulation.rowScales[i])
            }
        }

        /// Removes the rows in `rows` (indices of rows present before any was added).
        mutating func dropRows(_ rows: Set<Int>) {
            var kept = Problem(name: problem.name, sense: problem.sense, objectiveConstant: problem.objectiveConstant)
            for v in problem.variables {
                kept.addVariable(v.name, lower: v.lower, upper: v.upper, kind: v.kind, objective: v.objective)
            }
            var keptGroups: [ConstraintGroup] = [], keptScales: [Double] = []
            for (i, row) in problem.rows.enumerated() where !rows.contains(i) {
                kept.addRow(row.name, terms: row.terms.terms, lower: row.lower, upper: row.upper)
                keptGroups.append(groups[i])
                keptScales.append(scales[i])
            }
            (problem, groups, scales) = (kept, keptGroups, keptScales)
        }

        mutating func add(_ name: String, _ terms: [(Int, Double)], lower: Double, upper: Double,
                          group: ConstraintGroup, derived isDerived: Bool) {
            let i = problem.addRow(name, terms: terms, lower: lower, upper: upper)
            groups.append(group)
            scales.append(Formulation.moneyScale)
            if isDerived { derived.append(i) }
        }
    }

    /// The full model's values for `values`, a plan of ``formulation``: the funding split
    /// added (the phases in order, each paid by the sources in the plan's order, each
    /// source as much as it can while the later phases can still be paid).
    func fullValues(_ values: [Double]) -> [Double] {
        guard let projection, values.count == formulation.problem.variables.count else { return values }
        return Array(values[0..<projection.firstColumn]) + projection.recover(values)
    }

    /// The presolved model's values of a plan of the full model (a caller's start), or nil.
    func presolvedValues(_ full: [Double]?) -> [Double]? {
        guard let full, full.count == original.problem.variables.count else { return nil }
        guard let projection else { return full }
        return Array(full[0..<projection.firstColumn])
    }

    /// `solution` of ``formulation`` as a solution of the full model.
    func fullSolution(_ solution: Solution) -> Solution {
        guard projection != nil, solution.hasPlan else { return solution }
        var full = solution
        full.values = fullValues(solution.values)
        full.rowDuals = nil
        full.reducedCosts = nil
        return full
    }
}

/// What ParkPlan's presolve removed from a plan's model before the search.
public struct PresolveSummary: Sendable, Equatable {
    /// Funding columns g[j,p] projected out.
    public var fundingColumnsRemoved = 0
    /// Funding rows (paying each phase, each source's amount, the recoup promise) replaced.
    public var fundingRowsReplaced = 0
    /// Rows on the spend of phase suffixes that replaced them.
    public var fundingRowsAdded = 0
    /// Replacement rows left out because the budgets keep their spend within the limit.
    public var rowsThatCannotBind = 0
    /// Rows on how many plants of a type the budgets can pay for (``CardinalityCuts``).
    public var cardinalityRowsAdded = 0

    /// True when the presolve changed nothing.
    public var isEmpty: Bool { self == PresolveSummary() }
}

/// Upper bounds on a spend expression that the budget rows imply, for checking that a
/// funding limit cannot bind.
private struct BudgetBounds {
    /// Budget rows (terms and limit) that bound spend from above.
    private var rows: [(terms: [Int: Double], upper: Double)] = []
    /// Columns with a negative lower bound (a bound by dominance needs them all >= 0).
    private let nonnegative: [Bool]

    init(_ formulation: Formulation) {
        let problem = formulation.problem
        nonnegative = problem.variables.map { $0.lower >= 0 }
        var perPhase: [(terms: [(Int, Double)], upper: Double)] = []
        for (i, row) in problem.rows.enumerated() where row.upper < .infinity {
            switch formulation.groups[i] {
            case .totalBudget, .phaseBudget(_, true):
                rows.append((Dictionary(row.terms.terms, uniquingKeysWith: +), row.upper))
            case .phaseBudget(_, false):
                perPhase.append((row.terms.terms, row.upper))
            default:
                continue
            }
        }
        // Without carry-over, the budgets of the phases k, k+1, ... bound their spend together.
        for k in perPhase.indices {
            let terms = perPhase[k...].flatMap(\.terms)
            rows.append((Dictionary(terms, uniquingKeysWith: +), perPhase[k...].reduce(0) { $0 + $1.upper }))
        }
    }

    /// The least budget limit whose row holds at least `terms` (every coefficient at
    /// least as large, over columns that are never negative), or nil.
    func upperBound(of terms: [(Int, Double)]) -> Double? {
        guard terms.allSatisfy({ nonnegative[$0.0] }) else { return nil }
        var best: Double?
        let own = Dictionary(terms, uniquingKeysWith: +)
        for row in rows {
            // terms <= row for every point with non-negative columns when each of the row's
            // coefficients is at least the term's (0 where either has none).
            let covers = own.allSatisfy { j, c in (row.terms[j] ?? 0) >= c }
                && row.terms.allSatisfy { j, c in own[j] != nil || (c >= 0 && nonnegative[j]) }
            if covers { best = min(best ?? .infinity, row.upper) }
        }
        return best
    }
}
