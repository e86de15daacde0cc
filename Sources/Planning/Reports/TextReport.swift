/// A ``ReportDocument`` as plain text for a terminal: the summary line, then each section's
/// title and its table in aligned columns (numbers to the right) under a dashed rule.
struct TextReport {
    /// The document to print.
    let document: ReportDocument

    /// The report, ending with a newline.
    var text: String {
        var lines = ["\(document.title): \(document.summary)"]
        if let message = document.message { lines.append(message) }
        for section in document.sections {
            lines += ["", section.title] + table(section) + section.notes.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The section's header, rule and rows, indented by two spaces; "(none)" without rows.
    private func table(_ section: ReportSection) -> [String] {
        guard !section.rows.isEmpty else { return ["  (none)"] }
        let header = section.columns.map(\.title)
        let rows = section.rows.map { $0.map(Self.oneLine) }
        let widths = section.columns.indices.map { c in ([header] + rows).map { $0[c].count }.max() ?? 0 }
        let rule = widths.map { String(repeating: "-", count: $0) }
        return TextTable.aligned([header, rule] + rows, rightAligned: section.columns.map(\.numeric)).map { "  " + $0 }
    }

    /// `cell` with line breaks and tabs as spaces, so that a row stays one line.
    private static func oneLine(_ cell: String) -> String {
        String(cell.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

}
