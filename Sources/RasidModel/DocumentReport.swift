/// A span the merger did not keep, and why: so `explain` can show it.
public struct DiscardedSpan: Hashable, Sendable {
    public var span: Span
    /// A sentence such as "overlaps RANK 10..25 (ranks/x), which is longer".
    public var reason: String
    /// The kept span that won, when one did.
    public var winner: Span?
    public init(span: Span, reason: String, winner: Span? = nil) {
        self.span = span
        self.reason = reason
        self.winner = winner
    }
}

/// Something that went wrong for one document while it was still annotated
/// (a rule stopped by PCRE2's match limit, a plugin that failed …).
public struct DocumentProblem: Hashable, Sendable {
    public var kind: String
    public var message: String
    public var source: String?
    public init(kind: String, message: String, source: String? = nil) {
        self.kind = kind
        self.message = message
        self.source = source
    }
}

/// A group of mentions of one real-world entity within a document.
public struct Entity: Hashable, Sendable {
    public var id: String
    public var label: String
    /// The fullest name seen (PERSON) or the canonical code (COUNTRY).
    public var name: String
    public var norm: String?
    /// Indices into the document's `spans`.
    public var mentions: [Int]
    /// Related spans by role (`rank`, `title`, `country`), indices into `spans`.
    public var related: [String: [Int]]
    public init(
        id: String, label: String, name: String, norm: String? = nil, mentions: [Int],
        related: [String: [Int]] = [:]
    ) {
        self.id = id
        self.label = label
        self.name = name
        self.norm = norm
        self.mentions = mentions
        self.related = related
    }
}

/// The merged annotations of one document: what every report writer writes.
public struct DocumentReport: Sendable {
    public var id: String
    public var text: String
    /// Kept spans, sorted by start, then longest first, then label.
    public var spans: [Span]
    public var discarded: [DiscardedSpan]
    public var entities: [Entity]
    public var problems: [DocumentProblem]
    /// Where the document came from (a path, `-`, or `FILE:LINE` for JSONL).
    public var source: String?

    public init(
        id: String, text: String, spans: [Span] = [], discarded: [DiscardedSpan] = [],
        entities: [Entity] = [], problems: [DocumentProblem] = [], source: String? = nil
    ) {
        self.id = id
        self.text = text
        self.spans = spans
        self.discarded = discarded
        self.entities = entities
        self.problems = problems
        self.source = source
    }
}

/// A document to annotate: an id and its text exactly as read.
public struct Document: Sendable {
    public var id: String
    public var text: String
    public var source: String?
    public init(id: String, text: String, source: String? = nil) {
        self.id = id
        self.text = text
        self.source = source
    }
}
