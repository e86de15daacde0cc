/// A linear or mixed-integer program in solver-neutral standard form.
///
/// Variables carry bounds, a kind and an objective coefficient; rows are sparse linear
/// expressions with lower and upper bounds (`-.infinity`/`.infinity` when absent).
/// Build it with ``addVariable(_:lower:upper:kind:objective:)`` and
/// ``addRow(_:terms:lower:upper:)``, then hand it to a ``Solver``.
public struct Problem: Sendable, Equatable {
    /// The problem's name, used in exported files.
    public var name: String
    /// Whether the objective is minimized or maximized.
    public var sense: ObjectiveSense
    /// A constant added to the objective.
    public var objectiveConstant: Double
    /// The variables (columns), indexed from 0.
    public internal(set) var variables: [Variable]
    /// The constraints (rows), indexed from 0.
    public internal(set) var rows: [Row]

    /// Creates an empty problem.
    public init(name: String = "problem", sense: ObjectiveSense = .minimize, objectiveConstant: Double = 0) {
        self.name = name
        self.sense = sense
        self.objectiveConstant = objectiveConstant
        self.variables = []
        self.rows = []
    }

    /// Adds a variable and returns its index.
    @discardableResult
    public mutating func addVariable(
        _ name: String, lower: Double = 0, upper: Double = .infinity,
        kind: VariableKind = .continuous, objective: Double = 0
    ) -> Int {
        variables.append(Variable(name: name, lower: lower, upper: upper, kind: kind, objective: objective))
        return variables.count - 1
    }

    /// Adds a row `lower <= sum(coefficient * x[index]) <= upper` and returns its index.
    ///
    /// Terms naming the same variable twice are summed; zero coefficients are dropped.
    @discardableResult
    public mutating func addRow(
        _ name: String, terms: [(Int, Double)], lower: Double = -.infinity, upper: Double = .infinity
    ) -> Int {
        rows.append(Row(name: name, terms: LinearExpression(terms), lower: lower, upper: upper))
        return rows.count - 1
    }

    /// Sets the objective coefficient of variable `index`.
    public mutating func setObjective(_ index: Int, _ coefficient: Double) {
        variables[index].objective = coefficient
    }

    /// Changes the bounds of variable `index`.
    public mutating func setBounds(ofVariable index: Int, lower: Double, upper: Double) {
        variables[index].lower = lower
        variables[index].upper = upper
    }

    /// Replaces row `index`'s terms and bounds, keeping its name.
    public mutating func replaceRow(_ index: Int, terms: [(Int, Double)], lower: Double, upper: Double) {
        rows[index] = Row(name: rows[index].name, terms: LinearExpression(terms), lower: lower, upper: upper)
    }

    /// Changes the bounds of row `index`.
    public mutating func setBounds(ofRow index: Int, lower: Double, upper: Double) {
        rows[index].lower = lower
        rows[index].upper = upper
    }

    /// True when any variable must take an integer value.
    public var isMixedInteger: Bool { variables.contains { $0.kind != .continuous } }

    /// The number of nonzero coefficients in the constraint matrix.
    public var nonzeroCount: Int { rows.reduce(0) { $0 + $1.terms.count } }

    /// The objective value of the point `values` (one entry per variable).
    public func objectiveValue(of values: [Double]) -> Double {
        zip(variables, values).reduce(objectiveConstant) { $0 + $1.0.objective * $1.1 }
    }

    /// Checks indices, bounds and coefficients, so that no solver ever sees a malformed model.
    public func validate() throws(SolverError) {
        for (j, v) in variables.enumerated() {
            if v.lower.isNaN || v.upper.isNaN || v.objective.isNaN || v.objective.isInfinite {
                throw .invalidModel("variable \(j) '\(v.name)' has a NaN or infinite bound or objective coefficient")
            }
            if v.lower == .infinity || v.upper == -.infinity || v.lower > v.upper {
                throw .invalidModel("variable \(j) '\(v.name)' has empty bounds [\(v.lower), \(v.upper)]")
            }
        }
        if objectiveConstant.isNaN || objectiveConstant.isInfinite {
            throw .invalidModel("the objective constant is not finite")
        }
        for (i, r) in rows.enumerated() {
            if r.lower.isNaN || r.upper.isNaN || r.lower == .infinity || r.upper == -.infinity || r.lower > r.upper {
                throw .invalidModel("row \(i) '\(r.name)' has invalid bounds [\(r.lower), \(r.upper)]")
            }
            for (j, c) in r.terms.terms {
                guard j >= 0, j < variables.count else {
                    throw .invalidModel("row \(i) '\(r.name)' names variable \(j), but there are \(variables.count)")
                }
                guard c.isFinite else {
                    throw .invalidModel("row \(i) '\(r.name)' has a non-finite coefficient on variable \(j)")
                }
            }
        }
    }
}

/// Whether the objective is minimized or maximized.
public enum ObjectiveSense: String, Sendable, Equatable {
    /// Smaller is better.
    case minimize
    /// Larger is better.
    case maximize
}

/// The domain of a variable.
public enum VariableKind: Sendable, Equatable {
    /// Any real value within the bounds.
    case continuous
    /// An integer value within the bounds.
    case integer
    /// 0 or 1 (the bounds are intersected with [0, 1]).
    case binary
}

/// One column of a ``Problem``.
public struct Variable: Sendable, Equatable {
    /// The variable's name, used in exported files.
    public var name: String
    /// The lower bound, or `-.infinity`.
    public var lower: Double
    /// The upper bound, or `.infinity`.
    public var upper: Double
    /// Continuous, integer or binary.
    public var kind: VariableKind
    /// The objective coefficient.
    public var objective: Double
}

/// One constraint of a ``Problem``: `lower <= terms <= upper`.
public struct Row: Sendable, Equatable {
    /// The row's name, used in exported files and diagnostics.
    public var name: String
    /// The sparse linear expression.
    public var terms: LinearExpression
    /// The lower bound, or `-.infinity`.
    public var lower: Double
    /// The upper bound, or `.infinity`.
    public var upper: Double
}
