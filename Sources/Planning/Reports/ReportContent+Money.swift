import Foundation

/// The money-over-time sections of the table and markdown reports: Cash flow by year
/// (with the NPV), Funding by source and phase, and one sentence on the investor's recoup.
extension ReportContent {
    /// The sections to print after Totals; none for a plan without `economics` and `funding`.
    var moneySections: [ReportSection] {
        guard let money = result.money else { return [] }
        return [cashFlowSection(money), fundingSection(money)].compactMap { $0 }
    }

    private func cashFlowSection(_ money: MoneyResult) -> ReportSection? {
        guard let npv = money.npv, let economics = plan.economics else { return nil }
        let terms = money.recoup != nil
        var rows = zip(money.cashFlow, money.cashFlow.cumulativeNet).map { y, cumulative -> [String] in
            var row = [String(y.year), Money.format(y.spend), Money.format(y.profit), String(y.plantsOnline)]
            if terms { row += [Money.format(y.investor ?? 0), Money.format(y.others ?? 0)] }
            return row + [Money.format(cumulative)]
        }
        let totals = money.cashFlowTotals
        rows.append(["total", Money.format(totals.spend), Money.format(totals.profit), ""]
            + (terms ? [Money.format(totals.investor ?? 0), Money.format(totals.others ?? 0)] : [])
            + [Money.format(totals.net)])
        var columns: [ReportColumn] = [.text("year"), .number("spend"), .number("profit"), .number("online")]
        if terms { columns += [.number(investorColumn), .number("to others")] }
        columns.append(.number("program net"))
        var notes = [
            "NPV \(Money.format(npv)) at \(Quantity.percent(economics.discountRate)) a year "
                + "through \(economics.horizon); "
                + "amounts undiscounted; online: plants producing in December (or the horizon month); program net: "
                + "the whole program's profit less its spend, summed through the year."
        ]
        if let recoup = money.recoup {
            notes.append(recoupSentence(recoup, money: money))
            notes.append(Self.splitSentence(recoup, money: money, horizon: economics.horizon))
        }
        return ReportSection(title: "Cash flow by year", columns: columns, rows: rows, notes: notes)
    }

    /// What each side gets through the horizon: "Through 2050-12 japan receives $18.4B of
    /// the profit for the $16.6B it paid (net $1.84B); the others (everyone but japan)
    /// receive $32.9B for the $0 they paid (net $32.9B)."
    static func splitSentence(_ recoup: Recoup, money: MoneyResult, horizon: YearMonth) -> String {
        let totals = money.cashFlowTotals, name = recoup.source
        let investor = totals.investor ?? 0, others = totals.others ?? 0
        let paid = money.paidByOthers.map {
            " for the \(Money.format($0)) they paid (net \(Money.format(others - $0)))"
        } ?? ""
        return "Through \(horizon) \(name) receives \(Money.format(investor)) of the profit for the "
            + "\(Money.format(recoup.invested)) it paid (net \(Money.format(investor - recoup.invested))); "
            + "the others (everyone but \(name)) receive \(Money.format(others))\(paid)."
    }

    private var investorColumn: String {
        plan.investor.map { "to \($0.id)" } ?? "investor"
    }

    private func fundingSection(_ money: MoneyResult) -> ReportSection? {
        guard let funding = money.funding, !funding.isEmpty else { return nil }
        let rows = funding.map { source in
            [source.source] + plan.phases.map { phase in
                source.byPhase.first { $0.phase == phase.id }.map { Money.format($0.amount) } ?? "-"
            } + [Money.format(source.total)]
        }
        let columns = [ReportColumn.text("source")] + plan.phases.map { ReportColumn.number($0.id) } + [.number("total")]
        return ReportSection(title: "Funding by source", columns: columns, rows: rows,
                             notes: ["- marks a phase the source may not pay for."])
    }

    /// "japan recovers $312B in 2037-04, 8.3 years after its last payment (2028-12)."
    func recoupSentence(_ recoup: Recoup, money: MoneyResult) -> String {
        let name = recoup.source
        guard let month = recoup.month else {
            let received = money.cashFlow.reduce(0.0) { $0 + ($1.investor ?? 0) }
            let horizon = plan.economics.map { " by \($0.horizon)" } ?? ""
            return "\(name) has received \(Money.format(received)) of the \(Money.format(recoup.invested)) it paid\(horizon): not recouped."
        }
        guard let last = recoup.lastPayment else {
            return "\(name) paid \(Money.format(recoup.invested)): nothing to recover (recouped in \(month))."
        }
        let months = (month.year - last.year) * 12 + (month.month - last.month)
        let years = String(format: "%.1f", Double(months) / 12)
        return "\(name) recovers \(Money.format(recoup.invested)) in \(month), \(years) years after its last payment (\(last))."
    }
}
