import ArgumentParser
import Foundation
import RasidEngine

/// `rasid check`: compile every rule file, lint it, run every rule's examples.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check rule files: schema, PCRE2 compile errors, lint warnings and every rule's examples.",
        discussion: """
            Prints every problem as FILE:LINE:COLUMN: error|warning: message, then a summary line. \
            Exit status 0 when there is no error (warnings allowed), 1 otherwise. \
            --format json prints one object: {"diagnostics": [{"file", "line", "column", "severity", "message", "rule"}], \
            "errors", "warnings", "files", "rules", "terms", "patterns", "examples"}.
            """)

    @Argument(help: "Rule folder (default: the configured or bundled rules/).")
    var folder: String?

    @OptionGroup var options: RuleOptions

    @Option(help: "Output format: text or json.")
    var format: String = "text"

    func validate() throws {
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json") }
    }

    func run() throws {
        let (config, configDiags) = options.loadConfiguration()
        let dir = folder ?? options.rulesDirectory(config)
        let check = RuleCheck.run(directory: dir, normalization: config.normalization, extra: configDiags,
                                  threads: ProcessInfo.processInfo.activeProcessorCount)
        if format == "json" {
            let items: [[String: Any]] = check.diagnostics.map {
                var d: [String: Any] = ["file": $0.location.file, "line": $0.location.line, "column": $0.location.column,
                                        "severity": $0.severity.rawValue, "message": $0.message]
                if let r = $0.rule { d["rule"] = r }
                return d
            }
            let obj: [String: Any] = ["diagnostics": items, "errors": check.errors, "warnings": check.warnings,
                                      "files": check.files, "rules": check.rules, "terms": check.terms,
                                      "patterns": check.patterns, "examples": check.examples]
            let data = try JSONSerialization.data(withJSONObject: obj, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        } else {
            for d in check.diagnostics { print(d.description) }
            print("\(counted(check.files, "file")), \(counted(check.rules, "rule")) (\(counted(check.terms, "term")), \(counted(check.patterns, "pattern"))), \(counted(check.examples, "example")): \(counted(check.errors, "error")), \(counted(check.warnings, "warning"))")
        }
        if check.errors > 0 { throw ExitCode(1) }
    }
}

/// "1 error", "2 errors": the summary line reads as English.
private func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
