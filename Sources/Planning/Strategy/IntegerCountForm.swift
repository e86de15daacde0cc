import MIP

/// The phase-free aggregate with each cell's binary plant levels y[s,f,1...k] stated as
/// one integer count m[s,f] in 0...k: the same points (a count c stands for the cell's
/// first c levels at 1), without the rows that order the levels.
///
/// The binary levels serve the cuts of unschedulable points (``AggregateModel``); the
/// count gives a branch-and-bound search a different tree, and the race gives it to one of
/// its two searches (``SearchRace/restated``), which measured faster on generated plans
/// (docs/performance.md). Each row of the aggregate is restated only where the
/// restatement is exact:
/// - a row holding all of a cell's levels with one coefficient `a` holds `a * m`;
/// - the row `y[j+1] - y[j] <= 0` that orders two levels is dropped;
/// - the row `y[1] - B <= 0` that ties a cell's first level to a binary column B (a site
///   opened) becomes `m / k - B <= 0` (measured faster than `m - k * B <= 0`).
///
/// Any other row over a cell's levels (a cut of an unschedulable point, a builder's share
/// of a cell, co-location on first levels) has no exact restatement, and `init` fails.
struct IntegerCountForm: Sendable {
    /// The aggregate as counts: its columns in order, each cell of two or more levels as
    /// one integer column where its first level stood.
    let problem: Problem
    /// For each column of ``problem``, the aggregate's columns it stands for (a cell's
    /// levels in order, or one column as it is).
    private let members: [[Int]]
    /// How many columns the aggregate has.
    private let aggregateColumns: Int

    /// The counts form of `aggregate`; nil when one of its rows has no exact restatement
    /// or a cell's levels differ in bounds or objective.
    init?(_ aggregate: AggregateModel) {
        let old = aggregate.problem
        guard let cellOf = Self.cells(of: aggregate) else { return nil }
        var problem = Problem(name: old.name, sense: old.sense, objectiveConstant: old.objectiveConstant)
        var position = [Int](repeating: -1, count: old.variables.count)
        var members: [[Int]] = []
        for (j, variable) in old.variables.enumerated() {
            let cell = cellOf[j] ?? [j]
            guard cell[0] == j else {
                position[j] = position[cell[0]]
                continue
            }
            position[j] = cell.count > 1
                ? problem.addVariable(Self.countName(ofLevel: variable.name), upper: variable.upper * Double(cell.count),
                                      kind: .integer, objective: variable.objective)
                : problem.addVariable(variable.name, lower: variable.lower, upper: variable.upper,
                                      kind: variable.kind, objective: variable.objective)
            members.append(cell)
        }
        for row in old.rows {
            switch Self.restated(row, cellOf: cellOf, position: position, variables: old.variables) {
            case .dropped: continue
            case .terms(let terms): problem.addRow(row.name, terms: terms, lower: row.lower, upper: row.upper)
            case nil: return nil
            }
        }
        self.problem = problem
        self.members = members
        self.aggregateColumns = old.variables.count
    }

    /// Each column of a cell of two or more levels, mapped to its cell's levels; nil when a
    /// cell's levels differ in kind, bounds or objective.
    private static func cells(of aggregate: AggregateModel) -> [Int: [Int]]? {
        let variables = aggregate.problem.variables
        var cellOf: [Int: [Int]] = [:]
        for cell in aggregate.levels.joined() where cell.count > 1 {
            let first = variables[cell[0]]
            let alike = cell.allSatisfy {
                let level = variables[$0]
                return level.kind == .binary && level.lower == 0 && level.upper == first.upper
                    && level.objective == first.objective
            }
            guard alike else { return nil }
            for column in cell { cellOf[column] = cell }
        }
        return cellOf
    }

    /// A row of the counts form: dropped, or with these terms and the row's own bounds.
    private enum RestatedRow {
        case dropped
        case terms([(Int, Double)])
    }

    /// `row` over the columns of ``problem`` (`position[j]` for the aggregate's column j);
    /// nil when it has no exact restatement.
    private static func restated(_ row: Row, cellOf: [Int: [Int]], position: [Int], variables: [Variable]) -> RestatedRow? {
        let terms = row.terms.terms
        // Two opposite terms and `<= 0`: a level at most the one below it (dropped), or a
        // cell's first level at most a binary column B (m / k - B <= 0).
        if terms.count == 2, row.lower == -.infinity, row.upper == 0, terms[0].1 == -terms[1].1 {
            let (above, below) = terms[0].1 > 0 ? (terms[0].0, terms[1].0) : (terms[1].0, terms[0].0)
            if let cell = cellOf[above] {
                if let higher = cell.firstIndex(of: above), higher > 0, cell[higher - 1] == below { return .dropped }
                let b = variables[below]
                if above == cell[0], cellOf[below] == nil, b.kind != .continuous, b.lower >= 0, b.upper <= 1 {
                    return .terms([(position[above], 1 / Double(cell.count)), (position[below], -1)])
                }
            }
        }
        var restated: [(Int, Double)] = []
        var cells: [Int: [(Int, Double)]] = [:]
        for (j, a) in terms {
            if let cell = cellOf[j] { cells[cell[0], default: []].append((j, a)) } else { restated.append((position[j], a)) }
        }
        for (first, levels) in cells.sorted(by: { $0.key < $1.key }) {
            guard levels.count == cellOf[first]?.count, levels.allSatisfy({ $0.1 == levels[0].1 }) else { return nil }
            restated.append((position[first], levels[0].1))
        }
        return .terms(restated)
    }

    /// The values of ``problem`` for the aggregate's `levels`: each cell's count is the
    /// sum of its levels; every other column keeps its value.
    func counts(from levels: [Double]) -> [Double] {
        members.map { columns in columns.reduce(0) { $0 + levels[$1] } }
    }

    /// "m[s,f]" for the first level "y[s,f,1]".
    private static func countName(ofLevel name: String) -> String {
        guard name.hasPrefix("y["), let comma = name.lastIndex(of: ",") else { return "m" + name }
        return "m" + name[name.index(after: name.startIndex)..<comma] + "]"
    }

    /// The aggregate's values for `counts`, values of ``problem``: a cell's count c sets its
    /// first c levels to 1 and the rest to 0; every other column keeps its value.
    func levels(from counts: [Double]) -> [Double] {
        var values = [Double](repeating: 0, count: aggregateColumns)
        for (k, columns) in members.enumerated() {
            guard columns.count > 1 else {
                values[columns[0]] = counts[k]
                continue
            }
            let count = Int(counts[k].rounded())
            for (level, column) in columns.enumerated() { values[column] = level < count ? 1 : 0 }
        }
        return values
    }
}
