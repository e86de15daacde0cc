import Foundation
import Planning

/// Solves a tiny plan by trying every allocation, checking section 2's constraints
/// directly on plant counts, opening phases and built expansions (no MIP involved), so
/// that the formulation can be compared with the contract's own words.
struct BruteForce {
    let plan: Plan
    let tolerance = 1e-9

    /// One candidate: counts[s][f][p], the phase each site opens in, the expansions built,
    /// and with builders byBuilder[b][s][f][p] (summing to counts).
    struct Candidate {
        var counts: [[[Int]]]
        var opened: [Int?]
        var built: [[Bool]]
        var byBuilder: [[[[Int]]]] = []
    }

    /// The best objective over all feasible candidates, nil when none is feasible.
    func optimum() -> Double? {
        let S = plan.sites.count, F = plan.factoryTypes.count, P = plan.phases.count
        var best: Double?
        let triples = (0..<S).flatMap { s in (0..<F).flatMap { f in (0..<P).map { p in (s, f, p) } } }
        let zero = Array(repeating: Array(repeating: Array(repeating: 0, count: P), count: F), count: S)
        var candidate = Candidate(counts: zero, opened: Array(repeating: nil, count: S),
                                  built: plan.sites.map { $0.expansions.map { _ in false } },
                                  byBuilder: (plan.builders ?? []).map { _ in zero })
        func visitTriples(_ i: Int) {
            guard plan.builders == nil else { return visitQuadruples(0) }
            guard i < triples.count else { return visitOpenings(0) }
            let (s, f, p) = triples[i]
            let top = plan.isAllowed(site: plan.sites[s], type: plan.factoryTypes[f], phase: p)
                ? plan.factoryTypes[f].maxPerSite : 0
            for n in 0...top {
                candidate.counts[s][f][p] = n
                visitTriples(i + 1)
            }
            candidate.counts[s][f][p] = 0
        }
        // With builders: every w[b,s,f,p] where eligible, never more than max_per_site plants
        // of a type at a site over all builders and phases.
        let quadruples = (plan.builders ?? []).indices.flatMap { b in triples.map { (b, $0.0, $0.1, $0.2) } }
            .filter { b, s, f, p in
                plan.isEligible(builder: plan.builders![b], site: plan.sites[s], type: plan.factoryTypes[f], phase: p)
            }
        func visitQuadruples(_ i: Int) {
            guard i < quadruples.count else { return visitOpenings(0) }
            let (b, s, f, p) = quadruples[i]
            let placed = (0..<P).reduce(0) { $0 + candidate.counts[s][f][$1] }
            let room = plan.factoryTypes[f].maxPerSite - placed
            for w in 0...max(0, room) {
                candidate.byBuilder[b][s][f][p] = w
                candidate.counts[s][f][p] += w
                visitQuadruples(i + 1)
                candidate.counts[s][f][p] -= w
            }
            candidate.byBuilder[b][s][f][p] = 0
        }
        func visitOpenings(_ s: Int) {
            guard s < S else { return visitExpansions(0, 0) }
            for choice in [nil] + (0..<P).map(Optional.some) {
                candidate.opened[s] = choice
                visitOpenings(s + 1)
            }
        }
        func visitExpansions(_ s: Int, _ k: Int) {
            guard s < S else {
                if let value = evaluate(candidate) {
                    let better = plan.objective == .minimizeCost ? value < (best ?? .infinity) : value > (best ?? -.infinity)
                    if better { best = value }
                }
                return
            }
            guard k < plan.sites[s].expansions.count else { return visitExpansions(s + 1, 0) }
            candidate.built[s][k] = false
            visitExpansions(s, k + 1)
            if avail(site: s, expansion: k) != nil {
                candidate.built[s][k] = true
                visitExpansions(s, k + 1)
                candidate.built[s][k] = false
            }
        }
        visitTriples(0)
        return best
    }

    func avail(site s: Int, expansion k: Int) -> Int? {
        plan.phases.indices.first { plan.sites[s].expansions[k].onlineMonths <= plan.monthsThrough(phase: $0) }
    }

    /// What the plants of type `f` started at site `s` in phase `p` of `c` cost: c(s,f) each,
    /// or with builders each builder's capex_factor * c(s,f).
    func capex(_ c: Candidate, site s: Int, type f: Int, phase p: Int) -> Double {
        let list = plan.factoryTypes[f].capex * plan.sites[s].costIndex
        guard let builders = plan.builders else { return Double(c.counts[s][f][p]) * list }
        return builders.indices.reduce(0.0) { $0 + Double(c.byBuilder[$1][s][f][p]) * builders[$1].capexFactor * list }
    }

