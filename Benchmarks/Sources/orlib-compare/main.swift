// Times GLPKSolver against glpsol and cbc on the OR-Library instances and prints a
// markdown table. Usage: orlib-compare FIXTURES_DIR [WORK_DIR]
//
// Each instance is built once as a MIP.Problem. GLPKSolver solves it in process with
// ORLibrarySolveOptions.standard (the tests' options); the same problem is written as free
// MPS and solved by `glpsol` with its defaults, by `glpsol` with the equivalent flags, and
// by `cbc` with its defaults, each as a subprocess timed from start to exit. A run under one
// second is repeated up to three times and the median is kept.

import Foundation
import GLPKSolver
import MIP

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: orlib-compare FIXTURES_DIR [WORK_DIR]\n".utf8))
    exit(2)
}
let fixtures = URL(fileURLWithPath: arguments[1], isDirectory: true)
let work = arguments.count >= 3
    ? URL(fileURLWithPath: arguments[2], isDirectory: true)
    : FileManager.default.temporaryDirectory.appendingPathComponent("orlib-compare-\(getpid())", isDirectory: true)
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)

/// Seconds of wall time limit for every solver (GLPKSolver's is in ORLibrarySolveOptions).
let limit = "60"

struct Instance {
    var name: String
    var problem: Problem
    var published: Double
}

var instances: [Instance] = []
for entry in ORLibraryOptima.facilities {
    let bytes = try Data(contentsOf: fixtures.appendingPathComponent("cap/\(entry.name).txt"))
    instances.append(Instance(name: entry.name, problem: try CapacitatedFacilityLocation(bytes: bytes).problem(name: entry.name),
                              published: entry.optimum))
}
for file in 1...12 {
    let bytes = try Data(contentsOf: fixtures.appendingPathComponent("gap/gap\(file).txt"))
    let problems = try GeneralizedAssignment.problems(bytes: bytes)
    for entry in ORLibraryOptima.assignments where entry.file == "gap\(file)" {
        let name = "gap\(file)-\(entry.problem) max"
        instances.append(Instance(name: name, problem: problems[entry.problem - 1].problem(sense: .maximize, name: "gap\(file)-\(entry.problem)"),
                                  published: Double(entry.maximum)))
    }
}

/// One timed result: seconds, and whether the solver proved the published optimum.
struct Timing {
    var seconds: Double
    var matched: Bool
}

/// Runs `body` once, and twice more when it took under a second; keeps the median time.
func timed(_ body: () throws -> Timing) rethrows -> Timing {
    var runs = [try body()]
    if runs[0].seconds < 1 {
        runs.append(try body())
        runs.append(try body())
    }
    let sorted = runs.sorted { $0.seconds < $1.seconds }
    return Timing(seconds: sorted[sorted.count / 2].seconds, matched: runs.allSatisfy(\.matched))
}

func format(_ t: Timing) -> String {
    String(format: "%.3f", t.seconds) + (t.matched ? "" : " (not proven)")
}

func ratio(_ a: Timing, _ b: Timing) -> String {
    String(format: "%.2f", a.seconds / b.seconds)
}

func geometricMean(_ values: [Double]) -> Double {
    exp(values.map { log($0) }.reduce(0, +) / Double(values.count))
}

let glpsolFlags = ORLibrarySolveOptions.glpsolFlags
print("| instance | optimum | parkplan s | glpsol s | glpsol \(glpsolFlags.joined(separator: " ")) s | cbc s "
      + "| parkplan / glpsol | parkplan / glpsol+flags | parkplan / cbc |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
var ratios: [[Double]] = [[], [], []]
var allMatched = true
for instance in instances {
    let mps = work.appendingPathComponent("\(instance.problem.name).mps").path
    try ModelFile.write(instance.problem, format: .mps, to: mps)
    var optimum = Double.nan
    let ours = try timed {
        let clock = ContinuousClock.now
        let solution = try ORLibrarySolveOptions.solver.solve(instance.problem, options: ORLibrarySolveOptions.standard)
        let elapsed = clock.secondsElapsed
        optimum = solution.objective ?? .nan
        return Timing(seconds: elapsed, matched: solution.status == .optimal && abs(optimum - instance.published) <= 1e-3)
    }
    func external(_ solver: ExternalSolver, _ flags: [String]) throws -> Timing {
        try timed {
            let run = try solver.solve(file: mps, format: .mps, sense: instance.problem.sense, flags: flags)
            return Timing(seconds: run.seconds,
                          matched: run.optimal && abs((run.objective ?? .nan) - instance.published) <= 1e-3)
        }
    }
    let glpsol = try external(.glpsol, ["--tmlim", limit])
    let glpsolCuts = try external(.glpsol, glpsolFlags)
    let cbc = try external(.cbc, ["sec", limit])
    allMatched = allMatched && ours.matched && glpsol.matched && glpsolCuts.matched && cbc.matched
    for (k, other) in [glpsol, glpsolCuts, cbc].enumerated() { ratios[k].append(ours.seconds / other.seconds) }
    print("| \(instance.name) | \(String(format: "%.4f", optimum).replacingOccurrences(of: ".0000", with: "")) | "
          + "\(format(ours)) | \(format(glpsol)) | \(format(glpsolCuts)) | \(format(cbc)) | "
          + "\(ratio(ours, glpsol)) | \(ratio(ours, glpsolCuts)) | \(ratio(ours, cbc)) |")
    FileHandle.standardError.write(Data("\(instance.name): done\n".utf8))
}
print("| **geometric mean** | | | | | | "
      + ratios.map { String(format: "**%.2f**", geometricMean($0)) }.joined(separator: " | ") + " |")
print("")
print("Instances: \(instances.count). "
      + (allMatched ? "Every solver proved the published optimum on every instance."
                    : "\"not proven\": that solver stopped at its \(limit) s limit or returned another value."))
if arguments.count < 3 { try? FileManager.default.removeItem(at: work) }
