/// Everything `rasid check` reports about a rule folder: schema and YAML
/// errors, PCRE2 compile errors, lint warnings and the outcome of every
/// rule's examples, sorted by file, line and column.
public struct RuleCheck: Sendable {
    public var diagnostics: [Diagnostic]
    public var files = 0
    public var rules = 0
    public var terms = 0
    public var patterns = 0
    public var examples = 0

    public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warnings: Int { diagnostics.count - errors }

    /// Checks every rule file of `directory`; `extra` (the configuration's
    /// diagnostics) is sorted in with the rest.
    /// Patterns are compiled, and rules' examples run, on `threads` threads.
    public static func run(directory: String, normalization: NormalizationOptions = NormalizationOptions(),
                           extra: [Diagnostic] = [], threads: Int = 1) -> RuleCheck {
        let (loaded, loadDiagnostics) = RuleLoader.loadFolder(directory, normalization: normalization, threads: threads)
        var check = RuleCheck(diagnostics: extra + loadDiagnostics)
        if let files = loaded {
            var compiler = RuleCompiler()
            compiler.threads = threads
            let set = compiler.compile(files)
            let outcomes = RuleExampleRunner().run(files, threads: threads)
            check.diagnostics += compiler.diagnostics + outcomes.compactMap(\.diagnostic)
            check.files = files.count
            check.rules = set.rules.count
            check.terms = set.termCount
            check.patterns = set.patternCount
            check.examples = outcomes.count
        }
        check.diagnostics.sort {
            ($0.location.file, $0.location.line, $0.location.column) < ($1.location.file, $1.location.line, $1.location.column)
        }
        return check
    }
}
