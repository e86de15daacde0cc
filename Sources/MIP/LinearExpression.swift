/// A sparse linear expression: distinct variable indices with nonzero coefficients, in
/// ascending index order.
public struct LinearExpression: Sendable, Equatable {
    /// The `(variable index, coefficient)` pairs, sorted by index, no duplicates, no zeros.
    public private(set) var terms: [(Int, Double)]

    /// Builds an expression, summing repeated indices and dropping zero coefficients.
    public init(_ terms: [(Int, Double)]) {
        var sorted = terms.sorted { $0.0 < $1.0 }
        var merged: [(Int, Double)] = []
        merged.reserveCapacity(sorted.count)
        for (j, c) in sorted {
            if let last = merged.last, last.0 == j {
                merged[merged.count - 1].1 += c
            } else {
                merged.append((j, c))
            }
        }
        merged.removeAll { $0.1 == 0 }
        sorted = merged
        self.terms = sorted
    }

    /// The number of nonzero terms.
    public var count: Int { terms.count }

    /// The value of the expression at `values`.
    public func evaluate(_ values: [Double]) -> Double {
        terms.reduce(0) { $0 + $1.1 * values[$1.0] }
    }

    /// Two expressions are equal when they have the same terms.
    public static func == (a: LinearExpression, b: LinearExpression) -> Bool {
        a.terms.count == b.terms.count && zip(a.terms, b.terms).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }
}
