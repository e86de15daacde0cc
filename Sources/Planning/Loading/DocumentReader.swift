import Yams

/// Turns the text of one YAML (or JSON) file into a ``RawNode`` tree, refusing binary
/// data, empty documents and documents whose aliases expand without end.
struct DocumentReader {
    /// The most nodes a document may expand to, aliases counted at every use.
    static let nodeLimit = 100_000

    /// The file name used in messages.
    let file: String
    private var nodesLeft = DocumentReader.nodeLimit

    /// Creates a reader for messages about `file`.
    init(file: String) {
        self.file = file
    }

    /// Checks raw bytes for NUL bytes and invalid UTF-8, and returns the text without a
    /// leading UTF-8 byte-order mark.
    func text(from bytes: [UInt8]) throws(PlanError) -> String {
        if let nul = bytes.firstIndex(of: 0) {
            throw PlanError(file: file, message: "binary file: NUL byte at offset \(nul)",
                            hint: "a plan must be YAML or JSON text")
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let bad = UTF8Check.firstInvalidByte(in: body) {
            let line = body[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let lineStart = body[..<bad].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            throw PlanError(file: file, line: line, column: bad - lineStart + 1,
                            message: "the file is not UTF-8 text: byte 0x\(String(body[bad], radix: 16, uppercase: true)) is not valid UTF-8",
                            hint: "save the file as UTF-8 YAML or JSON")
        }
        return String(decoding: body, as: UTF8.self)
    }

    /// Reads a whole document; `what` names what the file should hold, for the empty-file message.
    mutating func read(_ text: String, what: String) throws(PlanError) -> RawNode {
        if text.utf8.contains(0) {
            throw PlanError(file: file, message: "binary file: it holds NUL bytes", hint: "a plan must be YAML or JSON text")
        }
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        try refuseAliasKeys(in: text)
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: text)
        } catch {
            throw syntaxError(error)
        }
        guard let composed else {
            throw PlanError(file: file, line: 1, column: 1, message: "empty file", hint: "expected \(what)")
        }
        return try convert(composed)
    }

    /// Aliases in key position make Yams hash whole expanded trees; plan files never need them.
    private func refuseAliasKeys(in text: String) throws(PlanError) {
        guard text.contains("*") else { return }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() {
            let chars = Array(line)
            var i = 0
            while i < chars.count {
                if chars[i] == "*", i + 1 < chars.count, isAnchorCharacter(chars[i + 1]),
                   i == 0 || !isAnchorCharacter(chars[i - 1]) {
                    var j = i + 1
                    while j < chars.count, isAnchorCharacter(chars[j]) { j += 1 }
                    while j < chars.count, chars[j] == " " { j += 1 }
                    let before = chars[..<i].reversed().drop { $0 == " " }.first
                    if (j < chars.count && chars[j] == ":") || before == "?" {
                        throw PlanError(file: file, line: number + 1, column: i + 1,
                                        message: "an alias used as a mapping key",
                                        hint: "write the key out; aliases may stand only as values")
                    }
                    i = j
                } else {
                    i += 1
                }
            }
        }
    }

    private func isAnchorCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_")
    }

    private func syntaxError(_ error: any Error) -> PlanError {
        guard let yaml = error as? YamlError else {
            return PlanError(file: file, message: "cannot read YAML: \(error)")
        }
        switch yaml {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text) (line \($0.mark.line)), " } ?? ""
            return PlanError(file: file, line: mark.line, column: mark.column,
                             message: "YAML syntax error: \(detail)\(problem)",
                             hint: "check indentation, colons and brackets near this place")
        case .duplicatedKeysInMapping(let keys, let context):
            return PlanError(file: file, line: context.mark.line, column: context.mark.column,
                             message: "duplicate key \(keys.map { "'\($0)'" }.joined(separator: ", ")) in a mapping",
                             hint: "give each key once")
        case .reader(let problem, _, _, _):
            return PlanError(file: file, message: "cannot read the file: \(problem)", hint: "save it as UTF-8 text")
        default:
            return PlanError(file: file, message: "cannot read YAML: \(yaml)")
        }
    }

    private func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private mutating func convert(_ node: Node) throws(PlanError) -> RawNode {
        nodesLeft -= 1
        if nodesLeft < 0 {
            throw PlanError(at: location(node.mark), "the document expands to more than \(Self.nodeLimit) values",
                            hint: "aliases (*name) repeat whole subtrees; use fewer of them")
        }
        switch node {
        case .scalar(let scalar):
            let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]
            let isNull = scalar.style == .plain && nullWords.contains(scalar.string)
            return RawNode(value: .scalar(scalar.string, isNull: isNull), location: location(scalar.mark))
        case .sequence(let sequence):
            var items: [RawNode] = []
            for item in sequence { items.append(try convert(item)) }
            return RawNode(value: .sequence(items), location: location(sequence.mark))
        case .mapping(let mapping):
            return RawNode(value: .mapping(try convertEntries(mapping)), location: location(mapping.mark))
        case .alias(let alias):
            throw PlanError(at: location(alias.mark), "unresolved alias *\(alias.anchor.rawValue)")
        }
    }

    private mutating func convertEntries(_ mapping: Node.Mapping) throws(PlanError) -> [RawEntry] {
        var entries: [RawEntry] = []
        var merged: [RawEntry] = []
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let key) = keyNode else {
                throw PlanError(at: location(keyNode.mark), "a mapping key must be a plain name")
            }
            let value = try convert(valueNode)
            if key.string == "<<", key.style == .plain {
                merged += try mergeEntries(value)
            } else {
                entries.append(RawEntry(key: key.string, keyLocation: location(key.mark), value: value))
            }
        }
        let own = Set(entries.map(\.key))
        var seen = Set<String>()
        return entries + merged.filter { !own.contains($0.key) && seen.insert($0.key).inserted }
    }

    /// The entries a `<<` merge key brings in: one mapping or a list of them.
    private func mergeEntries(_ value: RawNode) throws(PlanError) -> [RawEntry] {
        if let entries = value.entries { return entries }
        if let items = value.items {
            var all: [RawEntry] = []
            for item in items {
                guard let entries = item.entries else {
                    throw PlanError(at: item.location, "a merge key '<<' takes mappings only")
                }
                all += entries
            }
            return all
        }
        throw PlanError(at: value.location, "a merge key '<<' takes a mapping or a list of mappings")
    }
}
