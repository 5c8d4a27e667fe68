import ArgumentParser
import Foundation
import RasidEngine
import RasidModel
import RasidReport

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

extension RuleOptions {
    /// The annotator `annotate` runs, from the configuration and the rule
    /// folder, its patterns compiled on `threads` threads. Configuration or
    /// rule errors are printed and end the command.
    func makeAnnotator(threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> Annotator {
        let (config, configDiags) = loadConfiguration()
        for d in configDiags { Stderr.line(d.description) }
        if configDiags.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
        let rulesDir = rulesDirectory(config)
        let (annotator, diags) = ExtractorRegistry.makeAnnotator(config: config, rulesDirectory: rulesDir, threads: threads)
        guard let annotator else {
            for d in diags where d.severity == .error { Stderr.line(d.description) }
            Stderr.line("rasid: the rules in \(rulesDir) have errors; run `rasid check \(rulesDir)` for all of them")
            throw ExitCode(2)
        }
        ProcessMemory.trim()
        return annotator
    }
}

enum Stderr {
    static func line(_ s: String) {
        FileHandle.standardError.write((s + "\n").data(using: .utf8)!)
    }
    static var isTerminal: Bool { isatty(2) != 0 }
}

/// Reading reports and writing JSON for the commands that compare and explain reports.
enum CommandIO {
    /// A report or gold file; a file that cannot be read ends the command with its error.
    static func readReport(_ path: String) throws -> [DocumentReport] {
        do { return try ReportReader.read(path: path) } catch let e as ReportReader.ReadError {
            Stderr.line(e.description)
            throw ExitCode(2)
        }
    }

    /// Pretty-printed JSON with sorted keys, UTF-8 text as is.
    static func printJSON<T: Encodable>(_ value: T) throws {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try e.encode(value), as: UTF8.self))
    }

    static func validateFormat(_ format: String) throws {
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json") }
    }
}
