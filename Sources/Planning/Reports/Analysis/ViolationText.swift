/// Says an elastic model's violations in the plan's terms, each in the unit the plan writes
/// the limit in: "phase p1 budget is short by $12.4B", "site inl needs 340 MW more
/// power_mw by phase p2", "max_state_share 0.4 would do", "recoup_by 2043-03 would do",
/// and for targets and requires how many sites can take the type at all and why the others cannot.
public struct ViolationText: Sendable {
    /// The plan the violations are about.
    public let plan: Plan

    /// Creates a phraser for `plan`.
    public init(plan: Plan) {
        self.plan = plan
    }

    /// One sentence for `violation`.
    public func sentence(_ v: ElasticModel.Violation) -> String {
        let below = v.direction == .belowMin
        switch v.group {
        case .phaseBudget(let p, let cumulative):
            let first = plan.phases.first?.id == p
            let what = cumulative && !first ? "the budget through phase \(p) (with carry-over)" : "phase \(p) budget"
            return "\(what) is short by \(money(v.amount)) (limit \(money(v.limit)))"
        case .totalBudget:
            return "the total budget is short by \(money(v.amount)) (limit \(money(v.limit)))"
        case .resource(let s, let r, let p):
            let unit = Quantity.unit(ofResource: r)
            let more = unit == r ? "\(number(v.amount)) more \(r)" : "\(number(v.amount)) \(unit) more \(r)"
            return "site \(s) needs \(more) by phase \(p) (capacity \(number(v.limit)))"
        case .plantsPerSite(let s):
            return "site \(s) needs room for \(plants(v.amount)) more (max plants \(number(v.limit)))"
        case .target(let f):
            guard below else {
                return "target \(f) max \(number(v.limit)) is exceeded by \(plants(v.amount)) (required elsewhere)"
            }
            return "target \(f) min \(number(v.limit)) is short by \(plants(v.amount)): "
                + capacityNote(type: f, needed: Int(v.limit.rounded()))
        case .require(let s, let f):
            return "require \(s)/\(f) (count \(number(v.limit))) is short by \(plants(v.amount)): "
                + requireNote(site: s, type: f)
        case .stateShare(let t):
            let share = plan.rules.maxStateShare.map(number) ?? "?"
            guard let needed = v.needed else {
                return "state \(t) is over max_state_share \(share) by \(money(v.amount)) of spend"
            }
            return "state \(t) takes \(Quantity.percent(needed)) of the spend, over max_state_share \(share): "
                + "max_state_share \(number(Self.roundedUp(needed))) would do"
        case .minStates:
            return "min_states \(number(v.limit)) is short by \(count(v.amount, "state")): "
                + "the selected sites span \(Set(plan.sites.map(\.state)).count) states"
        case .sitesOpened:
            return below
                ? "min_sites \(number(v.limit)) is short by \(count(v.amount, "site"))"
                : "max_sites \(number(v.limit)) is exceeded by \(count(v.amount, "site"))"
        case .fundingPaysPhase(let p):
            return "the funding sources allowed to pay phase \(p) are short of its spend by \(money(v.amount))"
        case .fundingAmount(let j):
            return "funding source \(j) is short by \(money(v.amount)) (amount \(money(v.limit)))"
        case .recoupBy(let j):
            let promise = plan.investor?.terms?.recoupBy.map { " (\($0))" } ?? ""
            let short = "the recoup_by promise to \(j)\(promise) is short by \(money(v.amount)) of its profit share"
            guard let month = v.needed else { return short + ": no month would do" }
            return short + ": recoup_by \(PlanEconomics(plan: plan).calendarMonth(Int(month))) would do"
        case .builderCommitment(let b):
            return "builder \(b)'s commitment is short by \(money(v.amount)) of capex at its price "
                + "(commitment \(money(v.limit)))"
        case .builderMinWork(let b):
            return "builder \(b)'s min_work \(money(v.limit)) is \(money(v.amount)) more than "
                + "it can be given (at most \(money(v.limit - v.amount)) at its price)"
        case .builderPhaseLimit(let b, let p):
            return "builder \(b) needs room for \(plants(v.amount)) more in phase \(p) "
                + "(max_plants_per_phase \(number(v.limit)))"
        default:
            return "\(v.group) misses its limit by \(number(v.amount))"
        }
    }

