/// Which extractor (and, for rule-based ones, which rule) produced a span.
public struct Provenance: Hashable, Sendable, Codable {
    public var extractor: String
    public var rule: String?
    public init(extractor: String, rule: String? = nil) {
        self.extractor = extractor
        self.rule = rule
    }
}

/// One annotation: a labelled range of the document text.
///
/// `start`/`end` are offsets in Unicode scalars into the text exactly as read
/// (end exclusive), the same as Python string indices.
public struct Span: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var label: String
    public var text: String
    public var norm: String?
    /// Extra fields copied from the rule (`form: nisba` on COUNTRY, …).
    public var attrs: [String: String]
    /// Every source that produced this exact span; the first is the primary one.
    public var provenance: [Provenance]
    /// Merge priority of the primary source (higher wins among overlaps).
    public var priority: Int

    public init(
        start: Int, end: Int, label: String, text: String, norm: String? = nil,
        attrs: [String: String] = [:], provenance: [Provenance], priority: Int = 0
    ) {
        self.start = start
        self.end = end
        self.label = label
        self.text = text
        self.norm = norm
        self.attrs = attrs
        self.provenance = provenance
        self.priority = priority
    }

    public var length: Int { end - start }
    public var range: Range<Int> { start..<end }

    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    /// The order of spans in a report: start, then longest first, then label.
    public static func reportOrder(_ a: Span, _ b: Span) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end > b.end }
        return a.label < b.label
    }

    /// The primary rule id, as the report contract's `rule` field.
    public var rule: String? { provenance.first?.rule }
    /// The primary extractor name.
    public var extractor: String { provenance.first?.extractor ?? "" }
}
