import Foundation
public import MIP
internal import CGLPKShim

/// A text format for exporting a problem.
public enum ModelFileFormat: String, Sendable, CaseIterable {
    /// CPLEX LP text, read by glpsol (`--lp`), cbc and HiGHS.
    case lp
    /// Free MPS text, read by glpsol (`--freemps`), cbc and HiGHS.
    ///
    /// GLPK's free MPS has no objective sense: a maximization is written with its objective
    /// unchanged and is read back as a minimization unless the reader is told to maximize
    /// (`glpsol --freemps FILE --max`, `cbc FILE max solve`). LP files keep the sense.
    ///
    /// cbc 2.10.8 can misread free MPS lines that start with a long column name: with
    /// columns named `assign_10_10` (12 characters) it reported "Bad image" on those lines
    /// and refused the model, while the same file with names of at most 11 characters read
    /// fine. Keep column names short when the file is meant for cbc, or export LP.
    case mps
}

extension GLPKSolver {
    /// Writes `problem` to `path` in `format`, with names made safe for other solvers.
    ///
    /// The file appears whole or not at all: it is written beside `path` and renamed.
    public static func write(_ problem: Problem, format: ModelFileFormat, to path: String) throws(SolverError) {
        try problem.validate()
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        let layout = GLPKLayout(problem.withSafeNames(), withNames: true)
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
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .writeFailed(path: path, reason: reason)
        }
    }
}
