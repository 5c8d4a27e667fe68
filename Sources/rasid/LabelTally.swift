import RasidModel

/// Spans counted per label for the closing summary line. A run has a
/// handful of labels: a short list compared by equality costs less per
/// span than hashing every label into a dictionary.
struct LabelTally {
    private var labels: [String] = []
    private var counts: [Int] = []

    mutating func add(_ spans: [Span]) {
        for i in spans.indices {
            if let k = labels.firstIndex(of: spans[i].label) {
                counts[k] += 1
            } else {
                labels.append(spans[i].label)
                counts.append(1)
            }
        }
    }

    var total: Int { counts.reduce(0, +) }

    /// The counts, built-in labels first in their usual order, then the others by name.
    var summary: [(label: String, count: Int)] {
        let counted = Dictionary(uniqueKeysWithValues: zip(labels, counts))
        let order = Label.builtIn.filter { counted[$0] != nil } + labels.filter { !Label.builtIn.contains($0) }.sorted()
        return order.map { ($0, counted[$0]!) }
    }
}
