/// The JSON members of a ``MoneyResult`` (section 4 of the plan-format contract):
/// `cash_flow` with `economics`, `funding` with funding sources, `recoup` with terms.
///
/// Beyond the contract, `cash_flow_totals` sums the cash flow through the horizon
/// (`spend`, `profit`, `net`, and with terms `investor` and `others`), and `recoup` adds
/// what each side gets by the horizon: `received` (the investor's part of the profit),
/// `others_paid` (what the other funding sources pay) and `others_received` (everyone
/// else's part of the profit).
enum MoneyJSON {
    /// The members to append after `totals`, in that order.
    static func members(_ money: MoneyResult) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = []
        if money.npv != nil {
            members.append(("cash_flow", .array(money.cashFlow.map(year))))
            let totals = money.cashFlowTotals
            var sums: [(String, JSONValue)] = [("spend", .number(totals.spend)), ("profit", .number(totals.profit)),
                                              ("net", .number(totals.net))]
            if let investor = totals.investor { sums.append(("investor", .number(investor))) }
            if let others = totals.others { sums.append(("others", .number(others))) }
            members.append(("cash_flow_totals", .object(sums)))
        }
        if let funding = money.funding {
            members.append(("funding", .object(funding.map { source in
                (source.source, .object(source.byPhase.map { ($0.phase, .number($0.amount)) }
                    + [("total", .number(source.total))]))
            })))
        }
        if let recoup = money.recoup {
            let totals = money.cashFlowTotals
            members.append(("recoup", .object([
                ("source", .string(recoup.source)), ("invested", .number(recoup.invested)),
                ("month", recoup.month.map { .string($0.description) } ?? .null),
                ("received", .number(totals.investor ?? 0)),
                ("others_paid", .number(money.paidByOthers ?? 0)),
                ("others_received", .number(totals.others ?? 0)),
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
