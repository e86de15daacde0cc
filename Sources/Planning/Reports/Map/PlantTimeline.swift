/// When each plant of a report is reviewed, built and first produces, in months numbered
/// from 1 = the plan's start.
///
/// Taken from an allocation's construction start and first output when the result has
/// them; otherwise from ``PlanEconomics``, which defines the plan's timeline.
struct PlantTimeline {
    /// One allocation entry's schedule.
    struct Entry {
        /// The site's id.
        var site: String
        /// The factory type's id.
        var type: String
        /// The phase's id.
        var phase: String
        /// How many plants share this schedule.
        var count: Int
        /// Months of review before construction may start (0 when unknown).
        var reviewMonths: Int
        /// The month construction starts.
        var constructionStart: Int
        /// The first producing month.
        var firstOutput: Int
    }

    /// The entries, in the report's allocation order.
    var entries: [Entry]
    /// The end month T_p of every phase, with its id, in order.
    var phaseEnds: [(id: String, month: Int)]
    /// The plan's calendar (month numbers to calendar months).
    let economics: PlanEconomics

    /// The schedule of the allocations of `result` in `plan`.
    init(result: PlanResult, plan: Plan) {
        let economics = PlanEconomics(plan: plan)
        self.economics = economics
        phaseEnds = plan.phases.indices.map { (plan.phases[$0].id, economics.phaseEnds[$0]) }
        entries = result.allocations.compactMap { a in
            guard let p = plan.phases.firstIndex(where: { $0.id == a.phase }),
                  let f = plan.factoryTypes.firstIndex(where: { $0.id == a.type }) else { return nil }
            let s = plan.sites.firstIndex { $0.id == a.site }
            let review = s.flatMap { plan.reviewMonths(site: plan.sites[$0], type: plan.factoryTypes[f]) } ?? 0
            let start = a.constructionStart.map(economics.monthNumber)
                ?? s.map { economics.constructionStart(site: $0, type: f, phase: p) }
                ?? max(review, economics.phaseStart(p) - 1) + 1
            let output = a.firstOutput.map(economics.monthNumber) ?? start + plan.factoryTypes[f].buildMonths
            return Entry(site: a.site, type: a.type, phase: a.phase, count: a.count,
                         reviewMonths: review, constructionStart: start, firstOutput: output)
        }
    }
}
