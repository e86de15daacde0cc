/// The allocations as one CSV table for spreadsheets: the header
/// `site,state,phase,type,count,capex,annual_value,jobs,construction_start,first_output,binding_limits`
/// (months as YYYY-MM) and a row per nonzero allocation, amounts in plain dollars rounded
/// to the cent; `binding_limits` names the site's resources that bind, separated by `;`
/// (empty when none). Written by ``CSVText`` (RFC 4180, lines ending with LF).
struct CSVReport {
    /// The result to print.
    let result: PlanResult
    /// The plan it solves, for states and per-plant numbers.
    let plan: Plan

    /// The header's fields.
    static let header = ["site", "state", "phase", "type", "count", "capex", "annual_value", "jobs",
                         "construction_start", "first_output", "binding_limits"]

    /// The table, ending with a newline; the header alone without a solution.
    var text: String {
        CSVText.table([Self.header] + rows)
    }

    private var rows: [[String]] {
        result.allocations.map { allocation in
            let binding = result.sites.first { $0.id == allocation.site }?.resources.filter(\.binds).map(\.name) ?? []
            return AllocationFigures.row(allocation, in: plan, money: Self.dollars, number: JSONValue.format)
                + [allocation.constructionStart, allocation.firstOutput].map { $0?.description ?? "" }
                + [binding.joined(separator: ";")]
        }
    }

    /// Dollars rounded to the cent, without a fraction when whole.
    static func dollars(_ x: Double) -> String {
        JSONValue.format((x * 100).rounded() / 100)
    }
}
