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
        @Sendable func loadLexicons() -> NameLexicons { NameLexicons.load(directory: lexiconDirectory, normalization: config.normalization) }
        // With threads to spare, the name lexicons are read while the rules compile.
        let early = LexiconsAhead()
        let reading = DispatchGroup()
        if threads > 1 && config.extractors.contains(where: { $0.plugin == nil && $0.name == "person" }) {
            DispatchQueue.global().async(group: reading) { early.value = loadLexicons() }
        }
        let (set, diags) = RuleCompiler.load(directory: rulesDirectory, displayDirectory: displayRules,
                                             normalization: config.normalization, threads: threads)
        reading.wait()
        guard let set, !diags.contains(where: { $0.severity == .error }) else { return (nil, diags) }
        var extractors: [Extractor] = []
        var problems = diags
        for e in config.extractors {
            if let plugin = e.plugin {
                extractors.append(ExternalExtractor(name: e.name, spec: plugin))
                continue
            }
            switch e.name {
            case "rules": extractors.append(RuleEngineExtractor(ruleSet: set))
            case "date": extractors.append(DateExtractor(normalization: config.normalization))
            case "refind":
                extractors.append(RefindExtractor(commonWords: RefindExtractor.loadStopWords(directory: lexiconDirectory),
                                                  normalization: config.normalization))
            case "person":
                extractors.append(PersonExtractor(lexicons: early.value ?? loadLexicons(), normalization: config.normalization))
            default:
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

/// The name lexicons read on another thread; read here after that thread is waited for.
private final class LexiconsAhead: @unchecked Sendable {
    var value: NameLexicons?
}
