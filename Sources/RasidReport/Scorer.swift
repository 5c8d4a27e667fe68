import RasidModel

/// Precision, recall and F1 of predicted spans against gold, per label,
/// exact (same start, end, label) and overlap (same label, at least one
/// shared character, each gold span used once) — as the guidelines define,
/// and number for number as `shared/tools/score.py` computes them: spans are
/// sets of ranges per label, the overlap matching is greedy over sorted ranges.
public struct Scorer {
    public struct Counts: Sendable, Equatable, Encodable {
        public var truePositives = 0
        public var predicted = 0
        public var gold = 0
        public var precision: Double { predicted == 0 ? (gold == 0 ? 1 : 0) : Double(truePositives) / Double(predicted) }
        public var recall: Double { gold == 0 ? 1 : Double(truePositives) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        enum CodingKeys: String, CodingKey { case tp, predicted, gold, precision, recall, f1 }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(truePositives, forKey: .tp)
            try c.encode(predicted, forKey: .predicted)
            try c.encode(gold, forKey: .gold)
            try c.encode(precision, forKey: .precision)
            try c.encode(recall, forKey: .recall)
            try c.encode(f1, forKey: .f1)
        }
    }

    public struct Result: Sendable {
        public var exact: [String: Counts] = [:]
        public var overlap: [String: Counts] = [:]
        public var labels: [String]
        public func micro(_ table: [String: Counts]) -> Counts {
            var c = Counts()
            for l in labels { if let x = table[l] { c.truePositives += x.truePositives; c.predicted += x.predicted; c.gold += x.gold } }
            return c
        }
    }

    public let labels: [String]
    public init(labels: [String] = Label.builtIn) { self.labels = labels }

    /// Scores documents by id; a gold document missing from the prediction counts as all missed.
    public func score(gold: [String: [Span]], predicted: [String: [Span]]) -> Result {
        var r = Result(labels: labels)
        for l in labels { r.exact[l] = Counts(); r.overlap[l] = Counts() }
        for (id, goldSpans) in gold {
            let pred = predicted[id] ?? []
            for l in labels {
                let g = Self.ranges(goldSpans, label: l)
                let p = Self.ranges(pred, label: l)
                r.exact[l]!.truePositives += Set(p).intersection(g).count
                r.exact[l]!.predicted += p.count
                r.exact[l]!.gold += g.count
                r.overlap[l]!.truePositives += Self.overlapMatches(p, g)
                r.overlap[l]!.predicted += p.count
                r.overlap[l]!.gold += g.count
            }
        }
        return r
    }

    /// The distinct ranges of one label, sorted by start then end.
    static func ranges(_ spans: [Span], label: String) -> [Range<Int>] {
        Set(spans.lazy.filter { $0.label == label }.map(\.range)).sorted(by: Self.rangeOrder)
    }

    static func rangeOrder(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        (a.lowerBound, a.upperBound) < (b.lowerBound, b.upperBound)
    }

    /// Greedy one-to-one matching: predicted ranges in order, each to the
    /// unused gold range it overlaps most (the first of equals). Both sorted.
    static func overlapMatches(_ pred: [Range<Int>], _ gold: [Range<Int>]) -> Int {
        var used = Set<Int>()
        var tp = 0
        for p in pred {
            var best: (overlap: Int, index: Int)?
            for (i, g) in gold.enumerated() where !used.contains(i) {
                let ov = min(p.upperBound, g.upperBound) - max(p.lowerBound, g.lowerBound)
                if ov > 0 && (best == nil || ov > best!.overlap) { best = (ov, i) }
            }
            if let best { used.insert(best.index); tp += 1 }
        }
        return tp
    }

    /// Predicted spans relabelled through `map` (`COUNTRY=LOCATION`); where
    /// two spans of one label now overlap, the one starting first (then the
    /// longest) is kept — as score.py's `--map` does, for every label.
    public static func relabel(_ spans: [Span], map: [String: String]) -> [Span] {
        guard !map.isEmpty else { return spans }
        let relabelled = spans.enumerated().map { i, s -> (Int, Span) in
            var s = s
            s.label = map[s.label] ?? s.label
            return (i, s)
        }.sorted {
            let (a, b) = ($0.1, $1.1)
            if a.label != b.label { return a.label < b.label }
            if a.start != b.start { return a.start < b.start }
            if a.length != b.length { return a.length > b.length }
            return $0.0 < $1.0
        }
        var kept: [Span] = []
        var lastEnd: [String: Int] = [:]
        for (_, s) in relabelled {
            if s.start < lastEnd[s.label, default: -1] { continue }
            kept.append(s)
            lastEnd[s.label] = s.end
        }
        return kept
    }
}
