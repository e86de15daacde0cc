/// Reads the catalogs a plan includes, recursively, and merges their `sites`,
/// `factory_types` and `builders` into the plan's raw document (included entries first, in
/// include order), and their one `uncertainty` section under the plan's own: each key the
/// plan's section gives replaces the same key of the included one whole.
///
/// Include paths are relative to the file that names them. A file reached twice along
/// different branches is read once; a file that includes itself, directly or not, is an
/// include cycle.
struct IncludeResolver {
    private var visited = Set<String>()
    /// The catalogs read, in the order they were read, as their paths are written.
    private(set) var files: [String] = []

    /// Returns `root` (the plan read from `file`) with its includes merged in and `include` removed.
    mutating func resolve(_ root: RawNode, file: String, baseDirectory: String) throws(PlanError) -> RawNode {
        _ = try FieldReader(root, schema: .plan, context: "the plan")
        visited.insert(FilePaths.canonical(file))
        return try merge(root, baseDirectory: baseDirectory, chain: [(file, FilePaths.canonical(file))])
    }

    private mutating func merge(_ root: RawNode, baseDirectory: String,
                                chain: [(display: String, canonical: String)]) throws(PlanError) -> RawNode {
        guard var entries = root.entries else { return root }
        if let own = root["builders"], own.items?.isEmpty == true {
            throw PlanDecoder.emptyBuilders(at: own.location)
        }
        var sites: [RawNode] = [], types: [RawNode] = [], builders: [RawNode] = []
        var uncertainty: RawNode?
        if let include = root["include"] {
            for item in try include.list("include") {
                let path = try item.string("an include entry")
                let display = FilePaths.join(baseDirectory, path)
                let canonical = FilePaths.canonical(display)
                if chain.contains(where: { $0.canonical == canonical }) {
                    let names = chain.map(\.display) + [display]
                    throw PlanError(at: item.location, "include cycle: \(names.joined(separator: " -> "))",
                                    hint: "remove one of these includes")
                }
                guard visited.insert(canonical).inserted else { continue }
                files.append(display)
                let catalog = try readCatalog(display, written: path, folder: baseDirectory, from: item.location)
                let merged = try merge(catalog, baseDirectory: FilePaths.directory(of: display),
                                       chain: chain + [(display, canonical)])
                sites += try merged["sites"]?.list("sites") ?? []
                types += try merged["factory_types"]?.list("factory_types") ?? []
                builders += try merged["builders"]?.list("builders") ?? []
                if let section = merged["uncertainty"] {
                    try Self.refuseSecond(uncertainty, section)
                    uncertainty = section
                }
            }
        }
        entries.removeAll { $0.key == "include" }
        if let uncertainty {
            if let own = entries.firstIndex(where: { $0.key == "uncertainty" }) {
                if chain.count > 1 { try Self.refuseSecond(uncertainty, entries[own].value) }
                entries[own].value = Self.overlay(entries[own].value, on: uncertainty)
            } else {
                entries.append(RawEntry(key: "uncertainty", keyLocation: uncertainty.location, value: uncertainty))
            }
        }
        for (key, added) in [("sites", sites), ("factory_types", types), ("builders", builders)] where !added.isEmpty {
            if let index = entries.firstIndex(where: { $0.key == key }) {
                let own = try entries[index].value.list(key)
                entries[index].value = RawNode(value: .sequence(added + own), location: entries[index].value.location)
            } else {
                entries.append(RawEntry(key: key, keyLocation: root.location,
                                        value: RawNode(value: .sequence(added), location: root.location)))
            }
        }
        return RawNode(value: .mapping(entries), location: root.location)
    }

    /// Refuses a second `uncertainty` section among the included files.
    private static func refuseSecond(_ first: RawNode?, _ second: RawNode) throws(PlanError) {
        guard let first else { return }
        throw PlanError(
            at: second.location, "a second uncertainty section among the included files (the first is at \(first.location))",
            hint: "keep one uncertainty section in the catalogs; the plan's own uncertainty may replace its keys")
    }

    /// The plan's own `uncertainty` over an included one: every key the plan gives replaces
    /// the included key whole; the included keys it does not give stay.
    private static func overlay(_ own: RawNode, on included: RawNode) -> RawNode {
        guard let ownEntries = own.entries, let includedEntries = included.entries else { return own }
        let replaced = Set(ownEntries.map(\.key))
        return RawNode(value: .mapping(includedEntries.filter { !replaced.contains($0.key) } + ownEntries),
                       location: own.location)
    }

    /// The catalog at `path`, which the including file (in `folder`) wrote as `written`.
    private func readCatalog(_ path: String, written: String, folder: String,
                             from location: SourceLocation) throws(PlanError) -> RawNode {
        var reader = DocumentReader(file: path)
        let bytes: [UInt8]
        switch FilePaths.read(path) {
        case .success(let read): bytes = read
        case .failure(let problem):
            let resolved = written == path ? "" : " (resolved to '\(path)')"
            throw PlanError(at: location, "cannot read included file '\(written)'\(resolved): \(problem)",
                            hint: "include paths are resolved from the folder of the file that names them (\(folder)); "
                                + "copy the included files along with the plan, or write the include as a path from "
                                + "that folder or as an absolute path")
        }
        let node = try reader.read(
            try reader.text(from: bytes), what: "a catalog with sites:, factory_types:, builders: and/or uncertainty:")
        _ = try FieldReader(node, schema: .catalog, context: "catalog \(path)")
        return node
    }
}
