/// Reads the `objective:` of a plan.
enum ObjectiveDecoding {
    /// Decodes `{maximize: value}`, `{maximize: jobs}`, `{maximize: {value: W1, jobs: W2}}` or
    /// `{minimize: cost}`. A plan without an objective maximizes value: the annual output is
    /// what the program is for, and it is the first form the contract lists.
    static func decode(_ node: RawNode?) throws(PlanError) -> Objective {
        guard let node else { return .maximize(.value) }
        let fields = try FieldReader(node, schema: .objective, context: "objective")
        let maximize = fields.value("maximize"), minimize = fields.value("minimize")
        let forms = "{maximize: value}, {maximize: jobs}, {maximize: npv}, {maximize: {value: W1, jobs: W2}} or {minimize: cost}"
        switch (maximize, minimize) {
        case (nil, nil):
            throw PlanError(at: node.location, "objective: expected maximize or minimize", hint: "write \(forms)")
        case (.some, .some):
            throw PlanError(at: node.location, "objective: give maximize or minimize, not both", hint: "write \(forms)")
        case (nil, .some(let measure)):
            guard measure.text == "cost" else {
                throw PlanError(at: measure.location, "objective.minimize: expected cost, got \(measure.kindName)",
                                hint: "write {minimize: cost}")
            }
            return .minimizeCost
        case (.some(let measure), nil):
            return try decodeMeasure(measure, forms: forms)
        }
    }

    private static func decodeMeasure(_ measure: RawNode, forms: String) throws(PlanError) -> Objective {
        switch measure.text {
        case "value": return .maximize(.value)
        case "jobs": return .maximize(.jobs)
        case "npv": return .maximize(.npv)
        case .some(let other):
            throw PlanError(at: measure.location, "objective.maximize: unknown measure '\(other)'",
                            hint: Suggestions.hint(for: other, among: ["value", "jobs", "npv"], kind: "measures"))
        case nil:
            let weights = try FieldReader(measure, schema: Schema.objective.field("maximize") ?? .leaf,
                                          context: "objective.maximize")
            let value = try weights.optional("value", .amount) ?? 0
            let jobs = try weights.optional("jobs", .amount) ?? 0
            guard value > 0 || jobs > 0 else {
                throw PlanError(at: measure.location, "objective.maximize: the weights are all zero",
                                hint: "give value or jobs a positive weight, or write \(forms)")
            }
            return .maximize(.weighted(value: value, jobs: jobs))
        }
    }
}
