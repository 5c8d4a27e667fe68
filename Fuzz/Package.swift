// swift-tools-version:6.0
// libFuzzer targets for Rasid, kept out of the main package so they never slow
// its build. Run them with scripts/fuzz.sh TARGET SECONDS.
import Foundation
import PackageDescription

// The main package is the folder above; SwiftPM names a path dependency after its folder.
let rasid = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "RasidFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(name: "FuzzRuleLoader", dependencies: ["FuzzDriver", .product(name: "RasidEngine", package: rasid)]),
        .executableTarget(name: "FuzzNormalizer", dependencies: ["FuzzDriver", .product(name: "RasidEngine", package: rasid)]),
        .executableTarget(name: "FuzzReportReader", dependencies: ["FuzzDriver", .product(name: "RasidReport", package: rasid)]),
    ],
    swiftLanguageModes: [.v5]
)
