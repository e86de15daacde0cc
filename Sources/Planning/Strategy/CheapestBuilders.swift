import MIP

/// Among plans of equal objective, the one whose plants go to the cheaper builders.
///
/// When the objective does not price builders (value, jobs, weighted), a proven plan may
/// give a plant to a builder at 1.5 times the price while a cheaper builder that may build
/// it has room. This pass moves such plants, one at a time and in a fixed order (plant
/// columns in model order, builders from the cheapest), to the cheapest eligible builder
/// whose move keeps every row of the model within its bounds and leaves the objective
/// exactly as it was. It is deterministic and costs one pass over the plants, so the same
/// plan still gives the same answer.
enum CheapestBuilders {
    /// `solution` (a solution of `formulation`'s model) with plants moved to cheaper
    /// builders where that keeps every row and the objective; unchanged without builders.
    static func apply(to solution: Solution, of formulation: Formulation) -> Solution {
        let plan = formulation.plan
        let problem = formulation.problem
        guard plan.builders != nil, solution.status.hasSolution, solution.values.count == problem.variables.count
        else { return solution }
        var rowsOf = [[(row: Int, coefficient: Double)]](repeating: [], count: problem.variables.count)
        for (i, row) in problem.rows.enumerated() {
            for (j, c) in row.terms.terms { rowsOf[j].append((i, c)) }
        }
        var state = RowState(problem: problem, rowsOf: rowsOf, values: solution.values)
        var moved = false
        for (key, n) in formulation.index.plants.sorted(by: { $0.value < $1.value }) {
            guard let cells = formulation.index.buildersOf[n], cells.count > 1 else { continue }
            let price = { (cell: VariableIndex.BuilderColumn) in
                plan.capex(site: key.site, type: key.type, builder: cell.builder)
            }
            let cheapestFirst = cells.sorted { (price($0), $0.builder) < (price($1), $1.builder) }
            for (k, target) in cheapestFirst.enumerated() {
                for source in cheapestFirst[(k + 1)...] where price(source) > price(target) {
                    guard problem.variables[source.column].objective == problem.variables[target.column].objective
                    else { continue }
                    while state.values[source.column] > 0.5,
                          state.tryMove([(source.column, target.column)], amount: 1) {
                        moved = true
                    }
                }
            }
        }
        guard moved, problem.isFeasible(state.values) else { return solution }
        var result = solution
        result.values = state.values
        return result
    }
}
