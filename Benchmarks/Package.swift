// swift-tools-version:6.1
// Benchmarks of parkplan, a package of its own so that the main package's build and tests
// never fetch the benchmark framework. `swift package benchmark` runs PlannerBenchmarks;
// `./orlib-compare.sh` times parkplan against glpsol and cbc, `./compare` against HiGHS, SCIP,
// Gurobi, glpsol and cbc.
import PackageDescription

let package = Package(
    name: "ParkPlanBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        // No traits: the default MallocInterposer corrupts the heap when threads end (PlannerBenchmarks.md).
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: []),
        // The name makes the products resolvable whatever the checkout's folder is called.
        .package(name: "parkplan", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "PlannerBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Planning", package: "parkplan"),
                .product(name: "MIP", package: "parkplan"),
                .product(name: "GLPKSolver", package: "parkplan"),
            ],
            path: "Benchmarks/PlannerBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        .executableTarget(
            name: "orlib-compare",
            dependencies: [
                .product(name: "MIP", package: "parkplan"),
                .product(name: "GLPKSolver", package: "parkplan"),
            ]),
    ]
)
