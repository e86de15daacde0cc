/// Escaping for text that goes into an HTML page: names from a plan file are data, so
/// every character that could start markup is written as an entity.
enum HTMLText {
    /// `text` safe as element content or as a double-quoted attribute value: `&`, `<`,
    /// `>`, `"` and `'` become entities.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A JSON document safe inside a `<script>` element: `<`, `>` and `&` are written as
    /// `\u003c`, `\u003e` and `\u0026` (still the same JSON), so no `</script>` or `<!--`
    /// can end or change the block, and U+2028/U+2029 are escaped as well.
    static func scriptJSON(_ value: JSONValue) -> String {
        var out = ""
        for scalar in value.rendered(pretty: false).unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
