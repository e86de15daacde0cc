import Foundation

/// A mistake in how a sweep, a shard or a set of shards is described.
public struct SweepError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and how to write it.
    public var description: String

    /// Creates an error with its message.
    public init(_ description: String) {
        self.description = description
    }
}

/// One varied value of a sweep: `PATH=FROM..TO:N`, N evenly spaced points with both ends
/// included. Ends written as money (`100B`, `$2.5M`) make a money parameter whose values
/// are rounded to whole dollars; plain numbers stay as they are. Ends written as months
/// (`2036-12..2040-12:5`) make a month parameter rounded to whole months, which also takes
/// a list (`2036-12,2038-12`).
public struct SweepParameter: Sendable, Equatable {
    /// The `--set` path the values go to, e.g. `budget.total`.
    public var path: String
    /// The values, in order from FROM to TO.
    public var values: [Double]
    /// True when the ends were written as money.
    public var isMoney: Bool
    /// True when the values are months, each held as year * 12 + month - 1.
    public var isMonth: Bool = false

    /// Creates a parameter.
    public init(path: String, values: [Double], isMoney: Bool, isMonth: Bool = false) {
        self.path = path
        self.values = values
        self.isMoney = isMoney
        self.isMonth = isMonth
    }

    /// `month` as a month parameter's value: year * 12 + month - 1.
    public static func monthValue(_ month: YearMonth) -> Double {
        Double(month.year * 12 + month.month - 1)
    }

    /// The month a month parameter's `value` stands for.
    public static func month(of value: Double) -> YearMonth {
        let index = Int(value.rounded())
        return YearMonth(year: index / 12, month: index % 12 + 1)
    }

    /// Parses `PATH=YYYY-MM..YYYY-MM:N` or `PATH=YYYY-MM,YYYY-MM,...`; nil when the values
    /// are not months.
    static func parseMonths(_ text: String) throws(SweepError) -> SweepParameter? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let path = String(text[..<equals]).trimmingSpaces
        var body = String(text[text.index(after: equals)...]).trimmingSpaces
        let example = "write PATH=2036-12..2040-12:5 or PATH=2036-12,2038-12"
        if !body.contains("..") {
            let months = body.split(separator: ",").map { YearMonth(String($0).trimmingSpaces) }
            guard !months.isEmpty, let first = months.first, first != nil else { return nil }
            guard !path.isEmpty, months.allSatisfy({ $0 != nil }) else {
                throw SweepError("'\(text)' mixes months with other values; \(example)")
            }
            return SweepParameter(path: path, values: months.compactMap { $0 }.map(monthValue), isMoney: false, isMonth: true)
        }
        guard let colon = body.lastIndex(of: ":") else { return nil }
        let countText = String(body[body.index(after: colon)...]).trimmingSpaces
        body = String(body[..<colon])
        let ends = body.components(separatedBy: "..").map { YearMonth($0.trimmingSpaces) }
        guard ends.count == 2, let from = ends[0], let to = ends[1] else { return nil }
        guard !path.isEmpty, let count = Int(countText), count >= 1, count <= 10_000 else {
            throw SweepError("'\(countText)' in '\(text)' is not a number of points from 1 to 10000; \(example)")
        }
        if count == 1, from != to { throw SweepError("'\(text)' asks for 1 point between two different ends; give N >= 2") }
        let a = monthValue(from), b = monthValue(to)
        let values = (0..<count).map { i in
            count == 1 ? a : (a + (b - a) * Double(i) / Double(count - 1)).rounded()
        }
        return SweepParameter(path: path, values: values, isMoney: false, isMonth: true)
    }

    /// Parses `PATH=FROM..TO:N` (or a month list, see ``parseMonths(_:)``), e.g. `budget.total=100B..550B:10` or `rules.min_states=2..5:4`.
    public static func parse(_ text: String) throws(SweepError) -> SweepParameter {
        if let months = try parseMonths(text) { return months }
        let example = "write PATH=FROM..TO:N, e.g. budget.total=100B..550B:10"
        guard let equals = text.firstIndex(of: "="), let colon = text.lastIndex(of: ":"), equals < colon else {
            throw SweepError("'\(text)' is not a range; \(example)")
        }
        let path = String(text[..<equals]).trimmingSpaces
        let range = String(text[text.index(after: equals)..<colon])
        let countText = String(text[text.index(after: colon)...]).trimmingSpaces
        let ends = range.components(separatedBy: "..")
        guard !path.isEmpty, ends.count == 2 else { throw SweepError("'\(text)' is not a range; \(example)") }
        guard let count = Int(countText), count >= 1, count <= 10_000 else {
            throw SweepError("'\(countText)' in '\(text)' is not a number of points from 1 to 10000; \(example)")
        }
        let plain = ends.map { Number.parse($0.trimmingSpaces) }
        let money = ends.map { Money.parse($0.trimmingSpaces) }
        let isMoney = plain.contains { $0 == nil }
        guard let from = isMoney ? money[0] : plain[0], let to = isMoney ? money[1] : plain[1] else {
            throw SweepError("'\(range)' in '\(text)' needs two numbers or two amounts of money; \(example)")
        }
        if count == 1, from != to { throw SweepError("'\(text)' asks for 1 point between two different ends; give N >= 2") }
        let values = (0..<count).map { i -> Double in
            let x = count == 1 ? from : (i == count - 1 ? to : from + (to - from) * Double(i) / Double(count - 1))
            return isMoney ? x.rounded() : x
        }
        return SweepParameter(path: path, values: values, isMoney: isMoney)
    }

    /// The `--set` string giving this parameter `value`, e.g. `budget.total=300000000000`.
    public func override(_ value: Double) -> String {
        isMonth ? "\(path)=\(Self.month(of: value))" : "\(path)=\(Overrides.valueText(value))"
    }
}

/// One of N slices of a sweep's points, `--shard I/N` with I from 0 to N-1 (so a
/// Kubernetes Indexed Job passes `$JOB_COMPLETION_INDEX` as it is). Slice I holds the
/// points whose index modulo N is I, which spreads neighbouring (similar) points over
/// the slices.
public struct SweepShard: Sendable, Equatable {
    /// This slice, 0-based.
    public var index: Int
    /// How many slices there are.
    public var count: Int

    /// Creates a shard; `index` must lie in 0..<count.
    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses `I/N`.
    public static func parse(_ text: String) throws(SweepError) -> SweepShard {
        let parts = text.split(separator: "/").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let i = parts[0], let n = parts[1], n >= 1, i >= 0, i < n else {
            throw SweepError("'\(text)' is not a shard; write I/N with 0 <= I < N, e.g. --shard 0/4")
        }
        return SweepShard(index: i, count: n)
    }

    /// True when point `point` belongs to this slice.
    public func contains(_ point: Int) -> Bool { point % count == index }
}
