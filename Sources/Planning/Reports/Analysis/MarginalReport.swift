/// Prints marginal values after the main result: lines for a table, a Markdown table, or
/// a `marginals` JSON array.
public struct MarginalReport: Sendable {
    /// The marginals to print.
    public let marginals: [Marginal]
    /// What the objective counts, for units.
    public let measure: ObjectiveMeasure

    /// Creates a report.
    public init(_ marginals: [Marginal], measure: ObjectiveMeasure) {
        self.marginals = marginals
        self.measure = measure
    }

    /// The `marginals` array for the JSON report.
    public var json: JSONValue {
        .array(marginals.map { m in
            var members: [(String, JSONValue)] = [
                ("kind", .string(m.kind.rawValue)), ("limit", .string(m.limit)),
                ("change", .string(Self.words(m.change))), ("set", .string(m.override)), ("status", .string(m.status)),
            ]
            if let objective = m.objective { members.append(("objective", .number(objective))) }
            if let delta = m.delta { members.append(("delta", .number(delta))) }
            if let message = m.message { members.append(("message", .string(message))) }
            return .object(members)
        })
    }

    /// A change in words: "+$1B", "+100 MW", "+12.5 cooling (10%)", "p2 ends 2033-01
    /// (+1 month)", "without inl".
    static func words(_ change: Marginal.Change) -> String {
        switch change {
        case .raiseBudget(let dollars):
            return "+" + Money.format(dollars)
        case .raiseCapacity(let resource, let amount, let share):
            let step = "+\(Quantity.plain(amount)) \(Quantity.unit(ofResource: resource))"
            return step + (share.map { " (\(Quantity.percent($0)))" } ?? "")
        case .extendLastPhase(let phase, let ends):
            return "\(phase) ends \(ends) (+1 month)"
        case .leaveOut(let site):
            return "without \(site)"
        }
    }

    /// The rows: limit, change, objective change (or the status), new objective.
    var rows: [[String]] {
        let money = measure.isMoney
        func amount(_ x: Double) -> String { money ? Money.format(x) : Quantity.plain(x) }
        return marginals.map { m in
            let delta = m.delta.map { ($0 > 0 ? "+" : "") + amount($0) } ?? m.status
            return [m.limit, Self.words(m.change), delta, m.objective.map(amount) ?? ""]
        }
    }

    /// The section as text (`markdown` for a Markdown table), ending with a newline.
    public func text(markdown: Bool) -> String {
        let all = [["limit", "change", "objective change", "objective"]] + rows
        if markdown {
            return (["", "## Marginals", ""] + TextTable.markdown(all, left: 2)).joined(separator: "\n") + "\n"
        }
        let lines = TextTable.aligned(all, left: 2).map { "  " + $0 }
        return (["", "Marginals (each a re-solve with one limit moved):"] + lines).joined(separator: "\n") + "\n"
    }
}
