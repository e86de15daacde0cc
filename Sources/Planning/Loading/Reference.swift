/// A place where a plan names an id that must exist.
struct Reference: Sendable {
    /// What kind of thing the id names.
    enum Kind: String, Sendable {
        case site
        case factoryType = "factory type"
        case phase
        case reviewClass = "review class"
    }

    /// The kind of thing named.
    var kind: Kind
    /// The id as written.
    var id: String
    /// Where it is written.
    var location: SourceLocation
    /// The field that names it, for messages, e.g. "excludes of site 'inl'".
    var field: String
}

/// Collects the references a decoder meets.
struct References: Sendable {
    /// All references in file order.
    private(set) var all: [Reference] = []

    /// Records that `field` names `id` of `kind` at `location`.
    mutating func add(_ kind: Reference.Kind, _ id: String, at location: SourceLocation, in field: String) {
        all.append(Reference(kind: kind, id: id, location: location, field: field))
    }
}
