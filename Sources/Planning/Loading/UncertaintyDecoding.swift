/// Reads `uncertainty:` of a plan (section 7 of the plan-format contract): a sample's
/// size and seed with its multipliers, or listed scenarios, and `optimize`.
extension PlanDecoder {
    /// The keys of `uncertainty` that hold multipliers, each with the kind of id its keys name.
    static let multiplierKeys: [(key: String, kind: Reference.Kind)] = [
        ("capex", .factoryType), ("review_months", .reviewClass), ("build_months", .factoryType),
        ("profit", .factoryType),
    ]

    /// Decodes `uncertainty`; nil when absent.
    ///
    /// `plan` is the plan decoded so far, with all its sites and factory types: a
    /// multiplier's key must name one of its types or review classes (checked before the
    /// value, so that a misspelt key set with `--set` is named as such), and `optimize`
    /// needs its objective to be npv.
    mutating func decodeUncertainty(_ fields: FieldReader, in plan: Plan) throws(PlanError) -> Uncertainty? {
        guard let node = fields.value("uncertainty") else { return nil }
        let reader = try FieldReader(node, schema: .uncertainty, context: "uncertainty")
        locations["uncertainty"] = fields.location("uncertainty")
        let known: [Reference.Kind: [String]] = [
            .factoryType: plan.factoryTypes.map(\.id),
            .reviewClass: ReferenceChecker.reviewClasses(of: plan),
        ]
        var uncertainty = Uncertainty(scenarios: try decodeScenarioSet(reader, known: known))
        if let optimize = reader.value("optimize") {
            guard plan.objective == .maximize(.npv) else {
                throw PlanError(
                    at: reader.location("optimize"), "uncertainty.optimize needs the objective {maximize: npv}",
                    hint: "set objective: {maximize: npv} (with economics), or remove optimize")
            }
            uncertainty.optimize = try decodeOptimize(optimize)
        }
        return uncertainty
    }

    private mutating func decodeScenarioSet(
        _ reader: FieldReader,
        known: [Reference.Kind: [String]]
    ) throws(PlanError) -> ScenarioSet {
        let given = Self.multiplierKeys.map(\.key).filter { reader.value($0) != nil }
        guard let list = reader.value("scenarios") else {
            var count = ScenarioSet.defaultCount, seed = ScenarioSet.defaultSeed
            if let sample = reader.value("sample") {
                let settings = try FieldReader(
                    sample, schema: Schema.uncertainty.field("sample") ?? .leaf,
                    context: "uncertainty.sample")
                count = try settings.optional("scenarios", .count) ?? count
                if count < 1 {
                    throw PlanError(
                        at: settings.valueLocation("scenarios"), "uncertainty.sample.scenarios is 0",
                        hint: "sample at least one scenario, e.g. scenarios: 1000")
                }
                seed = try settings.optional("seed", .count(atMost: Self.largestSeed)).map(UInt64.init) ?? seed
            }
            return .sample(
                count: count, seed: seed,
                multipliers: try decodeMultipliers(
                    reader, in: "uncertainty",
                    known: known, fixedOnly: false))
        }
        if reader.value("sample") != nil {
            throw PlanError(
                at: reader.location("sample"), "uncertainty gives both sample and scenarios",
                hint: "sample draws scenarios from the multipliers and scenarios lists them; keep one")
        }
        if let first = given.first {
            throw PlanError(
                at: reader.location(first), "uncertainty.\(first) stands beside scenarios",
                hint: "listed scenarios carry their own multipliers: move it into each scenario, e.g. "
                    + "'- {id: slow, \(first): {default: 1.2}}', or remove scenarios to sample instead")
        }
        let items = try list.list("uncertainty.scenarios")
        guard !items.isEmpty else {
            throw PlanError(
                at: list.location, "uncertainty.scenarios lists no scenario",
                hint: "list at least one, e.g. '- {id: base}', or remove it to sample scenarios")
        }
        var scenarios: [ListedScenario] = []
        for item in items {
            let (fields, id, context) = try openEntry(
                item, schema: .listedScenario, noun: "scenario",
                list: "uncertainty.scenarios")
            let weight = try fields.optional("weight", .number) ?? 1
            guard weight > 0 else {
                throw PlanError(
                    at: fields.valueLocation("weight"),
                    "weight of \(context) is \(weight.plain): a weight must be above 0",
                    hint:
                        "a scenario's probability is its weight over the sum of weights; remove the scenario to leave it out"
                )
            }
            scenarios.append(
                ListedScenario(
                    id: id, weight: weight,
                    multipliers: try decodeMultipliers(
                        fields, in: context, known: known,
                        fixedOnly: true)))
        }
        return .listed(scenarios)
    }

    /// The seed's upper end: every whole number up to it is exact in a plan file's numbers.
    static let largestSeed = 9_007_199_254_740_992

    /// Reads the four multiplier tables of `fields` (`uncertainty` itself or a listed scenario).
    private func decodeMultipliers(
        _ fields: FieldReader, in context: String, known: [Reference.Kind: [String]],
        fixedOnly: Bool
    ) throws(PlanError) -> Multipliers {
        var tables: [String: MultiplierTable] = [:]
        for (key, kind) in Self.multiplierKeys {
            guard let node = fields.value(key) else { continue }
            var table = MultiplierTable()
            for entry in try node.mapping(fields.what(key)) {
                let isDefault = entry.key == MultiplierTable.defaultKey
                let candidates = known[kind] ?? []
                if !isDefault && !candidates.contains(entry.key) {
                    let reference = Reference(
                        kind: kind, id: entry.key, location: entry.keyLocation, field: "\(key) of \(context)")
                    throw ReferenceChecker.unknown(reference, among: [MultiplierTable.defaultKey] + candidates)
                }
                let multiplier = try decodeMultiplier(
                    entry.value, name: "\(key).\(entry.key) of \(context)", fixedOnly: fixedOnly)
                if isDefault { table.fallback = multiplier } else { table.byKey[entry.key] = multiplier }
            }
            tables[key] = table
        }
        return Multipliers(
            capex: tables["capex"] ?? MultiplierTable(),
            buildMonths: tables["build_months"] ?? MultiplierTable(),
            profit: tables["profit"] ?? MultiplierTable(),
            reviewMonths: tables["review_months"] ?? MultiplierTable())
    }

