import Foundation
import MIP
internal import CGLPKShim

/// A ``Problem`` copied into the 1-based column, row and triplet arrays that GLPK's bulk
/// loader (`glp_load_matrix`) reads; slot 0 of each array is unused.
struct GLPKLayout {
    var colLower: [Double] = [0]
    var colUpper: [Double] = [0]
    var objective: [Double] = [0]
    var kind: [Int32] = [0]
    var rowLower: [Double] = [0]
    var rowUpper: [Double] = [0]
    var ia: [Int32] = [0]
    var ja: [Int32] = [0]
    var ar: [Double] = [0]
    /// The problem's name as GLPK is given it (``MIP/Problem/safeName(_:fallback:)``).
    let name: String
    let maximize: Bool
    let constant: Double

    /// Copies `problem`, its objective multiplied by `objective`'s scale (1 by default).
    ///
    /// This is the one place a name reaches GLPK (`glp_set_prob_name`; rows and columns
    /// are not named): the problem's name, which carries a plan's name, is made safe as
    /// model files make it, so a newline, a tab, any other character or a length GLPK
    /// refuses never stops a solve.
    init(_ problem: Problem, objective scaling: IntegralObjective? = nil) {
        name = Problem.safeName(problem.name, fallback: "problem")
        maximize = problem.sense == .maximize
        constant = problem.objectiveConstant * (scaling?.scale ?? 1)
        let nnz = problem.nonzeroCount
        ia.reserveCapacity(nnz + 1)
        ja.reserveCapacity(nnz + 1)
        ar.reserveCapacity(nnz + 1)
        for v in problem.variables {
            colLower.append(v.lower)
            colUpper.append(v.upper)
            objective.append(scaling?.scaled(v.objective) ?? v.objective)
            kind.append(v.kind == .continuous ? 0 : v.kind == .integer ? 1 : 2)
        }
        for (i, row) in problem.rows.enumerated() {
            rowLower.append(row.lower)
            rowUpper.append(row.upper)
            for (j, c) in row.terms.terms {
                ia.append(Int32(i + 1))
                ja.append(Int32(j + 1))
                ar.append(c)
            }
        }
    }

    /// Calls `body` with a `pp_model` whose pointers stay valid for the call.
    func withModel<R>(_ body: (inout pp_model) -> R) -> R {
        name.withCString { cname in
            withColumns { cl, cu, ob, kd in
                withRowsAndMatrix { rl, ru, iap, jap, arp in
                    var model = pp_model(
                        name: cname, n_cols: Int32(colLower.count - 1), n_rows: Int32(rowLower.count - 1),
                        maximize: maximize ? 1 : 0, obj_const: constant,
                        col_lb: cl, col_ub: cu, obj: ob, col_kind: kd, row_lb: rl, row_ub: ru,
                        nnz: Int32(ar.count - 1), ia: iap, ja: jap, ar: arp)
                    return body(&model)
                }
            }
        }
    }

    private typealias Doubles = UnsafePointer<Double>?
    private typealias Ints = UnsafePointer<Int32>?

    private func withColumns<R>(_ body: (Doubles, Doubles, Doubles, Ints) -> R) -> R {
        colLower.withUnsafeBufferPointer { cl in
            colUpper.withUnsafeBufferPointer { cu in
                objective.withUnsafeBufferPointer { ob in
                    kind.withUnsafeBufferPointer { kd in
                        body(cl.baseAddress, cu.baseAddress, ob.baseAddress, kd.baseAddress)
                    }
                }
            }
        }
    }

    private func withRowsAndMatrix<R>(_ body: (Doubles, Doubles, Ints, Ints, Doubles) -> R) -> R {
        rowLower.withUnsafeBufferPointer { rl in
            rowUpper.withUnsafeBufferPointer { ru in
                ia.withUnsafeBufferPointer { iap in
                    ja.withUnsafeBufferPointer { jap in
                        ar.withUnsafeBufferPointer { arp in
                            body(rl.baseAddress, ru.baseAddress, iap.baseAddress, jap.baseAddress, arp.baseAddress)
                        }
                    }
                }
            }
        }
    }
}
