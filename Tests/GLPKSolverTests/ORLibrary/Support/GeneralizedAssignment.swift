import MIP

/// One OR-Library generalized assignment problem (gap1..gap12: Osman 1995; Cattrysse,
/// Salomon and Van Wassenhove 1994).
///
/// A file holds several problems: first their count, then for each one `m n` (agents,
/// jobs), `m` rows of `n` costs, `m` rows of `n` resource uses and `m` capacities.
struct GeneralizedAssignment: Sendable {
    /// `costs[i][j]`: cost (or profit) of giving job `j` to agent `i`.
    var costs: [[Int]]
    /// `uses[i][j]`: resource agent `i` uses if it does job `j`.
    var uses: [[Int]]
    /// Resource capacity of each agent.
    var capacities: [Int]

    var agentCount: Int { capacities.count }
    var jobCount: Int { costs.first?.count ?? 0 }

    /// Reads one problem from its numbers.
    init(_ numbers: inout NumberStream) throws(ORLibraryFormatError) {
        let m = try numbers.size("the number of agents")
        let n = try numbers.size("the number of jobs")
        costs = []
        for i in 1...m { costs.append(try numbers.integers(n, "a cost of agent \(i)")) }
        uses = []
        for i in 1...m { uses.append(try numbers.integers(n, "a resource use of agent \(i)")) }
        capacities = try numbers.integers(m, "an agent's capacity")
    }

    /// Reads every problem of a `gapN.txt` file.
    static func problems<Bytes: Sequence>(bytes: Bytes) throws(ORLibraryFormatError) -> [GeneralizedAssignment]
    where Bytes.Element == UInt8 {
        var numbers = NumberStream(bytes: bytes)
        let count = try numbers.size("the number of problems")
        var problems: [GeneralizedAssignment] = []
        for _ in 0..<count { problems.append(try GeneralizedAssignment(&numbers)) }
        guard numbers.isAtEnd else { throw .trailingData(count: numbers.remaining) }
        return problems
    }

    /// Each job goes to exactly one agent and no agent exceeds its capacity:
    ///
    ///     maximize or minimize sum_ij c_ij x_ij
    ///     subject to sum_i x_ij = 1           for every job j
    ///                sum_j a_ij x_ij <= b_i   for every agent i
    ///                x_ij binary
    func problem(sense: ObjectiveSense, name: String = "gap") -> Problem {
        var problem = Problem(name: name, sense: sense)
        let assign = (0..<agentCount).map { i in
            (0..<jobCount).map { j in
                problem.addVariable("x_\(i + 1)_\(j + 1)", lower: 0, upper: 1, kind: .binary,
                                    objective: Double(costs[i][j]))
            }
        }
        for j in 0..<jobCount {
            problem.addRow("job_\(j + 1)", terms: (0..<agentCount).map { (assign[$0][j], 1) }, lower: 1, upper: 1)
        }
        for i in 0..<agentCount {
            let load = (0..<jobCount).map { j in (assign[i][j], Double(uses[i][j])) }
            problem.addRow("agent_\(i + 1)", terms: load, upper: Double(capacities[i]))
        }
        return problem
    }
}
