/// An output format of `parkplan solve`.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Aligned columns for a terminal (the default): a summary line, then Allocation,
    /// Sites, Expansions (if any), Spend by phase and Totals, binding limits marked BINDS.
    case table
    /// The same sections as GitHub-flavoured markdown tables.
    case markdown
    /// One row per allocation, `site,state,phase,type,count,capex,annual_value,jobs,
    /// construction_start,first_output`, in plain dollars, for spreadsheets.
    case csv
    /// The JSON document of section 3 of the plan-format contract (``JSONReport``).
    case json

    /// Renders `result` (with its plan for names and phase/site order) in this format.
    ///
    /// The text ends with a newline. Without a solution, `table` and `markdown` print a
    /// summary and one line saying so, and `csv` only its header.
    public func render(_ result: PlanResult, plan: Plan) -> String {
        switch self {
        case .table: TextReport(document: ReportContent(result: result, plan: plan).document).text
        case .markdown: MarkdownReport(document: ReportContent(result: result, plan: plan).document).text
        case .csv: CSVReport(result: result, plan: plan).text
        case .json: JSONReport(result).text(pretty: true)
        }
    }
}
