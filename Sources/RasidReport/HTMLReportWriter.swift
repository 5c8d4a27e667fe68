import RasidModel

/// Writes one self-contained HTML page (no network, no external files) for
/// reading and reviewing a report in a browser.
///
/// Each document is written as it arrives: a header with its counts, an
/// empty right-to-left text block, its entity table, and the report's JSON
/// for the document in a `<script type="application/json">` (with `<`, `>`
/// and `&` escaped, so no text can close the script). The page's script
/// (`HTMLAssets.script`) renders each text with one `<mark data-span>` per
/// span and runs the review. The corpus index (counts per label, documents,
/// most frequent entities) needs every document, so it is written at the
/// end from a `CorpusSummary` and shown first by CSS. Only small summaries
/// are held, but the page itself holds every text: HTML is meant for
/// review-sized corpora (hundreds of documents, not millions).
public final class HTMLReportWriter: DocumentReportWriter {
    let title: String
    private let out: StreamBuffer
    private var summary = CorpusSummary()
    private var count = 0
    /// FNV-1a over the documents' JSON: the key under which the page keeps
    /// review decisions, the same for the same report, new for a changed one.
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    /// How many entities the index lists.
    public var topEntities = 25

    public init(title: String, sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.title = title
        out = StreamBuffer(sink: sink)
    }

    public func begin() throws {
        out.append("""
            <!DOCTYPE html>
            <html lang="en" dir="ltr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
            <meta name="generator" content="rasid annotate --format html">
            <title>\(Self.escape(title))</title>
            <style>\(HTMLAssets.style)</style>
            </head>
            <body>
            <aside id="panel" aria-label="Review"><div id="panel-body"><p class="hint">Loading…</p></div></aside>
            <div id="page">
            <header id="bar">
            <h1><bdi>\(Self.escape(title))</bdi></h1>
            <nav id="legend" aria-label="Labels"></nav>
            <div id="review-bar"><span id="progress"></span><button type="button" id="export">Download gold JSONL</button><button type="button" id="clear">Clear review</button><span id="status" role="status"></span></div>
            </header>
            <noscript><p class="problem">This report needs JavaScript to show the highlighted text and the review tools; the entity tables below work without it.</p></noscript>
            <main id="main">
            <div id="docs">

            """)
    }

    public func write(_ r: DocumentReport) throws {
        summary.add(r)
        let d = count
        count += 1
        var json = JSONBuffer(capacity: r.text.utf8.count * 2 + 1024)
        var opts = ReportOptions()
        opts.includeDiscarded = false
        ReportJSON.write(r, options: opts, into: &json)
        for b in json.bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        hash = (hash ^ 0x0A) &* 0x100_0000_01b3

        var perLabel: [String: Int] = [:]
        for s in r.spans { perLabel[s.label, default: 0] += 1 }
        var h = "<article class=\"doc\" id=\"doc-\(d)\" data-doc=\"\(d)\">\n<header class=\"doc-head\">"
        h += "<h2><bdi>\(Self.escape(r.id))</bdi></h2><p class=\"meta\">"
        if let src = r.source { h += "<span class=\"source\"><bdi>\(Self.escape(src))</bdi></span> · " }
        h += "\(r.spans.count) span\(r.spans.count == 1 ? "" : "s") "
        for l in MarkdownWriter.labelOrder(perLabel.keys) {
            h += "<span class=\"chip\" data-label=\"\(Self.escape(l))\">\(Self.escape(l)) \(perLabel[l]!)</span>"
        }
        h += "<span class=\"doc-progress\" data-doc=\"\(d)\"></span></p>"
        for p in r.problems {
            h += "<p class=\"problem\">\(Self.escape(p.kind)): <bdi>\(Self.escape(p.message))</bdi></p>"
        }
        h += "<div class=\"doc-actions\"><button type=\"button\" class=\"accept-rest\" data-doc=\"\(d)\">Accept the rest of this document</button></div>"
        h += "</header>\n<div class=\"doc-text\" dir=\"rtl\" lang=\"ar\"></div>\n"
        h += entityTable(r, doc: d)
        h += "<script type=\"application/json\" class=\"rasid-doc\">"
        out.append(h)
        out.append(bytes: Self.scriptSafe(json.bytes))
        out.append("</script>\n</article>\n")
        try out.flushIfLarge()
    }

