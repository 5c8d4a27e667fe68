import RasidModel

/// Totals over a corpus, accumulated one document at a time so that the
/// streaming writers (HTML, Markdown) can end with an index without holding
/// the reports: spans per label, per-document counts and the most frequent
/// entities.
///
/// Entities are the rows of `EntityTable` (linked entities, and the other
/// spans grouped by label and norm or text), counted across documents under
/// their label and norm (or name).
public struct CorpusSummary: Sendable {
    /// Spans of one document per label.
    public struct DocumentRow: Sendable, Equatable {
        public var id: String
        public var spans: Int
        public var perLabel: [String: Int]
    }

    /// One entity across the corpus.
    public struct EntityCount: Sendable, Equatable {
        public var label: String
        /// The first name seen for it.
        public var name: String
        public var norm: String?
        public var mentions: Int
        public var documents: Int
    }

    public private(set) var documents: [DocumentRow] = []
    public private(set) var spansPerLabel: [String: Int] = [:]
    /// In how many documents each label occurs.
    public private(set) var documentsPerLabel: [String: Int] = [:]
    private var entities: [String: EntityCount] = [:]
    private var entityOrder: [String] = []

    public init() {}

    public var totalSpans: Int { spansPerLabel.values.reduce(0, +) }

    /// The labels seen, the guidelines' seven first in their order, then the others sorted.
    public var labels: [String] {
        Label.builtIn.filter { spansPerLabel[$0] != nil } + spansPerLabel.keys.filter { !Label.builtIn.contains($0) }.sorted()
    }

    public mutating func add(_ report: DocumentReport) {
        var perLabel: [String: Int] = [:]
        for s in report.spans { perLabel[s.label, default: 0] += 1 }
        documents.append(DocumentRow(id: report.id, spans: report.spans.count, perLabel: perLabel))
        for (l, n) in perLabel {
            spansPerLabel[l, default: 0] += n
            documentsPerLabel[l, default: 0] += 1
        }
        var seen = Set<String>()
        for row in EntityTable.rows(report) {
            if entities[row.key] == nil {
                entities[row.key] = EntityCount(label: row.label, name: row.name, norm: row.norm, mentions: 0, documents: 0)
                entityOrder.append(row.key)
            }
            entities[row.key]!.mentions += row.mentions.count
            if seen.insert(row.key).inserted { entities[row.key]!.documents += 1 }
        }
    }

    /// The `limit` entities with the most mentions; ties by documents, then first seen.
    public func topEntities(_ limit: Int) -> [EntityCount] {
        let ranked = entityOrder.enumerated().sorted { a, b in
            let x = entities[a.element]!, y = entities[b.element]!
            if x.mentions != y.mentions { return x.mentions > y.mentions }
            if x.documents != y.documents { return x.documents > y.documents }
            return a.offset < b.offset
        }
        return ranked.prefix(limit).map { entities[$0.element]! }
    }
}
