/// The plan settings that a relaxed solution would need, for the limits whose shortfall
/// the model measures in another unit than the one the plan is written in: a state's share
/// (a fraction of the total spend, measured in dollars of spend) and the investor's
/// `recoup_by` (a month, measured in dollars of profit share).
extension ElasticModel {
    /// The setting of `group`'s limit that the elastic solution `values` meets exactly:
    /// the state's share of the total spend for a state share row, the first month whose
    /// cumulative profit share covers the investment for a `recoup_by` row (nil when no
    /// month does); nil for every other limit.
    func neededSetting(for group: ConstraintGroup, values: [Double]) -> Double? {
        let columns = formulation.problem.variables.count
        guard values.count >= columns else { return nil }
        let reading = SolutionReading(
            plan: formulation.plan, formulation: formulation, values: Array(values.prefix(columns)))
        switch group {
        case .stateShare(let state):
            let total = reading.spend()
            guard total > 0 else { return nil }
            let sites = formulation.plan.sites.indices.filter { formulation.plan.sites[$0].state == state }
            return sites.reduce(0.0) { $0 + reading.spend(site: $1) } / total
        case .recoupBy:
            return recoupMonth(reading: reading, values: values).map(Double.init)
        default:
            return nil
        }
    }

    /// The first month y (counted from the plan's start) with share * P(y) >= I for the
    /// plants and the investment of the elastic solution; nil without a month that does
    /// within a century of the horizon.
    private func recoupMonth(reading: SolutionReading, values: [Double]) -> Int? {
        let plan = formulation.plan, economics = formulation.economics
        guard let sources = plan.funding, let j = sources.firstIndex(where: { $0.terms != nil }),
            let terms = sources[j].terms
        else { return nil }
        let invested =
            formulation.index.funding[j].compactMap { $0 }.reduce(0.0) { $0 + values[$1] } * Formulation.moneyScale
        let plants = reading.program.plants
        let last = (economics.horizon ?? economics.phaseEnds.last ?? 1) + 1200
        for y in 1...max(1, last) {
            let profit = plants.reduce(0.0) { sum, plant in
                sum + Double(plant.count)
                    * economics.cumulativeProfit(site: plant.site, type: plant.type, phase: plant.phase, through: y)
            }
            if terms.share * profit >= invested * (1 - 1e-7) { return y }
        }
        return nil
    }
}