    public func finish() throws {
        var h = "</div>\n" + index() + "</main>\n</div>\n<style id=\"label-colours\">" + labelStyle() + "</style>\n"
        var j = JSONBuffer()
        j.raw("{"); j.key("key"); j.string(String(hash, radix: 16))
        j.raw(","); j.key("title"); j.string(title)
        j.raw(","); j.key("file"); j.string(Self.fileName(title) + ".gold.jsonl")
        j.raw(","); j.key("documents"); j.int(count)
        j.raw(","); j.key("labels"); j.raw("[")
        for (i, l) in allLabels.enumerated() { if i > 0 { j.raw(",") }; j.string(l) }
        j.raw("],"); j.key("counts"); j.raw("{")
        for (i, l) in summary.labels.enumerated() { if i > 0 { j.raw(",") }; j.string(l); j.raw(":"); j.int(summary.spansPerLabel[l]!) }
        j.raw("}}")
        h += "<script type=\"application/json\" id=\"rasid-summary\">"
        out.append(h)
        out.append(bytes: Self.scriptSafe(j.bytes))
        out.append("</script>\n<script>\(HTMLAssets.script)</script>\n</body>\n</html>\n")
        try out.flush()
    }

    /// The guidelines' labels, then the others seen: what the page offers for relabelling.
    var allLabels: [String] { Label.builtIn + summary.labels.filter { !Label.builtIn.contains($0) } }

    func entityTable(_ r: DocumentReport, doc d: Int) -> String {
        let rows = EntityTable.rows(r)
        guard !rows.isEmpty else { return "" }
        // Off screen, a table is not laid out (content-visibility: auto): long
        // pages open fast. Its estimated height keeps the scroll bar and jumps right.
        var h = "<details class=\"entities\" open style=\"contain-intrinsic-size:auto \(rows.count * 30 + 60)px\">"
        h += "<summary>Entities (\(rows.count))</summary>\n<table>"
        h += "<thead><tr><th>entity</th><th>label</th><th>norm</th><th>mentions</th><th>as written</th><th>with</th></tr></thead><tbody>\n"
        for row in rows {
            let attr = row.id.map { "data-entity=\"\(Self.escape($0))\"" } ?? "data-group"
            h += "<tr \(attr)><td dir=\"rtl\"><bdi>\(Self.escape(row.name))</bdi></td>"
            h += "<td><span class=\"chip\" data-label=\"\(Self.escape(row.label))\">\(Self.escape(row.label))</span></td>"
            h += "<td>\(Self.escape(row.norm ?? ""))</td><td class=\"num\">\(row.mentions.count)</td><td dir=\"rtl\">"
            h += refs(row.mentions, r, doc: d)
            h += "</td><td>"
            h += row.related.map { rel in "<span class=\"role\">\(Self.escape(rel.role))</span> " + refs(rel.spans, r, doc: d) }.joined(separator: " ")
            h += "</td></tr>\n"
        }
        return h + "</tbody></table></details>\n"
    }

    /// Links to spans, one per distinct text, cycling through its mentions.
    func refs(_ spans: [Int], _ r: DocumentReport, doc d: Int) -> String {
        var order: [String] = []
        var byText: [String: [Int]] = [:]
        for i in spans.sorted() {
            let t = r.spans[i].text
            if byText[t] == nil { order.append(t) }
            byText[t, default: []].append(i)
        }
        return order.map { t in
            let ids = byText[t]!
            let n = ids.count > 1 ? "<small>×\(ids.count)</small>" : ""
            return "<a href=\"#doc-\(d)\" class=\"ref\" data-doc=\"\(d)\" data-refs=\"\(ids.map(String.init).joined(separator: " "))\"><bdi>\(Self.escape(t))</bdi>\(n)</a>"
        }.joined(separator: " ")
    }

