/// A JSON document whose objects keep the order their keys were given in, so that
/// reports print the same bytes every time.
public enum JSONValue: Sendable, Equatable {
    /// An object: keys in output order.
    case object([(String, JSONValue)])
    /// An array.
    case array([JSONValue])
    /// A string.
    case string(String)
    /// A number; integral values print without a fraction, non-finite ones as null.
    case number(Double)
    /// true or false.
    case bool(Bool)
    /// null.
    case null

    /// Two documents are equal when they print the same.
    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        a.rendered(pretty: false) == b.rendered(pretty: false)
    }

    /// The document as text: indented by two spaces a level when `pretty`, else on one line.
    public func rendered(pretty: Bool = true) -> String {
        var out = ""
        write(to: &out, pretty: pretty, depth: 0)
        return out
    }

    private func write(to out: inout String, pretty: Bool, depth: Int) {
        switch self {
        case .object(let members):
            writeContainer(members.map { (JSONValue.quoted($0.0) + ":" + (pretty ? " " : ""), $0.1) },
                           open: "{", close: "}", to: &out, pretty: pretty, depth: depth)
        case .array(let items):
            writeContainer(items.map { ("", $0) }, open: "[", close: "]", to: &out, pretty: pretty, depth: depth)
        case .string(let s): out += JSONValue.quoted(s)
        case .number(let x): out += JSONValue.format(x)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        }
    }

    private func writeContainer(
        _ entries: [(String, JSONValue)], open: String, close: String, to out: inout String, pretty: Bool, depth: Int
    ) {
        out += open
        guard !entries.isEmpty else { return out += close }
        let indent = pretty ? String(repeating: "  ", count: depth + 1) : ""
        for (i, (prefix, value)) in entries.enumerated() {
            out += (i == 0 ? "" : ",") + (pretty ? "\n" : "") + indent + prefix
            value.write(to: &out, pretty: pretty, depth: depth + 1)
        }
        out += (pretty ? "\n" + String(repeating: "  ", count: depth) : "") + close
    }

    /// A number as JSON: whole numbers below 1e15 without a fraction, others as Swift
    /// prints a Double (shortest round-trip form), non-finite as null.
    static func format(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    /// A string as a JSON string literal.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
