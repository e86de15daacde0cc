/// Says an elastic model's violations in the plan's terms: "phase p1 budget is short by
/// $12.4B", "site inl needs 340 MW more power_mw by phase p2", and for targets and
/// requires how many sites can take the type at all and why the others cannot.
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
            return "state \(t) is over max_state_share by \(money(v.amount)) of spend"
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
            return "the recoup_by promise to \(j) is short by \(money(v.amount)) of its profit share"
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
        let most = allowed.reduce(0) { $0 + min(type.maxPerSite, $1.maxPlants ?? plan.rules.maxPlantsPerSite ?? Int.max) }
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
        guard !order.isEmpty else { return start }
        return start + "; not at " + order.map { "\(reasons[$0]!.joined(separator: ", ")) (\($0))" }.joined(separator: "; ")
    }

    /// When `type` may start at `site`, or why it never may.
    public func requireNote(site id: String, type typeID: String) -> String {
        guard let site = plan.sites.first(where: { $0.id == id }),
              let type = plan.factoryTypes.first(where: { $0.id == typeID }) else { return "the site or type is not selected" }
        guard let p = plan.firstAllowedPhase(site: site, type: type) else {
            let why = plan.whyNotAllowed(site: site, type: type, phase: plan.phases.count - 1)?.description ?? "not allowed"
            return "it can never start there (\(why))"
        }
        return "it may start from phase \(plan.phases[p].id), so other limits hold it back"
    }

    private func plants(_ x: Double) -> String { count(x, "plant") }

    private func money(_ x: Double) -> String { Money.format(x) }

    private func number(_ x: Double) -> String { Quantity.plain(x) }

    private func count(_ x: Double, _ noun: String) -> String {
        "\(number(x)) \(noun)\(abs(x - 1) < 1e-9 ? "" : "s")"
    }
}
