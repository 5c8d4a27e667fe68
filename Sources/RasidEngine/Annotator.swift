import PCRE2
import RasidModel

/// Runs the configured extractors over a document, merges their spans and
/// links mentions into entities: one `DocumentReport` per document.
public final class Annotator: @unchecked Sendable {
    public let extractors: [Extractor]
    public let merger: Merger
    public let linker: EntityLinker?
    public let limits: MatchScratch.Limits
    /// Set before a run to time the rule engine's rules (`RuleProfile`).
    public var ruleProfile: RuleProfile?

    public init(extractors: [Extractor], merger: Merger = Merger(), linker: EntityLinker? = EntityLinker(),
                limits: MatchScratch.Limits = MatchScratch.Limits()) {
        self.extractors = extractors
        self.merger = merger
        self.linker = linker
        self.limits = limits
    }

    /// Per-thread scratch for `annotate`.
    public func makeScratch() -> MatchScratch { MatchScratch(limits: limits) }

    public func annotate(_ document: Document, scratch: MatchScratch) -> DocumentReport {
        let context = DocumentContext(document: document, scratch: scratch)
        context.ruleProfile = ruleProfile
        var all: [Span] = []
        let length = TextScan.scalarCount(document.text)
        for extractor in extractors {
            var found = extractor.extract(context, previous: all)
            // Counted in place: copying every span to find none costs reference counting.
            var badCount = 0
            for k in found.indices where found[k].start < 0 || found[k].end > length || found[k].start >= found[k].end {
                badCount += 1
            }
            if badCount > 0 {
                context.problems.append(DocumentProblem(
                    kind: "bad-span",
                    message: "extractor \(extractor.name) returned \(badCount) span(s) outside the text (0..\(length)); they were dropped",
                    source: extractor.name))
                found.removeAll { $0.start < 0 || $0.end > length || $0.start >= $0.end }
            }
            TextSlicer.fill(&found, from: document.text)
            if all.isEmpty { all = found } else { all.append(contentsOf: found) }  // the first: moved, not copied
        }
        let (kept, discarded) = merger.merge(consume all)
        var report = DocumentReport(
            id: document.id, text: document.text, spans: kept, discarded: discarded,
            problems: context.problems, source: document.source)
        if let linker { report.entities = linker.link(report.spans, text: document.text) }
        return report
    }
}
