import Testing
import MIP
@testable import GLPKSolver

/// GLPK's return codes and statuses map to exactly the five outcomes of the contract.
@Suite struct StatusMappingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String, ret: Int32, lp: Int32, mip: Int32, isMIP: Bool, expected: SolveStatus
        var testDescription: String { name }
    }
    // Return codes: 0 ok, 0x09 ETMLIM, 0x0A ENOPFS, 0x0B ENODFS, 0x0D ESTOP, 0x0E EMIPGAP.
    // Statuses: 1 UNDEF, 2 FEAS, 4 NOFEAS, 5 OPT, 6 UNBND.
    static let cases: [Case] = [
        Case(name: "LP optimal", ret: 0, lp: 5, mip: 0, isMIP: false, expected: .optimal),
        Case(name: "LP infeasible", ret: 0, lp: 4, mip: 0, isMIP: false, expected: .infeasible),
        Case(name: "LP unbounded", ret: 0, lp: 6, mip: 0, isMIP: false, expected: .unbounded),
        Case(name: "LP time limit with a feasible point", ret: 0x09, lp: 2, mip: 0, isMIP: false, expected: .feasible),
        Case(name: "LP time limit without one", ret: 0x09, lp: 1, mip: 0, isMIP: false, expected: .noSolution),
        Case(name: "MIP optimal", ret: 0, lp: 5, mip: 5, isMIP: true, expected: .optimal),
        Case(name: "MIP infeasible", ret: 0, lp: 5, mip: 4, isMIP: true, expected: .infeasible),
        Case(name: "MIP presolver: no primal feasible", ret: 0x0A, lp: 1, mip: 1, isMIP: true, expected: .infeasible),
        Case(name: "MIP presolver: no dual feasible", ret: 0x0B, lp: 1, mip: 1, isMIP: true, expected: .unbounded),
        Case(name: "MIP time limit with incumbent", ret: 0x09, lp: 5, mip: 2, isMIP: true, expected: .feasible),
        Case(name: "MIP time limit without incumbent", ret: 0x09, lp: 5, mip: 1, isMIP: true, expected: .noSolution),
        Case(name: "MIP gap reached", ret: 0x0E, lp: 5, mip: 2, isMIP: true, expected: .feasible),
        Case(name: "MIP stopped by the caller", ret: 0x0D, lp: 5, mip: 2, isMIP: true, expected: .feasible),
        Case(name: "MIP relaxation infeasible (presolve off)", ret: 0, lp: 4, mip: 1, isMIP: true, expected: .infeasible),
        Case(name: "MIP relaxation unbounded (presolve off)", ret: 0, lp: 6, mip: 1, isMIP: true, expected: .unbounded),
    ]

    @Test(arguments: cases)
    func glpkOutcomeMapsToTheContractStatus(_ c: Case) {
        #expect(GLPKOutcome.status(ret: c.ret, lpStatus: c.lp, mipStatus: c.mip, isMIP: c.isMIP) == c.expected)
    }
}
