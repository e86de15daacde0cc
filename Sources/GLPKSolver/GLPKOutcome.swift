import MIP
internal import CGLPKShim

/// GLPK's return code and solution status, mapped to a ``SolveStatus`` with GLPK's own
/// words kept beside it.
///
/// The mapping: an optimal LP or MIP is `optimal`; a MIP stopped by its time limit, a
/// positive gap tolerance or a cancel is `feasible` when it holds an incumbent and
/// `no_solution` when it does not; a presolver or simplex verdict of no primal feasible
/// solution is `infeasible`; no dual feasible solution (an unbounded relaxation) is
/// `unbounded`, which the solver then confirms for MIPs.
struct GLPKOutcome {
    let result: pp_result
    let isMIP: Bool
    let problem: Problem
    /// The scaling of the objective inside GLPK; `result`'s objective values carry it.
    let objective: IntegralObjective
    let cancelled: Bool

    static let returnCodes: [Int32: String] = [
        0: "0 (solved)", 0x01: "GLP_EBADB", 0x02: "GLP_ESING", 0x03: "GLP_ECOND", 0x04: "GLP_EBOUND",
        0x05: "GLP_EFAIL", 0x06: "GLP_EOBJLL", 0x07: "GLP_EOBJUL", 0x08: "GLP_EITLIM",
        0x09: "GLP_ETMLIM (time limit)", 0x0A: "GLP_ENOPFS (no primal feasible solution)",
        0x0B: "GLP_ENODFS (no dual feasible solution)", 0x0C: "GLP_EROOT", 0x0D: "GLP_ESTOP (stopped by the caller)",
        0x0E: "GLP_EMIPGAP (gap tolerance reached)", 0x0F: "GLP_ENOFEAS", 0x10: "GLP_ENOCVG",
        0x11: "GLP_EINSTAB", 0x12: "GLP_EDATA", 0x13: "GLP_ERANGE",
    ]
    static let statuses: [Int32: String] = [
        1: "GLP_UNDEF", 2: "GLP_FEAS", 3: "GLP_INFEAS", 4: "GLP_NOFEAS", 5: "GLP_OPT", 6: "GLP_UNBND",
    ]

    /// The status for a return code and solution status.
    static func status(ret: Int32, lpStatus: Int32, mipStatus: Int32, isMIP: Bool) -> SolveStatus {
        let GLP_FEAS: Int32 = 2, GLP_NOFEAS: Int32 = 4, GLP_OPT: Int32 = 5, GLP_UNBND: Int32 = 6
        if ret == 0x0A { return .infeasible }                      // GLP_ENOPFS
        if ret == 0x0B { return .unbounded }                       // GLP_ENODFS
        if isMIP {
            if ret == 0 && mipStatus != GLP_OPT && mipStatus != GLP_FEAS && mipStatus != GLP_NOFEAS {
                // glp_simplex ran first (presolve off) and its relaxation did not reach an optimum.
                switch lpStatus {
                case GLP_NOFEAS: return .infeasible
                case GLP_UNBND: return .unbounded
                default: return .noSolution
                }
            }
            switch mipStatus {
            case GLP_OPT: return ret == 0 ? .optimal : .feasible
            case GLP_FEAS: return .feasible
            case GLP_NOFEAS: return .infeasible
            default: return .noSolution
            }
        }
        switch lpStatus {
        case GLP_OPT: return ret == 0 ? .optimal : .feasible
        case GLP_FEAS: return .feasible
        case GLP_NOFEAS: return .infeasible
        case GLP_UNBND: return .unbounded
        default: return .noSolution
        }
    }

    func solution(values: [Double], rowDuals: [Double], reducedCosts: [Double], seconds: Double) -> Solution {
        let status = GLPKOutcome.status(ret: result.ret, lpStatus: result.lp_status, mipStatus: result.mip_status, isMIP: isMIP)
        var raw = (isMIP ? "glp_intopt returned " : "glp_simplex returned ") + (Self.returnCodes[result.ret] ?? "\(result.ret)")
        raw += isMIP ? "; glp_mip_status " + (Self.statuses[result.mip_status] ?? "\(result.mip_status)")
                     : "; glp_get_status " + (Self.statuses[result.lp_status] ?? "\(result.lp_status)")
        if cancelled { raw += "; the caller asked the search to stop" }
        var solution = Solution(status: status, rawStatus: raw, seconds: seconds, nodes: Int(result.nodes))
        guard status.hasSolution else { return solution }
        let values = isMIP ? values.enumerated().map { j, v in
            problem.variables[j].kind == .continuous ? v : v.rounded() } : values
        solution.values = values
        let objective = isMIP ? problem.objectiveValue(of: values) : self.objective.unscaled(result.obj)
        solution.objective = objective
        if status == .optimal {
            solution.bound = objective
            solution.gap = 0
        } else if result.has_bound != 0 {
            let reached = self.objective.unscaled(result.bound)
            let bound = problem.sense == .minimize ? min(reached, objective) : max(reached, objective)
            solution.bound = bound
            solution.gap = abs(objective - bound) / max(abs(objective), 1e-9)
        }
        if !isMIP && status == .optimal {
            solution.rowDuals = rowDuals
            solution.reducedCosts = reducedCosts
        }
        return solution
    }
}
