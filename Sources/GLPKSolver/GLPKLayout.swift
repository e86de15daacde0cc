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
    let name: String
    let colNames: [String]?
    let rowNames: [String]?
    let maximize: Bool
    let constant: Double

    /// Copies `problem`; names are carried only when `withNames` (for writing files). The
    /// objective is multiplied by `objective`'s scale (1 by default).
    init(_ problem: Problem, withNames: Bool = false, objective scaling: IntegralObjective? = nil) {
        name = problem.name
        maximize = problem.sense == .maximize
        constant = problem.objectiveConstant * (scaling?.scale ?? 1)
        colNames = withNames ? [""] + problem.variables.map(\.name) : nil
        rowNames = withNames ? [""] + problem.rows.map(\.name) : nil
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
        withCStrings(colNames) { cols in
            withCStrings(rowNames) { rows in
                name.withCString { cname in
                    withColumns { cl, cu, ob, kd in
                        withRowsAndMatrix { rl, ru, iap, jap, arp in
                            var model = pp_model(
                                name: cname, n_cols: Int32(colLower.count - 1), n_rows: Int32(rowLower.count - 1),
                                maximize: maximize ? 1 : 0, obj_const: constant,
                                col_lb: cl, col_ub: cu, obj: ob, col_kind: kd, row_lb: rl, row_ub: ru,
                                nnz: Int32(ar.count - 1), ia: iap, ja: jap, ar: arp,
                                col_names: cols, row_names: rows)
                            return body(&model)
                        }
                    }
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

/// Calls `body` with a C array of C strings for `strings` (nil for nil).
private func withCStrings<R>(_ strings: [String]?, _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
    guard let strings else { return body(nil) }
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    let pointers = copies.map { UnsafePointer($0) }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
}
