import MIP

/// An OR-Library capacitated warehouse location instance (`capNN`, J. E. Beasley 1988).
///
/// File layout, as a stream of numbers: `m n`; `m` pairs `capacity fixedCost`; then for each
/// customer its demand followed by `m` costs, the cost of serving all of that customer's
/// demand from each site.
struct CapacitatedFacilityLocation: Sendable {
    /// Capacity of each site.
    var capacities: [Double]
    /// Fixed cost of opening each site.
    var fixedCosts: [Double]
    /// Demand of each customer.
    var demands: [Double]
    /// `costs[j][i]`: cost of serving all of customer `j`'s demand from site `i`.
    var costs: [[Double]]

    var siteCount: Int { capacities.count }
    var customerCount: Int { demands.count }

    /// Reads an instance from its numbers.
    init(_ numbers: inout NumberStream) throws(ORLibraryFormatError) {
        let m = try numbers.size("the number of sites")
        let n = try numbers.size("the number of customers")
        capacities = []
        fixedCosts = []
        for i in 1...m {
            capacities.append(try numbers.number("the capacity of site \(i)"))
            fixedCosts.append(try numbers.number("the fixed cost of site \(i)"))
        }
        demands = []
        costs = []
        for j in 1...n {
            demands.append(try numbers.number("the demand of customer \(j)"))
            costs.append(try numbers.numbers(m, "a cost of serving customer \(j)"))
        }
        guard numbers.isAtEnd else { throw .trailingData(count: numbers.remaining) }
    }

    /// Reads an instance from the bytes of a `capNN.txt` file.
    init<Bytes: Sequence>(bytes: Bytes) throws(ORLibraryFormatError) where Bytes.Element == UInt8 {
        var numbers = NumberStream(bytes: bytes)
        try self.init(&numbers)
    }

    /// The strong formulation, in which a customer's demand may be split between sites:
    ///
    ///     minimize   sum_i f_i y_i + sum_ij c_ij x_ij
    ///     subject to sum_i x_ij = 1            for every customer j
    ///                sum_j d_j x_ij <= s_i y_i  for every site i
    ///                x_ij <= y_i                for every site i and customer j
    ///                0 <= x_ij <= 1, y_i binary
    ///
    /// The links `x_ij <= y_i` are implied by the capacity rows for integer `y`, but they
    /// tighten the LP relaxation so much that GLPK proves every optimum near the root.
    func problem(name: String = "cap") -> Problem {
        var problem = Problem(name: name, sense: .minimize)
        let open = (0..<siteCount).map { i in
            problem.addVariable("y_\(i + 1)", lower: 0, upper: 1, kind: .binary, objective: fixedCosts[i])
        }
        let serve = (0..<customerCount).map { j in
            (0..<siteCount).map { i in
                problem.addVariable("x_\(i + 1)_\(j + 1)", lower: 0, upper: 1, objective: costs[j][i])
            }
        }
        for j in 0..<customerCount {
            problem.addRow("demand_\(j + 1)", terms: serve[j].map { ($0, 1) }, lower: 1, upper: 1)
        }
        for i in 0..<siteCount {
            let load = (0..<customerCount).map { j in (serve[j][i], demands[j]) }
            problem.addRow("capacity_\(i + 1)", terms: load + [(open[i], -capacities[i])], upper: 0)
        }
        for i in 0..<siteCount {
            for j in 0..<customerCount {
                problem.addRow("link_\(i + 1)_\(j + 1)", terms: [(serve[j][i], 1), (open[i], -1)], upper: 0)
            }
        }
        return problem
    }
}
