import Foundation
import PCRE2
import RasidModel

/// Builds the configured extractors by name. New built-in extractors are
/// registered here; plugins (`ExternalExtractor`) come through configuration.
public enum ExtractorRegistry {
    public static let known = ["rules", "person", "date", "refind"]

    /// Builds an annotator for `config`, loading rules from `rulesDirectory`.
    /// Returns the diagnostics of the rule files; any error makes it nil.
    public static func makeAnnotator(config: Configuration, rulesDirectory: String, displayRules: String? = nil,
                                     threads: Int = 1)
        -> (Annotator?, [Diagnostic])
    {
        let lexiconDirectory = (rulesDirectory as NSString).appendingPathComponent("lexicons")
        let normalization = config.normalization
        /// The built-in extractors other than the rule engine: they read their
        /// own lexicons and compile their own patterns, apart from the rules.
        @Sendable func builtIn(_ name: String) -> Extractor? {
            switch name {
            case "date": return DateExtractor(normalization: normalization)
            case "refind":
                return RefindExtractor(commonWords: RefindExtractor.loadStopWords(directory: lexiconDirectory), normalization: normalization)
            case "person":
                return PersonExtractor(lexicons: NameLexicons.load(directory: lexiconDirectory, normalization: normalization),
                                       normalization: normalization)
            default: return nil
            }
        }
        // With threads to spare, they are built while the rules compile.
        let early = ExtractorsAhead()
        let building = DispatchGroup()
        if threads > 1 {
            for e in config.extractors where e.plugin == nil && e.name != "rules" {
                let name = e.name
                DispatchQueue.global().async(group: building) { early.set(name, builtIn(name)) }
            }
        }
        let (set, diags) = RuleCompiler.load(directory: rulesDirectory, displayDirectory: displayRules,
                                             normalization: config.normalization, threads: threads)
        building.wait()
        guard let set, !diags.contains(where: { $0.severity == .error }) else { return (nil, diags) }
        var extractors: [Extractor] = []
        var problems = diags
        for e in config.extractors {
            if let plugin = e.plugin {
                extractors.append(ExternalExtractor(name: e.name, spec: plugin))
            } else if e.name == "rules" {
                extractors.append(RuleEngineExtractor(ruleSet: set))
            } else if let x = early.take(e.name) ?? builtIn(e.name) {
                extractors.append(x)
            } else {
                // Configuration.load rejects unknown names; a caller-built configuration may not.
                problems.append(Diagnostic(.error, SourceLocation(file: "rasid.yaml", line: 1, column: 1),
                                           "unknown extractor '\(e.name)': built-in are \(known.joined(separator: ", ")), plugins need a command"))
            }
        }
        if problems.contains(where: { $0.severity == .error }) { return (nil, problems) }
        let limits = MatchScratch.Limits(matchLimit: config.limits.match, depthLimit: config.limits.depth)
        return (Annotator(extractors: extractors, merger: Merger(dropInside: config.dropInside, preferOnSameRange: config.preferOnSameRange), limits: limits), problems)
    }
}

/// Built-in extractors built on other threads while the rules compile;
/// taken here after those threads are waited for.
private final class ExtractorsAhead: @unchecked Sendable {
    private let lock = NSLock()
    private var built: [String: Extractor] = [:]

    func set(_ name: String, _ extractor: Extractor?) {
        lock.lock()
        defer { lock.unlock() }
        built[name] = extractor
    }

    func take(_ name: String) -> Extractor? {
        lock.lock()
        defer { lock.unlock() }
        return built[name]
    }
}
