/// What one allocation adds up to, from the plan's numbers: the site's state, and the
/// capex (with the site's cost index, at its builder's price), annual value and jobs of its
/// plants.
struct AllocationFigures {
    /// The site's state.
    var state: String
    /// Capital cost of the plants, in dollars.
    var capex: Double
    /// Annual output value of the plants, in dollars.
    var annualValue: Double
    /// Jobs at the plants.
    var jobs: Double

    /// The figures of `allocation` in `plan`; nil when the plan does not know its site or type.
    init?(_ allocation: Allocation, in plan: Plan) {
        guard let f = plan.factoryTypes.firstIndex(where: { $0.id == allocation.type }),
              let s = plan.sites.firstIndex(where: { $0.id == allocation.site }) else { return nil }
        let builder = allocation.builder.flatMap { id in plan.builders?.firstIndex { $0.id == id } }
        let count = Double(allocation.count), type = plan.factoryTypes[f]
        state = plan.sites[s].state
        capex = count * plan.capex(site: s, type: f, builder: builder)
        annualValue = count * type.annualValue
        jobs = count * type.jobs
    }

    /// The row `site, state, phase, type, count, capex, annual value, jobs` of `allocation`
    /// (with `builder` after `type` for a plan with builders), with `money` and `number`
    /// writing the amounts; figures the plan lacks are empty.
    static func row(
        _ allocation: Allocation, in plan: Plan, money: (Double) -> String, number: (Double) -> String
    ) -> [String] {
        let figures = AllocationFigures(allocation, in: plan)
        let state = figures?.state ?? plan.sites.first { $0.id == allocation.site }?.state ?? ""
        let amounts = figures.map { [money($0.capex), money($0.annualValue), number($0.jobs)] } ?? ["", "", ""]
        let builder = plan.builders == nil ? [] : [allocation.builder ?? ""]
        return [allocation.site, state, allocation.phase, allocation.type] + builder + [String(allocation.count)]
            + amounts
    }
}
