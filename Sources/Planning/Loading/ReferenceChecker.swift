/// Checks what a decoded plan names and applies `select`: every referenced id must exist,
/// entries about what `select` leaves out are dropped with a warning, each (site, type)
/// pair that may be built needs a review duration, and each `require` must be possible.
struct ReferenceChecker {
    /// What the decoder recorded.
    let decoder: PlanDecoder
    /// Warnings in the order found, `file:line:column: warning: ...`.
    private(set) var warnings: [String] = []
    /// The warnings about `excludes`, `forbid` and `targets` entries that `select` makes
    /// moot (a subset of ``warnings``): harmless, so only `check` lists them.
    private(set) var mootEntries: [String] = []

    /// Creates a checker over a decoder's records.
    init(decoder: PlanDecoder) {
        self.decoder = decoder
    }

    /// Checks `plan` (holding all sites and types) and returns it filtered by `select`.
    mutating func check(_ plan: Plan) throws(PlanError) -> Plan {
        try checkReferences(plan)
        var result = plan
        let sites = Set(decoder.selectedSites ?? plan.sites.map(\.id))
        let types = Set(decoder.selectedTypes ?? plan.factoryTypes.map(\.id))
        result.sites = plan.sites.filter { sites.contains($0.id) }
        result.factoryTypes = plan.factoryTypes.filter { types.contains($0.id) }
        result.origins = decoder.locations
        dropUnselected(&result, types: types, sites: sites)
        try checkReviewDurations(result)
        try RequirementChecker(plan: result, locations: decoder.requireLocations, sites: sites, types: types).check()
        warnAboutUnlimitedResources(result)
        return result
    }

    private func checkReferences(_ plan: Plan) throws(PlanError) {
        let known: [Reference.Kind: [String]] = [
            .site: plan.sites.map(\.id), .factoryType: plan.factoryTypes.map(\.id),
            .phase: plan.phases.map(\.id), .reviewClass: Self.reviewClasses(of: plan),
        ]
        for reference in decoder.references.all where !(known[reference.kind] ?? []).contains(reference.id) {
            throw Self.unknown(reference, among: known[reference.kind] ?? [])
        }
    }

    /// The error for a reference to an id that `candidates` does not hold, with the closest ones.
    static func unknown(_ reference: Reference, among candidates: [String]) -> PlanError {
        let kind = reference.kind == .reviewClass ? "review classes" : "ids"
        var hint = Suggestions.hint(for: reference.id, among: candidates, kind: kind) ?? ""
        if reference.kind == .reviewClass { hint += "; give its months in review_months" }
        let message = "unknown \(reference.kind.rawValue) '\(reference.id)' in \(reference.field)"
        return PlanError(at: reference.location, message, hint: hint)
    }

    /// The review classes `plan` gives durations for: its own, then each site's.
    static func reviewClasses(of plan: Plan) -> [String] {
        var classes = Array(plan.reviewMonths.keys).sorted()
        for site in plan.sites { classes += site.reviewMonths.keys.sorted() }
        return classes
    }

    private mutating func warn(_ location: SourceLocation?, _ message: String, moot: Bool = false) {
        let warning = "\(location.map { "\($0): " } ?? "")warning: \(message)"
        warnings.append(warning)
        if moot { mootEntries.append(warning) }
    }

    private mutating func dropUnselected(_ plan: inout Plan, types: Set<String>, sites: Set<String>) {
        for index in plan.sites.indices {
            let site = plan.sites[index]
            let unselected = site.excludes.filter { !types.contains($0) }
            if !unselected.isEmpty {
                let names = unselected.map { "'\($0)'" }.joined(separator: ", ")
                warn(decoder.locations["sites.\(site.id)"],
                     "excludes of site '\(site.id)' names \(names), which select leaves out; "
                        + (unselected.count == 1 ? "it has" : "they have") + " no effect", moot: true)
            }
            plan.sites[index].excludes = site.excludes.filter { types.contains($0) }
        }
        var forbid: [Forbidden] = []
        for (entry, location) in zip(plan.rules.forbid, decoder.forbidLocations) {
            let missing = [entry.site.flatMap { sites.contains($0) ? nil : "site '\($0)'" },
                           entry.type.flatMap { types.contains($0) ? nil : "type '\($0)'" }].compactMap { $0 }
            if missing.isEmpty { forbid.append(entry); continue }
            let about = missing.joined(separator: " and ")
            warn(location, "rules.forbid entry about \(about), which select leaves out, has no effect", moot: true)
        }
        plan.rules.forbid = forbid
        var targets: [Target] = []
        for (target, location) in zip(plan.targets, decoder.targetLocations) {
            if types.contains(target.type) { targets.append(target); continue }
            warn(location, "targets entry for '\(target.type)', which select leaves out, has no effect and is dropped",
                 moot: true)
        }
        plan.targets = targets
        for type in plan.factoryTypes {
            for other in type.requires where !types.contains(other) {
                warn(decoder.locations["factory_types.\(type.id)"],
                     "factory type '\(type.id)' requires '\(other)', which select leaves out; no '\(type.id)' can be built")
            }
        }
    }

