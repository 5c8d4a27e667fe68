import RasidModel

/// A run scored against gold as `rasid eval` reports it: the `Scorer`
/// result, gold documents the run lacks, predicted spans whose text does not
/// match their offsets, and (when asked) every missed and spurious span with
/// its context and the spans of the other side that overlap it.
public struct Evaluation: Sendable {
    /// A span of one side near a missed or spurious span of the other.
    public struct Nearby: Sendable, Encodable {
        public var start: Int
        public var end: Int
        public var label: String
        public var text: String
        /// The rule (or extractor) that predicted it, when known.
        public var source: String?
    }

    /// A gold span the run missed, or a predicted span gold does not have (exact match).
    public struct SpanError: Sendable, Encodable {
        public var kind: String
        public var label: String
        public var id: String
        public var start: Int
        public var end: Int
        public var text: String
        public var context: TextSnippet
        /// For a spurious span: the rule (or extractor) that made it.
        public var source: String?
        /// Predicted spans overlapping a missed one; gold spans overlapping a spurious one.
        public var near: [Nearby]
    }

    public var result: Scorer.Result
    public var documents: Int
    public var documentsMissing: [String]
    public var offsetErrors: Int
    /// Missed and spurious spans, label by label in the order of `result.labels`, then by document.
    public var errors: [SpanError]
    /// Document ids that occur twice in one input (the last one counts, as in score.py).
    public var duplicateIDs: [String]

    /// Scores `predicted` against `gold` over `labels`, predictions relabelled
    /// through `map` first. `errors` collects missed and spurious spans.
    public static func evaluate(gold: [DocumentReport], predicted: [DocumentReport], labels: [String] = Label.builtIn,
                                map: [String: String] = [:], errors collect: Bool = false) -> Evaluation {
        var duplicates: [String] = []
        func byID(_ docs: [DocumentReport]) -> (order: [String], docs: [String: DocumentReport]) {
            var order: [String] = [], out: [String: DocumentReport] = [:]
            for d in docs {
                if out.updateValue(d, forKey: d.id) == nil { order.append(d.id) } else { duplicates.append(d.id) }
            }
            return (order, out)
        }
        let (goldOrder, goldDocs) = byID(gold)
        var (_, predDocs) = byID(predicted)
        if !map.isEmpty {
            for (id, d) in predDocs { predDocs[id]!.spans = Scorer.relabel(d.spans, map: map) }
        }
        let scorer = Scorer(labels: labels)
        let result = scorer.score(gold: goldDocs.mapValues(\.spans), predicted: predDocs.mapValues(\.spans))
        let wanted = Set(labels)
        var offsetErrors = 0
        var perLabel: [String: [SpanError]] = [:]
        for id in goldOrder {
            let g = goldDocs[id]!
            let pred = predDocs[id]?.spans ?? []
            let scalars = Array(g.text.unicodeScalars)
            func slice(_ s: Span) -> String {
                let a = max(0, min(s.start, scalars.count)), b = max(a, min(s.end, scalars.count))
                return String(String.UnicodeScalarView(scalars[a..<b]))
            }
            if !g.text.isEmpty {
                for s in pred where wanted.contains(s.label) && !s.text.isEmpty && slice(s) != s.text { offsetErrors += 1 }
            }
            guard collect else { continue }
            for l in labels {
                let gs = Set(g.spans.filter { $0.label == l }.map(\.range))
                let ps = Set(pred.filter { $0.label == l }.map(\.range))
                func error(_ kind: String, _ r: Range<Int>, source: String?, others: [Span]) -> SpanError {
                    let near = others.filter { $0.start < r.upperBound && r.lowerBound < $0.end }.sorted(by: Span.reportOrder)
                        .map { Nearby(start: $0.start, end: $0.end, label: $0.label, text: slice($0), source: $0.sourceName) }
                    let s = Span(start: r.lowerBound, end: r.upperBound, label: l, text: "", provenance: [])
                    return SpanError(kind: kind, label: l, id: id, start: r.lowerBound, end: r.upperBound, text: slice(s),
                                     context: TextSnippet(scalars, start: r.lowerBound, end: r.upperBound), source: source, near: near)
                }
                for r in gs.subtracting(ps).sorted(by: Scorer.rangeOrder) {
                    perLabel[l, default: []].append(error("missed", r, source: nil, others: pred))
                }
                for r in ps.subtracting(gs).sorted(by: Scorer.rangeOrder) {
                    let made = pred.first { $0.label == l && $0.range == r }
                    perLabel[l, default: []].append(error("spurious", r, source: made?.sourceName, others: g.spans))
                }
            }
        }
        return Evaluation(
            result: result, documents: goldOrder.count, documentsMissing: goldOrder.filter { predDocs[$0] == nil },
            offsetErrors: offsetErrors, errors: labels.flatMap { perLabel[$0] ?? [] }, duplicateIDs: duplicates)
    }
}

extension Evaluation: Encodable {
    struct LabelRow: Encodable {
        var label: String
        var exact: Scorer.Counts
        var overlap: Scorer.Counts
    }

    enum CodingKeys: String, CodingKey {
        case documents, documentsMissing = "documents_missing", offsetErrors = "offset_errors", labels, micro, errors
        case duplicateIDs = "duplicate_ids"
    }

    /// `{"documents", "documents_missing", "offset_errors", "labels": [{"label", "exact", "overlap"}],
    /// "micro": {"exact", "overlap"}, "errors": [...]}`; counts carry tp, predicted, gold, precision, recall, f1.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(documents, forKey: .documents)
        try c.encode(documentsMissing, forKey: .documentsMissing)
        try c.encode(offsetErrors, forKey: .offsetErrors)
        try c.encode(result.labels.map { LabelRow(label: $0, exact: result.exact[$0]!, overlap: result.overlap[$0]!) }, forKey: .labels)
        try c.encode(["exact": result.micro(result.exact), "overlap": result.micro(result.overlap)], forKey: .micro)
        try c.encode(errors, forKey: .errors)
        if !duplicateIDs.isEmpty { try c.encode(duplicateIDs, forKey: .duplicateIDs) }
    }
}
