import Foundation
public import MIP
internal import CGLPKShim

/// A text format for exporting a problem.
public enum ModelFileFormat: String, Sendable, CaseIterable {
    /// CPLEX LP text, read by glpsol (`--lp`), cbc and HiGHS.
    case lp
    /// Free MPS text, read by glpsol (`--freemps`), cbc and HiGHS.
    case mps
}

extension GLPKSolver {
    /// Writes `problem` to `path` in `format`, with names made safe for other solvers.
    ///
    /// MPS has no standard objective sense and its readers minimize, so a maximization
    /// is written as the minimization of the negated objective, and a comment at the top
    /// of the file says so (the optimum read back is the negated maximum). The file
    /// appears whole or not at all: it is written beside `path` and renamed.
    public static func write(_ problem: Problem, format: ModelFileFormat, to path: String) throws(SolverError) {
        try problem.validate()
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        var written = problem.withSafeNames()
        let negated = format == .mps && problem.sense == .maximize
        if negated {
            written.sense = .minimize
            written.objectiveConstant = -problem.objectiveConstant
            for j in written.variables.indices { written.setObjective(j, -problem.variables[j].objective) }
        }
        let layout = GLPKLayout(written, withNames: true)
        var message = [CChar](repeating: 0, count: 1024)
        let failed = layout.withModel { model in
            withUnsafePointer(to: &model) { mp in
                message.withUnsafeMutableBufferPointer { pp_write(mp, format == .lp ? 0 : 1, temporary, $0.baseAddress, 1024) }
            }
        }
        if failed != 0 {
            unlink(temporary)
            let text = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw .writeFailed(path: path, reason: text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if negated, let text = try? String(contentsOfFile: temporary, encoding: .utf8) {
            let note = "* Objective: the model maximizes; this file minimizes its negation\n"
            try? (note + text).write(toFile: temporary, atomically: false, encoding: .utf8)
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .writeFailed(path: path, reason: reason)
        }
    }
}
