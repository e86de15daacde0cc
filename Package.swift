// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "parkplan",
    products: [
        .executable(name: "parkplan", targets: ["parkplan"]),
        .library(name: "Planning", targets: ["Planning"]),
        .library(name: "MIP", targets: ["MIP"]),
        .library(name: "GLPKSolver", targets: ["GLPKSolver"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // MARK: - Solver layer
        .target(name: "MIP"),
        .systemLibrary(name: "CGLPK", providers: [.apt(["libglpk-dev"]), .brew(["glpk"])]),
        .target(name: "CGLPKShim", dependencies: ["CGLPK"], linkerSettings: [.linkedLibrary("glpk")]),
        .target(name: "GLPKSolver", dependencies: ["MIP", "CGLPKShim"]),
        // MARK: - Domain
        .target(name: "Planning", dependencies: ["MIP", .product(name: "Yams", package: "Yams")]),
        // MARK: - Command-line tool
        .executableTarget(name: "parkplan", dependencies: [
            "Planning", "GLPKSolver", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // A libFuzzer entry for the plan loader (docs/plan-loading.md); built as a replayer otherwise.
        .executableTarget(name: "LoaderFuzz", dependencies: ["Planning"]),
        // MARK: - Tests
        .testTarget(name: "MIPTests", dependencies: ["MIP"]),
        .testTarget(name: "GLPKSolverTests", dependencies: ["GLPKSolver", "MIP"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PlanningTests", dependencies: ["Planning", "GLPKSolver"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CLITests", dependencies: ["parkplan"], resources: [.copy("Fixtures")]),
    ]
)
