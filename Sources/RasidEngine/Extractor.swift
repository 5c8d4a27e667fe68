import PCRE2
import RasidModel

/// Anything that finds spans in a document: the rule engine, the PERSON
/// and DATE extractors, a user's external plugin. Extractors run in the
/// configured order; each sees the spans the earlier ones produced.
public protocol Extractor: AnyObject, Sendable {
    /// The name recorded as provenance on every span it makes.
    var name: String { get }
    /// The labels it can produce.
    var labels: [String] { get }
    /// Finds spans in `context.document`. Offsets are Unicode scalars into
    /// the original text; `text` may be left empty (the pipeline fills it).
    func extract(_ context: DocumentContext, previous: [Span]) -> [Span]
}

/// Per-document state shared by the extractors of one run: the document,
/// its normalized forms (computed once per normalization), per-thread
/// matching scratch, and the problems found so far.
public final class DocumentContext {
    public let document: Document
    public let scratch: MatchScratch
    public var problems: [DocumentProblem] = []
    /// Where the rule engine adds its timings, when a run asks for them.
    public var ruleProfile: RuleProfile?
    private var normalizedCache: [NormalizationOptions: NormalizedText] = [:]
    private var wordsCache: [NormalizationOptions: [Token]] = [:]

    public init(document: Document, scratch: MatchScratch) {
        self.document = document
        self.scratch = scratch
    }

    /// The document normalized with `options`, computed at most once.
    public func normalized(_ options: NormalizationOptions = NormalizationOptions()) -> NormalizedText {
        if let n = normalizedCache[options] { return n }
        // Option sets that differ only in same-width letter foldings share
        // one normalization (rules/ranks.yaml keeps ى; the rest folds it).
        let unfolded = Normalizer.unfolded(options)
        let normalizer = Normalizer.shared(options)
        let n: NormalizedText
        if unfolded != options, let folded = normalizer.folding(normalized(unfolded)) {
            n = folded
        } else {
            n = normalizer.normalize(document.text)
        }
        normalizedCache[options] = n
        return n
    }

    /// The words of the document normalized with `options`, split at most
    /// once for all the extractors that read words.
    func words(_ options: NormalizationOptions = NormalizationOptions()) -> [Token] {
        if let w = wordsCache[options] { return w }
        let w = Tokenizer.words(normalized(options))
        wordsCache[options] = w
        return w
    }
}
