/// Checks what a plan's `builders` name that the decoder cannot check alone: every state
/// code in a builder's `states` must be the state of some site of the plan (any site it
/// defines, `select` or not), and a target with a positive `min` may not name a selected
/// type that no builder builds (its plants could not be built).
struct BuilderChecker {
    /// What the decoder recorded.
    let decoder: PlanDecoder

    /// Checks `full`, the decoded plan before `select`, whose `select` keeps `types`.
    func check(_ full: Plan, selectedTypes types: Set<String>) throws(PlanError) {
        guard let builders = full.builders else { return }
        try checkStates(full)
        for (target, location) in zip(full.targets, decoder.targetLocations) {
            guard let min = target.min, min > 0, types.contains(target.type),
                !builders.contains(where: { $0.builds?.contains(target.type) ?? true })
            else { continue }
            throw PlanError(
                at: location, "target for '\(target.type)' has min \(min), but no builder builds '\(target.type)'",
                hint: "add '\(target.type)' to the builds of a builder, or lower the min to 0")
        }
    }

    private func checkStates(_ full: Plan) throws(PlanError) {
        var known: [String] = []
        for site in full.sites where !known.contains(site.state) { known.append(site.state) }
        for (state, location, builder) in decoder.stateReferences where !known.contains(state) {
            let hint = Suggestions.hint(for: state, among: known, kind: "states of the plan's sites") ?? ""
            throw PlanError(
                at: location, "state '\(state)' in states of \(builder) is the state of no site of the plan",
                hint: hint)
        }
    }
}
