/// Why a solved plan (from a solve or an allocation file) cannot be evaluated as a plan of
/// a plan file: a message that says what is wrong and how to fix it.
public struct AllocationError: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var description: String

    /// Creates an error.
    public init(_ description: String) {
        self.description = description
    }
}

extension FixedPlan {
    /// The plan `result` builds, read in `plan`'s positions and checked against it: every
    /// id must exist, every plant must be allowed where and when it starts (section 2's
    /// allowed(s,f,p)), within its type's `max_per_site`, at a site opened by its phase;
    /// every expansion must come online in the phase given, at an opened site; with
    /// `funding`, the split must name the plan's sources, pay only phases each may pay, and
    /// add up to each phase's spend.
    public init(plan: Plan, result: PlanResult) throws(AllocationError) {
        let sites = Self.positions(plan.sites.map(\.id)), types = Self.positions(plan.factoryTypes.map(\.id))
        let phases = Self.positions(plan.phases.map(\.id))
        func find(_ id: String, in table: [String: Int], _ noun: String, _ ids: [String]) throws(AllocationError) -> Int
        {
            guard let position = table[id] else {
                let hint = Suggestions.hint(for: id, among: ids) ?? ""
                throw AllocationError(
                    "unknown \(noun) '\(id)'; \(hint); the file must come from this plan, as it is now")
            }
            return position
        }
        var counts = plan.sites.map { _ in plan.factoryTypes.map { _ in Array(repeating: 0, count: plan.phases.count) }
        }
        var assignments: [BuilderPlants] = []
        for a in result.allocations {
            let s = try find(a.site, in: sites, "site", plan.sites.map(\.id))
            let f = try find(a.type, in: types, "factory type", plan.factoryTypes.map(\.id))
            let p = try find(a.phase, in: phases, "phase", plan.phases.map(\.id))
            guard a.count >= 1 else {
                throw AllocationError(
                    "allocation of \(a.type) at \(a.site) in \(a.phase) has count \(a.count); counts are 1 or more")
            }
            if let why = plan.whyNotAllowed(site: plan.sites[s], type: plan.factoryTypes[f], phase: p) {
                throw AllocationError(
                    "\(a.type) cannot start at \(a.site) in \(a.phase): \(why); solve this plan again")
            }
            if let builders = plan.builders {
                let b = try find(a.builder ?? "", in: Self.positions(builders.map(\.id)), "builder", builders.map(\.id))
                try Self.checkEligible(builders[b], site: plan.sites[s], type: plan.factoryTypes[f], allocation: a)
                guard !assignments.contains(where: { [$0.site, $0.type, $0.phase, $0.builder] == [s, f, p, b] }) else {
                    throw AllocationError("\(a.type) at \(a.site) in \(a.phase) by \(a.builder ?? "") is listed twice")
                }
                assignments.append(BuilderPlants(builder: b, site: s, type: f, phase: p, count: a.count))
            } else if counts[s][f][p] > 0 {
                throw AllocationError("\(a.type) at \(a.site) in \(a.phase) is listed twice")
            }
            counts[s][f][p] += a.count
            let most = plan.factoryTypes[f].maxPerSite
            if counts[s][f].reduce(0, +) > most {
                throw AllocationError(
                    "\(counts[s][f].reduce(0, +)) plants of \(a.type) at \(a.site), above its max_per_site \(most)")
            }
        }
        // The order the solve reads them in: by site, type, phase, then builder.
        assignments.sort {
            ($0.site, $0.type, $0.phase, $0.builder ?? 0) < ($1.site, $1.type, $1.phase, $1.builder ?? 0)
        }
        var openedIn: [Int?] = Array(repeating: nil, count: plan.sites.count)
        for site in result.sites {
            let s = try find(site.id, in: sites, "site", plan.sites.map(\.id))
            guard openedIn[s] == nil else { throw AllocationError("site \(site.id) is opened twice") }
            openedIn[s] = try find(site.openedIn, in: phases, "phase", plan.phases.map(\.id))
        }
        for a in result.allocations {
            let s = sites[a.site] ?? 0, p = phases[a.phase] ?? 0
            guard let opened = openedIn[s], opened <= p else {
                throw AllocationError(
                    "\(a.type) starts at \(a.site) in \(a.phase), but the file does not open the site by then")
            }
        }
        var built: [[Int]] = plan.sites.map { _ in [] }
        for expansion in result.expansions {
            let s = try find(expansion.site, in: sites, "site", plan.sites.map(\.id))
            let ids = plan.sites[s].expansions.map(\.id)
            let k = try find(expansion.id, in: Self.positions(ids), "expansion of \(expansion.site)", ids)
            let available = plan.availablePhase(of: plan.sites[s].expansions[k]).map { plan.phases[$0].id }
            guard available == expansion.phase else {
                throw AllocationError(
                    "expansion \(expansion.id) of \(expansion.site) comes online in \(available ?? "no phase"), not \(expansion.phase)"
                )
            }
            guard openedIn[s] != nil else {
                throw AllocationError(
                    "expansion \(expansion.id) is built at \(expansion.site), which the file does not open")
            }
            built[s].append(k)
        }
        let program = BuiltProgram(
            counts: counts, openedIn: openedIn, built: built.map { $0.sorted() },
            assignments: assignments)
        self.init(program: program, funding: try Self.funding(plan: plan, program: program, result: result))
    }

