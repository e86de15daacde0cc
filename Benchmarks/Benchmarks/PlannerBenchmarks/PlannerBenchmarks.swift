// Wall time and peak memory of loading, formulating and solving plans: the seed plans of
// the repository and generated plans from 10 to 400 sites; of explaining infeasible plans
// (`parkplan explain`); and of evaluating a solved plan in sampled scenarios
// (`parkplan risk`) on one thread.
import Benchmark
import Foundation
import GLPKSolver
import MIP
import Planning

/// The repository's root: four levels above this file.
private let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A plan to measure, with the time limit of its solve (nil: prove optimality).
private struct Case {
    var name: String
    var path: String
    var solveLimit: Double?
}

/// The seed plans, solved with a 60 s limit (full programs may not prove optimality quickly).
private func seedCases() -> [Case] {
    let seeds = repositoryRoot.appendingPathComponent("seeds")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []
    return files.filter { $0.hasSuffix(".yaml") }.sorted().map {
        Case(name: "seed \($0.dropLast(5))", path: seeds.appendingPathComponent($0).path, solveLimit: 60)
    }
}

/// Generated plans, written once per run into a temporary folder.
private func generatedCases() -> [Case] {
    let sizes: [(Int, Int, Int, Double?)] = [
        (10, 8, 2, nil), (25, 10, 3, nil), (50, 15, 3, 30), (100, 20, 3, 30), (200, 20, 3, 30), (400, 20, 3, 30),
    ]
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parkplan-benchmarks")
    return sizes.compactMap { sites, types, phases, limit in
        let name = "\(sites)x\(types)x\(phases)"
        let settings = PlanGenerator.Settings(sites: sites, types: types, phases: phases, seed: 1)
        guard let path = try? PlanGenerator.write(settings, to: folder.appendingPathComponent(name).path) else { return nil }
        return Case(name: "generated \(name)", path: path, solveLimit: limit)
    }
}

/// A solved plan evaluated in `scenarios` sampled scenarios; `overrides` give a plan without
/// them money over time and an uncertainty section.
private struct RiskCase {
    var name: String
    var path: String
    var overrides: [String]
    var scenarios: Int
    var solveLimit: Double?
}

/// The Japan-deal seed (its own sites/uncertainty.yaml multipliers) and a generated plan
/// of 100 sites given the same multipliers, 10,000 scenarios each.
private func riskCases() -> [RiskCase] {
    let seed = repositoryRoot.appendingPathComponent("seeds/japan-deal.yaml").path
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parkplan-benchmarks")
    let settings = PlanGenerator.Settings(sites: 100, types: 20, phases: 3, seed: 1)
    var cases = [RiskCase(name: "seed japan-deal", path: seed, overrides: [], scenarios: 10_000, solveLimit: 60)]
    if let generated = try? PlanGenerator.write(settings, to: folder.appendingPathComponent("100x20x3").path) {
        cases.append(RiskCase(name: "generated 100x20x3", path: generated, overrides: [
            "economics={horizon: 2050-12, discount_rate: 0.07, margin: 0.15}",
            "uncertainty={capex: {default: {p50: 1.14, p90: 1.46}}, review_months: {default: {p50: 1, p90: 2.48}}, "
                + "build_months: {default: {p50: 1.1, p90: 1.6}}, profit: {default: {p50: 1, p90: 0.75}}}",
        ], scenarios: 10_000, solveLimit: 30))
    }
    return cases
}

/// An infeasible plan to explain: a plan file with `--set` overrides, and the time limit
/// of the whole explanation.
private struct ExplainCase {
    var name: String
    var path: String
    var overrides: [String]
    var limit: Double
}

/// The infeasible seed variants the user docs explain, and the unschedulable plan of
/// `Benchmarks/compare` (each phase pays for one plant of the type whose target asks for
/// four), whose elastic model GLPK finds hard.
private func explainCases() -> [ExplainCase] {
    let seeds = repositoryRoot.appendingPathComponent("seeds")
    var cases = [
        ExplainCase(name: "seed full-program, budget.total=50B, fab-leading min 2",
                    path: seeds.appendingPathComponent("full-program.yaml").path,
                    overrides: ["budget.total=50B", "targets.fab-leading.min=2"], limit: 60),
        ExplainCase(name: "seed japan-deal, recoup_by 2040-12",
                    path: seeds.appendingPathComponent("japan-deal.yaml").path,
                    overrides: ["funding.japan.terms.recoup_by=2040-12"], limit: 60),
        ExplainCase(name: "seed japan-partners, toshiba min_work 5B",
                    path: seeds.appendingPathComponent("japan-partners.yaml").path,
                    overrides: ["builders.toshiba.min_work=5B"], limit: 60),
    ]
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parkplan-benchmarks")
    var settings = PlanGenerator.Settings(sites: 25, types: 10, phases: 3, seed: 11)
    settings.variant.carryOver = false
    settings.variant.targetMin = 4
    if let path = try? PlanGenerator.write(settings, to: folder.appendingPathComponent("unschedulable-25x10x3").path) {
        cases.append(ExplainCase(name: "generated unschedulable 25x10x3 seed 11", path: path,
                                 overrides: ["phases.p1.budget=224M", "phases.p2.budget=224M", "phases.p3.budget=224M"],
                                 limit: 60))
    }
    return cases
}

