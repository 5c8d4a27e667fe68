import Testing
@testable import RasidEngine
import RasidModel
import TestSupport

/// The merger's fast paths (a window of containers, clusters of overlaps) decide exactly
/// what the direct definition does — "contained in another span of an outer
/// label, or starting inside it and running past it" (a container dropped so
/// itself holds nothing inside the span that drops it), "on the same range as a
/// span of a preferred label" (unless its priority is lower), "overlaps a span kept before" — on random spans.
struct MergerPropertyTests {

    /// The policy written as directly as possible (quadratic), for comparison.
    func reference(_ input: [Span], dropInside: [(inner: String, outer: String)],
                   prefer: [(winner: String, loser: String)]) -> Set<String> {
        var unique: [Span] = []
        for s in input where !unique.contains(where: { $0.start == s.start && $0.end == s.end && $0.label == s.label }) {
            var u = s
            u.priority = input.filter { $0.start == s.start && $0.end == s.end && $0.label == s.label }.map(\.priority).max()!
            unique.append(u)
        }
        func drops(_ o: Span, _ s: Span) -> Bool {
            dropInside.contains { $0.inner == s.label && $0.outer == o.label }
                && ((o.contains(s) && o.range != s.range) || (o.start < s.start && s.start < o.end && o.end < s.end))
        }
        // A container dropped inside another (wholly) drops nothing itself;
        // one dropped by starting inside another and running past it drops
        // only what ends past the farthest such container.
        func deadEnd(_ o: Span) -> Int {
            if unique.contains(where: { o2 in drops(o2, o) && o2.contains(o) }) { return Int.max }
            return unique.filter { o2 in drops(o2, o) && !o2.contains(o) }.map(\.end).max() ?? -1
        }
        let candidates = unique.filter { s in
            !unique.contains { o in
                o.range == s.range
                    && ((prefer.contains { $0.winner == o.label && $0.loser == s.label } && o.priority >= s.priority)
                        || (prefer.contains { $0.winner == s.label && $0.loser == o.label } && o.priority > s.priority))
            }
            && !unique.contains { o in
                drops(o, s) && s.end > deadEnd(o)
            }
        }
        var kept: [Span] = []
        for label in Set(candidates.map(\.label)) {
            var accepted: [Span] = []
            let ordered = candidates.filter { $0.label == label }.sorted {
                ($0.priority, $0.length, -$0.start) > ($1.priority, $1.length, -$1.start)
            }
            for s in ordered where !accepted.contains(where: { $0.overlaps(s) }) { accepted.append(s) }
            kept += accepted
        }
        return Set(kept.map { "\($0.start)-\($0.end) \($0.label)" })
    }

    @Test func sweepsAgreeWithTheDefinition() {
        var rng = SplitMix64(seed: 7)
        let labels = ["ORG", "TITLE", "PERSON", "RANK"]
        let rules = [(inner: "ORG", outer: "TITLE"), (inner: "PERSON", outer: "ORG"), (inner: "RANK", outer: "TITLE"), (inner: "TITLE", outer: "PERSON")]
        let prefer = [(winner: "ORG", loser: "TITLE"), (winner: "PERSON", loser: "RANK")]
        for _ in 0..<500 {
            let n = Int.random(in: 0...30, using: &rng)
            let spans = (0..<n).map { _ -> Span in
                let s = Int.random(in: 0..<40, using: &rng)
                return Span(start: s, end: s + Int.random(in: 1...8, using: &rng), label: labels.randomElement(using: &rng)!,
                            text: "", provenance: [Provenance(extractor: "x")], priority: Int.random(in: 0...2, using: &rng))
            }
            let (kept, discarded) = Merger(dropInside: rules, preferOnSameRange: prefer).merge(spans)
            let got = Set(kept.map { "\($0.start)-\($0.end) \($0.label)" })
            #expect(got == reference(spans, dropInside: rules, prefer: prefer), "\(spans.map { "\($0.start)-\($0.end) \($0.label) p\($0.priority)" })")
            #expect(kept.count + discarded.count == Set(spans.map { "\($0.start)-\($0.end) \($0.label)" }).count)
            for d in discarded { #expect(d.winner.map { $0.overlaps(d.span) } ?? false) }
        }
    }
}
