/// Runs a built program month by month through the horizon: payments, profit, plants
/// online, and the investor's receipts under its terms.
extension PlanEconomics {
    /// Relative float noise allowed when receipts "reach" the investment.
    public static let recoupTolerance = 1e-7

    /// The NPV of `program`: the sum of its columns' NPV coefficients times their values.
    public func npv(of program: BuiltProgram) -> Double {
        var total = 0.0
        // Without builders each plant's profit and capex are one coefficient, as in the model.
        let withBuilders = !program.assignments.isEmpty
        for plant in program.plants {
            total += Double(plant.count) * (withBuilders
                ? profitCoefficient(site: plant.site, type: plant.type, phase: plant.phase)
                : plantCoefficient(site: plant.site, type: plant.type, phase: plant.phase))
        }
        for paid in program.assignments {
            total += Double(paid.count)
                * capexCoefficient(site: paid.site, type: paid.type, phase: paid.phase, builder: paid.builder)
        }
        for (s, phase) in program.openedIn.enumerated() {
            if let phase { total += openingCoefficient(site: s, phase: phase) }
        }
        for (s, built) in program.built.enumerated() {
            for k in built {
                if let a = availablePhase(site: s, expansion: k) {
                    total += expansionCoefficient(site: s, expansion: k, phase: a)
                }
            }
        }
        return total
    }

    /// avail(k) of expansion `k` of site `s`: ``Plan/availablePhase(of:)``.
    public func availablePhase(site s: Int, expansion k: Int) -> Int? {
        plan.availablePhase(of: plan.sites[s].expansions[k])
    }

    /// The last month in which `program` pays a cost of phase `p` (nil when it pays none).
    public func lastPaymentMonth(of program: BuiltProgram, phase p: Int) -> Int? {
        var months = program.plants.filter { $0.phase == p }.map {
            constructionStart(site: $0.site, type: $0.type, phase: p)
        }
        if program.openedIn.contains(p) { months.append(openingMonth(phase: p)) }
        for (s, built) in program.built.enumerated() where built.contains(where: { availablePhase(site: s, expansion: $0) == p }) {
            months.append(expansionMonth(phase: p))
        }
        return months.max()
    }

    /// Dollars `program` spends at site `s` (nil: all sites) in phase `p` (nil: all
    /// phases): its plants at c(s,f) (with builders, at each builder's price), the
    /// development cost of each site in the phase that opens it and each expansion in
    /// avail(k), constraint 6's spend.
    public func spend(of program: BuiltProgram, site s: Int? = nil, phase p: Int? = nil) -> Double {
        var total = 0.0
        for site in s.map({ [$0] }) ?? Array(plan.sites.indices) {
            let here = plan.sites[site]
            if plan.builders != nil {
                for paid in program.assignments where paid.site == site && (p == nil || p == paid.phase) {
                    total += Double(paid.count) * capex(site: site, type: paid.type, builder: paid.builder)
                }
            } else {
                for f in plan.factoryTypes.indices {
                    for q in plan.phases.indices where (p == nil || p == q) && program.counts[site][f][q] > 0 {
                        total += Double(program.counts[site][f][q]) * capex(site: site, type: f)
                    }
                }
            }
            if let opened = program.openedIn[site], p == nil || p == opened { total += here.developmentCost }
            for k in program.built[site] where p == nil || p == availablePhase(site: site, expansion: k) {
                total += here.expansions[k].cost
            }
        }
        return total
    }

    /// spend_p of every phase, in phase order: ``spend(of:site:phase:)`` of each phase
    /// added up in one pass over the program.
    public func phaseSpend(of program: BuiltProgram) -> [Double] {
        var spend = Array(repeating: 0.0, count: plan.phases.count)
        for plant in program.paidPlants {
            spend[plant.phase] += Double(plant.count) * capex(site: plant.site, type: plant.type, builder: plant.builder)
        }
        for (s, opened) in program.openedIn.enumerated() {
            if let opened { spend[opened] += plan.sites[s].developmentCost }
            for k in program.built[s] {
                if let a = availablePhase(site: s, expansion: k) { spend[a] += plan.sites[s].expansions[k].cost }
            }
        }
        return spend
    }

    /// What `program` pays in each month 1...H (index m - 1), costs after H left out.
    public func payments(of program: BuiltProgram) -> [Double] {
        guard let h = horizon, h > 0 else { return [] }
        var paid = Array(repeating: 0.0, count: h)
        func pay(_ amount: Double, in m: Int) { if m >= 1, m <= h { paid[m - 1] += amount } }
        for plant in program.paidPlants {
            pay(Double(plant.count) * capex(site: plant.site, type: plant.type, builder: plant.builder),
                in: constructionStart(site: plant.site, type: plant.type, phase: plant.phase))
        }
        for (s, phase) in program.openedIn.enumerated() {
            if let phase { pay(plan.sites[s].developmentCost, in: openingMonth(phase: phase)) }
        }
        for (s, built) in program.built.enumerated() {
            for k in built {
                if let a = availablePhase(site: s, expansion: k) { pay(plan.sites[s].expansions[k].cost, in: expansionMonth(phase: a)) }
            }
        }
        return paid
    }

