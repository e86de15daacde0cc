import Testing
import MIP

@Suite struct LinearRelaxationTests {
    @Test func everyVariableBecomesContinuousAndBinariesKeepTheirUnitBounds() {
        var p = Problem(sense: .maximize)
        p.addVariable("b", kind: .binary, objective: 1)
        p.addVariable("n", lower: 1, upper: 9, kind: .integer, objective: 2)
        p.addVariable("c", upper: 3, objective: 3)
        p.addVariable("fixed", lower: 1, upper: 1, kind: .binary)
        p.addRow("r", terms: [(0, 1), (1, 1)], upper: 5)
        let relaxed = p.linearRelaxation
        #expect(relaxed.variables.allSatisfy { $0.kind == .continuous })
        #expect(relaxed.variables.map(\.lower) == [0, 1, 0, 1])
        #expect(relaxed.variables.map(\.upper) == [1, 9, 3, 1])
        #expect(relaxed.variables.map(\.objective) == p.variables.map(\.objective))
        #expect(relaxed.rows.count == 1 && relaxed.sense == .maximize)
    }
}
