import RasidModel

/// Why a document's spans are what they are, from its report: at a
/// position, every kept span there with every rule and extractor that
/// produced it, and every span the merger discarded there with the reason;
/// for a rule (or an extractor), every span it produced, kept or discarded.
public struct Explanation: Sendable, Encodable {
    /// A kept or discarded span and where it came from.
    public struct Item: Sendable, Encodable {
        public var id: String
        public var kept: Bool
        public var start: Int
        public var end: Int
        public var label: String
        public var text: String
        public var norm: String?
        /// Every extractor (and rule) that produced exactly this span.
        public var sources: [Provenance]
        /// Why the merger dropped it (discarded spans only).
        public var reason: String?
        /// The span that won over it, when the report still knows it.
        public var winner: Winner?
        public var context: TextSnippet
    }

    public struct Winner: Sendable, Encodable {
        public var start: Int
        public var end: Int
        public var label: String
        public var text: String
        public var source: String?
    }

    public var items: [Item]

    /// The spans of `document` overlapping `range` (an offset `p` is `p..<p+1`), kept then discarded.
    public static func at(_ range: Range<Int>, in document: DocumentReport) -> Explanation {
        explain(document) { $0.start < range.upperBound && range.lowerBound < $0.end }
    }

    /// The spans of `document` that `name` produced: a rule id, or an extractor's name.
    public static func source(_ name: String, in document: DocumentReport) -> Explanation {
        explain(document) { s in s.provenance.contains { $0.rule == name || $0.extractor == name } }
    }

    static func explain(_ d: DocumentReport, _ wanted: (Span) -> Bool) -> Explanation {
        let scalars = Array(d.text.unicodeScalars)
        func item(_ s: Span, kept: Bool, reason: String? = nil, winner: Span? = nil) -> Item {
            Item(id: d.id, kept: kept, start: s.start, end: s.end, label: s.label, text: s.text, norm: s.norm,
                 sources: s.provenance, reason: reason,
                 winner: winner.map { Winner(start: $0.start, end: $0.end, label: $0.label, text: $0.text, source: $0.sourceName) },
                 context: TextSnippet(scalars, start: s.start, end: s.end))
        }
        let kept = d.spans.filter(wanted).sorted(by: Span.reportOrder).map { item($0, kept: true) }
        let dropped = d.discarded.filter { wanted($0.span) }.sorted { Span.reportOrder($0.span, $1.span) }
            .map { item($0.span, kept: false, reason: $0.reason, winner: $0.winner) }
        return Explanation(items: kept + dropped)
    }
}