    func index() -> String {
        let labels = summary.labels
        var h = "<section id=\"index\"\(count > 1 ? "" : " hidden")>\n<h2>Corpus</h2>"
        h += "<p class=\"meta\">\(count) document\(count == 1 ? "" : "s") · \(summary.totalSpans) span\(summary.totalSpans == 1 ? "" : "s")</p>\n"
        h += "<div class=\"index-grid\"><table class=\"label-counts\"><thead><tr><th>label</th><th>spans</th><th>documents</th></tr></thead><tbody>"
        for l in labels {
            h += "<tr data-label-row=\"\(Self.escape(l))\"><td><span class=\"chip\" data-label=\"\(Self.escape(l))\">\(Self.escape(l))</span></td>"
            h += "<td class=\"num\">\(summary.spansPerLabel[l]!)</td><td class=\"num\">\(summary.documentsPerLabel[l]!)</td></tr>"
        }
        h += "<tr class=\"total\"><td>all</td><td class=\"num\">\(summary.totalSpans)</td><td class=\"num\">\(count)</td></tr></tbody></table>\n"
        let top = summary.topEntities(topEntities)
        if !top.isEmpty {
            h += "<table class=\"top-entities\"><caption>Most frequent entities</caption><thead><tr><th>entity</th><th>label</th><th>norm</th><th>mentions</th><th>documents</th></tr></thead><tbody>"
            for e in top {
                h += "<tr><td dir=\"rtl\"><bdi>\(Self.escape(e.name))</bdi></td><td><span class=\"chip\" data-label=\"\(Self.escape(e.label))\">\(Self.escape(e.label))</span></td>"
                h += "<td>\(Self.escape(e.norm ?? ""))</td><td class=\"num\">\(e.mentions)</td><td class=\"num\">\(e.documents)</td></tr>"
            }
            h += "</tbody></table>\n"
        }
        h += "</div><table class=\"doc-list\"><thead><tr><th>document</th><th>spans</th>"
        for l in labels { h += "<th><span class=\"chip\" data-label=\"\(Self.escape(l))\">\(Self.escape(l))</span></th>" }
        h += "<th>reviewed</th></tr></thead><tbody>"
        for (i, d) in summary.documents.enumerated() {
            h += "<tr><td><a href=\"#doc-\(i)\"><bdi>\(Self.escape(d.id))</bdi></a></td><td class=\"num\">\(d.spans)</td>"
            for l in labels { h += "<td class=\"num\">\(d.perLabel[l] ?? 0)</td>" }
            h += "<td class=\"num doc-progress\" data-doc=\"\(i)\"></td></tr>"
        }
        return h + "</tbody></table>\n</section>\n"
    }

    /// `--c` (the label's colour) and `--bg` (a light tint of it) per label.
    func labelStyle() -> String {
        allLabels.map { l in
            let c = LabelPalette.colour(for: l)
            return "[data-label=\"\(Self.cssString(l))\"]{--c:\(c);--bg:\(Self.tint(c))}"
        }.joined(separator: "\n")
    }

    static func tint(_ hex: String) -> String {
        let v = Int(hex.dropFirst(), radix: 16) ?? 0
        return "rgba(\((v >> 16) & 255),\((v >> 8) & 255),\(v & 255),0.16)"
    }

    /// A string for a CSS attribute selector: everything but letters, digits, `-` and `_` as a hex escape.
    static func cssString(_ s: String) -> String {
        var o = ""
        for c in s.unicodeScalars {
            if c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" { o.unicodeScalars.append(c) } else { o += "\\" + String(c.value, radix: 16) + " " }
        }
        return o
    }

    static func escape(_ s: String) -> String {
        var o = ""
        o.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": o += "&amp;"
            case "<": o += "&lt;"
            case ">": o += "&gt;"
            case "\"": o += "&quot;"
            case "'": o += "&#39;"
            default: o.unicodeScalars.append(c)
            }
        }
        return o
    }

    /// JSON that can sit inside `<script>`: `<`, `>` and `&` (which only occur
    /// inside JSON strings) become `\u003c`, `\u003e`, `\u0026`.
    static func scriptSafe(_ json: [UInt8]) -> [UInt8] {
        var o: [UInt8] = []
        o.reserveCapacity(json.count + 64)
        for b in json {
            switch b {
            case 0x3C: o.append(contentsOf: Array("\\u003c".utf8))
            case 0x3E: o.append(contentsOf: Array("\\u003e".utf8))
            case 0x26: o.append(contentsOf: Array("\\u0026".utf8))
            default: o.append(b)
            }
        }
        return o
    }

    /// A download name from the title: letters, digits, `-`, `_` and `.` kept.
    static func fileName(_ title: String) -> String {
        let s = String(title.unicodeScalars.map { c -> Character in
            c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" || c == "." ? Character(c) : "_"
        })
        return s.isEmpty ? "rasid" : s
    }
}
