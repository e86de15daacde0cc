/// A report before it is printed: a title, a summary line, and sections of tables. The
/// text and markdown formats print the same document in their own syntax.
struct ReportDocument {
    /// The plan's name.
    var title: String
    /// The status, objective and solve time in one line.
    var summary: String
    /// Why there is nothing more to show (no solution), else nil.
    var message: String?
    /// The sections, in print order.
    var sections: [ReportSection]
}

/// A titled table, with notes printed under it.
struct ReportSection {
    /// The section's heading, e.g. "Allocation".
    var title: String
    /// The table's columns.
    var columns: [ReportColumn]
    /// The cells, one array of `columns.count` strings a row.
    var rows: [[String]]
    /// Sentences printed after the table.
    var notes: [String] = []
}

/// A column of a report table.
struct ReportColumn {
    /// The header text.
    var title: String
    /// True for numbers, which align right.
    var numeric: Bool = false

    /// A left-aligned text column.
    static func text(_ title: String) -> ReportColumn { ReportColumn(title: title) }

    /// A right-aligned number column.
    static func number(_ title: String) -> ReportColumn { ReportColumn(title: title, numeric: true) }
}
