/// When each plant of a report is reviewed, built and first produces, in months numbered
/// from 1 = the plan's start.
///
/// Taken from an allocation's `construction_start` and `first_output` when the JSON
/// report has them; otherwise from ``PlanEconomics``, which defines the plan's timeline.
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

    /// The schedule of the allocations of `document` (a JSON report) in `plan`.
    init(document: JSONValue, plan: Plan) {
        let economics = PlanEconomics(plan: plan)
        self.economics = economics
        phaseEnds = plan.phases.indices.map { (plan.phases[$0].id, economics.phaseEnds[$0]) }
        entries = (document["allocations"]?.items ?? []).compactMap { a in
            guard let siteID = a["site"]?.string, let typeID = a["type"]?.string, let phaseID = a["phase"]?.string,
                  let p = plan.phases.firstIndex(where: { $0.id == phaseID }),
                  let f = plan.factoryTypes.firstIndex(where: { $0.id == typeID }) else { return nil }
            let s = plan.sites.firstIndex { $0.id == siteID }
            let review = s.flatMap { plan.reviewMonths(site: plan.sites[$0], type: plan.factoryTypes[f]) } ?? 0
            let month = { (key: String) in a[key]?.string.flatMap(YearMonth.init).map(economics.monthNumber) }
            let start = month("construction_start")
                ?? s.map { economics.constructionStart(site: $0, type: f, phase: p) }
                ?? max(review, economics.phaseStart(p) - 1) + 1
            let output = month("first_output") ?? start + plan.factoryTypes[f].buildMonths
            return Entry(site: siteID, type: typeID, phase: phaseID, count: Int(a["count"]?.number ?? 1),
                         reviewMonths: review, constructionStart: start, firstOutput: output)
        }
    }
}
