import Foundation
import GLPKSolver
import MIP
import Testing

@testable import Planning

/// Plans chosen to hold across listed scenarios, solved on GLPK and checked against every
/// plan of the plan file enumerated and evaluated by ``IndependentRisk``: the optimum of
/// the expected NPV, of its CVaR and under a budget chance constraint, and the chosen
/// plan's figures re-evaluated.
@Suite struct HoldEnumerationTests {
    static func solved(_ yaml: String) throws -> (HeldPlans, HoldSolve) {
        let truth = try HeldPlans(yaml: yaml)
        let solved = try Planner(solver: GLPKSolver()).solveHolding(truth.plan, options: SolveOptions())
        return (truth, solved)
    }

    @Test func expectedNPVOptimumEqualsEnumeration() throws {
        let (truth, solved) = try Self.solved(
            HeldPlans.yaml(scenarios: HeldPlans.scenarios, optimize: "{npv: expected}"))
        #expect(truth.candidates.count > 100)
        let result = solved.result
        #expect(result.status == .optimal)
        #expect(result.objective.measure == .expectedNPV)
        #expect(result.solver.path == .hold)
        let best = truth.best(truth.expected)
        let value = try #require(result.objective.value)
        #expect(HeldPlans.close(value, best), "GLPK \(value), enumeration \(best)")
        // The chosen plan, re-evaluated independently, is worth what the objective says.
        #expect(HeldPlans.close(IndependentRisk.mean(truth.npv(of: result), truth.weights), value))
        // totals.npv stays the plan's NPV as written (the planned case).
        let planned = try #require(result.money?.npv)
        #expect(HeldPlans.close(planned, truth.npv(of: result)[0]))
    }

    @Test(arguments: [0.3, 0.5, 1.0])
    func cvarOptimumEqualsEnumeration(level: Double) throws {
        let (truth, solved) = try Self.solved(
            HeldPlans.yaml(scenarios: HeldPlans.scenarios, optimize: "{npv: {cvar: \(level)}}"))
        let result = solved.result
        #expect(result.status == .optimal)
        #expect(result.objective.measure == .cvarNPV)
        let best = truth.best { IndependentRisk.cvar($0.npv, truth.weights, level) }
        let value = try #require(result.objective.value)
        #expect(HeldPlans.close(value, best), "GLPK \(value), enumeration \(best)")
        #expect(HeldPlans.close(IndependentRisk.cvar(truth.npv(of: result), truth.weights, level), value))
    }

    @Test(arguments: [0.6, 0.75, 0.9, 1.0])
    func chanceConstrainedOptimumEqualsEnumeration(confidence: Double) throws {
        let (truth, solved) = try Self.solved(
            HeldPlans.yaml(
                p1Budget: "1.2B", scenarios: HeldPlans.scenarios,
                optimize: "{npv: expected, confidence: \(confidence)}"))
        let result = solved.result
        #expect(result.status == .optimal)
        let best = truth.best(truth.expected, confidence: confidence)
        let value = try #require(result.objective.value)
        #expect(HeldPlans.close(value, best), "GLPK \(value), enumeration \(best)")
        let within = truth.within(of: result)
        let chance = zip(within, truth.weights).reduce(0.0) { $0 + ($1.0 ? $1.1 : 0) } / truth.weights.reduce(0, +)
        #expect(chance >= confidence - 1e-12)
    }

    /// The constraint binds: without it the best plan breaks a budget more often than allowed.
    @Test func theChanceConstraintChangesThePlan() throws {
        let truth = try HeldPlans(
            yaml: HeldPlans.yaml(p1Budget: "1.2B", scenarios: HeldPlans.scenarios, optimize: "{confidence: 0.9}"))
        let free = truth.best(truth.expected), held = truth.best(truth.expected, confidence: 0.9)
        #expect(held < free - 1e6)
    }

