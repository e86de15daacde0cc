import Foundation
import GLPKSolver
import MIP
@testable import Planning
import Testing

@Suite struct AlternativeTests {
    /// The plants of each type at each site an allocation holds, whatever their phases.
    func counts(_ result: PlanResult) -> [String: Int] {
        result.allocations.reduce(into: [:]) { $0["\($1.site)/\($1.type)", default: 0] += $1.count }
    }

    @Test func alternativesAreDistinctRankedAndWithinTheBound() throws {
        let (plan, optimum) = try Analysis.solve()
        let best = try #require(optimum.objective.value)
        let found = try AlternativeSearch(plan: plan, planner: Analysis.planner)
            .alternatives(to: optimum, count: 4, withinPercent: 10)
        #expect(found.count == 4)
        let patterns = [counts(optimum)] + found.map(counts)
        #expect(Set(patterns).count == patterns.count)
        let values = found.compactMap(\.objective.value)
        #expect(values.count == found.count)
        #expect(values.allSatisfy { $0 >= 0.9 * best - 1 && $0 <= best + 1 })
        #expect(values == values.sorted(by: >))
    }

    /// Within 0% only allocations as good as the optimum qualify.
    @Test func zeroPercentKeepsOnlyEqualOptima() throws {
        let (plan, optimum) = try Analysis.solve()
        let found = try AlternativeSearch(plan: plan, planner: Analysis.planner)
            .alternatives(to: optimum, count: 3, withinPercent: 0)
        #expect(found.allSatisfy { $0.objective.value == optimum.objective.value })
    }

    /// Three sites (two of them interchangeable), two types, two phases: every vector of
    /// plant counts is tried by fixing it in the full model, and the alternatives must be
    /// the best vectors after the optimum's, counting a swap of the twin sites once.
    /// Three sites (s0 and s1 interchangeable), two types, two phases of $6B each.
    static func twins(objective: Objective, economics: Economics? = nil) -> Plan {
        let B = 1e9
        let types = [
            FactoryType(id: "a", name: "a", capex: 3 * B, annualValue: 5 * B, jobs: 100, uses: ["power": 40], buildMonths: 6,
                        review: "CE", earliestPhase: nil, maxPerSite: 2, requires: []),
            FactoryType(id: "b", name: "b", capex: 2 * B, annualValue: 3 * B, jobs: 100, uses: ["power": 30], buildMonths: 6,
                        review: "CE", earliestPhase: nil, maxPerSite: 2, requires: []),
        ]
        func site(_ id: String, _ power: Double, _ cost: Double) -> Site {
            Site(id: id, name: id, state: "ID", capacity: ["power": power], costIndex: 1, developmentCost: cost * B,
                 reviewMonths: [:], maxPlants: nil, excludes: [], expansions: [])
        }
        return Plan(
            name: "twins", start: YearMonth(year: 2026, month: 1),
            phases: [Phase(id: "p1", ends: YearMonth(year: 2026, month: 12), budget: 6 * B),
                     Phase(id: "p2", ends: YearMonth(year: 2027, month: 12), budget: 6 * B)],
            budget: Budget(total: nil, carryOver: true), objective: objective, reviewMonths: ["CE": 0],
            rules: Rules(), targets: [], sites: [site("s0", 80, 1), site("s1", 80, 1), site("s2", 100, 0.5)],
            factoryTypes: types, economics: economics)
    }

