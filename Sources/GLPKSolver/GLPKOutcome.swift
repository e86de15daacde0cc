import MIP
internal import CGLPKShim

/// GLPK's return code and solution status, read as a ``Termination`` (why the run
/// stopped) and whether a plan is at hand, with GLPK's own words kept beside them.
///
/// The reading: an optimal LP or MIP stopped because it was proven optimal; a presolver or
/// simplex verdict of no primal feasible solution is `infeasible`; no dual feasible
/// solution (an unbounded relaxation) is `unbounded`, which the solver then confirms for
/// MIPs; a run stopped by its time limit, the caller or the gap tolerance stopped for that
/// reason, with the incumbent as its plan when there is one.
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

    /// Why a run with return code `ret` and solution statuses stopped, and whether its
    /// solution is a plan; `cancelled` says the caller's flag ended it.
    static func reading(ret: Int32, lpStatus: Int32, mipStatus: Int32, isMIP: Bool, cancelled: Bool = false)
        -> (termination: Termination, hasPlan: Bool)
    {
        let GLP_FEAS: Int32 = 2, GLP_NOFEAS: Int32 = 4, GLP_OPT: Int32 = 5, GLP_UNBND: Int32 = 6
        if ret == 0x0A { return (.infeasible, false) }                    // GLP_ENOPFS
        if ret == 0x0B { return (.unbounded, false) }                     // GLP_ENODFS
        let early: Termination = switch ret {
        case 0x09: .timeLimit
        case 0x0D: cancelled ? .interrupted : .timeLimit
        case 0x0E: .gapReached
        default: cancelled ? .interrupted : .undecided
        }
        let status = isMIP ? mipStatus : lpStatus
        if isMIP && ret == 0 && mipStatus != GLP_OPT && mipStatus != GLP_FEAS && mipStatus != GLP_NOFEAS {
            // glp_simplex ran first (presolve off) and its relaxation did not reach an optimum.
            switch lpStatus {
            case GLP_NOFEAS: return (.infeasible, false)
            case GLP_UNBND: return (.unbounded, false)
            default: return (early, false)
            }
        }
        switch status {
        case GLP_OPT: return (ret == 0 ? .optimal : early, true)
        case GLP_FEAS: return (ret == 0 ? .undecided : early, true)
        case GLP_NOFEAS: return (.infeasible, false)
        case GLP_UNBND where !isMIP: return (.unbounded, false)
        default: return (ret == 0 ? .undecided : early, false)
        }
    }

    /// The contract status of a reading (``reading(ret:lpStatus:mipStatus:isMIP:cancelled:)``).
    static func status(ret: Int32, lpStatus: Int32, mipStatus: Int32, isMIP: Bool) -> SolveStatus {
        let read = reading(ret: ret, lpStatus: lpStatus, mipStatus: mipStatus, isMIP: isMIP)
        return SolveStatus(termination: read.termination, hasPlan: read.hasPlan)
    }

    func solution(values: [Double], rowDuals: [Double], reducedCosts: [Double], seconds: Double) -> Solution {
        let read = GLPKOutcome.reading(ret: result.ret, lpStatus: result.lp_status, mipStatus: result.mip_status,
                                       isMIP: isMIP, cancelled: cancelled || result.stopped != 0)
        var raw = (isMIP ? "glp_intopt returned " : "glp_simplex returned ") + (Self.returnCodes[result.ret] ?? "\(result.ret)")
        raw += isMIP ? "; glp_mip_status " + (Self.statuses[result.mip_status] ?? "\(result.mip_status)")
                     : "; glp_get_status " + (Self.statuses[result.lp_status] ?? "\(result.lp_status)")
        if cancelled { raw += "; the caller asked the search to stop" }
        var solution = Solution(termination: read.termination, rawStatus: raw, seconds: seconds, nodes: Int(result.nodes))
        guard read.hasPlan else { return solution }
        let values = isMIP ? values.enumerated().map { j, v in
            problem.variables[j].kind == .continuous ? v : v.rounded() } : values
        solution.values = values
        let objective = isMIP ? problem.objectiveValue(of: values) : self.objective.unscaled(result.obj)
        solution.objective = objective
        if read.termination == .optimal {
            solution.bound = objective
            solution.gap = 0
        } else if result.has_bound != 0 {
            let reached = self.objective.unscaled(result.bound)
            let bound = problem.sense == .minimize ? min(reached, objective) : max(reached, objective)
            solution.bound = bound
            solution.gap = Solution.relativeGap(objective: objective, bound: bound)
        }
        if !isMIP && read.termination == .optimal {
            solution.rowDuals = rowDuals
            solution.reducedCosts = reducedCosts
        }
        return solution
    }
}
