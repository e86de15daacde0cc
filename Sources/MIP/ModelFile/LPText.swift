/// A ``Problem`` (with safe names) as CPLEX LP text, laid out line by line as GLPK 5.0's
/// `glp_write_lp` lays it out: terms wrapped before 72 characters, numbers with 15
/// significant digits, a range row as `row - ~r_I = lower` with `0 <= ~r_I <= width`
/// under Bounds, and every integer or binary column under Generals.
struct LPText {
    let problem: Problem
    let layout: ModelFileLayout

    init(_ problem: Problem) {
        self.problem = problem
        self.layout = ModelFileLayout(problem)
    }

    /// The file's text.
    var text: String {
        var out = "\\* Problem: \(problem.name) *\\\n\n"
        guard !problem.rows.isEmpty, !problem.variables.isEmpty else {
            return out + "\\* WARNING: PROBLEM HAS NO ROWS/COLUMNS *\\\n\nEnd\n"
        }
        out += problem.sense == .minimize ? "Minimize\n" : "Maximize\n"
        out += objective + "\n"
        out += "Subject To\n"
        for (i, row) in problem.rows.enumerated() where WrittenBounds(lower: row.lower, upper: row.upper) != .free {
            out += constraint(i, row)
        }
        out += "\n" + bounds + generals + "End\n"
        return out
    }

    private func name(_ j: Int) -> String { problem.variables[j].name }

    /// ` + 2 x`, ` - x`, ` + 0 x`: one term of a linear form.
    private func term(_ coefficient: Double, _ j: Int) -> String {
        switch coefficient {
        case 0: " + 0 \(name(j))"
        case 1: " + \(name(j))"
        case -1: " - \(name(j))"
        case let c where c > 0: " + \(Self.number(c)) \(name(j))"
        default: " - \(Self.number(-coefficient)) \(name(j))"
        }
    }

    /// The objective section's lines (` obj: ...`), with the constant as a comment.
    private var objective: String {
        var lines = Lines(start: " obj:")
        var written = 0
        for (j, variable) in problem.variables.enumerated()
        where variable.objective != 0 || layout.columnTerms[j].isEmpty {
            lines.append(term(variable.objective, j))
            written += 1
        }
        if written == 0 { lines.appendUnwrapped(" 0 \(name(0))") }
        var text = lines.text
        if problem.objectiveConstant != 0 {
            text += "\\* constant term = \(Self.number(problem.objectiveConstant)) *\\\n"
        }
        return text
    }

    /// The lines of row `i`: its terms, a range variable, the right-hand side.
    private func constraint(_ i: Int, _ row: Row) -> String {
        var lines = Lines(start: " \(row.name):")
        for (j, c) in layout.rowTerms[i] { lines.append(term(c, j)) }
        let bounds = WrittenBounds(lower: row.lower, upper: row.upper)
        if case .double = bounds {
            lines.append(" - ~r_\(i + 1)")
        } else if layout.rowTerms[i].isEmpty {
            lines.appendUnwrapped(" 0 \(name(0))")
        }
        switch bounds {
        case .lower(let l): lines.append(" >= \(Self.number(l))")
        case .upper(let u): lines.append(" <= \(Self.number(u))")
        case .double(let l, _), .fixed(let l): lines.append(" = \(Self.number(l))")
        case .free: break
        }
        return lines.text
    }

    /// The Bounds section (range rows first, then every column not simply `>= 0`), or
    /// nothing when there is none.
    private var bounds: String {
        var lines: [String] = []
        for (i, row) in problem.rows.enumerated() {
            if case .double(let l, let u) = WrittenBounds(lower: row.lower, upper: row.upper) {
                lines.append(" 0 <= ~r_\(i + 1) <= \(Self.number(u - l))")
            }
        }
        for (j, variable) in problem.variables.enumerated() {
            switch WrittenBounds(variable) {
            case .lower(0): continue
            case .free: lines.append(" \(name(j)) free")
            case .lower(let l): lines.append(" \(name(j)) >= \(Self.number(l))")
            case .upper(let u): lines.append(" -Inf <= \(name(j)) <= \(Self.number(u))")
            case .double(let l, let u): lines.append(" \(Self.number(l)) <= \(name(j)) <= \(Self.number(u))")
            case .fixed(let x): lines.append(" \(name(j)) = \(Self.number(x))")
            }
        }
        return lines.isEmpty ? "" : "Bounds\n" + lines.map { $0 + "\n" }.joined() + "\n"
    }

    /// The Generals section: every integer or binary column.
    private var generals: String {
        let names = problem.variables.indices.filter { problem.variables[$0].kind != .continuous }.map(name)
        return names.isEmpty ? "" : "Generals\n" + names.map { " \($0)\n" }.joined() + "\n"
    }

    /// A number with 15 significant digits, as `%.15g` prints it.
    static func number(_ x: Double) -> String { printfNumber("%.15g", x) }

    /// Lines built term by term, a new line begun before one would pass 72 characters.
    private struct Lines {
        private var done = ""
        private var line: String

        init(start: String) { line = start }

        mutating func append(_ term: String) {
            if line.utf8.count + term.utf8.count > 72 {
                done += line + "\n"
                line = ""
            }
            line += term
        }

        mutating func appendUnwrapped(_ term: String) { line += term }

        var text: String { done + line + "\n" }
    }
}
