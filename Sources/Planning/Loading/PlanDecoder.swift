/// Reads the merged raw document of a plan into a ``Plan`` holding every site and factory
/// type (before `select`), checking each value's type and range and recording the ids the
/// plan names for ``ReferenceChecker``.
struct PlanDecoder {
    /// The ids named anywhere, checked once everything is read.
    var references = References()
    /// Where each site, factory type and phase is defined, keyed `sites.ID`,
    /// `factory_types.ID`, `phases.ID`.
    var locations: [String: SourceLocation] = [:]
    /// Where each factory type's `review` is written, by type id.
    var reviewLocations: [String: SourceLocation] = [:]
    /// Where each `rules.require` entry is written, in order.
    var requireLocations: [SourceLocation] = []
    /// Where each `targets` entry is written, in order.
    var targetLocations: [SourceLocation] = []
    /// Where each `rules.forbid` entry is written, in order.
    var forbidLocations: [SourceLocation] = []
    /// The `select` lists; nil when the plan does not filter.
    var selectedSites: [String]?
    /// The `select` factory type list; nil when the plan does not filter.
    var selectedTypes: [String]?
    /// The state codes builders' `states` name: the code, where it is written and the builder.
    var stateReferences: [(state: String, location: SourceLocation, builder: String)] = []

    /// Decodes the plan.
    mutating func decode(_ root: RawNode) throws(PlanError) -> Plan {
        let fields = try FieldReader(root, schema: .plan, context: "the plan")
        let start = try fields.require("start", .yearMonth)
        var plan = Plan(
            name: try fields.require("name", .string),
            start: start,
            phases: try decodePhases(fields, start: start),
            reviewMonths: try fields.namedValues("review_months", .months),
            sites: [], factoryTypes: []
        )
        plan.budget = try decodeBudget(fields)
        plan.objective = try ObjectiveDecoding.decode(fields.value("objective"))
        plan.rules = try decodeRules(fields)
        plan.targets = try decodeTargets(fields)
        plan.solver = try decodeSolver(fields)
        plan.economics = try decodeEconomics(fields)
        plan.funding = try decodeFunding(fields)
        plan.builders = try decodeBuilders(fields)
        locations["objective"] = fields.valueLocation("objective")
        try decodeSelect(fields)
        for item in try fields.value("sites")?.list("sites") ?? [] { plan.sites.append(try decodeSite(item)) }
        for item in try fields.value("factory_types")?.list("factory_types") ?? [] {
            plan.factoryTypes.append(try decodeFactoryType(item))
        }
        plan.uncertainty = try decodeUncertainty(fields, in: plan)
        return plan
    }

    /// Reads the keys and id of a `noun` entry of `list` and claims its id: the fields, the
    /// id and the entry's name for messages, e.g. "site 'inl'".
    mutating func openEntry(
        _ node: RawNode, schema: Schema, noun: String, list: String
    ) throws(PlanError) -> (FieldReader, String, String) {
        let probe = node["id"]?.text.map { "\(noun) '\($0)'" } ?? "a \(noun)"
        let fields = try FieldReader(node, schema: schema, context: probe)
        let id = try fields.require("id", .id)
        try claim("\(list).\(id)", at: node.location, what: "\(noun) id '\(id)'")
        return (fields, id, "\(noun) '\(id)'")
    }

    /// Records where `key` is defined; a second definition is a duplicate id.
    mutating func claim(_ key: String, at location: SourceLocation, what: String) throws(PlanError) {
        if let first = locations[key] {
            throw PlanError(at: location, "duplicate \(what)", hint: "first defined at \(first); ids must be unique")
        }
        locations[key] = location
    }

