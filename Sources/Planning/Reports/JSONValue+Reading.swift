/// Reading a ``JSONValue`` back: the HTML map is drawn from the JSON report, so that
/// every field the JSON carries is there to show.
extension JSONValue {
    /// The member `key` of an object; nil for a missing key or a value that is not an object.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The string, or nil.
    var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The number, or nil.
    var number: Double? {
        if case .number(let x) = self { return x }
        return nil
    }

    /// The Boolean, or nil.
    var bool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The items of an array; empty for anything else.
    var items: [JSONValue] {
        if case .array(let items) = self { return items }
        return []
    }

    /// The members of an object in order; empty for anything else.
    var members: [(String, JSONValue)] {
        if case .object(let members) = self { return members }
        return []
    }
}
