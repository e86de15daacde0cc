import MIP

/// The power of ten that turns a MIP's objective coefficients into integers, when one
/// does: GLPK's branch and bound then rounds every node's bound to the lattice of values
/// an integer solution can take (its `ios_round_bound` looks for integral coefficients and
/// their greatest common divisor), and prunes a node whose bound cannot beat the incumbent
/// by a whole step.
///
/// Plans state money in round millions, so their objectives in billions have three
/// decimals: scaled by 1000 they are integral, and a node whose bound is less than $1M
/// above the incumbent is pruned at once instead of being searched. A continuous variable
/// with a nonzero coefficient (unless it is fixed), or any coefficient with more decimals
/// than ``maximumScale`` allows, leaves the objective as it is: no coefficient is ever
/// rounded by more than rounding error.
struct IntegralObjective {
    /// The factor the objective is multiplied by inside GLPK; 1 when left as it is.
    let scale: Double

    /// The largest factor tried (10^6: six decimals).
    static let maximumScale = 1e6
    /// Scaled coefficients must stay within GLPK's integer range for its divisor search.
    static let largestCoefficient = Double(Int32.max)

    /// The smallest power of ten that makes every objective coefficient of `problem` an
    /// integer, or 1 when there is none or `problem` is not a MIP.
    init(_ problem: Problem) {
        scale = Self.findScale(problem) ?? 1
    }

    private static func findScale(_ problem: Problem) -> Double? {
        guard problem.isMixedInteger else { return nil }
        var coefficients: [Double] = []
        for variable in problem.variables where variable.objective != 0 {
            // A continuous variable can take the objective between the lattice's steps,
            // unless it is fixed; a fixed one's coefficient is scaled (and rounded) like
            // every other, so it too must become an integer.
            if variable.kind == .continuous && variable.lower != variable.upper { return nil }
            coefficients.append(variable.objective)
        }
        guard !coefficients.isEmpty else { return nil }
        var factor = 1.0
        while factor <= maximumScale {
            if coefficients.allSatisfy({ isIntegral($0 * factor) }) { return factor }
            factor *= 10
        }
        return nil
    }

    private static func isIntegral(_ value: Double) -> Bool {
        let rounded = value.rounded()
        return abs(rounded) <= largestCoefficient && abs(value - rounded) <= 1e-9 * max(1, abs(value))
    }

    /// `coefficient` scaled, rounded to the integer it is within rounding error of.
    func scaled(_ coefficient: Double) -> Double {
        scale == 1 ? coefficient : (coefficient * scale).rounded()
    }

    /// A value of the scaled objective (an incumbent or a bound) in the problem's units.
    func unscaled(_ value: Double) -> Double {
        scale == 1 ? value : value / scale
    }
}
