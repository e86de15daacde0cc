/// Checks that each `rules.require` entry can be met in some phase (constraint 13 of the
/// contract), naming why not when it cannot.
struct RequirementChecker {
    /// The plan after `select`.
    let plan: Plan
    /// Where each require entry is written, in order.
    let locations: [SourceLocation]
    /// The selected site ids.
    let sites: Set<String>
    /// The selected type ids.
    let types: Set<String>

    /// Throws for the first entry that cannot be met.
    func check() throws(PlanError) {
        for (requirement, location) in zip(plan.rules.require, locations) {
            if let reason = whyImpossible(requirement) {
                throw PlanError(
                    at: location,
                    "rules.require of \(requirement.count) '\(requirement.type)' at '\(requirement.site)' cannot be met: \(reason)",
                    hint: "drop the entry or change what stops it")
            }
        }
    }

    /// Why `requirement` can never be met, or nil when it can be in some phase.
    func whyImpossible(_ requirement: Requirement) -> String? {
        if !sites.contains(requirement.site) { return "site '\(requirement.site)' is not selected" }
        if !types.contains(requirement.type) { return "factory type '\(requirement.type)' is not selected" }
        guard requirement.count > 0,
              let site = plan.sites.first(where: { $0.id == requirement.site }),
              let type = plan.factoryTypes.first(where: { $0.id == requirement.type }) else { return nil }
        if let builders = plan.builders, !builders.contains(where: { $0.builds(type) }) {
            return "no builder builds '\(type.id)'"
        }
        if requirement.count > type.maxPerSite {
            return "count \(requirement.count) is above max_per_site \(type.maxPerSite) of '\(type.id)'"
        }
        guard plan.firstAllowedPhase(site: site, type: type) == nil, let last = plan.phases.indices.last else { return nil }
        // The last phase has the longest horizon, so its reason is the one that binds.
        return plan.whyNotAllowed(site: site, type: type, phase: last)?.description ?? "not allowed in any phase"
    }
}
