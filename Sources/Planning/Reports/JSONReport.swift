import Foundation

/// The JSON that `parkplan solve --format json` prints (section 3 of the plan-format
/// contract), with keys in the contract's order.
///
/// Beyond the contract's fields it adds `binds` to each resource, to each site `plants`
/// (its plant count against `max_plants` or `rules.max_plants_per_site`, with the `key`
/// that sets the limit) and `max_per_site` (each type built there against its limit), and a
/// `budgets` object:
/// for each phase budget row and the total budget, `budget`, `spent`, the row's `limit`
/// and `used` (cumulative through the phase with carry-over) and `binds`. With builders,
/// each allocation names its `builder`, `builders` gives each builder's plants, capex at its
/// own price, commitment, min_work and plants by phase, and `builder_limits` its name,
/// `max_plants_per_phase` and which of its limits bind. Without a
/// solution it prints `plan`, `status`, the objective's sense and measure (and bound when
/// known), an empty `allocations` and `solver`.
public struct JSONReport: Sendable {
    /// The result to print.
    public let result: PlanResult
    /// Members printed after the result's own, before `solver`.
    public let added: [(String, JSONValue)]

    /// Creates a report of `result`, with the members `added` after its own.
    public init(_ result: PlanResult, adding added: [(String, JSONValue)] = []) {
        self.result = result
        self.added = added
    }

    /// The report as a JSON document.
    public var document: JSONValue {
        var members: [(String, JSONValue)] = [
            ("plan", .string(result.plan)),
            ("status", .string(result.status.rawValue)),
            ("objective", objective),
            ("allocations", .array(result.allocations.map(Self.allocation))),
        ]
        if result.status.hasSolution {
            members += [
                ("sites", .array(result.sites.map(Self.site))),
                ("expansions", .array(result.expansions.map {
                    .object([("site", .string($0.site)), ("id", .string($0.id)), ("phase", .string($0.phase))])
                })),
                ("spend", .object(result.spendByPhase.map { ($0.phase, .number($0.amount)) }
                    + [("total", .number(result.totalSpend))])),
                ("budgets", .object(result.budgets.map { ($0.id, Self.budget($0)) })),
                ("totals", .object([("value", .number(result.totals.value)), ("jobs", .number(result.totals.jobs)),
                                    ("plants", .number(Double(result.totals.plants)))]
                                   + (result.money?.npv.map { [("npv", JSONValue.number($0))] } ?? []))),
            ]
            members += result.money.map(MoneyJSON.members) ?? []
            if let builders = result.builders {
                members.append(("builders", .object(builders.map { ($0.id, Self.builder($0)) })))
                members.append(("builder_limits", .object(builders.map { ($0.id, Self.builderLimits($0)) })))
            }
        }
        if result.status.hasSolution { members += added }
        members.append(("solver", .object([("name", .string(result.solver.name)),
                                           ("seconds", .number(result.solver.reportedSeconds))]
                                          + Self.strategy(result.solver))))
        return .object(members)
    }

    /// The report as text, indented unless `pretty` is false, ending with a newline.
    public func text(pretty: Bool = true) -> String {
        document.rendered(pretty: pretty) + "\n"
    }

    /// The report as UTF-8 bytes, as ``text(pretty:)``.
    public func data(pretty: Bool = true) -> Data {
        Data(text(pretty: pretty).utf8)
    }

    /// `path` and `presolve` of the solver object, when recorded.
    private static func strategy(_ run: SolverRun) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = []
        if let path = run.path { members.append(("path", .string(path.rawValue))) }
        if let p = run.presolve {
            members.append(("presolve", .object([
                ("funding_columns_removed", .number(Double(p.fundingColumnsRemoved))),
                ("funding_rows_replaced", .number(Double(p.fundingRowsReplaced))),
                ("funding_rows_added", .number(Double(p.fundingRowsAdded))),
                ("rows_that_cannot_bind", .number(Double(p.rowsThatCannotBind))),
                ("cardinality_rows_added", .number(Double(p.cardinalityRowsAdded))),
            ])))
        }
        return members
    }

    private var objective: JSONValue {
        let o = result.objective
        var members: [(String, JSONValue)] = [("sense", .string(o.sense.rawValue)), ("measure", .string(o.measure.jsonName))]
        if let value = o.value { members.append(("value", .number(value))) }
        if let bound = o.bound { members.append(("bound", .number(bound))) }
        if let gap = o.gap { members.append(("gap", .number(gap))) }
        return .object(members)
    }

    /// One allocation as the contract prints it.
    static func allocation(_ a: Allocation) -> JSONValue {
        .object([("site", .string(a.site)), ("type", .string(a.type)), ("phase", .string(a.phase)),
                 ("count", .number(Double(a.count)))]
                + (a.builder.map { [("builder", JSONValue.string($0))] } ?? [])
                + [("construction_start", a.constructionStart), ("first_output", a.firstOutput)].compactMap { key, month in
                    month.map { (key, JSONValue.string($0.description)) }
                })
    }

    private static func site(_ s: SiteResult) -> JSONValue {
        .object([
            ("id", .string(s.id)), ("opened_in", .string(s.openedIn)), ("spend", .number(s.spend)),
            ("resources", .object(s.resources.map {
                ($0.name, .object([("used", .number($0.used)), ("capacity", .number($0.capacity)),
                                   ("binds", .bool($0.binds))]))
            })),
            ("plants", count(s.plants, key: s.plantLimitKey)),
            ("max_per_site", .object(s.maxPerSite.map { ($0.type, count($0.use, key: nil)) })),
        ])
    }

    /// A builder's entry of `builders`: exactly the contract's fields.
    private static func builder(_ b: BuilderResult) -> JSONValue {
        .object([("plants", .number(Double(b.plants))), ("capex", .number(b.capex)),
                 ("commitment", b.commitment.map(JSONValue.number) ?? .null), ("min_work", .number(b.minWork)),
                 ("by_phase", .object(b.byPhase.map { ($0.phase, .number(Double($0.count))) }))])
    }

    /// A builder's entry of `builder_limits`: its name, its plants-per-phase limit and
    /// which limits bind.
    private static func builderLimits(_ b: BuilderResult) -> JSONValue {
        .object([("name", .string(b.name)),
                 ("max_plants_per_phase", b.maxPlantsPerPhase.map { .number(Double($0)) } ?? .null),
                 ("binds", .object([("commitment", .bool(b.commitmentBinds)), ("min_work", .bool(b.minWorkBinds)),
                                    ("phases", .array(b.fullPhases.map(JSONValue.string)))]))])
    }

    /// `{"used": 6, "limit": 6, "binds": true}`, with `"key"` naming the plan key that sets
    /// the limit when given; `limit` is null and `binds` false without a limit.
    private static func count(_ use: PlantCountUse, key: String?) -> JSONValue {
        .object([("used", .number(Double(use.used))), ("limit", use.limit.map { .number(Double($0)) } ?? .null),
                 ("binds", .bool(use.binds))] + (key.map { [("key", JSONValue.string($0))] } ?? []))
    }

    private static func budget(_ b: BudgetUse) -> JSONValue {
        .object([("budget", .number(b.budget)), ("spent", .number(b.spent)), ("limit", .number(b.limit)),
                 ("used", .number(b.used)), ("binds", .bool(b.binds))])
    }
}
