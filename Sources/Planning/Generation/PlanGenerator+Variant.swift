/// What a generated plan holds beyond its sites, types, phases and budgets: the
/// objective, money over time, funding, the investor's terms and the rules, chosen on the
/// command line (`parkplan generate --objective npv --funding --recoup-by 2040-12 ...`).
///
/// None of these draws a random number, so a plan generated with a variant has exactly
/// the sites, types, phases and budgets of the same seed without it.
extension PlanGenerator {
    /// The objective a generated plan states.
    public enum GeneratedObjective: String, Sendable, CaseIterable {
        /// `{maximize: value}` (the default).
        case value
        /// `{maximize: jobs}`.
        case jobs
        /// `{maximize: {value: 1, jobs: 2000000}}`: a job weighs as much as $2M of annual value.
        case weighted
        /// `{minimize: cost}`, with `min` targets on the first types that fit the first phase.
        case cost
        /// `{maximize: npv}` (adds `economics`).
        case npv
    }

    /// A generated plan's objective, economics, funding and rules.
    public struct Variant: Sendable, Equatable {
        /// The objective.
        public var objective: GeneratedObjective = .value
        /// Write an `economics` section (horizon 2050-12, 15% margin, the discount rate).
        public var economics = false
        /// The yearly discount rate of `economics` (default 0.07).
        public var discountRate: Double?
        /// Write two funding sources: an investor paying the phases that start before the
        /// second phase ends, up to 70% of the total budget, and a public source paying any
        /// phase, up to 40% of it, so the last phases are short of money.
        public var funding = false
        /// Give the investor terms: half the profit until recouped, a tenth after.
        public var terms = false
        /// The month by which the investor must recoup (adds terms and funding).
        public var recoupBy: YearMonth?
        /// Whether unspent budget carries over to later phases (default true).
        public var carryOver = true
        /// `rules.max_sites`.
        public var maxSites: Int?
        /// `rules.min_sites`.
        public var minSites: Int?
        /// `rules.min_states`, replacing the generated one.
        public var minStates: Int?
        /// The `min` of the generated target (default 1).
        public var targetMin: Int?
        /// Write an `uncertainty` section: 1000 sampled scenarios (seed 1) from the default
        /// multipliers of `sites/uncertainty.yaml`, for `parkplan risk`.
        public var uncertainty = false

        /// The default: a value plan without money over time.
        public init() {}

        /// The command-line options that give this variant (empty for the default).
        var arguments: String {
            var words: [String] = []
            if objective != .value { words += ["--objective", objective.rawValue] }
            if economics { words.append("--economics") }
            if let discountRate { words += ["--discount-rate", "\(discountRate)"] }
            if funding { words.append("--funding") }
            if terms { words.append("--terms") }
            if let recoupBy { words += ["--recoup-by", "\(recoupBy)"] }
            if uncertainty { words.append("--uncertainty") }
            if !carryOver { words.append("--no-carry-over") }
            for (name, value) in [("--max-sites", maxSites), ("--min-sites", minSites), ("--min-states", minStates),
                                  ("--target-min", targetMin)] {
                if let value { words += [name, "\(value)"] }
            }
            return words.map { " " + $0 }.joined()
        }

        /// True when the plan needs `economics` (an NPV objective or investor terms).
        var writesEconomics: Bool { economics || discountRate != nil || objective == .npv || writesTerms }
        /// True when the investor has terms.
        var writesTerms: Bool { terms || recoupBy != nil }
        /// True when the plan has funding sources.
        var writesFunding: Bool { funding || writesTerms }

        /// Why this variant cannot be generated, or nil.
        var problem: String? {
            if let r = discountRate, !(0...1).contains(r) { return "--discount-rate must be between 0 and 1, e.g. 0.07" }
            for (name, value) in [("--max-sites", maxSites), ("--min-sites", minSites), ("--min-states", minStates),
                                  ("--target-min", targetMin)] {
                if let value, value < 0 { return "\(name) must be 0 or more" }
            }
            if let minSites, let maxSites, minSites > maxSites { return "--min-sites must not exceed --max-sites" }
            return nil
        }
    }
}

// MARK: - YAML text

extension PlanGenerator {
    /// The `objective:` line.
    static func objectiveLine(_ variant: Variant) -> String {
        switch variant.objective {
        case .value: "objective: {maximize: value}\n"
        case .jobs: "objective: {maximize: jobs}\n"
        case .weighted: "objective: {maximize: {value: 1, jobs: 2000000}}\n"
        case .cost: "objective: {minimize: cost}\n"
        case .npv: "objective: {maximize: npv}\n"
        }
    }

    /// The `economics:` and `funding:` sections (empty when the variant has neither).
    static func moneySections(_ variant: Variant, plan: GeneratedPlan) -> String {
        var text = ""
        if variant.writesEconomics {
            let rate = variant.discountRate ?? 0.07
            text += "economics: {horizon: 2050-12, discount_rate: \(rate), margin: 0.15}\n"
        }
        guard variant.writesFunding else { return text }
        let investor = money(roundedToHundred(plan.totalBudgetM * 7 / 10))
        let federal = money(roundedToHundred(plan.totalBudgetM * 4 / 10))
        // The investor pays the phases that start by the first month of the second phase.
        let until = plan.phases.count > 1 ? ", until: \(plan.phases[0].endYear + 1)-01" : ""
        var terms = ""
        if variant.writesTerms {
            terms = ", terms: {share: 0.5, share_after_recoup: 0.1"
                + (variant.recoupBy.map { ", recoup_by: \($0)" } ?? "") + "}"
        }
        text += "funding:\n"
        text += "  - {id: investor, name: Strategic investor, amount: \(investor)\(until)\(terms)}\n"
        text += "  - {id: federal, name: Federal program, amount: \(federal)}\n"
        return text
    }

    /// The `uncertainty:` section (empty when the variant has none). Its multipliers are the
    /// `default` entries of the project's `sites/uncertainty.yaml`, whose sources and
    /// derivations are there (profit's is an estimate, marked EST).
    static func uncertaintySection(_ variant: Variant) -> String {
        guard variant.uncertainty else { return "" }
        return """
            # The default multipliers of sites/uncertainty.yaml (sources there; profit's is EST).
            uncertainty:
              sample: {scenarios: 1000, seed: 1}
              capex: {default: {p50: 1.14, p90: 1.46}}
              review_months: {default: {p50: 1.0, p90: 2.48}}
              build_months: {default: {p50: 1.1, p90: 1.6}}
              profit: {default: {p50: 1.0, p90: 0.75}}

            """
    }

    /// The `min` targets of a cost plan: the first (up to four) types whose lead time fits
    /// the first phase, each at least a fifth of the sites.
    static func costTargets(_ plan: GeneratedPlan, types: [GeneratedType], sites: Int) -> [(String, Int)] {
        let reviewOf = Dictionary(uniqueKeysWithValues: plan.reviewMonths)
        let firstPhaseMonths = (plan.phases.first.map { $0.endYear - 2025 } ?? 0) * 12
        let fitting = types.filter { $0.buildMonths + (reviewOf[$0.review] ?? 0) <= firstPhaseMonths }
        return fitting.prefix(4).map { ($0.id, max(1, sites / 5)) }
    }

    /// Millions rounded to whole hundreds (at least 100).
    private static func roundedToHundred(_ millions: Int) -> Int {
        max(100, (millions + 50) / 100 * 100)
    }
}
