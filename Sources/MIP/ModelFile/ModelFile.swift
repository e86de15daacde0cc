import Foundation

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

/// A ``Problem`` as a model file other solvers read, written in Swift so that exporting
/// needs no solver library.
///
/// The layout is the one GLPK 5.0's own writers use (the same
/// bytes for the same problem), with names made safe by ``Problem/withSafeNames()``.
public enum ModelFile {
    /// The text of `problem` in `format`.
    ///
    /// MPS has no standard objective sense and its readers minimize, so a maximization
    /// is written as the minimization of the negated objective, and a comment at the top
    /// of the file says so (the optimum read back is the negated maximum). Rows without
    /// bounds limit nothing and are left out of an MPS file, whose readers would take the
    /// first of them for the objective.
    public static func text(of problem: Problem, format: ModelFileFormat) throws(SolverError) -> String {
        try problem.validate()
        let safe = problem.withSafeNames()
        switch format {
        case .lp: return LPText(safe).text
        case .mps: return MPSText(safe).text
        }
    }

    /// Writes `problem` to `path` in `format` (see ``text(of:format:)``).
    ///
    /// The file appears whole or not at all: it is written beside `path` and renamed. Only a
    /// regular file is replaced: a link, a device, a pipe or a folder at `path` is refused, so
    /// that nothing but a model file is ever overwritten.
    public static func write(_ problem: Problem, format: ModelFileFormat, to path: String) throws(SolverError) {
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            throw .writeFailed(path: path, reason: "it exists and is not a regular file")
        }
        let bytes = Data(try text(of: problem, format: format).utf8)
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        guard FileManager.default.createFile(atPath: temporary, contents: bytes) else {
            throw .writeFailed(path: path, reason: "cannot create a file in its folder")
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .writeFailed(path: path, reason: reason)
        }
    }
}

/// How a row or column is bounded in a model file: GLPK's five bound types.
enum WrittenBounds: Equatable {
    /// No bound.
    case free
    /// `x >= lower`.
    case lower(Double)
    /// `x <= upper`.
    case upper(Double)
    /// `lower <= x <= upper`, lower below upper.
    case double(Double, Double)
    /// `x = value`.
    case fixed(Double)

    /// The bounds `lower...upper`, either end possibly infinite.
    init(lower: Double, upper: Double) {
        switch (lower.isInfinite, upper.isInfinite) {
        case (true, true): self = .free
        case (false, true): self = .lower(lower)
        case (true, false): self = .upper(upper)
        case (false, false): self = lower == upper ? .fixed(lower) : .double(lower, upper)
        }
    }

    /// The bounds of `variable`: a binary's are its bounds rounded into [0, 1].
    init(_ variable: Variable) {
        guard variable.kind == .binary else {
            self.init(lower: variable.lower, upper: variable.upper)
            return
        }
        let lower: Double = variable.lower > 0 ? 1 : 0, upper: Double = variable.upper < 1 ? 0 : 1
        self = lower == upper ? .fixed(lower) : .double(lower, upper)
    }

    /// The lower bound, if finite.
    var lowerBound: Double? {
        switch self {
        case .lower(let l), .double(let l, _), .fixed(let l): l
        case .free, .upper: nil
        }
    }
}

/// The layout both writers share: the nonzero coefficients of each row and column in the
/// order GLPK keeps them (a row's by descending column, a column's by descending row).
struct ModelFileLayout {
    /// rowTerms[i]: the row's nonzero (column, coefficient) pairs, by descending column.
    let rowTerms: [[(Int, Double)]]
    /// columnTerms[j]: the column's nonzero (row, coefficient) pairs, by descending row.
    let columnTerms: [[(Int, Double)]]

    init(_ problem: Problem) {
        rowTerms = problem.rows.map { $0.terms.terms.filter { $0.1 != 0 }.reversed() }
        var columns = [[(Int, Double)]](repeating: [], count: problem.variables.count)
        for (i, terms) in rowTerms.enumerated().reversed() {
            for (j, c) in terms { columns[j].append((i, c)) }
        }
        columnTerms = columns
    }
}

/// `x` through C's `printf` with `format`, one `double` conversion such as `%.15g`.
func printfNumber(_ format: String, _ x: Double) -> String {
    String(format: format, x)
}
