import RasidModel

/// Writes a Markdown summary for people: per document its counts per label,
/// its entities (linked entities with their mentions, other spans grouped)
/// and a table of its spans; at the end the corpus summary (spans per label,
/// a table of documents, the most frequent entities). Documents are written
/// as they arrive, so the summary, which needs every document, comes last;
/// the first lines link to it.
public final class MarkdownWriter: DocumentReportWriter {
    let title: String
    private let out: StreamBuffer
    private var summary = CorpusSummary()
    /// How many entities the corpus summary lists.
    public var topEntities = 25

    public init(title: String, sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.title = title
        out = StreamBuffer(sink: sink)
    }

    public func begin() throws {
        out.append("# \(Self.cell(title))\n\nWritten by `rasid annotate`. Documents first; the [corpus summary](#corpus-summary) is at the end.\n")
    }

    public func write(_ r: DocumentReport) throws {
        summary.add(r)
        var perLabel: [String: Int] = [:]
        for s in r.spans { perLabel[s.label, default: 0] += 1 }
        var md = "\n## \(Self.cell(r.id))\n\n"
        if let src = r.source { md += "Source: `\(src.replacingOccurrences(of: "`", with: "'"))`. " }
        md += "\(r.spans.count) span\(r.spans.count == 1 ? "" : "s")"
        if !perLabel.isEmpty {
            md += ": " + Self.labelOrder(perLabel.keys).map { "\($0) \(perLabel[$0]!)" }.joined(separator: " · ")
        }
        md += ".\n"
        for p in r.problems { md += "\n> **Problem** (\(Self.cell(p.kind))): \(Self.cell(p.message))\n" }
        let rows = EntityTable.rows(r)
        if !rows.isEmpty {
            md += "\n### Entities\n\n| entity | label | norm | mentions | as written | with |\n|---|---|---|---:|---|---|\n"
            for row in rows {
                let forms = Self.distinct(row.mentions.map { r.spans[$0].text })
                let with = row.related.map { rel in
                    "\(rel.role): " + Self.distinct(rel.spans.map { r.spans[$0].text }).map(Self.cell).joined(separator: ", ")
                }.joined(separator: "; ")
                md += "| \(Self.cell(row.name)) | \(row.label) | \(Self.cell(row.norm ?? "")) | \(row.mentions.count) | "
                md += forms.map(Self.cell).joined(separator: " · ") + " | \(with) |\n"
            }
        }
        if !r.spans.isEmpty {
            md += "\n### Spans\n\n| # | start | end | label | text | norm | rule |\n|---:|---:|---:|---|---|---|---|\n"
            for (i, s) in r.spans.enumerated() {
                let rule = s.rule ?? s.extractor
                md += "| \(i + 1) | \(s.start) | \(s.end) | \(s.label) | \(Self.cell(s.text)) | \(Self.cell(s.norm ?? "")) | \(Self.cell(rule)) |\n"
            }
        }
        out.append(md)
        try out.flushIfLarge()
    }

    public func finish() throws {
        let labels = summary.labels
        var md = "\n## Corpus summary\n\n\(summary.documents.count) document\(summary.documents.count == 1 ? "" : "s"), "
        md += "\(summary.totalSpans) span\(summary.totalSpans == 1 ? "" : "s").\n"
        md += "\n| label | spans | documents |\n|---|---:|---:|\n"
        for l in labels { md += "| \(Self.cell(l)) | \(summary.spansPerLabel[l]!) | \(summary.documentsPerLabel[l]!) |\n" }
        md += "| **all** | **\(summary.totalSpans)** | \(summary.documents.count) |\n"
        if !summary.documents.isEmpty {
            md += "\n### Documents\n\n| document | spans | " + labels.map(Self.cell).joined(separator: " | ") + " |\n"
            md += "|---|---:|" + String(repeating: "---:|", count: labels.count) + "\n"
            for d in summary.documents {
                md += "| \(Self.cell(d.id)) | \(d.spans) | " + labels.map { String(d.perLabel[$0] ?? 0) }.joined(separator: " | ") + " |\n"
            }
        }
        let top = summary.topEntities(topEntities)
        if !top.isEmpty {
            md += "\n### Most frequent entities\n\n| entity | label | norm | mentions | documents |\n|---|---|---|---:|---:|\n"
            for e in top { md += "| \(Self.cell(e.name)) | \(e.label) | \(Self.cell(e.norm ?? "")) | \(e.mentions) | \(e.documents) |\n" }
        }
        out.append(md)
        try out.flush()
    }

    /// Text safe inside a table cell: one line, `|` and Markdown punctuation escaped.
    static func cell(_ s: String) -> String {
        var o = ""
        for c in s {
            switch c {
            case "|", "\\", "*", "_", "`", "[", "]", "<", ">", "#": o.append("\\"); o.append(c)
            case "\n", "\r", "\r\n", "\t": o.append(" ")
            default: o.append(c)
            }
        }
        return o
    }

    static func distinct(_ v: [String]) -> [String] {
        var seen = Set<String>()
        return v.filter { seen.insert($0).inserted }
    }

    static func labelOrder<S: Sequence>(_ labels: S) -> [String] where S.Element == String {
        labels.sorted { EntityTable.labelRank($0) < EntityTable.labelRank($1) }
    }
}
