/// When each plant of a report is reviewed, built and first produces, in months numbered
/// from 1 = the plan's start.
///
/// Taken from an allocation's `construction_start` and `first_output` when the JSON
/// report has them; otherwise derived from the plan as its model defines them: a plant
/// started in phase p begins construction in month max(review, T_{p-1}) + 1 (its review
/// runs from the plan's start; building waits for the phase's money) and produces from
/// that month plus its build months.
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

    /// The schedule of the allocations of `document` (a JSON report) in `plan`.
    init(document: JSONValue, plan: Plan) {
        phaseEnds = plan.phases.indices.map { (plan.phases[$0].id, plan.monthsThrough(phase: $0)) }
        let ends = phaseEnds
        entries = (document["allocations"]?.items ?? []).compactMap { a in
            guard let siteID = a["site"]?.string, let typeID = a["type"]?.string, let phaseID = a["phase"]?.string,
                  let p = plan.phases.firstIndex(where: { $0.id == phaseID }),
                  let type = plan.factoryTypes.first(where: { $0.id == typeID }) else { return nil }
            let site = plan.sites.first { $0.id == siteID }
            let review = site.flatMap { plan.reviewMonths(site: $0, type: type) } ?? 0
            let month = { (key: String) in
                a[key]?.string.flatMap(YearMonth.init).map { plan.start.monthsThrough($0) }
            }
            let start = month("construction_start") ?? max(review, p == 0 ? 0 : ends[p - 1].month) + 1
            let output = month("first_output") ?? start + type.buildMonths
            return Entry(site: siteID, type: typeID, phase: phaseID, count: Int(a["count"]?.number ?? 1),
                         reviewMonths: review, constructionStart: start, firstOutput: output)
        }
    }
}

extension YearMonth {
    /// Month `m` of a plan that starts with this month (month 1 is this one).
    func nthMonth(_ m: Int) -> YearMonth {
        let index = year * 12 + month - 1 + m - 1
        return YearMonth(year: index / 12, month: index % 12 + 1)
    }
}
