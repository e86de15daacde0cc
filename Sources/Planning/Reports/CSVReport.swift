/// The allocations as one CSV table for spreadsheets: the header
/// `site,state,phase,type,count,capex,annual_value,jobs,construction_start,first_output,binding_limits`
/// (months as YYYY-MM) and a row per nonzero allocation, amounts in plain dollars rounded
/// to the cent; `binding_limits` names, separated by `;`, the site's resources that bind,
/// `max_plants` or `max_plants_per_site` when the site's plant limit is reached, and
/// `max_per_site` when the row's type reached its limit at the site (empty when none).
/// With builders, `builder` follows `type` (one row per builder of a site, type and phase,
/// its capex at the builder's price), and each row ends with its builder's summary:
/// `builder_capex`, `builder_commitment` (empty without one), `builder_min_work` and
/// `builder_binding_limits` (`commitment`, `min_work` and the full phases, separated by `;`).
///
/// A plan with `economics` adds, after an empty line, its cash flow by year:
/// `year,spend,profit,plants_online,investor,others,program_net` (the investor's and the
/// others' columns only with terms; `program_net` the program's profit less its spend,
/// summed through the year), and a last row `total` with the sums through the horizon.
/// Written by ``CSVText`` (RFC 4180, lines ending with LF).
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
        CSVText.table([header] + rows) + cashFlow.map { "\n" + CSVText.table($0) }.joined()
    }

    /// The cash flow's header, years and total row; none without `economics`.
    private var cashFlow: [[[String]]] {
        guard let money = result.money, money.npv != nil, !money.cashFlow.isEmpty else { return [] }
        let terms = money.recoup != nil
        let header = ["year", "spend", "profit", "plants_online"] + (terms ? ["investor", "others"] : [])
            + ["program_net"]
        let years = zip(money.cashFlow, money.cashFlow.cumulativeNet).map { y, net -> [String] in
            [String(y.year), Self.dollars(y.spend), Self.dollars(y.profit), String(y.plantsOnline)]
                + (terms ? [Self.dollars(y.investor ?? 0), Self.dollars(y.others ?? 0)] : []) + [Self.dollars(net)]
        }
        let totals = money.cashFlowTotals
        let total = ["total", Self.dollars(totals.spend), Self.dollars(totals.profit), ""]
            + (terms ? [Self.dollars(totals.investor ?? 0), Self.dollars(totals.others ?? 0)] : [])
            + [Self.dollars(totals.net)]
        return [[header] + years + [total]]
    }

    private var rows: [[String]] {
        result.allocations.map { allocation in
            let binding = result.bindingLimits(of: allocation)
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
