/// An output format of `parkplan solve`.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Aligned columns for a terminal (the default): a summary line, then Allocation,
    /// Sites, Expansions (if any), Spend by phase and Totals, binding limits marked BINDS.
    case table
    /// The same sections as GitHub-flavoured markdown tables.
    case markdown
    /// One row per allocation, `site,state,phase,type,count,capex,annual_value,jobs,
    /// construction_start,first_output,binding_limits`, in plain dollars, for spreadsheets.
    case csv
    /// The JSON document of section 3 of the plan-format contract (``JSONReport``).
    case json
    /// An RFC 7946 GeoJSON FeatureCollection, one Point per selected site with coordinates
    /// (``GeoJSONReport``).
    case geojson
    /// One self-contained HTML page with a map, the allocation, spend, a timeline and,
    /// with money over time, the cash flow (``HTMLReport``).
    case html

    /// Renders `result` (with its plan for names and phase/site order) in this format;
    /// `html` also draws the plan's `risk` figures when given.
    ///
    /// The text ends with a newline. Without a solution, `table` and `markdown` print a
    /// summary and one line saying so, and `csv` only its header.
    public func render(_ result: PlanResult, plan: Plan, risk: RiskFigures? = nil) -> String {
        switch self {
        case .table: TextReport(document: ReportContent(result: result, plan: plan).document).text
        case .markdown: MarkdownReport(document: ReportContent(result: result, plan: plan).document).text
        case .csv: CSVReport(result: result, plan: plan).text
        case .json: JSONReport(result).text()
        case .geojson: GeoJSONReport(result: result, plan: plan).text
        case .html: HTMLReport(result: result, plan: plan, risk: risk).text
        }
    }

    /// Warnings about `plan` that this format's output raises: the map formats name the
    /// selected sites they leave out for want of coordinates.
    public func warnings(plan: Plan) -> [String] {
        guard self == .geojson || self == .html else { return [] }
        return GeoJSONReport.sitesWithoutCoordinates(in: plan).map {
            "site '\($0.id)' has no lat/lon; it is left out of the map"
        }
    }
}