/// What every benchmark measures. No malloc counts: the framework's malloc interposer, which
/// counts them on Linux, corrupted glibc's heap when a solve's threads ended (PlannerBenchmarks.md).
private let measured: [BenchmarkMetric] = [.wallClock, .cpuTotal, .peakMemoryResident]

/// Solve options that stop after `seconds` (nil: prove optimality).
private func solveOptions(limit seconds: Double?) -> SolveOptions {
    var options = SolveOptions()
    options.timeLimit = seconds
    return options
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: measured,
        timeUnits: .milliseconds,
        warmupIterations: 1,
        maxDuration: .seconds(10),
        maxIterations: 20)

    for plan in seedCases() + generatedCases() {
        Benchmark("load+formulate \(plan.name)") { benchmark in
            for _ in benchmark.scaledIterations {
                let loaded = try PlanLoader.load(path: plan.path)
                blackHole(Formulation(plan: loaded.plan).problem.rows.count)
            }
        }

        // A solve that may run to its limit: few iterations, no warm-up.
        let limited = plan.solveLimit != nil
        Benchmark(
            "solve \(plan.name)\(plan.solveLimit.map { " (limit \(Int($0)) s)" } ?? "")",
            configuration: .init(
                metrics: measured,
                timeUnits: .milliseconds,
                warmupIterations: limited ? 0 : 1,
                maxDuration: .seconds(limited ? 1 : 20),
                maxIterations: limited ? 1 : 10)
        ) { benchmark in
            let loaded = try PlanLoader.load(path: plan.path)
            let options = solveOptions(limit: plan.solveLimit)
            benchmark.startMeasurement()
            let result = try Planner(solver: GLPKSolver()).solve(loaded.plan, options: options)
            benchmark.stopMeasurement()
            blackHole(result.status)
        }
    }

    // Runs of seconds each: no warm-up, at most five, within ten seconds.
    let fewRuns = Benchmark.Configuration(
        metrics: measured,
        timeUnits: .milliseconds, warmupIterations: 0, maxDuration: .seconds(10), maxIterations: 5)

    for plan in explainCases() {
        // The whole explanation: the plan's own solve, the elastic model and the conflict.
        Benchmark(
            "explain \(plan.name) (limit \(Int(plan.limit)) s)",
            configuration: fewRuns
        ) { benchmark in
            let loaded = try PlanLoader.load(path: plan.path, overrides: plan.overrides)
            let options = solveOptions(limit: plan.limit)
            benchmark.startMeasurement()
            let explanation = try InfeasibilityExplainer.explain(plan: loaded.plan, planner: Planner(solver: GLPKSolver()),
                                                                 options: options)
            benchmark.stopMeasurement()
            blackHole(explanation.conflict.count)
        }
    }

    for plan in riskCases() {
        // The solve is set up outside the measurement; the evaluation runs on one thread.
        Benchmark(
            "risk \(plan.name) (\(plan.scenarios) scenarios, 1 thread)",
            configuration: fewRuns
        ) { benchmark in
            let loaded = try PlanLoader.load(path: plan.path, overrides: plan.overrides)
            let options = solveOptions(limit: plan.solveLimit)
            let result = try Planner(solver: GLPKSolver()).solve(loaded.plan, options: options)
            guard let sampler = ScenarioSampler(plan: loaded.plan, scenarios: plan.scenarios) else { return }
            let fixed = try FixedPlan(plan: loaded.plan, result: result)
            let evaluation = RiskEvaluation(plan: loaded.plan, fixed: fixed, sampler: sampler)
            benchmark.startMeasurement()
            blackHole(RiskFigures(evaluation.run(status: result.status, threads: 1)).evaluated)
            benchmark.stopMeasurement()
        }
    }
}
