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
            // Outers sorted by start; a container of a span starts at most
            // `longest` before it, so only a window is searched. Among the
            // containers, the first in input order wins (as a scan would).
            let outerIndices = unique.indices.filter { outerLabels.contains(unique[$0].label) }
                .sorted { unique[$0].start < unique[$1].start }
            let longest = outerIndices.map { unique[$0].length }.max() ?? 0
            let innerRules = Dictionary(grouping: dropInside, by: \.inner).mapValues { Set($0.map(\.outer)) }
            for span in unique {
                var container: Int?
                if let rulesFor = innerRules[span.label] {
                    var lo = 0, hi = outerIndices.count
                    let from = span.start - longest
                    while lo < hi {
                        let mid = (lo + hi) / 2
                        if unique[outerIndices[mid]].start < from { lo = mid + 1 } else { hi = mid }
                    }
                    while lo < outerIndices.count, unique[outerIndices[lo]].start <= span.start {
                        let k = outerIndices[lo]
                        let o = unique[k]
                        if rulesFor.contains(o.label) && o.contains(span) && o.range != span.range && k < (container ?? Int.max) {
                            container = k
                        }
                        lo += 1
                    }
                }
                if let container {
                    let c = unique[container]
                    discarded.append(DiscardedSpan(
                        span: span, reason: "\(span.label) inside \(c.label) \(Self.describe(c)) is not annotated separately",
                        winner: c))
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
            // Spans that overlap, directly or through others, form a cluster;
            // a span can only lose to a span of its own cluster, so each
            // cluster is decided alone (same result, no quadratic scan).
            let byStart = spans.sorted { $0.start < $1.start }
            var cluster: [Span] = []
            var clusterEnd = Int.min
            func decide() {
                let ordered = cluster.sorted {
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
                cluster.removeAll(keepingCapacity: true)
            }
            for s in byStart {
                if !cluster.isEmpty && s.start >= clusterEnd { decide() }
                if cluster.isEmpty { clusterEnd = s.end } else { clusterEnd = max(clusterEnd, s.end) }
                cluster.append(s)
            }
            if !cluster.isEmpty { decide() }
        }
        kept.sort(by: Span.reportOrder)
        discarded.sort { Span.reportOrder($0.span, $1.span) }
        return (kept, discarded)
    }

    static func describe(_ s: Span) -> String {
        "\(s.start)..\(s.end) '\(s.text)'" + (s.rule.map { " (\($0))" } ?? " (\(s.extractor))")
    }
}
