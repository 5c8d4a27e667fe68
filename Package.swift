// swift-tools-version:6.0
import PackageDescription

/// The engine compiles optimized in debug builds too: unoptimized, its
/// start-up (compiling the bundled rules) takes seven times as long as a
/// release build's, and the test suite starts it some hundred times.
let optimizedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "Rasid",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rasid", targets: ["rasid"]),
        .library(name: "RasidEngine", targets: ["RasidEngine"]),
        .library(name: "RasidReport", targets: ["RasidReport"]),
        .library(name: "RasidModel", targets: ["RasidModel"]),
        .library(name: "RasidIO", targets: ["RasidIO"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // libpcre2-8 through pkg-config (Debian: libpcre2-dev).
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        // A thin, safe Swift wrapper over PCRE2: compile, JIT, match with limits.
        .target(name: "PCRE2", dependencies: ["CPCRE2"]),
        // The data model shared by the engine and the writers: spans, documents, reports.
        .target(name: "RasidModel"),
        // Rule files, normalization, matchers, extractors, merger.
        .target(
            name: "RasidEngine",
            dependencies: ["PCRE2", "RasidModel", .product(name: "Yams", package: "Yams")],
            swiftSettings: optimizedInDebug
        ),
        // Report writers and readers, scoring: know spans, not regexes.
        .target(name: "RasidReport", dependencies: ["RasidModel"]),
        // Reading documents: files, folders, standard input, JSON Lines.
        .target(name: "RasidIO", dependencies: ["RasidModel"]),
        .executableTarget(
            name: "rasid",
            dependencies: [
                "RasidEngine", "RasidReport", "RasidModel", "RasidIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share (a seeded random number generator).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "RasidEngineTests", dependencies: ["RasidEngine", "RasidModel", "PCRE2", "TestSupport"]),
        .testTarget(name: "RasidReportTests", dependencies: ["RasidReport", "RasidModel", "TestSupport"]),
        .testTarget(name: "RasidCLITests", dependencies: ["RasidReport", "RasidModel", "RasidIO", "TestSupport"]),
        .testTarget(name: "RasidIOTests", dependencies: ["RasidIO", "RasidModel", "TestSupport"]),
    ],
    swiftLanguageModes: [.v5]
)
