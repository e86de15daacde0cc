/// A YAML node of a plan file as read, before validation: plain values with the place
/// each came from, so that every later message can point at its line.
struct RawNode: Sendable {
    /// The node's content.
    enum Value: Sendable {
        /// A scalar's text; `isNull` for `~`, `null` or nothing written.
        case scalar(String, isNull: Bool)
        /// A mapping's entries in file order.
        case mapping([RawEntry])
        /// A sequence's items.
        case sequence([RawNode])
    }

    /// The content.
    var value: Value
    /// Where the node starts.
    var location: SourceLocation

    /// The scalar's text, or nil for a null, mapping or sequence.
    var text: String? {
        if case .scalar(let s, let isNull) = value, !isNull { return s }
        return nil
    }

    /// True for `~`, `null` or an empty value.
    var isNull: Bool {
        if case .scalar(_, true) = value { return true }
        return false
    }

    /// The mapping's entries, or nil.
    var entries: [RawEntry]? {
        if case .mapping(let e) = value { return e }
        return nil
    }

    /// The sequence's items, or nil.
    var items: [RawNode]? {
        if case .sequence(let i) = value { return i }
        return nil
    }

    /// The value of `key` in a mapping, or nil.
    subscript(key: String) -> RawNode? {
        entries?.first { $0.key == key }?.value
    }

    /// A word for the node's kind in messages: "text", "a mapping", "a list" or "nothing".
    var kindName: String {
        switch value {
        case .scalar(let s, let isNull): isNull ? "nothing" : "'\(s)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}

/// One `key: value` entry of a mapping.
struct RawEntry: Sendable {
    /// The key's text.
    var key: String
    /// Where the key is written.
    var keyLocation: SourceLocation
    /// The value.
    var value: RawNode
}
