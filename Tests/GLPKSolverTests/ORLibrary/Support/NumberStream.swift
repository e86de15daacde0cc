/// The numbers of an OR-Library data file, read as a stream of tokens.
///
/// Line breaks carry no meaning in these files (copies differ in their layout), so the text
/// is split at blanks, tabs, line feeds, carriage returns and NUL bytes. Numbers may be
/// written like `7500.` or `.5`.
struct NumberStream {
    private let tokens: [String]
    private var position = 0

    /// Splits `bytes` into tokens.
    init<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        var tokens: [String] = []
        var current: [UInt8] = []
        for byte in bytes {
            switch byte {
            case 0x00, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20:
                if !current.isEmpty {
                    tokens.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            default:
                current.append(byte)
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        self.tokens = tokens
    }

    /// Splits `text` into tokens.
    init(_ text: String) { self.init(bytes: text.utf8) }

    /// True when every token has been read.
    var isAtEnd: Bool { position == tokens.count }

    /// The number of tokens not read yet.
    var remaining: Int { tokens.count - position }

    /// The next token as a number; `what` names it in the error.
    mutating func number(_ what: @autoclosure () -> String) throws(ORLibraryFormatError) -> Double {
        guard position < tokens.count else { throw .endOfData(expected: what()) }
        let token = tokens[position]
        guard let value = Double(token), value.isFinite else {
            throw .notANumber(token, position: position, expected: what())
        }
        position += 1
        return value
    }

    /// The next token as a whole number; `what` names it in the error.
    mutating func integer(_ what: @autoclosure () -> String) throws(ORLibraryFormatError) -> Int {
        let at = position
        let value = try number(what())
        guard value == value.rounded(), abs(value) < 1e15 else {
            throw .notAnInteger(value, position: at, expected: what())
        }
        return Int(value)
    }

    /// `count` numbers in a row.
    mutating func numbers(_ count: Int, _ what: @autoclosure () -> String) throws(ORLibraryFormatError) -> [Double] {
        var values: [Double] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try number(what())) }
        return values
    }

    /// `count` whole numbers in a row.
    mutating func integers(_ count: Int, _ what: @autoclosure () -> String) throws(ORLibraryFormatError) -> [Int] {
        var values: [Int] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try integer(what())) }
        return values
    }

    /// A count that must be positive.
    mutating func size(_ what: @autoclosure () -> String) throws(ORLibraryFormatError) -> Int {
        let at = position
        let value = try integer(what())
        guard value > 0 else { throw .badSize(value, position: at, expected: what()) }
        return value
    }
}

/// Why an OR-Library data file could not be read.
enum ORLibraryFormatError: Error, Equatable, CustomStringConvertible {
    /// The data ended where a number was expected.
    case endOfData(expected: String)
    /// A token is not a number.
    case notANumber(String, position: Int, expected: String)
    /// A number that must be whole is not.
    case notAnInteger(Double, position: Int, expected: String)
    /// A count is zero or negative.
    case badSize(Int, position: Int, expected: String)
    /// Numbers are left over after the last expected one.
    case trailingData(count: Int)

    var description: String {
        switch self {
        case .endOfData(let expected): "the data ends where \(expected) was expected"
        case .notANumber(let token, let position, let expected): "token \(position) '\(token)' is not a number (\(expected))"
        case .notAnInteger(let value, let position, let expected): "token \(position) \(value) is not a whole number (\(expected))"
        case .badSize(let value, let position, let expected): "token \(position) \(value) is not a positive count (\(expected))"
        case .trailingData(let count): "\(count) tokens are left after the last expected number"
        }
    }
}
