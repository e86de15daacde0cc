import MIP

/// A plan's model after ParkPlan's own presolve, which removes only what provably does
/// not change the set of plans or their objectives:
///
/// 1. **Funding projected out** (``FundingProjection``): the g[j,p] columns and their
///    rows become rows on the spend of phase suffixes; a split is recovered after the
///    search.
/// 2. **Rows that cannot bind dropped**: a projected row whose limit is at least what the
///    budgets allow the same spend.
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
        guard let projection = FundingProjection(original) else {
            self.formulation = original
            self.summary = PresolveSummary()
            self.projection = nil
            return
        }
        let full = original.problem
        let plan = original.plan
        var problem = Problem(name: full.name, sense: full.sense, objectiveConstant: full.objectiveConstant)
        for v in full.variables[0..<projection.firstColumn] {
            problem.addVariable(v.name, lower: v.lower, upper: v.upper, kind: v.kind, objective: v.objective)
        }
        var groups: [ConstraintGroup] = []
        var scales: [Double] = []
        for (i, row) in full.rows.enumerated() where !projection.replacedRows.contains(i) {
            problem.addRow(row.name, terms: row.terms.terms, lower: row.lower, upper: row.upper)
            groups.append(original.groups[i])
            scales.append(original.rowScales[i])
        }
        let budgets = BudgetBounds(original)
        var summary = PresolveSummary(fundingColumnsRemoved: full.variables.count - projection.firstColumn,
                                      fundingRowsReplaced: projection.replacedRows.count)
        for row in projection.rows(phaseIDs: plan.phases.map(\.id)) {
            if row.lower == -.infinity, let bound = budgets.upperBound(of: row.terms), bound <= row.upper {
                summary.rowsThatCannotBind += 1
                continue
            }
            problem.addRow(row.name, terms: row.terms, lower: row.lower, upper: row.upper)
            let phase = plan.phases[row.fromPhase ?? 0].id
            groups.append(.fundingPaysPhase(phase: phase))
            scales.append(Formulation.moneyScale)
            summary.fundingRowsAdded += 1
        }
        self.formulation = Formulation(presolved: original, problem: problem, groups: groups, rowScales: scales)
        self.summary = summary
        self.projection = projection
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