    private func checkReviewDurations(_ plan: Plan) throws(PlanError) {
        for type in plan.factoryTypes {
            for site in plan.sites where plan.reviewMonths(site: site, type: type) == nil {
                let excluded = site.excludes.contains(type.id)
                let forbidden = plan.rules.forbid.contains { $0.matches(site: site.id, type: type.id) }
                if excluded || forbidden { continue }
                let location = decoder.reviewLocations[type.id] ?? plan.origins["factory_types.\(type.id)"]
                throw PlanError(
                    at: location ?? SourceLocation(file: "<plan>", line: 1, column: 1),
                    "no review duration for class '\(type.review)' of factory type '\(type.id)' at site '\(site.id)'",
                    hint: "add \(type.review) to the plan's review_months or to review_months of site '\(site.id)'")
            }
        }
    }

    /// Resources that the types use and the sites do not limit. One that no site lists is
    /// one warning (a typo in `uses` looks like this), with the closest names the sites
    /// list; one that some sites list is a warning for each site that does not; a resource
    /// that sites list but no type uses is a warning only when it is close to one the types
    /// use (a typo in `capacity`).
    private mutating func warnAboutUnlimitedResources(_ plan: Plan) {
        let listed = Set(plan.sites.flatMap(\.capacity.keys))
        var users: [String: [String]] = [:]
        for type in plan.factoryTypes {
            for (resource, amount) in type.uses where amount > 0 { users[resource, default: []].append(type.id) }
        }
        let unused = listed.filter { users[$0] == nil }.sorted()
        var paired = Set<String>()
        for resource in users.keys.sorted() where !listed.contains(resource) {
            let types = users[resource, default: []]
            var hint = Suggestions.hint(for: resource, among: listed.sorted(), kind: "resources the sites list")
                .flatMap { $0.hasPrefix("did you mean") ? $0 : nil } ?? ""
            if let twin = Suggestions.closest(to: resource, among: unused, limit: 1).first,
               Suggestions.hint(for: resource, among: [twin])?.hasPrefix("did you mean") == true {
                paired.insert(twin)
                hint = "did you mean '\(twin)', which the sites list and no type uses?"
            }
            warn(plan.origins["factory_types.\(types[0])"],
                 "resource '\(resource)' that \(Self.using(types)) is limited at no site"
                    + (hint.isEmpty ? "" : "; " + hint))
        }
        for site in plan.sites {
            var unlimited: [String: [String]] = [:]
            for type in plan.factoryTypes where !site.excludes.contains(type.id) {
                for (resource, amount) in type.uses where amount > 0 && listed.contains(resource) {
                    if site.capacity[resource] == nil { unlimited[resource, default: []].append(type.id) }
                }
            }
            for resource in unlimited.keys.sorted() {
                let types = unlimited[resource, default: []]
                warn(plan.origins["sites.\(site.id)"],
                     "site '\(site.id)' does not limit \(resource), which \(Self.using(types))")
            }
        }
        for resource in unused where !paired.contains(resource) {
            let hint = Suggestions.hint(for: resource, among: users.keys.sorted(), kind: "resources the types use")
            guard let hint, hint.hasPrefix("did you mean"),
                  let site = plan.sites.first(where: { $0.capacity[resource] != nil }) else { continue }
            warn(plan.origins["sites.\(site.id)"],
                 "resource '\(resource)' in the capacity of site '\(site.id)' is used by no factory type; \(hint)")
        }
    }

    /// "type a uses", "types a, b use".
    private static func using(_ types: [String]) -> String {
        types.count == 1 ? "type \(types[0]) uses" : "types " + types.joined(separator: ", ") + " use"
    }
}
