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
            let containers = Self.containers(of: unique, rules: dropInside)
            for (i, span) in unique.enumerated() {
                if let c = containers[i] {
                    let container = unique[c]
                    discarded.append(DiscardedSpan(
                        span: span, reason: "\(span.label) inside \(container.label) \(Self.describe(container)) is not annotated separately",
                        winner: container))
                } else {
                    candidates.append(span)
                }
            }
        }
        // 3. Same-label overlaps: best first, each kept unless it overlaps one kept before.
        var byLabel: [String: [Span]] = [:]
        for s in candidates { byLabel[s.label, default: []].append(s) }
        var kept: [Span] = []
        for (_, spans) in byLabel {
            let ordered = spans.sorted {
                if $0.priority != $1.priority { return $0.priority > $1.priority }
                if $0.length != $1.length { return $0.length > $1.length }
                return $0.start < $1.start
            }
            var accepted = DisjointSpans(starts: spans.map(\.start))
            for s in ordered {
                if let k = accepted.overlapping(s.start, s.end) {
                    let w = kept[k]
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
                    accepted.insert(s.start, s.end, id: kept.count)
                    kept.append(s)
                }
            }
        }
        kept.sort(by: Self.reportOrder)
        discarded.sort { Self.reportOrder($0.span, $1.span) }
        return (kept, discarded)
    }

    /// For every span, the index of a span that contains it (and is not the
    /// same range) with a label it is not annotated inside, or nil. One sweep
    /// per outer label over spans sorted by start: the candidate container is
    /// the one reaching furthest among those starting at or before the span.
    static func containers(of spans: [Span], rules: [(inner: String, outer: String)]) -> [Int?] {
        var result = [Int?](repeating: nil, count: spans.count)
        var outersOf: [String: [String]] = [:]  // inner label → outer labels, in configured order
        for r in rules where !(outersOf[r.inner]?.contains(r.outer) ?? false) { outersOf[r.inner, default: []].append(r.outer) }
        let starts = spans.map(\.start), ends = spans.map(\.end), labels = spans.map(\.label)
        let byStart = spans.indices.sorted { starts[$0] != starts[$1] ? starts[$0] < starts[$1] : ends[$0] > ends[$1] }
        for outer in Set(rules.map(\.outer)) {
            var best = -1  // furthest-reaching `outer` span seen so far (earliest start among equals)
            var k = 0
            let outers = byStart.filter { labels[$0] == outer }
            for i in byStart {
                guard result[i] == nil, let wanted = outersOf[labels[i]], wanted.contains(outer) else { continue }
                while k < outers.count && starts[outers[k]] <= starts[i] {
                    if best < 0 || ends[outers[k]] > ends[best] { best = outers[k] }
                    k += 1
                }
                if best >= 0 && (ends[best] > ends[i] || (ends[best] == ends[i] && starts[best] < starts[i])) { result[i] = best }
            }
        }
        return result
    }

    /// Start, then longest first, then label.
    public static func reportOrder(_ a: Span, _ b: Span) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end > b.end }
        return a.label < b.label
    }

    static func describe(_ s: Span) -> String {
        "\(s.start)..\(s.end) '\(s.text)'" + (s.rule.map { " (\($0))" } ?? " (\(s.extractor))")
    }
}

/// Disjoint ranges with "which one overlaps [start, end)?" in O(log n): a
/// Fenwick tree of maximum end (and its id) over the ranges' starts, so that
/// merging stays O(n log n) for documents with a million spans.
struct DisjointSpans {
    private let starts: [Int]          // sorted, distinct possible starts
    private var tree: [(end: Int, id: Int)]

    init(starts: [Int]) {
        self.starts = Array(Set(starts)).sorted()
        tree = Array(repeating: (Int.min, -1), count: self.starts.count + 1)
    }

    /// The id of an inserted range overlapping [start, end), if any. Ranges
    /// are disjoint, so one overlaps iff the furthest-reaching range that
    /// starts before `end` reaches past `start`.
    func overlapping(_ start: Int, _ end: Int) -> Int? {
        var i = lowerBound(end)  // number of starts < end
        var best = (end: Int.min, id: -1)
        while i > 0 {
            if tree[i].end > best.end { best = tree[i] }
            i -= i & -i
        }
        return best.end > start ? best.id : nil
    }

    mutating func insert(_ start: Int, _ end: Int, id: Int) {
        var i = lowerBound(start) + 1
        while i < tree.count {
            if end > tree[i].end { tree[i] = (end, id) }
            i += i & -i
        }
    }

    private func lowerBound(_ x: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
