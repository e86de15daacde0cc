import Testing
import MIP

/// The standard form keeps sparse rows canonical and checks models before any solver.
@Suite struct LinearExpressionTests {
    @Test func repeatedIndicesAreSummedAndZerosDropped() {
        let e = LinearExpression([(2, 1), (0, 3), (2, -1), (1, 2), (1, 0.5)])
        #expect(e.terms.map(\.0) == [0, 1])
        #expect(e.terms.map(\.1) == [3, 2.5])
        #expect(e.evaluate([1, 2, 100]) == 8)
    }

    @Test func feasibilityChecksBoundsIntegralityAndRows() {
        var p = Problem()
        let x = p.addVariable("x", upper: 3, kind: .integer)
        let y = p.addVariable("y", kind: .binary)
        p.addRow("r", terms: [(x, 1), (y, 1)], lower: 2, upper: 3)
        #expect(p.isFeasible([2, 0]))
        #expect(p.isFeasible([2, 1]))
        #expect(!p.isFeasible([1.5, 1]))   // fractional integer
        #expect(!p.isFeasible([3, 1]))     // row above 3
        #expect(!p.isFeasible([1, 2]))     // binary above 1
        #expect(!p.isFeasible([2]))        // wrong length
    }

    @Test func validationNamesTheBadRow() {
        var p = Problem()
        _ = p.addVariable("x")
        p.addRow("budget[p1]", terms: [(5, 1)], upper: 1)
        #expect(throws: SolverError.invalidModel("row 0 'budget[p1]' names variable 5, but there are 1")) { try p.validate() }
    }
}
