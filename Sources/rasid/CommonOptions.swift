import ArgumentParser
import Foundation
import RasidEngine

/// Options every subcommand that loads rules shares.
struct RuleOptions: ParsableArguments {
    @Option(name: .long, help: "Rule folder (default: rasid.yaml's `rules`, else ./rules, else the bundled rules/).")
    var rules: String?

    @Option(name: .long, help: "Project configuration (default: ./rasid.yaml when present).")
    var config: String?

    /// The configuration in force and its diagnostics.
    func loadConfiguration() -> (Configuration, [Diagnostic]) {
        let path = config ?? (FileManager.default.fileExists(atPath: "rasid.yaml") ? "rasid.yaml" : nil)
        guard let path else { return (Configuration(), []) }
        let (c, d) = Configuration.load(path: path)
        return (c ?? Configuration(), d)
    }

    /// The rule folder: --rules, then the configuration, then ./rules, then
    /// the rules/ folder next to the repository the binary was built in.
    func rulesDirectory(_ config: Configuration) -> String {
        if let rules { return rules }
        if let r = config.rules { return r }
        if FileManager.default.fileExists(atPath: "rules") { return "rules" }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("rules")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("ranks.yaml").path) { return candidate.path }
            dir.deleteLastPathComponent()
        }
        return "rules"
    }
}

enum Stderr {
    static func line(_ s: String) {
        FileHandle.standardError.write((s + "\n").data(using: .utf8)!)
    }
    static var isTerminal: Bool { isatty(2) != 0 }
}
