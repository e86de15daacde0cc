/// Reads a site entry of a plan or catalog.
extension PlanDecoder {
    /// Decodes one `sites:` entry, recording the ids it names.
    mutating func decodeSite(_ node: RawNode) throws(PlanError) -> Site {
        let (fields, id, context) = try openEntry(node, schema: .site, noun: "site", list: "sites")
        let state = try fields.require("state", .string)
        guard state.count == 2, state.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw PlanError(at: fields.valueLocation("state"),
                            "state of \(context): expected a two-letter code such as ID, got '\(state)'",
                            hint: "use the postal code in capitals")
        }
        var site = Site(
            id: id,
            name: try fields.require("name", .string),
            state: state,
            agency: try fields.optional("agency", .string),
            lat: try fields.optional("lat", .number(in: -90...90)),
            lon: try fields.optional("lon", .number(in: -180...180)),
            capacity: try fields.namedValues("capacity", .amount),
            costIndex: try fields.optional("cost_index", .amount) ?? 1,
            developmentCost: try fields.optional("development_cost", .money) ?? 0,
            reviewMonths: try fields.namedValues("review_months", .months),
            maxPlants: try fields.optional("max_plants", .count),
            sources: try fields.strings("sources"),
            notes: try fields.optional("notes", .string)
        )
        for (type, location) in try fields.ids("excludes") {
            references.add(.factoryType, type, at: location, in: "excludes of \(context)")
            site.excludes.append(type)
        }
        site.expansions = try decodeExpansions(fields, site: context)
        return site
    }

    private mutating func decodeExpansions(_ fields: FieldReader, site: String) throws(PlanError) -> [Expansion] {
        guard let list = fields.value("expansions") else { return [] }
        var expansions: [Expansion] = []
        var seen: [String: SourceLocation] = [:]
        for item in try list.list(fields.what("expansions")) {
            let probe = item["id"]?.text.map { "expansion '\($0)' of \(site)" } ?? "an expansion of \(site)"
            let reader = try FieldReader(item, schema: .expansion, context: probe)
            let id = try reader.require("id", .id)
            if let first = seen[id] {
                throw PlanError(at: item.location, "duplicate expansion id '\(id)' in \(site)",
                                hint: "first defined at \(first); give each expansion its own id")
            }
            seen[id] = item.location
            expansions.append(Expansion(
                id: id,
                name: try reader.optional("name", .string),
                adds: try reader.namedValues("adds", .amount),
                cost: try reader.require("cost", .money),
                onlineMonths: try reader.require("online_months", .months)
            ))
        }
        return expansions
    }
}
