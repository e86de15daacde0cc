/// Applies `--set PATH=VALUE` overrides to a plan's merged raw document, after includes and
/// before validation.
///
/// Paths follow the document by keys and, in lists, by ids: `phases.p1.budget`,
/// `sites.inl.capacity.power_mw`, `targets.transformer-large.min`. Values are read as YAML,
/// so they mean what they would in a plan file. A valid key that is absent is created; an
/// unknown key or id is an error naming the closest valid paths. Setting a key under
/// `objective` replaces the whole objective, so `objective.maximize=jobs` drops a `minimize`.
struct Overrides {
    /// The file name errors about overrides carry.
    static let file = "--set"

    /// Applies each override in order.
    static func apply(_ overrides: [String], to root: inout RawNode) throws(PlanError) {
        for text in overrides {
            guard let equals = text.firstIndex(of: "=") else {
                throw PlanError(file: file, message: "'\(text)' has no '='", hint: "write PATH=VALUE, e.g. budget.total=300B")
            }
            let path = String(text[..<equals]).trimmingSpaces
            let segments = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard !path.isEmpty, !segments.contains("") else {
                throw PlanError(file: file, message: "'\(text)' has an empty path segment",
                                hint: "write PATH=VALUE, e.g. sites.inl.capacity.power_mw=900")
            }
            let value = try parseValue(String(text[text.index(after: equals)...]))
            let setter = Setter(path: path, segments: segments, value: value)
            try setter.set(&root, schema: .plan, depth: 0)
        }
    }

    private static func parseValue(_ text: String) throws(PlanError) -> RawNode {
        let here = SourceLocation(file: file, line: 1, column: 1)
        if text.trimmingSpaces.isEmpty { return RawNode(value: .scalar("", isNull: true), location: here) }
        var reader = DocumentReader(file: file)
        return try reader.read(text, what: "a value")
    }
}

/// One override walking down the document.
private struct Setter {
    let path: String
    let segments: [String]
    let value: RawNode
    private let here = SourceLocation(file: Overrides.file, line: 1, column: 1)

    init(path: String, segments: [String], value: RawNode) {
        self.path = path
        self.segments = segments
        self.value = value
    }

    func set(_ node: inout RawNode, schema: Schema, depth: Int) throws(PlanError) {
        guard depth < segments.count else {
            node = value
            return
        }
        let key = segments[depth]
        switch schema {
        case .leaf:
            let prefix = segments[..<depth].joined(separator: ".")
            throw PlanError(file: Overrides.file, message: "unknown path '\(path)': '\(prefix)' holds a value, not '\(key)'",
                            hint: "set '\(prefix)' itself")
        case .object(let fields):
            guard let inner = fields[key], !(depth == 0 && key == "include") else {
                throw unknown(key, kind: "key", among: fields.keys.filter { depth > 0 || $0 != "include" }, depth: depth)
            }
            // The objective's forms exclude one another: a new form replaces the old.
            let exclusive = depth == 1 && segments[0] == "objective"
            try setEntry(key, in: &node, schema: inner, depth: depth, exclusive: exclusive)
        case .openMap(let inner):
            try setEntry(key, in: &node, schema: inner, depth: depth, exclusive: false)
        case .list(let idKey, let entry):
            var items = node.items ?? []
            var index = items.firstIndex { $0[idKey]?.text == key }
            if index == nil, idKey == "type" {
                let idNode = RawNode(value: .scalar(key, isNull: false), location: here)
                items.append(RawNode(value: .mapping([RawEntry(key: idKey, keyLocation: here, value: idNode)]), location: here))
                index = items.count - 1
            }
            guard let index else {
                throw unknown(key, kind: Self.itemName(segments[depth - 1]), among: items.compactMap { $0[idKey]?.text },
                              depth: depth)
            }
            try set(&items[index], schema: entry, depth: depth + 1)
            node = RawNode(value: .sequence(items), location: node.location)
        }
    }

    private func setEntry(_ key: String, in node: inout RawNode, schema: Schema, depth: Int,
                          exclusive: Bool) throws(PlanError) {
        var entries = node.entries ?? []
        if exclusive { entries.removeAll { $0.key != key } }
        if !entries.contains(where: { $0.key == key }) {
            entries.append(RawEntry(key: key, keyLocation: here,
                                    value: RawNode(value: .scalar("", isNull: true), location: here)))
        }
        let index = entries.firstIndex { $0.key == key } ?? entries.startIndex
        try set(&entries[index].value, schema: schema, depth: depth + 1)
        node = RawNode(value: .mapping(entries), location: node.location)
    }

    private func unknown(_ key: String, kind: String, among candidates: [String], depth: Int) -> PlanError {
        let before = segments[..<depth], after = segments[(depth + 1)...]
        let paths = Suggestions.closest(to: key, among: candidates.sorted()).map { candidate in
            (before + [candidate] + after).joined(separator: ".")
        }
        let hint = paths.isEmpty ? "there is no \(kind) to choose here" : "closest valid paths: \(paths.joined(separator: ", "))"
        return PlanError(file: Overrides.file, message: "unknown path '\(path)': no \(kind) '\(key)'", hint: hint)
    }

    private static func itemName(_ list: String) -> String {
        switch list {
        case "sites": "site"
        case "factory_types": "factory type"
        case "phases": "phase"
        case "expansions": "expansion"
        default: "entry"
        }
    }
}
