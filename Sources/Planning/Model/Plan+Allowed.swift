extension Plan {
    /// review(s,f): the site's duration for the type's review class, else the plan's; nil
    /// when neither gives one.
    public func reviewMonths(site: Site, type: FactoryType) -> Int? {
        site.reviewMonths[type.review] ?? reviewMonths[type.review]
    }

    /// lead(s,f) = review(s,f) + build months; nil without a review duration.
    public func leadTime(site: Site, type: FactoryType) -> Int? {
        reviewMonths(site: site, type: type).map { $0 + type.buildMonths }
    }

    /// The index of the type's earliest phase (0 when unrestricted or unknown).
    public func earliestPhaseIndex(of type: FactoryType) -> Int {
        type.earliestPhase.flatMap { id in phases.firstIndex { $0.id == id } } ?? 0
    }

    /// Why `type` can never start at `site` in phase `phase`, or nil when it is allowed
    /// (the contract's allowed(s,f,p)).
    public func whyNotAllowed(site: Site, type: FactoryType, phase: Int) -> NotAllowedReason? {
        if site.excludes.contains(type.id) { return .excluded }
        if rules.forbid.contains(where: { $0.matches(site: site.id, type: type.id) }) { return .forbidden }
        guard let lead = leadTime(site: site, type: type) else { return .noReviewDuration(type.review) }
        let horizon = monthsThrough(phase: phase)
        if lead > horizon { return .leadTime(lead: lead, horizon: horizon) }
        if phase < earliestPhaseIndex(of: type) { return .beforeEarliestPhase(type.earliestPhase ?? "") }
        return nil
    }

    /// allowed(s,f,p) of the contract.
    public func isAllowed(site: Site, type: FactoryType, phase: Int) -> Bool {
        whyNotAllowed(site: site, type: type, phase: phase) == nil
    }

    /// The first phase index in which `type` may start at `site`, or nil if none.
    public func firstAllowedPhase(site: Site, type: FactoryType) -> Int? {
        phases.indices.first { isAllowed(site: site, type: type, phase: $0) }
    }
}

/// Why a factory type may not start at a site in a phase.
public enum NotAllowedReason: Sendable, Equatable, CustomStringConvertible {
    /// The site lists the type in `excludes`.
    case excluded
    /// A `forbid` rule matches the pair.
    case forbidden
    /// No review duration is known for the type's review class.
    case noReviewDuration(String)
    /// Review plus build months exceed the months up to the phase's end.
    case leadTime(lead: Int, horizon: Int)
    /// The phase comes before the type's `earliest_phase`.
    case beforeEarliestPhase(String)

    /// A short phrase for messages.
    public var description: String {
        switch self {
        case .excluded: "excluded by the site"
        case .forbidden: "forbidden by a rule"
        case .noReviewDuration(let c): "no duration for review class \(c)"
        case .leadTime(let lead, let horizon): "lead time \(lead) months against a horizon of \(horizon)"
        case .beforeEarliestPhase(let p): "not before its earliest phase \(p)"
        }
    }
}
