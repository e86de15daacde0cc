/// What `parkplan check` reports about a plan without solving it: the size of its model
/// and warnings about parts of the plan that can never matter.
public struct PlanCheck: Sendable {
    /// Selected sites, factory types and phases.
    public var sites: Int, factoryTypes: Int, phases: Int
    /// The builders, nil for a plan without them.
    public var builders: Int?
    /// Model size: allowed triples out of all, variables and rows.
    public var counts: FormulationCounts
    /// Warnings: the loader's, then those found from the model.
    public var warnings: [String]
    /// What the `uncertainty` section holds, a line each; empty without one.
    public var uncertainty: [String]
    /// How many of them are about entries `select` makes moot, which solving does not mention.
    public var mootEntries: Int

    /// Checks `loaded` (its loader warnings are kept first).
    public init(_ loaded: LoadedPlan) {
        let plan = loaded.plan
        let formulation = Formulation(plan: plan)
        sites = plan.sites.count
        factoryTypes = plan.factoryTypes.count
        phases = plan.phases.count
        builders = plan.builders?.count
        counts = formulation.counts
        mootEntries = loaded.mootEntries.count
        warnings = loaded.warnings + PlanCheck.typesAllowedNowhere(plan) + PlanCheck.unusableSites(plan)
            + PlanCheck.targetsAboveCapacity(plan) + PlanCheck.typesNoBuilderBuilds(plan) + PlanCheck.idleBuilders(plan)
        uncertainty = plan.uncertainty.map(PlanCheck.describe) ?? []
        if plan.uncertainty?.optimize != nil {
            warnings.append(
                "warning: uncertainty.optimize is checked but not acted on yet: solve and risk use the plan as written")
        }
    }

    /// The uncertainty section in a few lines: its scenarios and their multipliers.
    static func describe(_ uncertainty: Uncertainty) -> [String] {
        switch uncertainty.scenarios {
        case .sample(let count, let seed, let multipliers):
            let tables = [("capex", multipliers.capex), ("review_months", multipliers.reviewMonths),
                          ("build_months", multipliers.buildMonths), ("profit", multipliers.profit)]
            return ["uncertainty: \(count) sampled scenario\(count == 1 ? "" : "s"), seed \(seed)"]
                + tables.filter { !$0.1.isEmpty }.map { name, table in
                    let entries = (table.fallback.map { [(MultiplierTable.defaultKey, $0)] } ?? [])
                        + table.byKey.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
                    return "  \(name): " + entries.map { "\($0.0) \(text($0.1))" }.joined(separator: ", ")
                }
        case .listed(let scenarios):
            let total = scenarios.reduce(0) { $0 + $1.weight }
            return ["uncertainty: \(scenarios.count) listed scenario\(scenarios.count == 1 ? "" : "s"): "
                + scenarios.map { "\($0.id) (\((($0.weight / total) * 1000).rounded() / 10)%)" }.joined(separator: ", ")]
        }
    }

    private static func text(_ multiplier: Multiplier) -> String {
        switch multiplier {
        case .fixed(let x): x.plain
        case .quantiles(let a, let b): "{p50: \(a.plain), p90: \(b.plain)}"
        }
    }

    /// `file:line:column: ` of the entry `key` (e.g. `builders.toshiba`), or nothing when unknown.
    private static func place(_ plan: Plan, _ key: String) -> String {
        plan.origins[key].map { "\($0): " } ?? ""
    }

    /// A selected factory type that no builder builds: none of its plants can be built.
    static func typesNoBuilderBuilds(_ plan: Plan) -> [String] {
        plan.typesNoBuilderBuilds.map { type in
            place(plan, "factory_types.\(type.id)")
                + "warning: no builder builds factory type '\(type.id)', so none of its plants can be built; "
                + "add it to the builds of a builder"
        }
    }

    /// A builder that can build nothing the plan selects, and why.
    static func idleBuilders(_ plan: Plan) -> [String] {
        (plan.builders ?? []).compactMap { builder in
            let types = plan.factoryTypes.filter(builder.builds)
            let sites = plan.sites.filter(builder.worksAt)
            let why: String
            if types.isEmpty {
                why = "it builds none of the selected factory types (\(builder.builds?.joined(separator: ", ") ?? ""))"
            } else if sites.isEmpty {
                why = "no selected site is in its states (\(builder.states?.joined(separator: ", ") ?? ""))"
            } else if sites.allSatisfy({ site in
                types.allSatisfy { plan.firstAllowedPhase(site: site, type: $0) == nil }
            }) {
                why = "none of its types is allowed at the selected sites in its states in any phase"
            } else {
                return nil
            }
            return place(plan, "builders.\(builder.id)")
                + "warning: builder '\(builder.id)' can build nothing the plan selects: \(why)"
        }
    }

    /// A factory type that no site can take in any phase, and why for each site.
    static func typesAllowedNowhere(_ plan: Plan) -> [String] {
        plan.factoryTypes.compactMap { type in
            guard plan.sites.allSatisfy({ plan.firstAllowedPhase(site: $0, type: type) == nil }), !plan.sites.isEmpty else { return nil }
            let last = plan.phases.count - 1
            let reasons = Dictionary(grouping: plan.sites) { site in
                plan.whyNotAllowed(site: site, type: type, phase: last)?.description ?? "not allowed"
            }
            let why = reasons.keys.sorted().map { reason in
                "\(reason) (\(reasons[reason]!.map(\.id).joined(separator: ", ")))"
            }.joined(separator: "; ")
            return "warning: factory type '\(type.id)' is allowed at no site in any phase: \(why)"
        }
    }

    /// A site where no factory type is allowed in any phase.
    static func unusableSites(_ plan: Plan) -> [String] {
        plan.sites.compactMap { site in
            plan.factoryTypes.contains { plan.firstAllowedPhase(site: site, type: $0) != nil } ? nil
                : "warning: site '\(site.id)' can take no factory type in any phase (excludes, forbid rules or lead times); nothing can use it"
        }
    }

    /// A target minimum above the plants the allowed sites could hold (by `max_per_site`,
    /// ignoring resources and budgets).
    static func targetsAboveCapacity(_ plan: Plan) -> [String] {
        plan.targets.compactMap { target in
            guard let min = target.min, let type = plan.factoryTypes.first(where: { $0.id == target.type }) else { return nil }
            let room = plan.sites.filter { plan.firstAllowedPhase(site: $0, type: type) != nil }.count * type.maxPerSite
            return min > room
                ? "warning: target '\(type.id)' min \(min) is above what the allowed sites can hold (\(room) = sites where it is allowed x max_per_site \(type.maxPerSite)); the plan is infeasible"
                : nil
        }
    }

    /// The report `parkplan check` prints.
    public var text: String {
        let share = counts.allTriples == 0 ? 0 : Double(counts.allowedTriples) / Double(counts.allTriples) * 100
        var lines = [
            "sites: \(sites), factory types: \(factoryTypes), phases: \(phases)"
                + (builders.map { ", builders: \($0)" } ?? ""),
            "allowed site-type-phase triples: \(counts.allowedTriples) of \(counts.allTriples) (\(Int(share.rounded()))%)",
            "model: \(counts.variables) variables, \(counts.rows) rows",
        ] + uncertainty
        lines.append(warnings.isEmpty ? "no warnings" : "\(warnings.count) warning\(warnings.count == 1 ? "" : "s"):")
        lines += warnings.map { "  " + $0 }
        if mootEntries > 0 {
            let them = mootEntries == warnings.count ? "All of them are" : "\(mootEntries) of them are"
            lines.append("\(them) about entries that select makes moot: harmless, and solve does not mention them.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