    /// Refuses a plant its builder may not build: a type it does not build or a site
    /// outside its states (section 6's eligible(b,s,f,p)).
    private static func checkEligible(
        _ builder: Builder, site: Site, type: FactoryType,
        allocation a: Allocation
    ) throws(AllocationError) {
        if !builder.builds(type) {
            throw AllocationError(
                "builder \(builder.id) does not build \(type.id) (\(a.site), \(a.phase)); solve this plan again")
        }
        if !builder.worksAt(site) {
            throw AllocationError(
                "builder \(builder.id) does not build in \(site.state), where \(site.id) is; solve this plan again")
        }
    }

    private static func positions(_ ids: [String]) -> [String: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The split of `result` by source and phase, checked against `program`'s spend.
    private static func funding(plan: Plan, program: BuiltProgram, result: PlanResult) throws(AllocationError)
        -> [[Double]]
    {
        guard let sources = plan.funding else { return [] }
        guard let split = result.money?.funding else {
            throw AllocationError(
                "the file has no funding split, but the plan has funding sources; solve this plan again")
        }
        let economics = PlanEconomics(plan: plan)
        var funding: [[Double]] = []
        for source in sources {
            guard let paid = split.first(where: { $0.source == source.id }) else {
                throw AllocationError("the funding split lacks source '\(source.id)'; solve this plan again")
            }
            funding.append(
                try plan.phases.indices.map { p throws(AllocationError) in
                    let amount = paid.byPhase.first { $0.phase == plan.phases[p].id }?.amount ?? 0
                    if amount > 0 && !economics.mayPay(source, phase: p) {
                        throw AllocationError(
                            "source '\(source.id)' pays for phase \(plan.phases[p].id), which starts after its until")
                    }
                    return amount
                })
        }
        if let unknown = split.first(where: { paid in !sources.contains { $0.id == paid.source } }) {
            throw AllocationError(
                "unknown funding source '\(unknown.source)'; \(Suggestions.hint(for: unknown.source, among: sources.map(\.id)) ?? "")"
            )
        }
        let spend = economics.phaseSpend(of: program)
        for p in plan.phases.indices {
            let paid = funding.reduce(0.0) { $0 + $1[p] }
            if abs(paid - spend[p]) > 1e-6 * max(1, spend[p]) + 1 {
                throw AllocationError(
                    "the sources pay $\(Int64(paid.rounded())) for phase \(plan.phases[p].id), which spends $\(Int64(spend[p].rounded())); solve this plan again"
                )
            }
        }
        return funding
    }
}
