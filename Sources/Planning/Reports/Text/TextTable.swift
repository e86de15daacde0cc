/// Plain-text and Markdown tables: a header row, then data rows, text columns aligned
/// left and number columns right. Every aligned table the tool prints is laid out here.
enum TextTable {
    /// The rows as lines with columns padded to a common width, two spaces apart, without
    /// trailing spaces; the columns whose `rightAligned` flag is set are padded on the left.
    static func aligned(_ rows: [[String]], rightAligned: [Bool]) -> [String] {
        guard let header = rows.first else { return [] }
        let widths = header.indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in
            var line = Substring(row.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return rightAligned[c] ? pad + cell : cell + pad
            }.joined(separator: "  "))
            while line.last == " " { line = line.dropLast() }
            return String(line)
        }
    }

    /// The rows as aligned lines, the first `left` columns text and the rest numbers.
    static func aligned(_ rows: [[String]], left: Int) -> [String] {
        aligned(rows, rightAligned: (rows.first ?? []).indices.map { $0 >= left })
    }

    /// The rows as a Markdown table, the header first; the first `left` columns text.
    static func markdown(_ rows: [[String]], left: Int) -> [String] {
        guard let header = rows.first else { return [] }
        let rule = "|" + header.indices.map { $0 < left ? " --- |" : " ---: |" }.joined()
        return ["| " + header.joined(separator: " | ") + " |", rule]
            + rows.dropFirst().map { "| " + $0.joined(separator: " | ") + " |" }
    }
}
