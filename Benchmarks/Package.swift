// swift-tools-version:6.1
// Rasid's benchmarks (package-benchmark). Run from this folder:
//   swift package --disable-sandbox benchmark
// `Rasid` is a link to the repository root, so that the dependency has the
// same identity whatever the clone's folder is called.
import PackageDescription

let package = Package(
    name: "RasidBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "Rasid"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "RasidBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "RasidEngine", package: "Rasid"),
                .product(name: "RasidModel", package: "Rasid"),
                .product(name: "RasidIO", package: "Rasid"),
                .product(name: "RasidReport", package: "Rasid"),
            ],
            path: "Benchmarks/RasidBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v5)],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
