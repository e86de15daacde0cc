// Wall time and peak memory of loading, formulating and solving plans: the seed plans of
// the repository and generated plans from 10 to 400 sites.
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

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
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
                metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
                timeUnits: .milliseconds,
                warmupIterations: limited ? 0 : 1,
                maxDuration: .seconds(limited ? 1 : 20),
                maxIterations: limited ? 1 : 10)
        ) { benchmark in
            let loaded = try PlanLoader.load(path: plan.path)
            var options = SolveOptions()
            options.timeLimit = plan.solveLimit
            benchmark.startMeasurement()
            let result = try Planner(solver: GLPKSolver()).solve(loaded.plan, options: options)
            benchmark.stopMeasurement()
            blackHole(result.status)
        }
    }
}