    /// The profit `program` earns in each month 1...H (index m - 1) and the plants producing in it.
    public func monthlyOutput(of program: BuiltProgram) -> (profit: [Double], online: [Int]) {
        guard let h = horizon, h > 0 else { return ([], []) }
        var profitStep = Array(repeating: 0.0, count: h + 1)
        var onlineStep = Array(repeating: 0, count: h + 1)
        for plant in program.plants {
            let on = firstOutput(site: plant.site, type: plant.type, phase: plant.phase)
            guard on <= h else { continue }
            profitStep[on - 1] += Double(plant.count) * monthlyProfit(type: plant.type)
            onlineStep[on - 1] += plant.count
        }
        var profit: [Double] = [], online: [Int] = []
        var rate = 0.0, count = 0
        for m in 0..<h {
            rate += profitStep[m]
            count += onlineStep[m]
            profit.append(rate)
            online.append(count)
        }
        return (profit, online)
    }

    /// The profit `program` earns in months `first...last`, summed per plant as annual profit
    /// x producing months / 12 (fewer rounding steps than adding up months).
    public func profitBetween(_ program: BuiltProgram, first: Int, last: Int) -> Double {
        program.plants.reduce(0.0) { sum, plant in
            let on = firstOutput(site: plant.site, type: plant.type, phase: plant.phase)
            let months = max(0, last - max(first, on) + 1)
            return sum + Double(plant.count * months) * annualProfit(type: plant.type) / 12
        }
    }

    /// The investor's receipts in each month 1...H and its recoup month, for an investment
    /// of `invested` under `terms`. Before the month its receipts reach the investment it
    /// gets `share` of the profit; in that month, `share` of the profit up to the point
    /// they reach it and `share_after_recoup` of the rest; afterwards `share_after_recoup`.
    /// An investment under one dollar is recouped in month 1.
    public static func investorReceipts(
        profit: [Double], invested: Double, terms: InvestorTerms
    ) -> (receipts: [Double], recoupMonth: Int?) {
        var receipts: [Double] = []
        var received = 0.0
        var recoupMonth: Int? = invested < 1 && !profit.isEmpty ? 1 : nil
        for (i, earned) in profit.enumerated() {
            let m = i + 1
            if let r = recoupMonth, r < m {
                receipts.append(terms.shareAfterRecoup * earned)
                continue
            }
            let before = received + terms.share * earned
            if recoupMonth == m || before >= invested * (1 - recoupTolerance) {
                recoupMonth = m
                let needed = max(0, invested - received)
                let part = terms.share > 0 ? min(earned, needed / terms.share) : 0
                let got = terms.share * part + terms.shareAfterRecoup * (earned - part)
                receipts.append(got)
                received += got
            } else {
                receipts.append(terms.share * earned)
                received = before
            }
        }
        return (receipts, recoupMonth)
    }

    /// The NPV, yearly cash flow and recoup of `program`, the investor having paid
    /// `invested` (with terms) and made its last payment in month `lastPayment`.
    public func cashFlow(of program: BuiltProgram, invested: Double? = nil, lastPayment: Int? = nil) -> CashFlow {
        let paid = payments(of: program)
        let (profit, online) = monthlyOutput(of: program)
        var receipts: [Double]?
        var recoup: Recoup?
        if let investor = plan.investor, let terms = investor.terms {
            let investment = invested ?? 0
            let (got, month) = Self.investorReceipts(profit: profit, invested: investment, terms: terms)
            receipts = got
            recoup = Recoup(source: investor.id, invested: investment, month: month.map(calendarMonth),
                            lastPayment: lastPayment.map(calendarMonth))
        }
        var years: [CashFlowYear] = []
        if let h = horizon, h > 0 {
            let lastYear = calendarMonth(h).year
            for year in plan.start.year...lastYear {
                let first = max(1, monthNumber(YearMonth(year: year, month: 1)))
                let last = min(h, monthNumber(YearMonth(year: year, month: 12)))
                let range = (first - 1)..<last
                let yearProfit = profitBetween(program, first: first, last: last)
                var entry = CashFlowYear(year: year, spend: range.reduce(0.0) { $0 + paid[$1] }, profit: yearProfit,
                                         plantsOnline: online[last - 1])
                if let receipts {
                    let share = range.reduce(0.0) { $0 + receipts[$1] }
                    entry.investor = share
                    entry.others = yearProfit - share
                }
                years.append(entry)
            }
        }
        return CashFlow(npv: npv(of: program), years: years, recoup: recoup)
    }
}
