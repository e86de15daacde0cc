// swift-tools-version:6.0
import PackageDescription

// Timing comparisons that are not tests: built and run by the scripts in this folder.
let package = Package(
    name: "parkplan-benchmarks",
    dependencies: [
        // The name makes the products resolvable whatever the checkout's folder is called.
        .package(name: "parkplan", path: ".."),
    ],
    targets: [
        .executableTarget(name: "orlib-compare", dependencies: [
            .product(name: "MIP", package: "parkplan"),
            .product(name: "GLPKSolver", package: "parkplan"),
        ]),
    ]
)