    private func decodeMultiplier(_ node: RawNode, name: String, fixedOnly: Bool) throws(PlanError) -> Multiplier {
        if node.entries == nil {
            return .fixed(try Self.positive(node, name, example: "1.2"))
        }
        if fixedOnly {
            throw PlanError(
                at: node.location, "\(name): {p50, p90} inside a listed scenario",
                hint: "a listed scenario's multipliers are fixed numbers, e.g. 1.8; sampled multipliers "
                    + "go at the top of uncertainty, without scenarios")
        }
        let fields = try FieldReader(node, schema: .multiplier, context: name)
        let p50 = try Self.positive(try fields.required("p50"), "p50 of \(name)", example: "1.05")
        let p90 = try Self.positive(try fields.required("p90"), "p90 of \(name)", example: "1.4")
        return .quantiles(p50: p50, p90: p90)
    }

    /// A multiplier's number: finite and above 0.
    private static func positive(_ node: RawNode, _ what: String, example: String) throws(PlanError) -> Double {
        if node.items != nil || node.entries != nil {
            throw PlanError(
                at: node.location, "\(what): expected a number or {p50: A, p90: B}, got \(node.kindName)",
                hint: "e.g. \(example) (a fixed multiplier) or {p50: 1.05, p90: 1.4}")
        }
        let value = try node.number(what)
        guard value > 0 else {
            throw PlanError(
                at: node.location, "\(what) is \(value.plain): a multiplier must be above 0",
                hint: "a multiplier scales the plan's own number, e.g. \(example); 1 leaves it as planned")
        }
        return value
    }

    private func decodeOptimize(_ node: RawNode) throws(PlanError) -> RobustObjective {
        let schema = Schema.uncertainty.field("optimize") ?? .leaf
        let fields = try FieldReader(node, schema: schema, context: "uncertainty.optimize")
        var objective = RobustObjective()
        let forms = "write npv: expected or npv: {cvar: 0.1}"
        if let npv = fields.value("npv") {
            if let word = npv.text {
                guard word == "expected" else {
                    throw PlanError(
                        at: npv.location, "uncertainty.optimize.npv: unknown measure '\(word)'",
                        hint: (Suggestions.hint(for: word, among: ["expected"], kind: "measures") ?? "") + "; \(forms)")
                }
            } else {
                let cvar = try FieldReader(
                    npv, schema: schema.field("npv") ?? .leaf, context: "uncertainty.optimize.npv")
                let level = try cvar.require("cvar", .number)
                guard level > 0, level <= 1 else {
                    throw PlanError(
                        at: cvar.valueLocation("cvar"),
                        "uncertainty.optimize.npv.cvar is \(level.plain): the level must be above 0 and at most 1",
                        hint: "0.1 averages the worst 10% of scenarios; 1 is the mean")
                }
                objective.npv = .cvar(level: level)
            }
        }
        if let confidence = try fields.optional("confidence", .number) {
            guard confidence > 0, confidence <= 1 else {
                throw PlanError(
                    at: fields.valueLocation("confidence"),
                    "uncertainty.optimize.confidence is \(confidence.plain): it must be above 0 and at most 1",
                    hint: "e.g. confidence: 0.9 keeps the budgets in scenarios of probability 90% or more")
            }
            objective.confidence = confidence
        }
        if let scenarios = try fields.optional("scenarios", .count) {
            guard scenarios >= 1 else {
                throw PlanError(
                    at: fields.valueLocation("scenarios"), "uncertainty.optimize.scenarios is 0",
                    hint: "give the optimizer at least one scenario, e.g. scenarios: 200")
            }
            objective.scenarios = scenarios
        }
        return objective
    }
}

extension Schema {
    /// A multiplier written `{p50: A, p90: B}`, with where its numbers come from.
    static let multiplier = Schema.object(["p50": .leaf, "p90": .leaf, "sources": .leaf, "notes": .leaf])

    /// Multipliers by `default`, factory type id or review class.
    static let multiplierTable = Schema.openMap(multiplier)

    /// A listed scenario.
    static let listedScenario = Schema.object([
        "id": .leaf, "name": .leaf, "weight": .leaf, "capex": multiplierTable, "review_months": multiplierTable,
        "build_months": multiplierTable, "profit": multiplierTable, "sources": .leaf, "notes": .leaf,
    ])

    /// `uncertainty:` of a plan or a catalog.
    static let uncertainty = Schema.object([
        "sample": .object(["scenarios": .leaf, "seed": .leaf]),
        "capex": multiplierTable, "review_months": multiplierTable, "build_months": multiplierTable,
        "profit": multiplierTable,
        "scenarios": .list(idKey: "id", entry: listedScenario),
        "optimize": .object(["npv": .object(["cvar": .leaf]), "confidence": .leaf, "scenarios": .leaf]),
        "sources": .leaf, "notes": .leaf,
    ])
}
