/// The JSON members of a ``MoneyResult`` (section 4 of the plan-format contract):
/// `cash_flow` with `economics`, `funding` with funding sources, `recoup` with terms.
enum MoneyJSON {
    /// The members to append after `totals`, in that order.
    static func members(_ money: MoneyResult) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = []
        if money.npv != nil {
            members.append(("cash_flow", .array(money.cashFlow.map(year))))
        }
        if let funding = money.funding {
            members.append(("funding", .object(funding.map { source in
                (source.source, .object(source.byPhase.map { ($0.phase, .number($0.amount)) }
                    + [("total", .number(source.total))]))
            })))
        }
        if let recoup = money.recoup {
            members.append(("recoup", .object([
                ("source", .string(recoup.source)), ("invested", .number(recoup.invested)),
                ("month", recoup.month.map { .string($0.description) } ?? .null),
            ])))
        }
        return members
    }

    private static func year(_ y: CashFlowYear) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("year", .number(Double(y.year))), ("spend", .number(y.spend)), ("profit", .number(y.profit)),
            ("plants_online", .number(Double(y.plantsOnline))),
        ]
        if let investor = y.investor { members.append(("investor", .number(investor))) }
        if let others = y.others { members.append(("others", .number(others))) }
        return .object(members)
    }
}