    /// B2-B4 on `c`'s builders (B1 holds by construction).
    func buildersHold(_ c: Candidate) -> Bool {
        guard let builders = plan.builders else { return true }
        for (b, builder) in builders.enumerated() {
            var work = 0.0
            for s in plan.sites.indices {
                for f in plan.factoryTypes.indices {
                    for p in plan.phases.indices {
                        work += Double(c.byBuilder[b][s][f][p]) * builder.capexFactor * plan.factoryTypes[f].capex
                            * plan.sites[s].costIndex
                    }
                }
            }
            if let commitment = builder.commitment, work > commitment * (1 + tolerance) { return false }
            if work < builder.minWork * (1 - tolerance) { return false }
            if let limit = builder.maxPlantsPerPhase {
                for p in plan.phases.indices {
                    let started = plan.sites.indices.reduce(0) { sum, s in
                        plan.factoryTypes.indices.reduce(sum) { $0 + c.byBuilder[b][s][$1][p] }
                    }
                    if started > limit { return false }
                }
            }
        }
        return true
    }

    /// The objective of `c`, or nil when it breaks a constraint.
    func evaluate(_ c: Candidate) -> Double? {
        let sites = plan.sites, types = plan.factoryTypes, P = plan.phases.count
        guard buildersHold(c) else { return nil }
        func N(_ s: Int, _ f: Int, _ p: Int) -> Int { (0...p).reduce(0) { $0 + c.counts[s][f][$1] } }
        func isOpen(_ s: Int, by p: Int) -> Bool { c.opened[s].map { $0 <= p } ?? false }
        func spend(site s: Int, phase p: Int) -> Double {
            var total = types.indices.reduce(0.0) { $0 + capex(c, site: s, type: $1, phase: p) }
            if c.opened[s] == p { total += sites[s].developmentCost }
            for k in sites[s].expansions.indices where c.built[s][k] && avail(site: s, expansion: k) == p {
                total += sites[s].expansions[k].cost
            }
            return total
        }
        for s in sites.indices {
            if c.built[s].contains(true) && c.opened[s] == nil { return nil }                    // 4
            for (f, type) in types.enumerated() {
                if N(s, f, P - 1) > type.maxPerSite { return nil }                                   // 3
                for p in 0..<P {
                    if N(s, f, p) > 0 && !isOpen(s, by: p) { return nil }                            // 2
                    for g in type.requires where g != type.id {                                      // 7
                        let have = types.firstIndex { $0.id == g }.map { N(s, $0, p) } ?? 0
                        if N(s, f, p) > type.maxPerSite * have { return nil }
                    }
                }
            }
            for (r, capacity) in sites[s].capacity {                                                 // 5
                for p in 0..<P {
                    let used = types.indices.reduce(0.0) { $0 + (types[$1].uses[r] ?? 0) * Double(N(s, $1, p)) }
                    let added = sites[s].expansions.indices.reduce(0.0) { sum, k in
                        guard c.built[s][k], let a = avail(site: s, expansion: k), a <= p else { return sum }
                        return sum + (sites[s].expansions[k].adds[r] ?? 0)
                    }
                    if used > capacity + added + tolerance { return nil }
                }
            }
            let plants = types.indices.reduce(0) { $0 + N(s, $1, P - 1) }                            // 8
            if let limit = sites[s].maxPlants ?? plan.rules.maxPlantsPerSite, plants > limit { return nil }
        }
        let phaseSpend = (0..<P).map { p in sites.indices.reduce(0.0) { $0 + spend(site: $1, phase: p) } }
        let total = phaseSpend.reduce(0, +)
        var cumulativeSpend = 0.0, cumulativeBudget = 0.0                                            // 6
        for (p, phase) in plan.phases.enumerated() {
            cumulativeSpend += phaseSpend[p]
            guard let budget = phase.budget else { continue }
            cumulativeBudget += budget
            let (used, limit) = plan.budget.carryOver ? (cumulativeSpend, cumulativeBudget) : (phaseSpend[p], budget)
            if used > limit * (1 + tolerance) { return nil }
        }
        if let limit = plan.budget.total, total > limit * (1 + tolerance) { return nil }
        let built = types.indices.map { f in sites.indices.reduce(0) { $0 + N($1, f, P - 1) } }
        for target in plan.targets {                                                                 // 9
            guard let f = types.firstIndex(where: { $0.id == target.type }) else { continue }
            if built[f] < (target.min ?? 0) || built[f] > (target.max ?? .max) { return nil }
        }
        if let share = plan.rules.maxStateShare {                                                    // 10
            for state in Set(sites.map(\.state)) {
                let here = sites.indices.filter { sites[$0].state == state }
                    .reduce(0.0) { s, i in (0..<P).reduce(s) { $0 + spend(site: i, phase: $1) } }
                if here > share * total + tolerance * max(1, total) { return nil }
            }
        }
        let openedSites = sites.indices.filter { c.opened[$0] != nil }
        if let m = plan.rules.minStates, Set(openedSites.map { sites[$0].state }).count < m { return nil }  // 11
        if let m = plan.rules.minSites, openedSites.count < m { return nil }                          // 12
        if let m = plan.rules.maxSites, openedSites.count > m { return nil }
        for r in plan.rules.require {                                                                 // 13
            guard let s = sites.firstIndex(where: { $0.id == r.site }),
                  let f = types.firstIndex(where: { $0.id == r.type }), N(s, f, P - 1) >= r.count else { return nil }
        }
        if plan.funding != nil, !fundingFeasible(c, phaseSpend: phaseSpend) { return nil }          // funding
        let value = types.indices.reduce(0.0) { $0 + Double(built[$1]) * types[$1].annualValue }
        let jobs = types.indices.reduce(0.0) { $0 + Double(built[$1]) * types[$1].jobs }
        switch plan.objective {
        case .maximize(.value): return value
        case .maximize(.jobs): return jobs
        case .maximize(.weighted(let a, let b)): return a * value + b * jobs
        case .minimizeCost: return total
        case .maximize(.npv): return npv(c)
        }
    }