    private mutating func decodePhases(_ fields: FieldReader, start: YearMonth) throws(PlanError) -> [Phase] {
        let list = try fields.required("phases").list("phases")
        guard !list.isEmpty else {
            throw PlanError(at: fields.location("phases"), "the plan needs at least one phase",
                            hint: "add e.g. '- {id: p1, ends: 2028-12}'")
        }
        var phases: [Phase] = []
        for item in list {
            let probe = item["id"]?.text.map { "phase '\($0)'" } ?? "a phase"
            let reader = try FieldReader(item, schema: .phase, context: probe)
            let id = try reader.require("id", .id)
            try claim("phases.\(id)", at: item.location, what: "phase id '\(id)'")
            let ends = try reader.require("ends", .yearMonth)
            let endsAt = reader.valueLocation("ends")
            if let previous = phases.last, ends <= previous.ends {
                throw PlanError(at: endsAt, "phase '\(id)' ends \(ends), not after phase '\(previous.id)' (\(previous.ends))",
                                hint: "phase ends must be strictly increasing")
            }
            if ends < start {
                throw PlanError(at: endsAt, "phase '\(id)' ends \(ends), before the plan's start \(start)",
                                hint: "a phase must end in or after the start month")
            }
            phases.append(Phase(id: id, name: try reader.optional("name", .string), ends: ends,
                                budget: try reader.optional("budget", .money)))
        }
        let withBudget = phases.filter { $0.budget != nil }
        if !withBudget.isEmpty, withBudget.count < phases.count {
            let missing = phases.filter { $0.budget == nil }.map(\.id)
            throw PlanError(at: fields.location("phases"),
                            "phase budgets are given for some phases only; missing for \(missing.joined(separator: ", "))",
                            hint: "give every phase a budget, or none and use budget.total")
        }
        return phases
    }

    private func decodeBudget(_ fields: FieldReader) throws(PlanError) -> Budget {
        guard let node = fields.value("budget") else { return Budget() }
        let budget = try FieldReader(node, schema: Schema.plan.field("budget") ?? .leaf, context: "budget")
        return Budget(total: try budget.optional("total", .money),
                      carryOver: try budget.optional("carry_over", .bool) ?? true)
    }

    private func decodeSolver(_ fields: FieldReader) throws(PlanError) -> SolverSettings {
        guard let node = fields.value("solver") else { return SolverSettings() }
        let solver = try FieldReader(node, schema: Schema.plan.field("solver") ?? .leaf, context: "solver")
        let timeLimit = try solver.optional("time_limit_s", .number)
        if let timeLimit, let problem = SolverLimits.timeLimitProblem(
            timeLimit, name: "solver.time_limit_s", example: "time_limit_s: 30") {
            throw PlanError(at: solver.valueLocation("time_limit_s"), problem)
        }
        let gap = try solver.optional("mip_gap", .number)
        if let gap, let problem = SolverLimits.gapProblem(gap, name: "solver.mip_gap", example: "mip_gap: 0.01") {
            throw PlanError(at: solver.valueLocation("mip_gap"), problem)
        }
        return SolverSettings(timeLimit: timeLimit, mipGap: gap)
    }

    private mutating func decodeSelect(_ fields: FieldReader) throws(PlanError) {
        guard let node = fields.value("select") else { return }
        let select = try FieldReader(node, schema: Schema.plan.field("select") ?? .leaf, context: "select")
        for key in ["sites", "factory_types"] {
            if let list = select.value(key), list.items?.isEmpty == true {
                throw PlanError(at: list.location, "select.\(key) is an empty list, which would leave nothing to plan",
                                hint: "remove select.\(key) to use every \(key == "sites" ? "site" : "factory type"), or list the ones to keep")
            }
        }
        if select.value("sites") != nil {
            let ids = try select.ids("sites")
            for (id, location) in ids { references.add(.site, id, at: location, in: "select.sites") }
            selectedSites = ids.map(\.id)
        }
        if select.value("factory_types") != nil {
            let ids = try select.ids("factory_types")
            for (id, location) in ids { references.add(.factoryType, id, at: location, in: "select.factory_types") }
            selectedTypes = ids.map(\.id)
        }
    }

    private mutating func decodeTargets(_ fields: FieldReader) throws(PlanError) -> [Target] {
        var targets: [Target] = []
        for item in try fields.value("targets")?.list("targets") ?? [] {
            let reader = try FieldReader(item, schema: .target, context: "a targets entry")
            let typeNode = try reader.required("type")
            let type = try typeNode.id("type of a targets entry")
            references.add(.factoryType, type, at: typeNode.location, in: "targets")
            let target = Target(type: type, min: try reader.optional("min", .count),
                                max: try reader.optional("max", .count))
            if let low = target.min, let high = target.max, low > high {
                throw PlanError(at: item.location, "target for '\(type)' has min \(low) above max \(high)",
                                hint: "make min at most max")
            }
            targets.append(target)
            targetLocations.append(item.location)
        }
        return targets
    }
}
