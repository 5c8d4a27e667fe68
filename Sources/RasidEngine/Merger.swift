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
        // Labels as small integers (a document has a handful), so that the
        // steps below compare and group integers, never hash strings.
        var labels: [String] = []
        let labelOf: [Int] = input.map { span in
            if let k = labels.firstIndex(of: span.label) { return k }
            labels.append(span.label)
            return labels.count - 1
        }
        // 1. Identical spans: sorted by (start, end, label, input order), each
        // run of equal keys folds into its first span, which keeps its place.
        var unique: [Span] = []
        var uniqueLabel: [Int] = []
        unique.reserveCapacity(input.count)
        uniqueLabel.reserveCapacity(input.count)
        do {
            let order = input.indices.sorted { a, b in
                let x = input[a], y = input[b]
                if x.start != y.start { return x.start < y.start }
                if x.end != y.end { return x.end < y.end }
                if labelOf[a] != labelOf[b] { return labelOf[a] < labelOf[b] }
                return a < b
            }
            var firstOf = [Int](repeating: -1, count: input.count)  // -1: a run's first span
            var k = 0
            while k < order.count {
                let head = order[k]
                var j = k + 1
                while j < order.count, input[order[j]].start == input[head].start,
                    input[order[j]].end == input[head].end, labelOf[order[j]] == labelOf[head]
                {
                    firstOf[order[j]] = head
                    j += 1
                }
                k = j
            }
            var slot = [Int](repeating: -1, count: input.count)
            for (i, span) in input.enumerated() {
                if firstOf[i] < 0 {
                    slot[i] = unique.count
                    unique.append(span)
                    uniqueLabel.append(labelOf[i])
                    continue
                }
                let t = slot[firstOf[i]]
                var u = unique[t]
                for p in span.provenance where !u.provenance.contains(p) { u.provenance.append(p) }
                if u.norm == nil { u.norm = span.norm }
                for (a, v) in span.attrs where u.attrs[a] == nil { u.attrs[a] = v }
                if span.priority > u.priority { u.priority = span.priority }
                unique[t] = u
            }
        }
        var discarded: [DiscardedSpan] = []
        // 2. Labels not annotated inside others.
        var candidates: [Int] = []  // indices into unique
        candidates.reserveCapacity(unique.count)
        // innerOf[l][m]: a span labelled l is dropped inside one labelled m.
        let innerOf: [[Bool]] = labels.map { inner in
            labels.map { outer in dropInside.contains { $0.inner == inner && $0.outer == outer } }
        }
        let isOuter = labels.indices.map { m in labels.indices.contains { innerOf[$0][m] } }
        let isInner = labels.indices.map { l in innerOf[l].contains(true) }
        // Outers sorted by start; a container of a span starts at most
        // `longest` before it, so only a window is searched. Among the
        // containers, the first in input order wins (as a scan would).
        let outerIndices = unique.indices.filter { isOuter[uniqueLabel[$0]] }.sorted { unique[$0].start < unique[$1].start }
        var longest = 0
        for k in outerIndices { longest = max(longest, unique[k].length) }
        for (i, span) in unique.enumerated() {
            var container: Int?
            let l = uniqueLabel[i]
            if isInner[l] {
                var lo = 0, hi = outerIndices.count
                let from = span.start - longest
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if unique[outerIndices[mid]].start < from { lo = mid + 1 } else { hi = mid }
                }
                while lo < outerIndices.count, unique[outerIndices[lo]].start <= span.start {
                    let k = outerIndices[lo]
                    let o = unique[k]
                    if innerOf[l][uniqueLabel[k]] && o.contains(span) && o.range != span.range && k < (container ?? Int.max) {
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
                candidates.append(i)
            }
        }
        // 3. Same-label overlaps. Candidates by label, then start; spans that
        // overlap, directly or through others, form a cluster; a span can only
        // lose to a span of its own cluster, so each cluster is decided alone
        // (same result, no quadratic scan).
        candidates.sort { a, b in
            uniqueLabel[a] != uniqueLabel[b] ? uniqueLabel[a] < uniqueLabel[b] : unique[a].start < unique[b].start
        }
        var kept: [Int] = []
        kept.reserveCapacity(candidates.count)
        var cluster: [Int] = []
        var accepted: [Int] = []
        func decide() {
            if cluster.count == 1 { kept.append(cluster[0]); cluster.removeAll(keepingCapacity: true); return }
            cluster.sort {
                let x = unique[$0], y = unique[$1]
                if x.priority != y.priority { return x.priority > y.priority }
                if x.length != y.length { return x.length > y.length }
                return x.start < y.start
            }
            accepted.removeAll(keepingCapacity: true)
            for i in cluster {
                let s = unique[i]
                if let wi = accepted.first(where: { unique[$0].overlaps(s) }) {
                    let w = unique[wi]
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
                    accepted.append(i)
                }
            }
            kept.append(contentsOf: accepted)
            cluster.removeAll(keepingCapacity: true)
        }
        var clusterEnd = Int.min
        var clusterLabel = -1
        for i in candidates {
            let s = unique[i]
            if !cluster.isEmpty && (uniqueLabel[i] != clusterLabel || s.start >= clusterEnd) { decide() }
            if cluster.isEmpty { clusterEnd = s.end; clusterLabel = uniqueLabel[i] } else { clusterEnd = max(clusterEnd, s.end) }
            cluster.append(i)
        }
        if !cluster.isEmpty { decide() }
        kept.sort { Span.reportOrder(unique[$0], unique[$1]) }
        discarded.sort { Span.reportOrder($0.span, $1.span) }
        return (kept.map { unique[$0] }, discarded)
    }

    static func describe(_ s: Span) -> String {
        "\(s.start)..\(s.end) '\(s.text)'" + (s.rule.map { " (\($0))" } ?? " (\(s.extractor))")
    }
}
