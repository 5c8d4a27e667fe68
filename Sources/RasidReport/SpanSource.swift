import RasidModel

extension Span {
    /// What made the span, for people: its rule id, else its extractor's name.
    public var sourceName: String? { rule ?? (extractor.isEmpty ? nil : extractor) }

    /// Every source of the span (`sources` in a report), as `rule` or `extractor`.
    public var sourceNames: [String] {
        provenance.map { p in p.rule ?? p.extractor }.filter { !$0.isEmpty }
    }
}
