import Foundation
public import MIP
internal import CGLPKShim

/// A text format for exporting a problem.
public enum ModelFileFormat: String, Sendable, CaseIterable {
    /// CPLEX LP text, read by glpsol (`--lp`), cbc and HiGHS.
    case lp
    /// Free MPS text, read by glpsol (`--freemps`), cbc and HiGHS.
    ///
    /// Free MPS has no objective sense that glpsol 5.0 or cbc 2.10.8 read, and its readers
    /// minimize: a maximization is written as the minimization of its negated objective, and
    /// the file's first line says so. LP files keep the sense.
    ///
    /// The NAME line ends in `FREE` (`NAME problem FREE`): without it cbc 2.10.8 guesses
    /// fixed or free format line by line and, depending on the names' lengths, misreads
    /// lines such as ` UP BND1 y_1 1` or ` assign_10_10 job_10 1` and refuses the model.
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
        if failed == 0 && format == .mps && !markFreeFormat(temporary, negated: negated) {
            unlink(temporary)
            throw .writeFailed(path: path, reason: "could not mark the MPS file as free format")
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

    /// Appends `FREE` to the NAME line of the free MPS file at `path`, so that readers that
    /// guess the format line by line (cbc) read every line as free format (glpsol ignores
    /// it), and, for a `negated` maximization, puts a comment saying so on the first line.
    private static func markFreeFormat(_ path: String, negated: Bool) -> Bool {
        guard var data = FileManager.default.contents(atPath: path) else { return false }
        if negated { data.insert(contentsOf: Array("* Objective: the model maximizes; this file minimizes its negation\n".utf8), at: data.startIndex) }
        var start = data.startIndex
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
            if data[start..<end].starts(with: Array("NAME".utf8)) {
                data.replaceSubrange(end..<end, with: Array(" FREE".utf8))
                return FileManager.default.createFile(atPath: path, contents: data)
            }
            start = end < data.endIndex ? data.index(after: end) : end
        }
        return false
    }
}
