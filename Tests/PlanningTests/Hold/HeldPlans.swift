import Foundation
import GLPKSolver
import MIP
import Testing

@testable import Planning

/// Every plan of a small plan file, enumerated, each evaluated in every listed scenario by
/// ``IndependentRisk`` (which shares no code with the model or the simulator): the
/// independent truth the plans chosen to hold are checked against.
struct HeldPlans {
    /// One candidate plan and its figures in each listed scenario.
    struct Candidate {
        let result: PlanResult
        let npv: [Double]
        /// True where every phase stays within its budget.
        let within: [Bool]
    }

    let plan: Plan
    let weights: [Double]
    let candidates: [Candidate]

    /// Two sites, three types, two phases with budgets; no funding, so the plan's columns
    /// are its plants and opened sites. Each (site, type) gets every split of its plants
    /// over the phases it is allowed in; a site opens in the first phase with a plant.
    static func yaml(p1Budget: String = "1.5B", scenarios: String, optimize: String, builders: String = "") -> String {
        """
        name: Held plan
        start: 2026-01
        phases:
          - {id: p1, ends: 2027-06, budget: \(p1Budget)}
          - {id: p2, ends: 2030-12, budget: 2.6B}
        budget: {total: 3.6B, carry_over: true}
        objective: {maximize: npv}
        review_months: {CE: 2, EA: 9, EIS: 20}
        economics: {horizon: 2045-12, discount_rate: 0.05, margin: 0.2}
        \(builders)
        sites:
          - {id: north, name: North, state: OH, capacity: {power_mw: 400}, cost_index: 1.1, development_cost: 200M}
          - {id: south, name: South, state: TN, capacity: {power_mw: 300}, development_cost: 100M}
        factory_types:
          - {id: transformer, name: Transformer plant, capex: 600M, annual_value: 1.5B, jobs: 700, uses: {power_mw: 100}, build_months: 9, review: EA, max_per_site: 2}
          - {id: cable, name: Cable plant, capex: 300M, annual_value: 800M, jobs: 300, uses: {power_mw: 50}, build_months: 12, review: CE, max_per_site: 2}
          - {id: fab, name: Fab, capex: 1.6B, annual_value: 2.4B, jobs: 2000, uses: {power_mw: 250}, build_months: 30, review: EIS}
        uncertainty:
          scenarios:
        \(scenarios)
          optimize: \(optimize)

        """
    }

    /// Five listed scenarios of different weights.
    static let scenarios = """
            - {id: base, weight: 3}
            - {id: overrun, capex: {default: 1.4, fab: 1.9}}
            - {id: slow-permits, review_months: {EIS: 2.0, EA: 2.1, CE: 3}, build_months: {default: 1.25}}
            - {id: weak-demand, weight: 2, profit: {default: 0.6}, capex: {cable: 1.2}}
            - {id: bad-decade, weight: 0.5, capex: {default: 1.3}, review_months: {default: 1.8}, profit: {default: 0.7}}
        """

