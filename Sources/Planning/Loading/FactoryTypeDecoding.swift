/// Reads a factory type entry of a plan or catalog.
extension PlanDecoder {
    /// Decodes one `factory_types:` entry, recording the ids it names.
    mutating func decodeFactoryType(_ node: RawNode) throws(PlanError) -> FactoryType {
        let (fields, id, context) = try openEntry(node, schema: .factoryType, noun: "factory type", list: "factory_types")
        let review = try fields.require("review", .string)
        references.add(.reviewClass, review, at: fields.valueLocation("review"), in: "review of \(context)")
        var type = FactoryType(
            id: id,
            name: try fields.require("name", .string),
            category: try fields.optional("category", .string),
            capex: try fields.require("capex", .money),
            annualValue: try fields.require("annual_value", .money),
            jobs: try fields.require("jobs", .amount),
            uses: try fields.namedValues("uses", .amount),
            buildMonths: try fields.require("build_months", .months),
            review: review,
            maxPerSite: try fields.optional("max_per_site", .count(atMost: ModelLimits.maxPerSite)) ?? 1,
            sources: try fields.strings("sources"),
            notes: try fields.optional("notes", .string),
            annualProfit: try fields.optional("annual_profit", .money)
        )
        if let phase = fields.value("earliest_phase") {
            let phaseID = try phase.id(fields.what("earliest_phase"))
            references.add(.phase, phaseID, at: phase.location, in: "earliest_phase of \(context)")
            type.earliestPhase = phaseID
        }
        for (other, location) in try fields.ids("requires") {
            references.add(.factoryType, other, at: location, in: "requires of \(context)")
            type.requires.append(other)
        }
        reviewLocations[id] = fields.location("review")
        return type
    }
}
