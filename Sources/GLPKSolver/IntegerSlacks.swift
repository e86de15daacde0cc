import MIP

/// A MIP with the slack of every row whose data are integer made an explicit integer
/// column, for GLPK's Gomory cuts.
///
/// GLPK derives its Gomory mixed-integer cuts from simplex tableau rows and treats a
/// row's slack as continuous. Where every term of a row is an integer column with an
/// integer coefficient, `a x` is an integer whenever `x` is, so `lower <= a x <= upper`
/// holds exactly when the integer column `s = a x` lies in [ceil(lower), floor(upper)].
/// Stated that way (`a x - s = 0`), the slack is integer and the cuts are stronger
/// (docs/performance.md). The transformed problem has the same integer points and
/// objective; its first columns are the original ones.
struct IntegerSlacks {
    /// The problem with the slack columns appended.
    let problem: Problem
    /// The original problem's column count.
    let originalColumns: Int
    /// slackTerms[k]: the terms of the row whose slack is column `originalColumns + k`.
    let slackTerms: [LinearExpression]

    /// Rows with fewer terms gain nothing from an explicit slack.
    static let minimumTerms = 2

    init(_ original: Problem) {
        var problem = original
        var slackTerms: [LinearExpression] = []
        for (i, row) in original.rows.enumerated() where Self.hasIntegerSlack(row, in: original) {
            let lower = row.lower.isFinite ? (row.lower - 1e-9).rounded(.up) : -Double.infinity
            let upper = row.upper.isFinite ? (row.upper + 1e-9).rounded(.down) : Double.infinity
            // No integer fits between the bounds: the row stays as it is for GLPK to refute.
            guard lower <= upper else { continue }
            let s = problem.addVariable("slack[\(i)]", lower: lower, upper: upper, kind: .integer)
            problem.replaceRow(i, terms: row.terms.terms + [(s, -1)], lower: 0, upper: 0)
            slackTerms.append(row.terms)
        }
        self.problem = problem
        self.originalColumns = original.variables.count
        self.slackTerms = slackTerms
    }

    /// True when `row`'s terms are integer columns with integer coefficients and the row
    /// is an inequality with at least ``minimumTerms`` terms.
    static func hasIntegerSlack(_ row: Row, in problem: Problem) -> Bool {
        guard row.lower != row.upper, row.terms.count >= minimumTerms else { return false }
        return row.terms.terms.allSatisfy { j, c in
            problem.variables[j].kind != .continuous && c == c.rounded() && abs(c) < 1e9
        }
    }

    /// `values` of the original problem extended with each slack's value (a start solution).
    func extended(_ values: [Double]) -> [Double] {
        values + slackTerms.map { $0.evaluate(values).rounded() }
    }

    /// The original problem's part of `values` of the transformed problem.
    func original(_ values: [Double]) -> [Double] {
        Array(values.prefix(originalColumns))
    }
}
