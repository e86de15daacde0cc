/// Plain-text and Markdown tables for the analysis reports: a header row, then data rows;
/// the first `left` columns are text (left-aligned), the rest numbers (right-aligned).
public enum TextTable {
    /// The rows as lines with columns padded to a common width, two spaces apart.
    public static func aligned(_ rows: [[String]], left: Int) -> [String] {
        guard let header = rows.first else { return [] }
        let widths = header.indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return c < left ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
    }

    /// The rows as a Markdown table, the header first.
    public static func markdown(_ rows: [[String]], left: Int) -> [String] {
        guard let header = rows.first else { return [] }
        let rule = "|" + header.indices.map { $0 < left ? " --- |" : " ---: |" }.joined()
        return ["| " + header.joined(separator: " | ") + " |", rule]
            + rows.dropFirst().map { "| " + $0.joined(separator: " | ") + " |" }
    }
}