    /// Random listed scenarios, budgets and confidence levels: the big-M of each budget row
    /// (its largest possible excess) never cuts off a plan the chance constraint allows, so
    /// the optimum equals enumeration's.
    @Test(arguments: 1...6)
    func bigMIsValidOnRandomPlans(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let count = 3 + Int(random.next() % 5)
        let lines = (0..<count).map { k in
            let m = { (low: Double, high: Double) in
                String(format: "%.3f", low + (high - low) * Double(random.next() % 1000) / 1000)
            }
            return
                "    - {id: s\(k), weight: \(1 + random.next() % 3), capex: {transformer: \(m(0.8, 1.8)), cable: \(m(0.8, 1.6)), fab: \(m(0.9, 2.2))}, profit: {default: \(m(0.6, 1.2))}}"
        }
        let budget = ["1.0B", "1.2B", "1.4B", "1.6B"][Int(random.next() % 4)]
        let confidence = [0.5, 0.66, 0.8, 0.95][Int(random.next() % 4)]
        let measure = random.next() % 2 == 0 ? "expected" : "{cvar: 0.4}"
        let (truth, solved) = try Self.solved(
            HeldPlans.yaml(
                p1Budget: budget, scenarios: lines.joined(separator: "\n"),
                optimize: "{npv: \(measure), confidence: \(confidence)}"))
        let weights = truth.weights
        let score: (HeldPlans.Candidate) -> Double = { candidate in
            measure == "expected"
                ? IndependentRisk.mean(candidate.npv, weights) : IndependentRisk.cvar(candidate.npv, weights, 0.4)
        }
        let best = truth.best(score, confidence: confidence)
        let value = try #require(solved.result.objective.value)
        #expect(solved.result.status == .optimal)
        #expect(HeldPlans.close(value, best), "seed \(seed): GLPK \(value), enumeration \(best)")
    }