    /// Every plan of `yaml`'s plan that meets its own constraints, with its figures.
    init(yaml: String) throws {
        let plan = try PlanLoader.load(yaml: yaml, file: "held.yaml").plan
        self.plan = plan
        var own = plan
        own.uncertainty?.optimize = nil
        let formulation = Formulation(plan: own)
        guard case .listed(let listed)? = plan.uncertainty?.scenarios else {
            Issue.record("the plan lists no scenarios")
            candidates = []
            weights = []
            return
        }
        weights = listed.map(\.weight)
        let index = formulation.index
        // Every (site, type) pair's choices: plants per phase, within max_per_site.
        var choices: [[[(Int, Int)]]] = []
        for s in plan.sites.indices {
            for f in plan.factoryTypes.indices {
                let columns = plan.phases.indices.compactMap { index.plant(site: s, type: f, phase: $0) }
                guard !columns.isEmpty else { continue }
                let most = plan.factoryTypes[f].maxPerSite
                var options: [[(Int, Int)]] = [[]]
                for column in columns {
                    options = options.flatMap { chosen in
                        let used = chosen.reduce(0) { $0 + $1.1 }
                        return (0...(most - used)).map { chosen + [(column, $0)] }
                    }
                }
                choices.append(options)
            }
        }
        var found: [Candidate] = []
        var pick = Array(repeating: 0, count: choices.count)
        let columns = formulation.problem.variables.count
        while true {
            var values = Array(repeating: 0.0, count: columns)
            for (k, option) in pick.enumerated() {
                for (column, count) in choices[k][option] { values[column] = Double(count) }
            }
            for s in plan.sites.indices {
                let first = plan.phases.indices.first { p in
                    plan.factoryTypes.indices.contains { f in
                        index.plant(site: s, type: f, phase: p).map { values[$0] > 0 } ?? false
                    }
                }
                if let first { values[index.opened[s][first]] = 1 }
            }
            // With builders (one, who builds everything), its columns carry every plant.
            if plan.builders?.count == 1 {
                for s in plan.sites.indices {
                    for f in plan.factoryTypes.indices {
                        for p in plan.phases.indices {
                            guard let n = index.plant(site: s, type: f, phase: p),
                                let w = index.builderPlant(builder: 0, site: s, type: f, phase: p)
                            else { continue }
                            values[w] = values[n]
                        }
                    }
                }
            }
            if formulation.problem.isFeasible(values) {
                let result = PlanResult(
                    plan: own, formulation: formulation,
                    solution: Solution(status: .optimal, objective: 0, values: values), solverName: "enumeration")
                let independent = IndependentRisk(plan: own, result: result)
                let outcomes = listed.map { independent.outcome(IndependentRisk.listed($0)) }
                found.append(
                    Candidate(
                        result: result, npv: outcomes.map(\.npv), within: outcomes.map { $0.within.allSatisfy { $0 } }))
            }
            var k = 0
            while k < pick.count {
                pick[k] += 1
                if pick[k] < choices[k].count { break }
                pick[k] = 0
                k += 1
            }
            if k == pick.count { break }
        }
        candidates = found
    }

    /// The probability of the scenarios where `candidate` stays within every budget.
    func chanceWithin(_ candidate: Candidate) -> Double {
        zip(candidate.within, weights).reduce(0.0) { $0 + ($1.0 ? $1.1 : 0) } / weights.reduce(0, +)
    }

    /// The best value of `measure` over the candidates whose chance of staying within every
    /// budget is at least `confidence` (any without one).
    func best(_ measure: (Candidate) -> Double, confidence: Double? = nil) -> Double {
        candidates.filter { confidence == nil || chanceWithin($0) >= confidence! - 1e-12 }.map(measure).max() ?? .nan
    }

    /// The expected NPV of `candidate`.
    func expected(_ candidate: Candidate) -> Double { IndependentRisk.mean(candidate.npv, weights) }

    /// `result`'s NPV in each listed scenario, by ``IndependentRisk``.
    func npv(of result: PlanResult) -> [Double] {
        guard case .listed(let listed)? = plan.uncertainty?.scenarios else { return [] }
        let independent = IndependentRisk(plan: plan, result: result)
        return listed.map { independent.outcome(IndependentRisk.listed($0)).npv }
    }

    /// Whether `result` stays within every budget in each listed scenario.
    func within(of result: PlanResult) -> [Bool] {
        guard case .listed(let listed)? = plan.uncertainty?.scenarios else { return [] }
        let independent = IndependentRisk(plan: plan, result: result)
        return listed.map { independent.outcome(IndependentRisk.listed($0)).within.allSatisfy { $0 } }
    }

    static func close(_ a: Double, _ b: Double, relative: Double = 1e-7) -> Bool {
        abs(a - b) <= relative * max(1, abs(a), abs(b))
    }
}
