import Testing
import MIP
@testable import GLPKSolver

/// Integer slack columns change how GLPK cuts, never the answer: random small integer
/// programs have the optimum that enumerating every point gives, with and without them.
@Suite struct IntegerSlacksTests {
    /// A random program over six integer columns in 0...3: four rows with integer
    /// coefficients (slacks made integer), one with fractional ones (left alone), and an
    /// objective with fractional coefficients.
    static func program(seed: UInt64) -> Problem {
        var g = BruteForceTests.Draw(state: seed)
        var p = Problem(sense: g.next() % 2 == 0 ? .maximize : .minimize)
        for j in 0..<6 { p.addVariable("x\(j)", lower: 0, upper: 3, kind: j == 5 ? .binary : .integer,
                                       objective: Double(Int(g.next() % 21) - 10) / 4) }
        for i in 0..<4 {
            let terms = (0..<6).map { ($0, Double(Int(g.next() % 7) - 3)) }
            let lower = g.next() % 3 == 0 ? Double(Int(g.next() % 5) - 4) + 0.5 : -.infinity
            p.addRow("int\(i)", terms: terms, lower: lower, upper: Double(g.next() % 9) + 0.7)
        }
        p.addRow("frac", terms: (0..<6).map { ($0, Double(g.next() % 10) / 3) }, upper: 9.5)
        return p
    }

    /// The best objective over every integer point, or nil when none is feasible.
    static func enumerated(_ p: Problem) -> Double? {
        var best: Double?
        for code in 0..<(4 * 4 * 4 * 4 * 4 * 2) {
            var rest = code
            let x = (0..<6).map { j -> Double in
                let base = j == 5 ? 2 : 4
                defer { rest /= base }
                return Double(rest % base)
            }
            guard p.isFeasible(x, tolerance: 1e-9) else { continue }
            let v = p.objectiveValue(of: x)
            if best.map({ p.sense == .maximize ? v > $0 : v < $0 }) ?? true { best = v }
        }
        return best
    }

    @Test(arguments: 1...40 as ClosedRange<UInt64>)
    func theOptimumIsTheEnumeratedOneWithAndWithoutSlacks(seed: UInt64) throws {
        let p = Self.program(seed: seed)
        let expected = Self.enumerated(p)
        for slacks in [false, true] {
            var options = GLPKOptions().adjusted(for: .strongBound)
            options.integerSlacks = slacks
            let s = try GLPKSolver(options: options).solve(p, options: SolveOptions())
            if let expected {
                #expect(s.status == .optimal, "seed \(seed), slacks \(slacks)")
                #expect(abs((s.objective ?? .nan) - expected) < 1e-7, "seed \(seed), slacks \(slacks)")
                #expect(s.values.count == p.variables.count && p.isFeasible(s.values))
            } else {
                #expect(s.status == .infeasible, "seed \(seed), slacks \(slacks)")
            }
        }
    }

    @Test func onlyInequalitiesOverIntegerColumnsWithIntegerCoefficientsGetASlack() {
        let p = Self.program(seed: 3)
        let slacks = IntegerSlacks(p)
        #expect(slacks.problem.variables.count == p.variables.count + 4)
        #expect(slacks.problem.rows[4] == p.rows[4])
        for i in 0..<4 {
            #expect(slacks.problem.rows[i].lower == 0 && slacks.problem.rows[i].upper == 0)
            let s = slacks.problem.variables[p.variables.count + i]
            #expect(s.kind == .integer && s.upper == p.rows[i].upper.rounded(.down))
        }
        let x = [1.0, 0, 2, 1, 0, 1]
        #expect(slacks.original(slacks.extended(x)) == x)
    }
}
