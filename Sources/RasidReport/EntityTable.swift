import RasidModel

/// The entities of one document as people read them: the report's linked
/// entities (PERSON, COUNTRY, with their mentions and related RANK/TITLE),
/// and every other span grouped by label and `norm` (or text), so that an
/// ORG mentioned three times is one row with three mentions.
public struct EntityRow: Sendable, Equatable {
    /// The linked entity's id (`P3`), nil for a group of unlinked spans.
    public var id: String?
    public var label: String
    public var name: String
    public var norm: String?
    /// Indices into the document's spans.
    public var mentions: [Int]
    /// Related spans by role (`rank`, `title`, `country`), roles sorted.
    public var related: [(role: String, spans: [Int])]

    public static func == (a: EntityRow, b: EntityRow) -> Bool {
        a.id == b.id && a.label == b.label && a.name == b.name && a.norm == b.norm && a.mentions == b.mentions
            && a.related.map(\.role) == b.related.map(\.role) && a.related.map(\.spans) == b.related.map(\.spans)
    }

    /// What identifies the entity across documents: label and norm, or label and name.
    public var key: String { label + "\u{1F}" + (norm ?? name) }
}

public enum EntityTable {
    /// Rows in label order (the guidelines' seven first), then most mentions first, then first mention.
    public static func rows(_ r: DocumentReport) -> [EntityRow] {
        var rows: [EntityRow] = []
        var linked = Set<Int>()
        for e in r.entities {
            let mentions = e.mentions.filter { r.spans.indices.contains($0) }
            guard !mentions.isEmpty else { continue }
            linked.formUnion(mentions)
            let related = e.related.keys.sorted().map { (role: $0, spans: e.related[$0]!.filter { r.spans.indices.contains($0) }) }
            rows.append(EntityRow(id: e.id, label: e.label, name: e.name, norm: e.norm, mentions: mentions, related: related))
        }
        var groups: [String: Int] = [:]
        for (i, s) in r.spans.enumerated() where !linked.contains(i) {
            let key = s.label + "\u{1F}" + (s.norm ?? s.text)
            if let g = groups[key] {
                rows[g].mentions.append(i)
            } else {
                groups[key] = rows.count
                rows.append(EntityRow(id: nil, label: s.label, name: s.text, norm: s.norm, mentions: [i], related: []))
            }
        }
        return rows.enumerated().sorted { a, b in
            let la = labelRank(a.element.label), lb = labelRank(b.element.label)
            if la != lb { return la < lb }
            if a.element.mentions.count != b.element.mentions.count { return a.element.mentions.count > b.element.mentions.count }
            return (a.element.mentions.min() ?? 0, a.offset) < (b.element.mentions.min() ?? 0, b.offset)
        }.map(\.element)
    }

    /// Sort key of a label: the guidelines' order, then other labels by name.
    static func labelRank(_ label: String) -> (Int, String) {
        (Label.builtIn.firstIndex(of: label) ?? Label.builtIn.count, label)
    }
}
