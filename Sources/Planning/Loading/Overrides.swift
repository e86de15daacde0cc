/// Applies `--set PATH=VALUE` and `--unset PATH` overrides to a plan's merged raw document,
/// after includes and before validation.
///
/// Paths follow the document by keys and, in lists, by ids: `phases.p1.budget`,
/// `sites.inl.capacity.power_mw`, `targets.transformer-large.min`. Values are read as YAML,
/// so they mean what they would in a plan file. A valid key that is absent is created; an
/// unknown key or id is an error naming the closest valid paths. Setting a key under
/// `objective` replaces the whole objective, so `objective.maximize=jobs` drops a `minimize`.
/// An empty or null value is an error: a key is removed on purpose with `--unset PATH`,
/// which reaches the loader as ``unsetting(_:)``; unsetting an absent key changes nothing.
public enum Overrides {
    /// The file name errors about overrides carry.
    static let file = "--set"

    /// How an override that removes a key starts.
    private static let unsetMark = "--unset "

    /// The override that removes the key or list entry at `path` (`--unset PATH`).
    public static func unsetting(_ path: String) -> String {
        unsetMark + path
    }

    /// `x` written as an override's value that the loader reads back exactly: whole
    /// numbers without a fraction or exponent (`300000000000`), others in Swift's shortest
    /// round-trip form.
    public static func valueText(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e18 { return String(Int64(x)) }
        return "\(x)"
    }

    /// The override as typed on the command line: `--set PATH=VALUE` or `--unset PATH`.
    public static func commandLine(_ override: String) -> String {
        commandWords(override).joined(separator: " ")
    }

    /// The override as command-line words: `["--set", "PATH=VALUE"]` or `["--unset", "PATH"]`.
    public static func commandWords(_ override: String) -> [String] {
        override.hasPrefix(unsetMark) ? ["--unset", String(override.dropFirst(unsetMark.count))] : ["--set", override]
    }

    /// Applies each override in order.
    static func apply(_ overrides: [String], to root: inout RawNode) throws(PlanError) {
        for text in overrides {
            if text.hasPrefix(unsetMark) {
                let path = String(text.dropFirst(unsetMark.count)).trimmingSpaces
                let parts = try segments(of: path, text: path, door: "--unset", hint: "write a key's path, e.g. --unset budget.total")
                try Setter(path: path, segments: parts, value: nil)
                    .set(&root, schema: .plan, depth: 0)
                continue
            }
            guard let equals = text.firstIndex(of: "=") else {
                throw PlanError(file: file, message: "'\(text)' has no '='", hint: "write PATH=VALUE, e.g. budget.total=300B")
            }
            let path = String(text[..<equals]).trimmingSpaces
            let parts = try segments(of: path, text: text, door: file,
                                     hint: "write PATH=VALUE, e.g. sites.inl.capacity.power_mw=900")
            let value = try parseValue(String(text[text.index(after: equals)...]), path: path)
            try Setter(path: path, segments: parts, value: value).set(&root, schema: .plan, depth: 0)
        }
    }

    private static func segments(of path: String, text: String, door: String, hint: String) throws(PlanError) -> [String] {
        let segments = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !path.isEmpty, !segments.contains("") else {
            throw PlanError(file: door, message: "'\(text)' has an empty path segment", hint: hint)
        }
        return segments
    }

    private static func parseValue(_ text: String, path: String) throws(PlanError) -> RawNode {
        let empty = PlanError(file: file, message: "'\(path)=' gives no value",
                              hint: "write a value after '=', or remove the key with --unset \(path)")
        if text.trimmingSpaces.isEmpty { throw empty }
        var reader = DocumentReader(file: file)
        let value = try reader.read(text, what: "a value")
        if value.isNull { throw empty }
        return value
    }
}

/// One override walking down the document; a nil value removes what the path names.
private struct Setter {
    let path: String
    let segments: [String]
    let value: RawNode?
    private let here = SourceLocation(file: Overrides.file, line: 1, column: 1)

    init(path: String, segments: [String], value: RawNode?) {
        self.path = path
        self.segments = segments
        self.value = value
    }

