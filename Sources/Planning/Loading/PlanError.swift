/// A problem with a plan file or a `--set` override: where it is, what is wrong and how to
/// fix it.
///
/// Its ``description`` reads like a compiler diagnostic:
/// `seeds/x.yaml:12:5: error: unknown site id 'inll' in rules.require; did you mean 'inl'?`.
public struct PlanError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file the problem is in, or `--set` for a bad override.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The 1-based column, when known.
    public var column: Int?
    /// What is wrong.
    public var message: String
    /// How to fix it, e.g. "did you mean 'inl'?", when there is advice to give.
    public var hint: String?

    /// Creates an error.
    public init(file: String, line: Int? = nil, column: Int? = nil, message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// Creates an error at a place in a file; values given with `--set` have no line to name.
    public init(at location: SourceLocation, _ message: String, hint: String? = nil) {
        let fromOverride = location.file == Overrides.file
        self.init(file: location.file, line: fromOverride ? nil : location.line,
                  column: fromOverride ? nil : location.column, message: message, hint: hint)
    }

    /// `file:line:column: error: message; hint`, on one line: control characters that
    /// came from a plan (escape sequences, line breaks) are shown as `\u{1B}`, never sent
    /// to the terminal as they are.
    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        var text = "\(place): error: \(message)"
        if let hint, !hint.isEmpty { text += "; \(hint)" }
        return Self.visible(text)
    }

    /// `text` with each control character written as `\u{XX}`.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
