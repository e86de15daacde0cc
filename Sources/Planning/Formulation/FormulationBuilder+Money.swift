import Foundation
import MIP

/// Spend (constraint 6), state shares (constraint 10) and the objective, in billions.
extension FormulationBuilder {
    /// The terms of spend in billions: of phase `phase` (nil: all phases), at the sites
    /// `sites` (nil: all). Plants cost c(s,f) (with builders, their builder's c_b(s,f)) in
    /// the phase they start, a site its development cost in the phase it opens, an
    /// expansion its cost in avail(k).
    func spendTerms(phase: Int? = nil, sites: [Int]? = nil) -> [(Int, Double)] {
        var terms: [(Int, Double)] = []
        for s in sites ?? Array(siteIndices) {
            let site = plan.sites[s]
            for p in plan.phases.indices where phase == nil || phase == p {
                for f in typeIndices { terms += capexTerms(site: s, type: f, phase: p) }
                terms.append((index.opened[s][p], site.developmentCost / money))
            }
            for k in site.expansions.indices {
                guard let x = index.expansion(site: s, expansion: k),
                      let online = index.availablePhase(site: s, expansion: k),
                      phase == nil || phase == online else { continue }
                terms.append((x, site.expansions[k].cost / money))
            }
        }
        return terms
    }

    /// 6. Phase budgets (cumulative with carry-over, else per phase, as
    /// ``Plan/phaseBudgetRows`` says) and the total budget.
    mutating func addBudgets() {
        for row in plan.phaseBudgetRows {
            let phase = plan.phases[row.phase]
            addRow("budget[\(phase.id)]", .phaseBudget(phase: phase.id, cumulative: plan.budget.carryOver),
                   terms: row.spendOf.flatMap { spendTerms(phase: $0) }, upper: row.limit / money, scale: money)
        }
        if let total = plan.budget.total {
            addRow("budget_total", .totalBudget, terms: spendTerms(), upper: total / money, scale: money)
        }
    }

    /// 10. spend at the sites of state t <= max_state_share * total spend, for every state.
    mutating func addStateShares() {
        guard let share = plan.rules.maxStateShare else { return }
        let total = spendTerms().map { ($0.0, -share * $0.1) }
        for state in states {
            let sites = siteIndices.filter { plan.sites[$0].state == state }
            addRow("state_share[\(state)]", .stateShare(state: state),
                   terms: spendTerms(sites: sites) + total, upper: 0, scale: money)
        }
    }

    /// The objective: a measure of the plants to maximize (the NPV from ``PlanEconomics``),
    /// or the total spend to minimize.
    mutating func setObjective() {
        let coefficients: [Double]
        switch plan.objective {
        case .minimizeCost:
            objectiveScale = money
            for (j, c) in spendTerms() { problem.setObjective(j, problem.variables[j].objective + c) }
            return
        case .maximize(.value):
            coefficients = plan.factoryTypes.map(\.annualValue)
            objectiveScale = money
        case .maximize(.jobs):
            coefficients = plan.factoryTypes.map(\.jobs)
            objectiveScale = 1
        case .maximize(.weighted(let a, let b)):
            coefficients = plan.factoryTypes.map { a * $0.annualValue + b * $0.jobs }
            objectiveScale = Self.powerOfTen(near: coefficients.map(abs).max() ?? 0)
        case .maximize(.npv):
            setNPVObjective()
            return
        }
        for (key, j) in index.plants {
            problem.setObjective(j, coefficients[key.type] / objectiveScale)
        }
    }

    /// The power of ten at or below `magnitude` (1 for zero).
    static func powerOfTen(near magnitude: Double) -> Double {
        guard magnitude > 0, magnitude.isFinite else { return 1 }
        return pow(10, floor(log10(magnitude)))
    }
}
