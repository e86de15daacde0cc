/// Why a solved plan starts no plant in a phase, in a sentence for the report: the
/// phase's money, the lead times, or nothing left worth starting.
struct EmptyPhaseReason {
    /// The result.
    let result: PlanResult
    /// The plan it solves.
    let plan: Plan

    /// One sentence for each phase in which no plant starts, in phase order.
    var sentences: [String] {
        guard result.status.hasSolution else { return [] }
        return plan.phases.indices.compactMap { p in
            let id = plan.phases[p].id
            guard !result.allocations.contains(where: { $0.phase == id }) else { return nil }
            return "Nothing starts in \(id): \(reason(phase: p))."
        }
    }

    private func reason(phase p: Int) -> String {
        let id = plan.phases[p].id
        let startable = plan.sites.contains { site in
            plan.factoryTypes.contains { plan.isAllowed(site: site, type: $0, phase: p) }
        }
        if !startable {
            return "no factory type can finish its review and construction by the phase's end (\(plan.phases[p].ends)), so nothing may start (lead time)"
        }
        if let budget = result.budgets.first(where: { $0.id == id }), budget.binds {
            return "its budget leaves too little for one more plant (budget)"
        }
        if let total = result.budgets.first(where: { $0.id == "total" }), total.binds {
            return "the total budget leaves too little for one more plant (budget)"
        }
        return "every plant that could still start is held back by site limits, rules or targets, or adds no value to the objective"
    }
}