    /// The value of the stochastic solution, recomputed from the deterministic plan: the
    /// plan solved without `optimize` is the best NPV as written, and both plans' measures
    /// on the listed scenarios are recomputed independently.
    @Test(arguments: ["{npv: expected, confidence: 0.75}", "{npv: {cvar: 0.3}}"])
    func valueOfTheStochasticSolutionIsRecomputed(optimize: String) throws {
        let (truth, solved) = try Self.solved(
            HeldPlans.yaml(p1Budget: "1.2B", scenarios: HeldPlans.scenarios, optimize: optimize))
        // The deterministic plan is the enumeration's best NPV as written (the base scenario
        // has every multiplier 1).
        let written = try #require(solved.deterministic.objective.value)
        #expect(HeldPlans.close(written, truth.best { $0.npv[0] }))
        let sampler = try #require(ScenarioSampler(plan: truth.plan))
        let comparison = HoldComparison(
            plan: truth.plan, chosen: solved.result, chosenPlan: try FixedPlan(plan: truth.plan, result: solved.result),
            deterministicPlan: solved.deterministicPlan, deterministic: solved.deterministic,
            deterministicFixed: try FixedPlan(plan: solved.deterministicPlan, result: solved.deterministic),
            sampler: sampler, threads: 2)
        let weights = truth.weights
        let measure: ([Double]) -> Double = { npv in
            optimize.contains("cvar") ? IndependentRisk.cvar(npv, weights, 0.3) : IndependentRisk.mean(npv, weights)
        }
        let chosen = measure(truth.npv(of: solved.result)), deterministic = measure(truth.npv(of: solved.deterministic))
        #expect(HeldPlans.close(comparison.chosenMeasure, chosen))
        #expect(HeldPlans.close(comparison.deterministicMeasure, deterministic))
        #expect(HeldPlans.close(comparison.valueOfStochasticSolution, chosen - deterministic, relative: 1e-6))
        #expect(comparison.valueOfStochasticSolution >= -1e-6 * abs(chosen) || optimize.contains("confidence"))
        // Both figure sets are on the same listed scenarios.
        #expect(comparison.chosen.evaluated == 5 && comparison.deterministicFigures.evaluated == 5)
        #expect(
            HeldPlans.close(
                comparison.deterministicFigures.npv?.mean ?? .nan,
                IndependentRisk.mean(truth.npv(of: solved.deterministic), truth.weights)))
    }

    /// EVPI: each scenario's best NPV'_s over every plan of the plan's own constraints
    /// (no chance constraint), weighted, less the chosen plan's expected NPV; shards merged
    /// give the same bits as one run.
    @Test(arguments: ["{npv: expected, confidence: 0.75}", "{npv: {cvar: 0.5}}"])
    func evpiEqualsEnumeration(optimize: String) throws {
        let (truth, solved) = try Self.solved(
            HeldPlans.yaml(p1Budget: "1.2B", scenarios: HeldPlans.scenarios, optimize: optimize))
        let chosen = try #require(solved.chosenColumns)
        let information = PerfectInformation(
            model: solved.model, chosen: chosen, solver: GLPKSolver(), options: SolveOptions(), threads: 2)
        let best = (0..<truth.weights.count).map { s in truth.candidates.map { $0.npv[s] }.max()! }
        let waitAndSee = IndependentRisk.mean(best, truth.weights)
        let expected = waitAndSee - IndependentRisk.mean(truth.npv(of: solved.result), truth.weights)
        let evpi = try #require(information.evpi)
        #expect(HeldPlans.close(evpi, expected, relative: 1e-6), "EVPI \(evpi), enumeration \(expected)")
        #expect(evpi >= -1e-6)
        let shards = try (0..<3).map { k in
            PerfectInformation(
                model: solved.model, chosen: chosen, solver: GLPKSolver(), options: SolveOptions(), threads: 1,
                shard: SweepShard(index: k, count: 3))
        }
        #expect(try PerfectInformation.merge(shards.reversed()).evpi == information.evpi)
        #expect(throws: SweepError.self) { try PerfectInformation.merge(Array(shards.prefix(2))) }
    }

    /// A scenario left unsolved (the run stopped) leaves the EVPI unknown, with its range.
    @Test func anUnsolvedScenarioLeavesTheEVPIUnproven() throws {
        let (_, solved) = try Self.solved(HeldPlans.yaml(scenarios: HeldPlans.scenarios, optimize: "{npv: expected}"))
        let information = PerfectInformation(
            model: solved.model, chosen: try #require(solved.chosenColumns), solver: GLPKSolver(),
            options: SolveOptions(), threads: 1, shouldStop: { true })
        #expect(information.evpi == nil && information.proven == 0 && information.unproven == [0, 1, 2, 3, 4])
        #expect(information.evpiRange.lower == 0 && information.evpiRange.upper == nil)
    }

    /// With a builder whose price is 0.93 of c(s,f), each scenario's capex (in the NPV and
    /// in the budgets) is the builder's price times the multiplier.
    @Test(arguments: ["{npv: expected, confidence: 0.75}", "{npv: {cvar: 0.4}, confidence: 0.6}"])
    func aBuilderPriceCountsInEveryScenario(optimize: String) throws {
        let (truth, solved) = try Self.solved(
            HeldPlans.yaml(
                p1Budget: "1.1B", scenarios: HeldPlans.scenarios, optimize: optimize,
                builders: "builders: [{id: acme, name: Acme, capex_factor: 0.93}]"))
        let weights = truth.weights, level = optimize.contains("cvar") ? 0.4 : nil
        let score: (HeldPlans.Candidate) -> Double = { candidate in
            level.map { IndependentRisk.cvar(candidate.npv, weights, $0) }
                ?? IndependentRisk.mean(candidate.npv, weights)
        }
        let confidence = optimize.contains("0.75") ? 0.75 : 0.6
        let best = truth.best(score, confidence: confidence)
        let value = try #require(solved.result.objective.value)
        #expect(solved.result.status == .optimal)
        #expect(HeldPlans.close(value, best), "GLPK \(value), enumeration \(best)")
    }

    /// The search of a plan chosen to hold tightens bounds at the root only, as the direct
    /// path does, except with a CVaR objective, whose search keeps it at every node.
    @Test(arguments: ["{npv: expected}", "{npv: expected, confidence: 0.75}", "{npv: {cvar: 0.3}}"])
    func theHoldSearchTightensBoundsAtTheRootOnlyExceptForCVaR(optimize: String) throws {
        let truth = try HeldPlans(yaml: HeldPlans.yaml(scenarios: HeldPlans.scenarios, optimize: optimize))
        let recording = RecordingSolver(passingTo: GLPKSolver())
        let solved = try Planner(solver: recording).solveHolding(truth.plan, options: SolveOptions())
        #expect(solved.result.status == .optimal)
        let searches = DirectSearchTests.raceSearches(of: recording)
        #expect(searches.count >= 4, "the deterministic plan's race and the hold model's race")
        let everyNode = optimize.contains("cvar")
        // The last race is the hold model's; the direct path's races come before it.
        #expect(searches.suffix(2).allSatisfy { $0.tightensBoundsAtEveryNode == everyNode }, "\(optimize)")
        #expect(searches.dropLast(2).allSatisfy { !$0.tightensBoundsAtEveryNode })
    }
}