    /// The best objective of every vector of plant counts (0-2 per site and type) of a twin
    /// plan, each found by the full model with the counts fixed, twin swaps counted once.
    static func bestByCountVector(_ plan: Plan) throws -> [[[Int]]: Double] {
        let types = plan.factoryTypes
        let formulation = Formulation(plan: plan)
        let last = plan.phases.count - 1
        var values: [[[Int]]: Double] = [:]
        let pairs = plan.sites.indices.flatMap { s in types.indices.map { (s, $0) } }
        for code in 0..<Int(pow(3.0, Double(pairs.count))) {
            var problem = formulation.problem
            var counts = plan.sites.map { _ in types.map { _ in 0 } }
            var rest = code
            for (s, f) in pairs {
                counts[s][f] = rest % 3
                rest /= 3
                let terms = formulation.index.plantsThrough(site: s, type: f, phase: last).map { ($0, 1.0) }
                problem.addRow("fix", terms: terms, lower: Double(counts[s][f]), upper: Double(counts[s][f]))
            }
            let solution = try GLPKSolver().solve(problem, options: SolveOptions())
            if solution.status == .optimal, let objective = solution.objective {
                let key = AlternativeSearch.canonical(counts, groups: [[0, 1]])
                values[key] = max(values[key] ?? -.infinity, objective * formulation.objectiveScale)
            }
        }
        return values
    }

    @Test func alternativesAreTheNextBestPlansByEnumeration() throws {
        let plan = Self.twins(objective: .maximize(.value))
        let formulation = Formulation(plan: plan)
        let ranked = try Self.bestByCountVector(plan).values.sorted(by: >)
        let optimum = try Analysis.planner.solve(plan, options: SolveOptions())
        #expect(abs((optimum.objective.value ?? 0) - ranked[0]) < 1)
        let found = try AlternativeSearch(plan: plan, planner: Analysis.planner).alternatives(to: optimum, count: 4, withinPercent: 50)
        let expected = Array(ranked.dropFirst().prefix(4)).filter { $0 >= 0.5 * ranked[0] - 1 }
        #expect(found.compactMap(\.objective.value) == expected, "\(found.map(\.objective.value)) vs \(expected)")
        #expect(found.allSatisfy { $0.status == .optimal })
        #expect(AlternativeSearch.interchangeableSites(plan, firstAllowed: AggregateModel(formulation: formulation).firstAllowed) == [[0, 1]])
    }

    /// An NPV plan's coefficients depend on the phase, so its alternatives come from the full
    /// model: they must be the next-best vectors of plant counts by enumeration (twin sites
    /// count as different sites there).
    @Test func npvAlternativesAreTheNextBestCountVectorsByEnumeration() throws {
        let plan = Self.twins(objective: .maximize(.npv),
                              economics: Economics(horizon: YearMonth(year: 2035, month: 12), discountRate: 0.05, margin: 0.3))
        let types = plan.factoryTypes
        let formulation = Formulation(plan: plan)
        #expect(!PhaseAggregation.isExact(for: formulation))
        let last = plan.phases.count - 1
        var values: [Double] = []
        let pairs = plan.sites.indices.flatMap { s in types.indices.map { (s, $0) } }
        for code in 0..<Int(pow(3.0, Double(pairs.count))) {
            var problem = formulation.problem
            var rest = code
            for (s, f) in pairs {
                let count = Double(rest % 3)
                rest /= 3
                let terms = formulation.index.plantsThrough(site: s, type: f, phase: last).map { ($0, 1.0) }
                problem.addRow("fix", terms: terms, lower: count, upper: count)
            }
            let solution = try GLPKSolver().solve(problem, options: SolveOptions())
            if solution.status == .optimal, let objective = solution.objective {
                values.append(objective * formulation.objectiveScale)
            }
        }
        let ranked = values.sorted(by: >)
        let optimum = try Analysis.planner.solve(plan, options: SolveOptions())
        let best = try #require(optimum.objective.value)
        #expect(abs(best - ranked[0]) < 1)
        let found = try AlternativeSearch(plan: plan, planner: Analysis.planner).alternatives(to: optimum, count: 3, withinPercent: 50)
        let expected = Array(ranked.dropFirst().prefix(3)).filter { $0 >= best - 0.5 * abs(best) - 1 }
        let got = found.compactMap(\.objective.value)
        #expect(got.count == expected.count)
        #expect(zip(got, expected).allSatisfy { abs($0 - $1) < 1 }, "\(got) vs \(expected)")
        let patterns = [counts(optimum)] + found.map(counts)
        #expect(Set(patterns).count == patterns.count)
    }
}
