/// The shape of plan and catalog files: which keys each mapping may hold. Both the unknown-key
/// check and the `--set` path lookup read it, so the two always agree.
indirect enum Schema: Sendable {
    /// A value that is not looked into further (a number, text, a flag or a whole list).
    case leaf
    /// A mapping with a fixed set of keys.
    case object([String: Schema])
    /// A mapping whose keys are open names (resources, review classes), each holding `Schema`.
    case openMap(Schema)
    /// A list of mappings each named by its `idKey` (e.g. `id`); `--set` addresses entries by it.
    case list(idKey: String, entry: Schema)

    /// The keys an object may hold, sorted; empty for other kinds.
    var keys: [String] {
        if case .object(let fields) = self { return fields.keys.sorted() }
        return []
    }

    /// The schema of key `key` in an object.
    func field(_ key: String) -> Schema? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }
}

extension Schema {
    /// Resource amounts by open resource name.
    static let resources = Schema.openMap(.leaf)

    /// An expansion of a site.
    static let expansion = Schema.object([
        "id": .leaf, "name": .leaf, "adds": resources, "cost": .leaf, "online_months": .leaf, "notes": .leaf,
    ])

    /// A candidate site.
    static let site = Schema.object([
        "id": .leaf, "name": .leaf, "state": .leaf, "agency": .leaf, "lat": .leaf, "lon": .leaf,
        "capacity": resources, "cost_index": .leaf, "development_cost": .leaf, "review_months": resources,
        "max_plants": .leaf, "excludes": .leaf, "expansions": .list(idKey: "id", entry: expansion),
        "sources": .leaf, "notes": .leaf,
    ])

    /// A factory type.
    static let factoryType = Schema.object([
        "id": .leaf, "name": .leaf, "category": .leaf, "capex": .leaf, "annual_value": .leaf, "jobs": .leaf,
        "uses": resources, "build_months": .leaf, "review": .leaf, "earliest_phase": .leaf,
        "max_per_site": .leaf, "requires": .leaf, "sources": .leaf, "notes": .leaf, "annual_profit": .leaf,
    ])

    /// A catalog file: sites, factory types, builders and one uncertainty section, maybe with
    /// further includes.
    static let catalog = Schema.object([
        "include": .leaf, "sites": .list(idKey: "id", entry: site),
        "factory_types": .list(idKey: "id", entry: factoryType), "builders": .list(idKey: "id", entry: builder),
        "uncertainty": uncertainty,
    ])

    /// A phase.
    static let phase = Schema.object(["id": .leaf, "name": .leaf, "ends": .leaf, "budget": .leaf])

    /// The objective: `maximize` (a measure or weights) or `minimize`.
    static let objective = Schema.object([
        "maximize": .object(["value": .leaf, "jobs": .leaf]), "minimize": .leaf,
    ])

    /// Allocation rules.
    static let rules = Schema.object([
        "max_plants_per_site": .leaf, "max_state_share": .leaf, "min_states": .leaf, "min_sites": .leaf,
        "max_sites": .leaf, "require": .leaf, "forbid": .leaf,
    ])

    /// A `require` entry.
    static let requirement = Schema.object(["site": .leaf, "type": .leaf, "count": .leaf])
    /// A `forbid` entry.
    static let forbidden = Schema.object(["site": .leaf, "type": .leaf])
    /// A `targets` entry.
    static let target = Schema.object(["type": .leaf, "min": .leaf, "max": .leaf])

    /// A plan file.
    static let plan = Schema.object([
        "name": .leaf, "start": .leaf, "include": .leaf, "phases": .list(idKey: "id", entry: phase),
        "budget": .object(["total": .leaf, "carry_over": .leaf]), "objective": objective,
        "select": .object(["sites": .leaf, "factory_types": .leaf]), "review_months": resources,
        "rules": rules, "targets": .list(idKey: "type", entry: target),
        "solver": .object(["time_limit_s": .leaf, "mip_gap": .leaf]),
        "sites": .list(idKey: "id", entry: site), "factory_types": .list(idKey: "id", entry: factoryType),
        "economics": economics, "funding": .list(idKey: "id", entry: fundingSource),
        "builders": .list(idKey: "id", entry: builder), "uncertainty": uncertainty,
    ])
}
