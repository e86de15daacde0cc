/// The part of the contract's model (section 2) that one row of a ``Formulation`` states.
///
/// Every row of the problem carries exactly one group, so that diagnostics (why a plan is
/// infeasible, which limits bind, marginal values) can speak of budgets, resources and
/// rules rather than of row numbers. Ids are the plan's site, type, phase and state ids.
public enum ConstraintGroup: Sendable, Hashable, CustomStringConvertible {
    /// Constraint 1: the site is opened at most once.
    case openOnce(site: String)
    /// Constraint 2: plants of a type started through a phase need the site open by then.
    case plantsNeedOpenSite(site: String, type: String, phase: String)
    /// Constraint 3: at most `max_per_site` plants of a type at the site.
    case typeLimitPerSite(site: String, type: String)
    /// Constraint 4: an expansion needs its site opened.
    case expansionNeedsOpenSite(site: String, expansion: String)
    /// Constraint 5: a resource's use at a site through a phase stays within its capacity.
    case resource(site: String, resource: String, phase: String)
    /// Constraint 6: the budget of a phase (with carry-over: the cumulative budget through it).
    case phaseBudget(phase: String, cumulative: Bool)
    /// Constraint 6: the plan's total budget.
    case totalBudget
    /// Constraint 7: a type stands only where the type it requires stands.
    case coLocation(site: String, type: String, requires: String, phase: String)
    /// Constraint 8: the most plants at one site.
    case plantsPerSite(site: String)
    /// Constraint 9: the `targets` entry for a type.
    case target(type: String)
    /// Constraint 10: a state's share of the total spend.
    case stateShare(state: String)
    /// Constraint 11: a state counts only when one of its sites is opened.
    case stateCounted(state: String)
    /// Constraint 11: the fewest distinct states with an opened site.
    case minStates
    /// Constraint 12: the fewest and most sites opened.
    case sitesOpened
    /// Constraint 13: a `require` entry.
    case require(site: String, type: String)
    /// Funding: the sources pay exactly the spend of a phase.
    case fundingPaysPhase(phase: String)
    /// Funding: a source pays at most its `amount` over all phases.
    case fundingAmount(source: String)
    /// Terms: the investor's share of cumulative profit through `recoup_by` covers its investment.
    case recoupBy(source: String)
    /// B1: the plants of a type started at a site in a phase are those its eligible builders start there.
    case builderAssignment(site: String, type: String, phase: String)
    /// B2: a builder's capex, at its own price, stays within its commitment.
    case builderCommitment(builder: String)
    /// B3: a builder's capex, at its own price, reaches its `min_work`.
    case builderMinWork(builder: String)
    /// B4: the plants a builder starts in a phase stay within its `max_plants_per_phase`.
    case builderPhaseLimit(builder: String, phase: String)

    /// The number of the constraint family in section 2 of the contract (1...13); the
    /// funding rows of section 4 are 14 (a phase's spend paid), 15 (a source's amount) and
    /// 16 (the `recoup_by` promise); the builder rows of section 6 are 17 to 20 (B1 to B4).
    public var family: Int {
        switch self {
        case .openOnce: 1
        case .plantsNeedOpenSite: 2
        case .typeLimitPerSite: 3
        case .expansionNeedsOpenSite: 4
        case .resource: 5
        case .phaseBudget, .totalBudget: 6
        case .coLocation: 7
        case .plantsPerSite: 8
        case .target: 9
        case .stateShare: 10
        case .stateCounted, .minStates: 11
        case .sitesOpened: 12
        case .require: 13
        case .fundingPaysPhase: 14
        case .fundingAmount: 15
        case .recoupBy: 16
        case .builderAssignment: 17
        case .builderCommitment: 18
        case .builderMinWork: 19
        case .builderPhaseLimit: 20
        }
    }

    /// A short phrase naming the limit, for messages.
    public var description: String {
        switch self {
        case .openOnce(let s): "site \(s) is opened at most once"
        case .plantsNeedOpenSite(let s, let f, let p): "\(f) at \(s) needs the site open by \(p)"
        case .typeLimitPerSite(let s, let f): "max_per_site of \(f) at \(s)"
        case .expansionNeedsOpenSite(let s, let k): "expansion \(k) needs site \(s) opened"
        case .resource(let s, let r, let p): "\(r) capacity at \(s) through \(p)"
        case .phaseBudget(let p, let cumulative): cumulative ? "budget through \(p)" : "budget of \(p)"
        case .totalBudget: "total budget"
        case .coLocation(let s, let f, let g, let p): "\(f) at \(s) requires \(g) there by \(p)"
        case .plantsPerSite(let s): "max plants at \(s)"
        case .target(let f): "target for \(f)"
        case .stateShare(let t): "max_state_share of \(t)"
        case .stateCounted(let t): "state \(t) counts only with an opened site"
        case .minStates: "min_states"
        case .sitesOpened: "min_sites/max_sites"
        case .require(let s, let f): "require \(f) at \(s)"
        case .fundingPaysPhase(let p): "the funding sources pay the spend of \(p)"
        case .fundingAmount(let j): "amount of funding source \(j)"
        case .recoupBy(let j): "recoup_by of \(j)"
        case .builderAssignment(let s, let f, let p): "\(f) at \(s) in \(p) is built by an eligible builder"
        case .builderCommitment(let b): "commitment of builder \(b)"
        case .builderMinWork(let b): "min_work of builder \(b)"
        case .builderPhaseLimit(let b, let p): "max_plants_per_phase of builder \(b) in \(p)"
        }
    }
}
