/// The allocations as one CSV table for spreadsheets: the header
/// `site,state,phase,type,count,capex,annual_value,jobs,construction_start,first_output,binding_limits`
/// (months as YYYY-MM) and a row per nonzero allocation, amounts in plain dollars rounded
/// to the cent; `binding_limits` names the site's resources that bind, separated by `;`
/// (empty when none). With builders, `builder` follows `type` (one row per builder of a
/// site, type and phase, its capex at the builder's price), and each row ends with its
/// builder's summary: `builder_capex`, `builder_commitment` (empty without one),
/// `builder_min_work` and `builder_binding_limits` (`commitment`, `min_work` and the full
/// phases, separated by `;`). Written by ``CSVText`` (RFC 4180, lines ending with LF).
struct CSVReport {
    /// The result to print.
    let result: PlanResult
    /// The plan it solves, for states and per-plant numbers.
    let plan: Plan

    /// The header's fields without builders.
    static let header = ["site", "state", "phase", "type", "count", "capex", "annual_value", "jobs",
                         "construction_start", "first_output", "binding_limits"]

    /// The fields each row of a plan with builders ends with.
    static let builderSummary = ["builder_capex", "builder_commitment", "builder_min_work", "builder_binding_limits"]

    /// The header of this report's plan.
    var header: [String] {
        guard plan.builders != nil else { return Self.header }
        return Array(Self.header[..<4]) + ["builder"] + Array(Self.header[4...]) + Self.builderSummary
    }

    /// The table, ending with a newline; the header alone without a solution.
    var text: String {
        CSVText.table([header] + rows)
    }

    private var rows: [[String]] {
        result.allocations.map { allocation in
            let binding = result.sites.first { $0.id == allocation.site }?.resources.filter(\.binds).map(\.name) ?? []
            return AllocationFigures.row(allocation, in: plan, money: Self.dollars, number: JSONValue.format)
                + [allocation.constructionStart, allocation.firstOutput].map { $0?.description ?? "" }
                + [binding.joined(separator: ";")] + builderSummary(of: allocation)
        }
    }

    /// The summary of the allocation's builder; nothing without builders.
    private func builderSummary(of allocation: Allocation) -> [String] {
        guard plan.builders != nil else { return [] }
        guard let builder = result.builders?.first(where: { $0.id == allocation.builder }) else {
            return ["", "", "", ""]
        }
        return [Self.dollars(builder.capex), builder.commitment.map(Self.dollars) ?? "", Self.dollars(builder.minWork),
                builder.bindingLimits.map { $0.replacingOccurrences(of: "max_plants_per_phase in ", with: "") }
                    .joined(separator: ";")]
    }

    /// Dollars rounded to the cent, without a fraction when whole.
    static func dollars(_ x: Double) -> String {
        JSONValue.format((x * 100).rounded() / 100)
    }
}
