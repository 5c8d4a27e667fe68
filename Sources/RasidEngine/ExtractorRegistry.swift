import Foundation
import PCRE2
import RasidModel

/// Builds the configured extractors by name. New built-in extractors are
/// registered here; user plugins come through configuration.
public enum ExtractorRegistry {
    public static let known = ["rules", "person", "date"]

    /// Builds an annotator for `config`, loading rules from `rulesDirectory`.
    /// Returns the diagnostics of the rule files; any error makes it nil.
    public static func makeAnnotator(config: Configuration, rulesDirectory: String, displayRules: String? = nil)
        -> (Annotator?, [Diagnostic])
    {
        let (set, diags) = RuleCompiler.load(directory: rulesDirectory, displayDirectory: displayRules, normalization: config.normalization)
        guard let set, !diags.contains(where: { $0.severity == .error }) else { return (nil, diags) }
        var extractors: [Extractor] = []
        var problems = diags
        for e in config.extractors {
            switch e.name {
            case "rules": extractors.append(RuleEngineExtractor(ruleSet: set))
            case "date": extractors.append(DateExtractor(normalization: config.normalization))
            case "person":
                let lex = (rulesDirectory as NSString).appendingPathComponent("lexicons")
                extractors.append(PersonExtractor(lexicons: NameLexicons.load(directory: lex, normalization: config.normalization),
                                                  normalization: config.normalization))
            default:
                problems.append(Diagnostic(.error, SourceLocation(file: "rasid.yaml", line: 1, column: 1), "unknown extractor '\(e.name)'"))
            }
        }
        let limits = MatchScratch.Limits(matchLimit: config.limits.match, depthLimit: config.limits.depth)
        return (Annotator(extractors: extractors, merger: Merger(dropInside: config.dropInside), limits: limits), problems)
    }
}
