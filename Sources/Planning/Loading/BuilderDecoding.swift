/// Reads `builders:` (section 6 of the plan-format contract): the partner companies that
/// build the plants.
extension PlanDecoder {
    /// Decodes the merged `builders:` list (the plan's and its catalogs'); nil when absent.
    /// An empty list, a duplicate id, an empty `builds` or `states`, a malformed state code
    /// and `min_work` above `commitment` are errors; the type ids of `builds` are recorded
    /// for ``ReferenceChecker`` and the state codes for ``BuilderChecker``.
    mutating func decodeBuilders(_ fields: FieldReader) throws(PlanError) -> [Builder]? {
        guard let node = fields.value("builders") else { return nil }
        let list = try node.list("builders")
        if list.isEmpty { throw Self.emptyBuilders(at: node.location) }
        locations["builders"] = fields.location("builders")
        var builders: [Builder] = []
        for item in list { builders.append(try decodeBuilder(item)) }
        return builders
    }

    /// The error for `builders: []`.
    static func emptyBuilders(at location: SourceLocation) -> PlanError {
        PlanError(
            at: location, "builders is an empty list, so no plant could be built",
            hint: "list the builders (e.g. '- {id: toshiba, name: Toshiba}'), or remove builders to plan without them")
    }

    private mutating func decodeBuilder(_ node: RawNode) throws(PlanError) -> Builder {
        let (fields, id, context) = try openEntry(node, schema: .builder, noun: "builder", list: "builders")
        var builder = Builder(
            id: id,
            name: try fields.require("name", .string),
            commitment: try fields.optional("commitment", .money),
            minWork: try fields.optional("min_work", .money) ?? 0,
            maxPlantsPerPhase: try fields.optional("max_plants_per_phase", .count),
            capexFactor: try fields.optional("capex_factor", .amount) ?? 1,
            sources: try fields.strings("sources"),
            notes: try fields.optional("notes", .string))
        if fields.value("builds") != nil {
            let types = try nonEmptyIDs(
                fields, "builds", context: context,
                hint: "remove builds to let it build every type, or list the type ids it builds")
            for (type, location) in types {
                references.add(.factoryType, type, at: location, in: "builds of \(context)")
            }
            builder.builds = types.map(\.id)
        }
        if let statesNode = fields.value("states") {
            var states: [String] = []
            for item in try statesNode.list(fields.what("states")) {
                let state = try item.string("an entry of \(fields.what("states"))")
                guard state.count == 2, state.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                    throw PlanError(
                        at: item.location,
                        "states of \(context): expected two-letter codes such as TN, got '\(state)'",
                        hint: "use the postal code in capitals")
                }
                states.append(state)
                stateReferences.append((state, item.location, context))
            }
            if states.isEmpty {
                throw PlanError(
                    at: statesNode.location, "states of \(context) is an empty list, so it could build nowhere",
                    hint: "remove states to let it build in every state, or list the states it builds in")
            }
            builder.states = states
        }
        if let commitment = builder.commitment, builder.minWork > commitment {
            // The place of whichever of the two an override gave, else of min_work.
            let fromOverride = fields.valueLocation("commitment").file == Overrides.file
            throw PlanError(
                at: fields.valueLocation(fromOverride ? "commitment" : "min_work"),
                "min_work of \(context) (\(Money.format(builder.minWork))) is above its commitment "
                    + "(\(Money.format(commitment)))",
                hint: "make min_work at most commitment")
        }
        return builder
    }

    /// The ids of list `key`, refusing an empty list.
    private func nonEmptyIDs(
        _ fields: FieldReader, _ key: String, context: String, hint: String
    ) throws(PlanError) -> [(id: String, location: SourceLocation)] {
        let ids = try fields.ids(key)
        if ids.isEmpty {
            throw PlanError(
                at: fields.valueLocation(key), "\(key) of \(context) is an empty list, so it could build nothing",
                hint: hint)
        }
        return ids
    }
}

extension Schema {
    /// A `builders:` entry.
    static let builder = Schema.object([
        "id": .leaf, "name": .leaf, "builds": .leaf, "states": .leaf, "commitment": .leaf, "min_work": .leaf,
        "max_plants_per_phase": .leaf, "capex_factor": .leaf, "sources": .leaf, "notes": .leaf,
    ])
}
