import MIP

/// A problem restated with one integer column per group of integer columns that share an
/// objective coefficient: the group's total, which carries the group's objective.
///
/// In the phase-free aggregate of a value, jobs or weighted plan, a factory type earns the
/// same per plant at every site, so the objective depends only on how many plants of each
/// type the plan holds. A search on the site columns alone meets a plateau near the
/// optimum: many plans that move plants between sites reach nearly the same LP bound, and
/// the bound stays a few objective steps above the best plan (value 100x20x3 seed 1: six
/// $1M steps, for minutes). Branching on a type's total cuts through that plateau, and a
/// node whose totals are all integer has an LP bound that is an objective value a plan can
/// reach (docs/performance.md).
///
/// The restated problem has the totals as its first columns, then the original columns in
/// order (their objective moved to the totals), the original rows, and one row per group:
/// the sum of its columns minus its total is zero. The two problems have the same integer
/// points and objective values.
struct ObjectiveTotals: Sendable {
    /// The restated problem: the totals, then the original columns.
    let problem: Problem
    /// The original columns of each total, in column order.
    let groups: [[Int]]

    /// The restatement of `original`, or nil when no two integer columns share a nonzero
    /// objective coefficient.
    init?(_ original: Problem) {
        var byCoefficient: [Double: [Int]] = [:]
        for (j, variable) in original.variables.enumerated() where variable.objective != 0 && variable.kind != .continuous {
            byCoefficient[variable.objective, default: []].append(j)
        }
        let groups = byCoefficient.values.filter { $0.count >= 2 }.sorted { $0[0] < $1[0] }
        guard !groups.isEmpty else { return nil }
        var problem = Problem(name: original.name, sense: original.sense, objectiveConstant: original.objectiveConstant)
        for (k, group) in groups.enumerated() {
            problem.addVariable("total[\(k)]",
                                lower: group.reduce(0) { $0 + original.variables[$1].lower },
                                upper: group.reduce(0) { $0 + original.variables[$1].upper },
                                kind: .integer, objective: original.variables[group[0]].objective)
        }
        let shift = groups.count
        let grouped = Set(groups.joined())
        for (j, variable) in original.variables.enumerated() {
            problem.addVariable(variable.name, lower: variable.lower, upper: variable.upper, kind: variable.kind,
                                objective: grouped.contains(j) ? 0 : variable.objective)
        }
        for row in original.rows {
            problem.addRow(row.name, terms: row.terms.terms.map { ($0.0 + shift, $0.1) }, lower: row.lower, upper: row.upper)
        }
        for (k, group) in groups.enumerated() {
            problem.addRow("total[\(k)]", terms: group.map { ($0 + shift, 1.0) } + [(k, -1.0)], lower: 0, upper: 0)
        }
        self.problem = problem
        self.groups = groups
    }

    /// The restated problem's values for the original problem's `values`: each group's
    /// total, then `values`.
    func restated(_ values: [Double]) -> [Double] {
        groups.map { group in group.reduce(0) { $0 + values[$1] } } + values
    }

    /// The original problem's values for the restated problem's `values`.
    func original(_ values: [Double]) -> [Double] {
        Array(values.dropFirst(groups.count))
    }
}
