/// CSV as RFC 4180 writes it, for every CSV the tool prints.
///
/// The allocation, a sweep's points and a comparison's plant changes all come through
/// here: fields separated by commas, one record a line,
/// lines ending with LF. A field holding a comma, a double quote, CR or LF (or any other
/// line break) is written in double quotes with its inner quotes doubled.
enum CSVText {
    /// `text` as a CSV field.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// The records as CSV text, each ending with a newline.
    static func table(_ records: [[String]]) -> String {
        records.map { $0.map(field).joined(separator: ",") + "\n" }.joined()
    }
}
