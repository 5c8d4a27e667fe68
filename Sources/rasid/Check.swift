import ArgumentParser
import Foundation
import RasidEngine

/// `rasid check`: compile every rule file, lint it, run every rule's examples.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check rule files: schema, PCRE2 compile errors, lint warnings and every rule's examples.")

    @Argument(help: "Rule folder (default: the configured or bundled rules/).")
    var folder: String?

    @OptionGroup var options: RuleOptions

    @Option(help: "Output format: text or json.")
    var format: String = "text"

    func run() throws {
        let (config, configDiags) = options.loadConfiguration()
        let dir = folder ?? options.rulesDirectory(config)
        var loader = RuleLoader(baseNormalization: config.normalization)
        var files: [RuleFile] = []
        let paths: [String]
        do { paths = try RuleLoader.ruleFiles(in: dir) } catch {
            Stderr.line("\(dir): error: cannot read the rules folder")
            throw ExitCode(2)
        }
        for p in paths { if let f = loader.load(path: p) { files.append(f) } }
        var compiler = RuleCompiler()
        let set = compiler.compile(files)
        var diags = configDiags + loader.diagnostics + compiler.diagnostics
        let outcomes = RuleExampleRunner().run(files)
        diags += outcomes.compactMap(\.diagnostic)
        diags.sort { ($0.location.file, $0.location.line, $0.location.column) < ($1.location.file, $1.location.line, $1.location.column) }
        let errors = diags.filter { $0.severity == .error }.count
        let warnings = diags.count - errors
        if format == "json" {
            let items: [[String: Any]] = diags.map {
                var d: [String: Any] = ["file": $0.location.file, "line": $0.location.line, "column": $0.location.column,
                                        "severity": $0.severity.rawValue, "message": $0.message]
                if let r = $0.rule { d["rule"] = r }
                return d
            }
            let obj: [String: Any] = ["diagnostics": items, "errors": errors, "warnings": warnings,
                                      "rules": set.rules.count, "terms": set.termCount, "patterns": set.patternCount,
                                      "examples": outcomes.count]
            let data = try JSONSerialization.data(withJSONObject: obj, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            for d in diags { print(d.description) }
            print("\(files.count) files, \(set.rules.count) rules (\(set.termCount) terms, \(set.patternCount) patterns), \(outcomes.count) examples: \(errors) errors, \(warnings) warnings")
        }
        if errors > 0 { throw ExitCode(1) }
    }
}