    /// Where `type` can stand within the horizon, against the `needed` plants: how many
    /// sites allow it, how many plants they hold at most, and the reasons at the other
    /// sites. When those sites could hold `needed`, other limits hold the type back.
    public func capacityNote(type id: String, needed: Int) -> String {
        guard let type = plan.factoryTypes.first(where: { $0.id == id }) else { return "the type is not selected" }
        let last = plan.phases.count - 1
        let allowed = plan.sites.filter { plan.firstAllowedPhase(site: $0, type: type) != nil }
        let most = allowed.reduce(0) { $0 + min(type.maxPerSite, plan.maxPlants(at: $1) ?? Int.max) }
        var reasons: [String: [String]] = [:]
        var order: [String] = []
        for site in plan.sites where plan.firstAllowedPhase(site: site, type: type) == nil {
            let why = plan.whyNotAllowed(site: site, type: type, phase: last)?.description ?? "not allowed"
            if reasons[why] == nil { order.append(why) }
            reasons[why, default: []].append(site.id)
        }
        let sites = allowed.count == 1 ? "1 site" : "\(allowed.count) sites"
        let start = most >= needed
            ? "\(sites) can finish one in time (at most \(plants(Double(most)))), so other limits hold it back"
            : "only \(sites) can finish one in time (at most \(plants(Double(most))))"
        let builders = builderNote(type)
        guard !order.isEmpty else { return start + builders }
        return start + "; not at " + order.map { "\(reasons[$0]!.joined(separator: ", ")) (\($0))" }.joined(separator: "; ")
            + builders
    }

    /// With builders, who builds `type` and within what: "; built by toshiba (commitment
    /// $1B, 1 plant per phase)"; empty without builders.
    func builderNote(_ type: FactoryType) -> String {
        guard let builders = plan.builders else { return "" }
        let makers = builders.filter { $0.builds(type) }.map { builder in
            let limits = [builder.commitment.map { "commitment \(money($0))" },
                          builder.states.map { "in \($0.joined(separator: ", "))" },
                          builder.maxPlantsPerPhase.map { "\(plants(Double($0))) per phase" }].compactMap { $0 }
            return builder.id + (limits.isEmpty ? "" : " (\(limits.joined(separator: ", ")))")
        }
        return "; built by " + makers.joined(separator: ", ")
    }

    /// When `type` may start at `site`, or why it never may.
    public func requireNote(site id: String, type typeID: String) -> String {
        guard let site = plan.sites.first(where: { $0.id == id }),
              let type = plan.factoryTypes.first(where: { $0.id == typeID }) else { return "the site or type is not selected" }
        guard let p = plan.firstAllowedPhase(site: site, type: type) else {
            let why = plan.whyNotAllowed(site: site, type: type, phase: plan.phases.count - 1)?.description ?? "not allowed"
            return "it can never start there (\(why))"
        }
        return "it may start from phase \(plan.phases[p].id), so other limits hold it back" + builderNote(type)
    }

    /// The setting that would do, as JSON: the share rounded up to two decimals for a state
    /// share, the month for a recoup promise; nil for other limits.
    public func needed(_ v: ElasticModel.Violation) -> JSONValue? {
        guard let needed = v.needed else { return nil }
        switch v.group {
        case .stateShare: return .number(Self.roundedUp(needed))
        case .recoupBy: return .string(PlanEconomics(plan: plan).calendarMonth(Int(needed)).description)
        default: return nil
        }
    }

    /// A share rounded up to two decimals, so that a plan given it holds: 0.3714 as 0.38.
    static func roundedUp(_ share: Double) -> Double {
        (share * 100 - 1e-9).rounded(.up) / 100
    }

    private func plants(_ x: Double) -> String { count(x, "plant") }

    private func money(_ x: Double) -> String { Money.format(x) }

    private func number(_ x: Double) -> String { Quantity.plain(x) }

    private func count(_ x: Double, _ noun: String) -> String {
        "\(number(x)) \(noun)\(abs(x - 1) < 1e-9 ? "" : "s")"
    }
}
