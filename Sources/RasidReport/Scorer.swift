import RasidModel

/// Precision, recall and F1 of predicted spans against gold, per label,
/// exact (same start, end, label) and overlap (same label, at least one
/// shared character, each gold span used once) — as the guidelines define.
public struct Scorer {
    public struct Counts: Sendable, Equatable {
        public var truePositives = 0
        public var predicted = 0
        public var gold = 0
        public var precision: Double { predicted == 0 ? (gold == 0 ? 1 : 0) : Double(truePositives) / Double(predicted) }
        public var recall: Double { gold == 0 ? 1 : Double(truePositives) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
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
        for (id, goldSpans) in gold {
            let pred = predicted[id] ?? []
            for l in labels {
                let g = goldSpans.filter { $0.label == l }.map(\.range)
                let p = pred.filter { $0.label == l }.map(\.range)
                let gs = Set(g)
                let exactTP = Set(p).intersection(gs).count
                r.exact[l, default: Counts()].truePositives += exactTP
                r.exact[l]!.predicted += p.count
                r.exact[l]!.gold += g.count
                r.overlap[l, default: Counts()].truePositives += Self.overlapMatches(p, g)
                r.overlap[l]!.predicted += p.count
                r.overlap[l]!.gold += g.count
            }
        }
        return r
    }

    /// Greedy one-to-one matching, predicted spans in order, each to the gold span it overlaps most.
    static func overlapMatches(_ pred: [Range<Int>], _ gold: [Range<Int>]) -> Int {
        var used = Set<Int>()
        var tp = 0
        for p in pred.sorted(by: { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }) {
            var best: (Int, Int)?
            for (i, g) in gold.enumerated() where !used.contains(i) {
                let ov = min(p.upperBound, g.upperBound) - max(p.lowerBound, g.lowerBound)
                if ov > 0 && (best == nil || ov > best!.0) { best = (ov, i) }
            }
            if let best { used.insert(best.1); tp += 1 }
        }
        return tp
    }
}
