import RasidModel

/// Turns the spans of all extractors into one consistent set.
///
/// Policy, in order:
/// 1. Identical spans (same start, end, label) become one span listing every
///    provenance; the highest priority and the first known norm are kept.
/// 2. A span whose label is configured as not annotated inside another label
///    (`ORG` inside `TITLE`: the guidelines' idafa rule) is dropped when
///    contained in such a span.
/// 3. Spans of the same label that overlap are resolved by priority, then
///    length (longest wins), then position (leftmost wins).
/// Spans of different labels may nest or overlap. Every dropped span is kept
/// in `discarded` with the reason and the span that won.
public struct Merger: Sendable {
    /// (inner, outer): drop an `inner` span that lies inside an `outer` one.
    public var dropInside: [(inner: String, outer: String)]

    public static let defaultDropInside: [(inner: String, outer: String)] = [
        (Label.org, Label.title), (Label.person, Label.org), (Label.title, Label.org),
        (Label.location, Label.org), (Label.rank, Label.title), (Label.title, Label.person),
        (Label.org, Label.person), (Label.location, Label.person),
    ]

    public init(dropInside: [(inner: String, outer: String)] = Merger.defaultDropInside) {
        self.dropInside = dropInside
    }

    public func merge(_ input: [Span]) -> (kept: [Span], discarded: [DiscardedSpan]) {
        // 1. Identical spans.
        struct Key: Hashable { let s: Int, e: Int, l: String }
        var byKey: [Key: Int] = [:]
        var unique: [Span] = []
        unique.reserveCapacity(input.count)
        for span in input {
            let k = Key(s: span.start, e: span.end, l: span.label)
            if let i = byKey[k] {
                var u = unique[i]
                for p in span.provenance where !u.provenance.contains(p) { u.provenance.append(p) }
                if u.norm == nil { u.norm = span.norm }
                for (a, v) in span.attrs where u.attrs[a] == nil { u.attrs[a] = v }
                if span.priority > u.priority { u.priority = span.priority }
                unique[i] = u
            } else {
                byKey[k] = unique.count
                unique.append(span)
            }
        }
        var discarded: [DiscardedSpan] = []
        // 2. Labels not annotated inside others.
        var candidates: [Span] = []
        if dropInside.isEmpty {
            candidates = unique
        } else {
            let outerLabels = Set(dropInside.map(\.outer))
            let outers = unique.filter { outerLabels.contains($0.label) }
            for span in unique {
                let rulesFor = dropInside.filter { $0.inner == span.label }.map(\.outer)
                if !rulesFor.isEmpty,
                    let container = outers.first(where: { rulesFor.contains($0.label) && $0.contains(span) && $0.range != span.range })
                {
                    discarded.append(DiscardedSpan(
                        span: span, reason: "\(span.label) inside \(container.label) \(Self.describe(container)) is not annotated separately",
                        winner: container))
                } else {
                    candidates.append(span)
                }
            }
        }
        // 3. Same-label overlaps.
        var byLabel: [String: [Span]] = [:]
        for s in candidates { byLabel[s.label, default: []].append(s) }
        var kept: [Span] = []
        for (_, spans) in byLabel {
            let ordered = spans.sorted {
                if $0.priority != $1.priority { return $0.priority > $1.priority }
                if $0.length != $1.length { return $0.length > $1.length }
                return $0.start < $1.start
            }
            var accepted: [Span] = []
            for s in ordered {
                if let w = accepted.first(where: { $0.overlaps(s) }) {
                    let why: String
                    if w.priority != s.priority {
                        why = "has higher priority (\(w.priority) > \(s.priority))"
                    } else if w.length != s.length {
                        why = "is longer"
                    } else {
                        why = "starts first"
                    }
                    discarded.append(DiscardedSpan(
                        span: s, reason: "overlaps \(w.label) \(Self.describe(w)), which \(why)", winner: w))
                } else {
                    accepted.append(s)
                }
            }
            kept.append(contentsOf: accepted)
        }
        kept.sort(by: Span.reportOrder)
        discarded.sort { Span.reportOrder($0.span, $1.span) }
        return (kept, discarded)
    }

    static func describe(_ s: Span) -> String {
        "\(s.start)..\(s.end) '\(s.text)'" + (s.rule.map { " (\($0))" } ?? " (\(s.extractor))")
    }
}
