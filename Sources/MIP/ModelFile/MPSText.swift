import Foundation

/// A ``Problem`` (with safe names) as free MPS text, laid out as GLPK 5.0's
/// `glp_write_mps` lays it out.
///
/// It writes comment records with the problem's size, the objective
/// row `R0000000`, integer columns between `MARKER` records, two entries a line, numbers
/// in at most 12 characters. A maximization is written negated (see ``ModelFileFormat``)
/// and the NAME record ends in `FREE`.
struct MPSText {
    /// The problem as written: minimized, without unbounded rows.
    let problem: Problem
    /// True when the objective was negated to turn a maximization into a minimization.
    let negated: Bool
    let layout: ModelFileLayout

    init(_ original: Problem) {
        var problem = original
        negated = original.sense == .maximize
        if negated {
            problem.sense = .minimize
            problem.objectiveConstant = -original.objectiveConstant
            for j in problem.variables.indices { problem.setObjective(j, -original.variables[j].objective) }
        }
        problem.rows.removeAll { WrittenBounds(lower: $0.lower, upper: $0.upper) == .free }
        self.problem = problem
        self.layout = ModelFileLayout(problem)
    }

    static let objectiveRow = "R0000000"

    /// The file's text.
    var text: String {
        var out = negated ? "* Objective: the model maximizes; this file minimizes its negation\n" : ""
        out += header
        out += "ROWS\n N \(Self.objectiveRow)\n"
        for row in problem.rows {
            let type =
                switch WrittenBounds(lower: row.lower, upper: row.upper) {
                case .lower: "G"
                case .upper: "L"
                case .double, .fixed: "E"
                case .free: "N"
                }
            out += " \(type) \(row.name)\n"
        }
        return out + columns + rightHandSides + ranges + bounds + "ENDATA\n"
    }

    /// The comment records and the NAME record.
    private var header: String {
        let integers = problem.variables.filter { $0.kind != .continuous }
        let binaries = integers.filter { WrittenBounds($0) == .double(0, 1) }.count
        let columns =
            integers.isEmpty
            ? "\(problem.variables.count)"
            : "\(problem.variables.count) (\(integers.count) integer, \(binaries) binary)"
        return [
            ("Problem:", problem.name), ("Class:", integers.isEmpty ? "LP" : "MIP"),
            ("Rows:", "\(problem.rows.count)"), ("Columns:", columns),
            ("Non-zeros:", "\(layout.rowTerms.reduce(0) { $0 + $1.count })"), ("Format:", "Free MPS"),
        ]
        .map { "* " + $0.0.padding(toLength: 12, withPad: " ", startingAt: 0) + $0.1 + "\n" }.joined()
            + "*\nNAME \(problem.name) FREE\n"
    }

    /// The COLUMNS section: each column's objective coefficient and coefficients, integer
    /// columns between markers.
    private var columns: String {
        var out = "COLUMNS\n"
        var marker = 0
        func mark(_ word: String) {
            marker += 1
            out += String(format: " M%07d 'MARKER' '%@'\n", marker, word)
        }
        for (j, variable) in problem.variables.enumerated() {
            if variable.kind == .continuous, marker % 2 == 1 { mark("INTEND") }
            if variable.kind != .continuous, marker % 2 == 0 { mark("INTORG") }
            var entries = layout.columnTerms[j].map { (problem.rows[$0.0].name, $0.1) }
            if variable.objective != 0 { entries.insert((Self.objectiveRow, variable.objective), at: 0) }
            if entries.isEmpty {
                out += " \(variable.name) \(problem.rows.first?.name ?? Self.objectiveRow) 0 $ empty column\n"
            }
            out += Self.pairs(entries, label: variable.name)
        }
        if marker % 2 == 1 { mark("INTEND") }
        return out
    }

    /// The RHS section: the objective's constant and every nonzero right-hand side.
    private var rightHandSides: String {
        var entries: [(String, Double)] = []
        if problem.objectiveConstant != 0 { entries.append((Self.objectiveRow, problem.objectiveConstant)) }
        for row in problem.rows {
            let rhs: Double =
                switch WrittenBounds(lower: row.lower, upper: row.upper) {
                case .lower(let l), .double(let l, _), .fixed(let l): l
                case .upper(let u): u
                case .free: 0
                }
            if rhs != 0 { entries.append((row.name, rhs)) }
        }
        return "RHS\n" + Self.pairs(entries, label: "RHS1")
    }

    /// The RANGES section, when some row has two different finite bounds.
    private var ranges: String {
        let entries = problem.rows.compactMap { row -> (String, Double)? in
            guard case .double(let l, let u) = WrittenBounds(lower: row.lower, upper: row.upper) else { return nil }
            return (row.name, u - l)
        }
        return entries.isEmpty ? "" : "RANGES\n" + Self.pairs(entries, label: "RNG1")
    }

    /// The BOUNDS section, when some column is not a continuous `>= 0`.
    private var bounds: String {
        var lines: [String] = []
        for variable in problem.variables {
            let integer = variable.kind != .continuous
            func line(_ type: String, _ value: Double? = nil) {
                lines.append(" \(type) BND1 \(variable.name)" + (value.map { " " + Self.number($0) } ?? ""))
            }
            switch WrittenBounds(variable) {
            case .free: line("FR")
            case .lower(let l):
                if l != 0 { line("LO", l) }
                if integer { line("PL") }
            case .upper(let u):
                line("MI")
                line("UP", u)
            case .double(let l, let u):
                if l != 0 { line("LO", l) }
                line("UP", u)
            case .fixed(let x): line("FX", x)
            }
        }
        let needed = problem.variables.contains { $0.kind != .continuous || WrittenBounds($0) != .lower(0) }
        return needed ? "BOUNDS\n" + lines.map { $0 + "\n" }.joined() : ""
    }

    /// `(name, value)` entries two a line after `label`: ` label name value name value`.
    private static func pairs(_ entries: [(String, Double)], label: String) -> String {
        stride(from: 0, to: entries.count, by: 2).map { k in
            " \(label)" + entries[k..<min(k + 2, entries.count)].map { " \($0.0) \(number($0.1))" }.joined() + "\n"
        }.joined()
    }

    /// A number in at most 12 characters: the most significant digits (12 down to 6) that
    /// fit, in exponent form below 0.002, the exponent without sign or leading zeros.
    static func number(_ x: Double) -> String {
        var text = ""
        for digits in stride(from: 12, through: 6, by: -1) {
            text = x != 0 && abs(x) < 0.002 ? printfNumber("%.\(digits - 1)E", x) : printfNumber("%.\(digits)G", x)
            if let e = text.firstIndex(of: "E"), let exponent = Int(text[text.index(after: e)...]) {
                text = String(text[...e]) + String(exponent)
            }
            if text.utf8.count <= 12 { break }
        }
        return text
    }
}
