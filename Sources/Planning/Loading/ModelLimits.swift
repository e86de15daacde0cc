/// The sizes a plan's model can hold, checked once when a plan is loaded so that every
/// command (`check`, `solve`, `export`, ...) refuses the same plans with the same message.
///
/// The search builds one binary per plant a site could hold of a type ("at least j plants
/// of f at s", j = 1...max_per_site), so `max_per_site` sets the model's size.
public enum ModelLimits {
    /// The largest `max_per_site` of a factory type.
    public static let maxPerSite = 1_000
    /// The most plant levels a plan may have: `max_per_site` summed over the site-type
    /// pairs where the type is allowed in some phase.
    public static let plantLevels = 100_000
    /// The largest whole number any count of a plan may have (targets, require counts,
    /// plant and site limits): far above any real program, and exact in every sum.
    public static let count = 1_000_000_000

    /// Refuses a plan without sites or factory types (after `select`) and a plan whose
    /// plant levels exceed ``plantLevels``.
    static func check(_ plan: Plan, file: String) throws(PlanError) {
        let top = SourceLocation(file: file, line: 1, column: 1)
        if plan.sites.isEmpty {
            throw PlanError(at: top, "the plan has no sites, so there is nothing to plan",
                            hint: "add sites: or include a catalog with sites (e.g. include: [../sites/federal-sites.yaml])")
        }
        if plan.factoryTypes.isEmpty {
            throw PlanError(at: top, "the plan has no factory types, so there is nothing to plan",
                            hint: "add factory_types: or include a catalog with them (e.g. include: [../sites/factory-types.yaml])")
        }
        var levels = 0
        var perType: [(type: FactoryType, levels: Int)] = []
        for type in plan.factoryTypes {
            let sites = plan.sites.filter { plan.firstAllowedPhase(site: $0, type: type) != nil }.count
            perType.append((type, sites * type.maxPerSite))
            levels += sites * type.maxPerSite
        }
        guard levels > plantLevels, let largest = perType.max(by: { $0.levels < $1.levels }) else { return }
        let location = plan.origins["factory_types.\(largest.type.id)"] ?? top
        throw PlanError(
            at: location,
            "the plan allows \(levels) plants in all (max_per_site times the sites where each type is allowed), "
                + "above the \(plantLevels) the model can hold; factory type '\(largest.type.id)' alone allows \(largest.levels)",
            hint: "lower max_per_site of '\(largest.type.id)' (now \(largest.type.maxPerSite)) or select fewer sites")
    }
}
