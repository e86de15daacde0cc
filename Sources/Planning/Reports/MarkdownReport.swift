/// A ``ReportDocument`` as GitHub-flavoured markdown: the title as a heading, the summary
/// as a paragraph, and each section as a second-level heading over a pipe table (numbers
/// aligned right). Characters markdown would read as markup are escaped.
struct MarkdownReport {
    /// The document to print.
    let document: ReportDocument

    /// The report, ending with a newline.
    var text: String {
        var blocks = ["# " + Self.escaped(document.title), Self.paragraph(document.summary)]
        if let message = document.message { blocks.append(Self.paragraph(message)) }
        for section in document.sections {
            blocks.append("## " + Self.escaped(section.title))
            blocks.append(table(section))
            blocks += section.notes.map(Self.paragraph)
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The section's pipe table; "(none)" without rows.
    private func table(_ section: ReportSection) -> String {
        guard !section.rows.isEmpty else { return "(none)" }
        let header = section.columns.map { Self.escaped($0.title) }
        let rule = section.columns.map { $0.numeric ? "---:" : "---" }
        let rows = section.rows.map { $0.map(Self.escaped) }
        return ([header, rule] + rows).map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
    }

    /// `text` as a paragraph of its own: ``escaped(_:)``, and a start that markdown would
    /// read as a list item or a heading (`- `, `+ `, `# `, `1. `) escaped too, so that a
    /// note reads as the sentence it is.
    static func paragraph(_ text: String) -> String {
        let line = escaped(text)
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if let first = line.first, "-+#=".contains(first) { return "\\" + line }
        if !digits.isEmpty, let mark = line.dropFirst(digits.count).first, mark == "." || mark == ")" {
            return digits + "\\" + line.dropFirst(digits.count)
        }
        return line
    }

    /// `text` on one line with `\`, `|`, `$`, `*`, `` ` ``, `<` and `>` escaped.
    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            if c.isNewline || c == "\t" {
                out.append(" ")
            } else {
                if "\\|$*`<>".contains(c) { out.append("\\") }
                out.append(c)
            }
        }
        return out
    }
}
