import MIP

/// A ``MIP/Solver`` for tiny problems that needs no library.
///
/// It tries every value of the integer and binary variables and, for each, every vertex of the continuous part, so its
/// answers are true by construction. The test double the conformance suite holds GLPK to.
///
/// Limits, by design: integer variables need finite bounds and at most ``maxPoints``
/// combinations (otherwise the call fails); continuous variables are boxed at
/// ±``box``, and an optimum on the box is reported unbounded; no duals are given.
struct EnumerationSolver: Solver {
    /// The most integer points one call tries.
    var maxPoints = 100_000
    /// The box that keeps the continuous part bounded.
    var box = 1e7

    var name: String { "enumeration" }

    func solve(_ problem: Problem, options: SolveOptions) throws(SolverError) -> Solution {
        try problem.validate()
        if let start = options.startSolution, start.count != problem.variables.count {
            throw .invalidModel("the start solution has \(start.count) values for \(problem.variables.count) variables")
        }
        if options.shouldStop { return Solution(termination: options.stopReason, rawStatus: "not started") }
        let clock = ContinuousClock.now
        let integers = problem.variables.indices.filter { problem.variables[$0].kind != .continuous }
        let domains = try integers.map { j throws(SolverError) in try Self.domain(of: problem.variables[j]) }
        guard domains.reduce(1.0, { $0 * Double($1.count) }) <= Double(maxPoints) else {
            throw .solverFailure("too many integer points to enumerate")
        }
        var search = Search(problem: problem, box: box)
        if let start = options.startSolution, problem.isFeasible(start) { search.offer(start) }
        var choice = [Int](repeating: 0, count: integers.count)
        var fixed = [Double?](repeating: nil, count: problem.variables.count)
        repeat {
            if options.shouldStop { return search.solution(termination: options.stopReason, since: clock) }
            for (k, j) in integers.enumerated() { fixed[j] = domains[k][choice[k]] }
            search.tryVertices(fixed: fixed)
        } while Self.advance(&choice, domains: domains)
        return search.solution(termination: nil, since: clock)
    }

    /// The integer values a variable may take.
    private static func domain(of variable: Variable) throws(SolverError) -> [Double] {
        let lower = variable.kind == .binary ? max(variable.lower, 0) : variable.lower
        let upper = variable.kind == .binary ? min(variable.upper, 1) : variable.upper
        guard lower.isFinite, upper.isFinite else { throw .solverFailure("'\(variable.name)' has no finite bounds") }
        let first = lower.rounded(.up), last = upper.rounded(.down)
        return first <= last ? Array(stride(from: first, through: last, by: 1)) : []
    }

    /// The next combination (the last index fastest); false after the last one.
    private static func advance(_ choice: inout [Int], domains: [[Double]]) -> Bool {
        if domains.contains(where: \.isEmpty) { return false }
        for k in choice.indices.reversed() {
            choice[k] += 1
            if choice[k] < domains[k].count { return true }
            choice[k] = 0
        }
        return false
    }
}

/// The best point found so far and the vertex search of the continuous part.
private struct Search {
    let problem: Problem
    let box: Double
    var best: (objective: Double, values: [Double])?
    var onBox = false

    init(problem: Problem, box: Double) {
        self.problem = problem
        self.box = box
    }

    /// Keeps `values` when they beat the best so far.
    mutating func offer(_ values: [Double], boxed: Bool = false) {
        let objective = problem.objectiveValue(of: values)
        let better =
            best.map {
                problem.sense == .maximize
                    ? objective > $0.objective + 1e-9
                    : objective < $0.objective - 1e-9
            } ?? true
        if better {
            best = (objective, values)
            onBox = boxed
        }
    }

