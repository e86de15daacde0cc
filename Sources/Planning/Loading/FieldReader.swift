/// Reads the fields of one mapping of a plan file against its ``Schema``: it refuses unknown
/// keys on creation (naming the closest known key) and reads typed values by key.
struct FieldReader {
    /// The mapping.
    let node: RawNode
    /// Names the mapping in messages, e.g. "site 'inl'" or "rules".
    let context: String
    private let entries: [RawEntry]

    /// Checks that `node` is a mapping holding only keys `schema` knows.
    init(_ node: RawNode, schema: Schema, context: String) throws(PlanError) {
        self.node = node
        self.context = context
        self.entries = try node.mapping(context)
        let known = schema.keys
        for entry in entries where !known.contains(entry.key) {
            throw PlanError(at: entry.keyLocation, "unknown key '\(entry.key)' in \(context)",
                            hint: Suggestions.hint(for: entry.key, among: known, kind: "keys"))
        }
        for entry in entries where entry.value.isNull {
            throw PlanError(at: entry.keyLocation, "\(entry.key) of \(context) is empty", hint: RawNode.emptyHint)
        }
    }

    /// The value of `key`, or nil when absent (a null value is refused on creation).
    func value(_ key: String) -> RawNode? {
        guard let node = entries.first(where: { $0.key == key })?.value, !node.isNull else { return nil }
        return node
    }

    /// Where `key` is written, or the mapping's place when it is absent.
    func location(_ key: String) -> SourceLocation {
        entries.first { $0.key == key }?.keyLocation ?? node.location
    }

    /// Where the value of `key` is written, else where the key or the mapping is.
    func valueLocation(_ key: String) -> SourceLocation {
        value(key)?.location ?? location(key)
    }

    /// The value of `key`; a missing or null one is an error.
    func required(_ key: String) throws(PlanError) -> RawNode {
        guard let value = value(key) else {
            throw PlanError(at: node.location, "missing required key '\(key)' in \(context)",
                            hint: "add '\(key): ...'")
        }
        return value
    }

    /// How a value is named in messages: "capex of factory type 'x'".
    func what(_ key: String) -> String { "\(key) of \(context)" }

    /// Reads an optional value with `read`.
    func optional<T>(_ key: String, _ read: ValueRead<T>) throws(PlanError) -> T? {
        guard let value = value(key) else { return nil }
        return try read.read(value, what(key))
    }

    /// Reads a required value with `read`.
    func require<T>(_ key: String, _ read: ValueRead<T>) throws(PlanError) -> T {
        try read.read(try required(key), what(key))
    }

    /// A list of ids with the place of each.
    func ids(_ key: String) throws(PlanError) -> [(id: String, location: SourceLocation)] {
        guard let value = value(key) else { return [] }
        var result: [(id: String, location: SourceLocation)] = []
        for item in try value.list(what(key)) {
            result.append((try item.id("an entry of \(what(key))"), item.location))
        }
        return result
    }

    /// A list of text.
    func strings(_ key: String) throws(PlanError) -> [String] {
        guard let value = value(key) else { return [] }
        var result: [String] = []
        for item in try value.list(what(key)) { result.append(try item.string("an entry of \(what(key))")) }
        return result
    }

    /// Open-ended names each mapped with `read`, e.g. resource amounts or review months.
    func namedValues<T>(_ key: String, _ read: ValueRead<T>) throws(PlanError) -> [String: T] {
        guard let value = value(key) else { return [:] }
        var result: [String: T] = [:]
        for entry in try value.mapping(what(key)) {
            result[entry.key] = try read.read(entry.value, "\(entry.key) in \(what(key))")
        }
        return result
    }
}

/// One way of reading a raw value, named for use as `fields.require("capex", .money)`.
struct ValueRead<T> {
    /// Reads the value; the string names it in messages.
    let read: (RawNode, String) throws(PlanError) -> T
}

extension ValueRead where T == String {
    /// Any text.
    static var string: Self { Self { (node: RawNode, what: String) throws(PlanError) in try node.string(what) } }
    /// An id, `[a-z0-9-]+`.
    static var id: Self { Self { (node: RawNode, what: String) throws(PlanError) in try node.id(what) } }
}

extension ValueRead where T == Double {
    /// Any finite number.
    static var number: Self { Self { (node: RawNode, what: String) throws(PlanError) in try node.number(what) } }
    /// Dollars, not negative.
    static var money: Self { Self { (node: RawNode, what: String) throws(PlanError) in try node.money(what) } }
    /// A finite number, not negative.
    static var amount: Self { Self { (node: RawNode, what: String) throws(PlanError) in try node.amount(what) } }
    /// A finite number in `range`.
    static func number(in range: ClosedRange<Double>) -> Self {
        Self { (node: RawNode, what: String) throws(PlanError) in try node.number(what, in: range) }
    }
}

extension ValueRead where T == Int {
    /// A whole number, not negative, at most ``ModelLimits/count``.
    static var count: Self { Self { (node: RawNode, what: String) throws(PlanError) in try node.count(what) } }
    /// A whole number from 0 to `limit`.
    static func count(atMost limit: Int) -> Self {
        Self { (node: RawNode, what: String) throws(PlanError) in try node.count(what, atMost: limit) }
    }
    /// A whole number of months, not negative.
    static var months: Self { Self { (node: RawNode, what: String) throws(PlanError) in try node.months(what) } }
}

extension ValueRead where T == Bool {
    /// true or false.
    static var bool: Self { Self { (node: RawNode, what: String) throws(PlanError) in try node.bool(what) } }
}

extension ValueRead where T == YearMonth {
    /// A month `YYYY-MM`.
    static var yearMonth: Self { Self { (node: RawNode, what: String) throws(PlanError) in try node.yearMonth(what) } }
}
