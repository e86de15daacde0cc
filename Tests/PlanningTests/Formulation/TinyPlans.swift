import GLPKSolver
import MIP
import Planning

/// Small plans built in code. All of them start in 2026-01; phase p1 ends 2026-12
/// (T = 12 months) and p2 ends 2027-12 (T = 24). Review class "CE" takes 0 months unless a
/// test says otherwise, so a type with the default 12 build months is allowed in every phase.
/// Money is in dollars; `B` is one billion.
enum Tiny {
    static let B = 1e9
    static let start = YearMonth(year: 2026, month: 1)

    /// Phase p1 (ends 2026-12) and, when `two`, p2 (ends 2027-12), with optional budgets.
    static func phases(_ budgets: [Double?] = [nil, nil]) -> [Phase] {
        budgets.enumerated().map { i, budget in
            Phase(id: "p\(i + 1)", ends: YearMonth(year: 2026 + i, month: 12), budget: budget)
        }
    }

    /// A site with no capacity limits, cost index 1 and no development cost unless given.
    static func site(
        _ id: String, state: String = "ID", capacity: [String: Double] = [:], costIndex: Double = 1,
        development: Double = 0, reviewMonths: [String: Int] = [:], maxPlants: Int? = nil,
        excludes: [String] = [], expansions: [Expansion] = []
    ) -> Site {
        Site(id: id, name: id, state: state, capacity: capacity, costIndex: costIndex, developmentCost: development,
             reviewMonths: reviewMonths, maxPlants: maxPlants, excludes: excludes, expansions: expansions)
    }

    /// A type costing `capex`, worth `value` a year, with review "CE" and 12 build months.
    static func type(
        _ id: String, capex: Double = B, value: Double = B, jobs: Double = 100, uses: [String: Double] = [:],
        buildMonths: Int = 12, earliest: String? = nil, maxPerSite: Int = 1, requires: [String] = []
    ) -> FactoryType {
        FactoryType(id: id, name: id, capex: capex, annualValue: value, jobs: jobs, uses: uses,
                    buildMonths: buildMonths, review: "CE", earliestPhase: earliest, maxPerSite: maxPerSite,
                    requires: requires)
    }

    /// A plan named "tiny" over `sites` and `types`.
    static func plan(
        sites: [Site], types: [FactoryType], phases: [Phase] = phases([nil]), budget: Budget = Budget(),
        objective: Objective = .maximize(.value), reviewMonths: [String: Int] = ["CE": 0], rules: Rules = Rules(),
        targets: [Target] = []
    ) -> Plan {
        Plan(name: "tiny", start: start, phases: phases, budget: budget, objective: objective,
             reviewMonths: reviewMonths, rules: rules, targets: targets, sites: sites, factoryTypes: types)
    }

    /// Solves `plan` with GLPK to proven optimality.
    static func solve(_ plan: Plan) throws -> PlanResult {
        try Planner(solver: GLPKSolver()).solve(plan, options: SolveOptions())
    }

    /// The allocations as "site/type/phase=count" strings, in the result's order.
    static func allocations(_ result: PlanResult) -> [String] {
        result.allocations.map { "\($0.site)/\($0.type)/\($0.phase)=\($0.count)" }
    }
}