    /// Tries every vertex of the continuous part with the integer variables `fixed`: each
    /// choice of as many active bounds (rows, variable bounds, the box) as there are
    /// continuous variables, solved as a linear system.
    mutating func tryVertices(fixed: [Double?]) {
        let free = problem.variables.indices.filter { fixed[$0] == nil }
        var planes: [(coefficients: [Double], value: Double)] = []
        for row in problem.rows {
            var coefficients = [Double](repeating: 0, count: free.count)
            var rest = 0.0
            for (j, c) in row.terms.terms {
                if let x = fixed[j] { rest += c * x } else { coefficients[free.firstIndex(of: j)!] = c }
            }
            for bound in [row.lower, row.upper] where bound.isFinite { planes.append((coefficients, bound - rest)) }
        }
        for (k, j) in free.enumerated() {
            var unit = [Double](repeating: 0, count: free.count)
            unit[k] = 1
            let v = problem.variables[j]
            planes.append((unit, v.lower.isFinite ? v.lower : -box))
            planes.append((unit, v.upper.isFinite ? v.upper : box))
        }
        for active in Self.subsets(of: planes.count, size: free.count) {
            guard let x = Self.solve(active.map { planes[$0] }) else { continue }
            var values = fixed.map { $0 ?? 0 }
            for (k, j) in free.enumerated() { values[j] = x[k] }
            guard problem.isFeasible(values, tolerance: 1e-7), free.allSatisfy({ abs(values[$0]) <= box * (1 + 1e-9) })
            else { continue }
            let boxed = free.contains { j in
                let bound = values[j] > 0 ? problem.variables[j].upper : problem.variables[j].lower
                return abs(abs(values[j]) - box) < 1e-6 * box && !bound.isFinite
            }
            offer(values, boxed: boxed)
        }
    }

    /// The answer: optimal, infeasible or unbounded when the enumeration ran through, or
    /// the best plan so far for an early `termination`.
    func solution(termination: Termination?, since clock: ContinuousClock.Instant) -> Solution {
        let seconds = clock.secondsElapsed
        guard let best else {
            return Solution(
                termination: termination ?? .infeasible, rawStatus: "no point meets every row",
                seconds: seconds)
        }
        if termination == nil, onBox {
            return Solution(termination: .unbounded, rawStatus: "the optimum lies on the box", seconds: seconds)
        }
        guard let termination else {
            return Solution(
                termination: .optimal, objective: best.objective, bound: best.objective, gap: 0,
                values: best.values, rawStatus: "every point tried", seconds: seconds)
        }
        return Solution(
            termination: termination, objective: best.objective, values: best.values,
            rawStatus: "stopped early", seconds: seconds)
    }

    /// Every `size`-element subset of 0..<count, in lexicographic order.
    static func subsets(of count: Int, size: Int) -> [[Int]] {
        guard size > 0 else { return [[]] }
        guard size <= count else { return [] }
        var result: [[Int]] = []
        var current = Array(0..<size)
        while true {
            result.append(current)
            var i = size - 1
            while i >= 0, current[i] == count - size + i { i -= 1 }
            if i < 0 { return result }
            current[i] += 1
            for k in (i + 1)..<size { current[k] = current[k - 1] + 1 }
        }
    }

    /// The solution of the square system `planes` (rows a·x = b) by Gaussian elimination
    /// with partial pivoting; nil when it is singular.
    static func solve(_ planes: [(coefficients: [Double], value: Double)]) -> [Double]? {
        let n = planes.count
        var a = planes.map { $0.coefficients + [$0.value] }
        for c in 0..<n {
            guard let pivot = (c..<n).max(by: { abs(a[$0][c]) < abs(a[$1][c]) }), abs(a[pivot][c]) > 1e-12 else {
                return nil
            }
            a.swapAt(c, pivot)
            for r in 0..<n where r != c {
                let factor = a[r][c] / a[c][c]
                if factor != 0 { for k in c...n { a[r][k] -= factor * a[c][k] } }
            }
        }
        return (0..<n).map { a[$0][n] / a[$0][$0] }
    }
}