    /// Whether some split pays every phase's spend, for funding of the shape the tests use:
    /// an optional investor (first source, maybe with `until` and `recoup_by`) and a second
    /// source without `until` that may pay every phase. The second pays as much as its
    /// amount allows, which leaves the investor the least to pay.
    func fundingFeasible(_ c: Candidate, phaseSpend: [Double]) -> Bool {
        guard let sources = plan.funding, let first = sources.first else { return true }
        func starts(_ p: Int) -> Int { p == 0 ? 1 : plan.monthsThrough(phase: p - 1) + 1 }
        func payable(_ source: FundingSource, _ p: Int) -> Bool {
            source.until.map { starts(p) <= plan.start.monthsThrough($0) } ?? true
        }
        let total = phaseSpend.reduce(0, +)
        let slack = tolerance * max(1, total)
        guard sources.count == 2 else {
            let paid = phaseSpend.indices.filter { payable(first, $0) }.reduce(0.0) { $0 + phaseSpend[$1] }
            return paid >= total - slack && total <= (first.amount ?? .infinity) + slack
        }
        let other = sources[1]
        let investorOnly = phaseSpend.indices.filter { payable(first, $0) }.reduce(0.0) { $0 + phaseSpend[$1] }
        let least = max(0, total - (other.amount ?? .infinity))
        var most = min(investorOnly, first.amount ?? .infinity)
        if let terms = first.terms, let by = terms.recoupBy {
            let y = plan.start.monthsThrough(by)
            var profit = 0.0
            for (s, site) in plan.sites.enumerated() {
                for (f, type) in plan.factoryTypes.enumerated() {
                    let perYear = type.annualProfit ?? (plan.economics?.margin ?? 0) * type.annualValue
                    for p in plan.phases.indices where c.counts[s][f][p] > 0 {
                        let review = site.reviewMonths[type.review] ?? plan.reviewMonths[type.review] ?? 0
                        let on = max(review, starts(p) - 1) + 1 + type.buildMonths
                        profit += Double(c.counts[s][f][p]) * perYear / 12 * Double(max(0, y - on + 1))
                    }
                }
            }
            most = min(most, terms.share * profit)
        }
        return least <= most + slack
    }

    /// The NPV of `c` summed month by month as section 4 words it: each plant pays its
    /// capex when construction starts and earns profit/12 from its first output through the
    /// horizon; sites pay when their phase starts, expansions when their phase starts.
    func npv(_ c: Candidate) -> Double {
        guard let economics = plan.economics else { return 0 }
        let H = plan.start.monthsThrough(economics.horizon)
        func disc(_ m: Int) -> Double { pow(1 + economics.discountRate, -Double(m - 1) / 12) }
        func phaseStart(_ p: Int) -> Int { p == 0 ? 1 : plan.monthsThrough(phase: p - 1) + 1 }
        var total = 0.0
        for (s, site) in plan.sites.enumerated() {
            for (f, type) in plan.factoryTypes.enumerated() {
                let profit = type.annualProfit ?? (economics.margin ?? 0) * type.annualValue
                for p in plan.phases.indices where c.counts[s][f][p] > 0 {
                    let review = site.reviewMonths[type.review] ?? plan.reviewMonths[type.review] ?? 0
                    let b = max(review, phaseStart(p) - 1) + 1
                    var earned = 0.0
                    var m = b + type.buildMonths
                    while m <= H {
                        earned += profit / 12 * disc(m)
                        m += 1
                    }
                    total += Double(c.counts[s][f][p]) * earned - capex(c, site: s, type: f, phase: p) * disc(b)
                }
            }
            if let p = c.opened[s] { total -= site.developmentCost * disc(phaseStart(p)) }
            for k in site.expansions.indices where c.built[s][k] {
                if let a = avail(site: s, expansion: k) { total -= site.expansions[k].cost * disc(phaseStart(a)) }
            }
        }
        return total
    }
}