    func set(_ node: inout RawNode, schema: Schema, depth: Int) throws(PlanError) {
        guard depth < segments.count else {
            if let value { node = value }
            return
        }
        let key = segments[depth]
        let last = depth == segments.count - 1
        switch schema {
        case .leaf:
            let prefix = segments[..<depth].joined(separator: ".")
            throw PlanError(file: Overrides.file, message: "unknown path '\(path)': '\(prefix)' holds a value, not '\(key)'",
                            hint: "\(value == nil ? "unset" : "set") '\(prefix)' itself")
        case .object(let fields):
            guard let inner = fields[key], !(depth == 0 && key == "include") else {
                throw unknown(key, kind: "key", among: fields.keys.filter { depth > 0 || $0 != "include" }, depth: depth)
            }
            // The objective's forms exclude one another: a new form replaces the old.
            let exclusive = depth == 1 && segments[0] == "objective"
            try setEntry(key, in: &node, schema: inner, depth: depth, exclusive: exclusive && value != nil)
        case .openMap(let inner):
            try setEntry(key, in: &node, schema: inner, depth: depth, exclusive: false)
        case .list(let idKey, let entry):
            var items = node.items ?? []
            var index = items.firstIndex { $0[idKey]?.text == key }
            if index == nil, idKey == "type", value != nil {
                let idNode = RawNode(value: .scalar(key, isNull: false), location: here)
                items.append(RawNode(value: .mapping([RawEntry(key: idKey, keyLocation: here, value: idNode)]), location: here))
                index = items.count - 1
            }
            guard let index else {
                throw unknown(key, kind: Self.itemName(segments[depth - 1]), among: items.compactMap { $0[idKey]?.text },
                              depth: depth)
            }
            if last && value == nil {
                items.remove(at: index)
            } else {
                try set(&items[index], schema: entry, depth: depth + 1)
            }
            node = RawNode(value: .sequence(items), location: node.location)
        }
    }

    private func setEntry(_ key: String, in node: inout RawNode, schema: Schema, depth: Int,
                          exclusive: Bool) throws(PlanError) {
        var entries = node.entries ?? []
        if value == nil {
            // Removing an absent key changes nothing, but the rest of the path must still be valid.
            guard let index = entries.firstIndex(where: { $0.key == key }) else {
                var nothing = RawNode(value: .mapping([]), location: here)
                if depth < segments.count - 1 { try set(&nothing, schema: schema, depth: depth + 1) }
                return
            }
            if depth == segments.count - 1 {
                entries.remove(at: index)
            } else {
                try set(&entries[index].value, schema: schema, depth: depth + 1)
            }
            node = RawNode(value: .mapping(entries), location: node.location)
            return
        }
        if exclusive { entries.removeAll { $0.key != key } }
        if !entries.contains(where: { $0.key == key }) {
            entries.append(RawEntry(key: key, keyLocation: here,
                                    value: RawNode(value: .mapping([]), location: here)))
        }
        let index = entries.firstIndex { $0.key == key } ?? entries.startIndex
        try set(&entries[index].value, schema: schema, depth: depth + 1)
        // A value the override turns into a mapping (a number given keys) is the override's own.
        node = RawNode(value: .mapping(entries), location: node.entries == nil ? here : node.location)
    }

    private func unknown(_ key: String, kind: String, among candidates: [String], depth: Int) -> PlanError {
        let before = segments[..<depth], after = segments[(depth + 1)...]
        let paths = Suggestions.closest(to: key, among: candidates.sorted()).map { candidate in
            (before + [candidate] + after).joined(separator: ".")
        }
        let hint = paths.isEmpty ? "there is no \(kind) to choose here" : "closest valid paths: \(paths.joined(separator: ", "))"
        return PlanError(file: value == nil ? "--unset" : Overrides.file, message: "unknown path '\(path)': no \(kind) '\(key)'",
                         hint: hint)
    }

    private static func itemName(_ list: String) -> String {
        switch list {
        case "sites": "site"
        case "factory_types": "factory type"
        case "phases": "phase"
        case "expansions": "expansion"
        case "builders": "builder"
        case "funding": "funding source"
        default: "entry"
        }
    }
}
