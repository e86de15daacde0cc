/// Reads the `rules:` mapping of a plan.
extension PlanDecoder {
    /// Decodes the rules, recording the ids `require` and `forbid` name.
    mutating func decodeRules(_ fields: FieldReader) throws(PlanError) -> Rules {
        guard let node = fields.value("rules") else { return Rules() }
        let rules = try FieldReader(node, schema: .rules, context: "rules")
        var result = Rules(
            maxPlantsPerSite: try rules.optional("max_plants_per_site", .count),
            maxStateShare: try rules.optional("max_state_share", .number(in: 0...1)),
            minStates: try rules.optional("min_states", .count),
            minSites: try rules.optional("min_sites", .count),
            maxSites: try rules.optional("max_sites", .count)
        )
        if let low = result.minSites, let high = result.maxSites, low > high {
            throw PlanError(at: rules.location("min_sites"), "rules.min_sites \(low) is above rules.max_sites \(high)",
                            hint: "make min_sites at most max_sites")
        }
        for item in try rules.value("require")?.list("rules.require") ?? [] {
            let entry = try FieldReader(item, schema: .requirement, context: "a rules.require entry")
            let site = try referencedID(entry, "site", .site, in: "rules.require")
            let type = try referencedID(entry, "type", .factoryType, in: "rules.require")
            let count = try entry.optional("count", .count) ?? 1
            result.require.append(Requirement(site: site, type: type, count: count))
            requireLocations.append(item.location)
        }
        for item in try rules.value("forbid")?.list("rules.forbid") ?? [] {
            let entry = try FieldReader(item, schema: .forbidden, context: "a rules.forbid entry")
            let site = entry.value("site") == nil ? nil : try referencedID(entry, "site", .site, in: "rules.forbid")
            let type = entry.value("type") == nil ? nil : try referencedID(entry, "type", .factoryType, in: "rules.forbid")
            if site == nil, type == nil {
                throw PlanError(at: item.location, "a rules.forbid entry names neither a site nor a type",
                                hint: "write e.g. {site: inl, type: fab-leading} or {type: fab-mature}")
            }
            result.forbid.append(Forbidden(site: site, type: type))
            forbidLocations.append(item.location)
        }
        return result
    }

    private mutating func referencedID(
        _ entry: FieldReader, _ key: String, _ kind: Reference.Kind, in field: String
    ) throws(PlanError) -> String {
        let node = try entry.required(key)
        let id = try node.id("\(key) of \(entry.context)")
        references.add(kind, id, at: node.location, in: field)
        return id
    }
}
