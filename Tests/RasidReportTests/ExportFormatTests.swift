import Foundation
import Testing
import RasidModel
@testable import RasidReport

/// A report built by hand: offsets computed from the text, so the tests say
/// which words are spans and the offsets follow.
func report(_ id: String, _ text: String, _ spans: [(String, String, Int)], entities: [Entity] = [], source: String? = nil) -> DocumentReport {
    let scalars = Array(text.unicodeScalars)
    var out: [Span] = []
    for (label, word, nth) in spans {
        let w = Array(word.unicodeScalars)
        var seen = 0, found = -1
        for i in 0...(scalars.count - w.count) where Array(scalars[i..<i + w.count]) == w {
            if seen == nth { found = i; break }
            seen += 1
        }
        precondition(found >= 0, "\(word) not in the text")
        out.append(Span(start: found, end: found + w.count, label: label, text: word, norm: label == "COUNTRY" ? "TN" : nil,
                        provenance: [Provenance(extractor: "rules", rule: "test/\(label.lowercased())")]))
    }
    out.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
    return DocumentReport(id: id, text: text, spans: out, entities: entities, source: source)
}

/// Runs a writer over reports and returns what it wrote.
func written(_ w: (@escaping (UnsafeRawBufferPointer) throws -> Void) -> any DocumentReportWriter, _ reports: [DocumentReport]) throws -> String {
    var bytes: [UInt8] = []
    let writer = w { bytes.append(contentsOf: $0) }
    try writer.begin()
    for r in reports { try writer.write(r) }
    try writer.finish()
    return String(decoding: bytes, as: UTF8.self)
}

struct CoNLLTests {
    // An emoji (outside the BMP), a proclitic before a span, a COUNTRY nested in an ORG, two sentences.
    let doc = report("d", "😀 قال وزير الدفاع إن وزارة الدفاع التونسية بخير.\nوتونس آمنة",
                     [("TITLE", "وزير الدفاع", 0), ("ORG", "وزارة الدفاع التونسية", 0), ("COUNTRY", "التونسية", 0), ("COUNTRY", "تونس", 1)])

    @Test func tokensTagsAndSentences() {
        let t = CoNLLWriter.tokens(doc)
        let lines = t.map { "\($0.text) \($0.tag)" }
        #expect(lines == ["😀 O", "قال O", "وزير B-TITLE", "الدفاع I-TITLE", "إن O", "وزارة B-ORG", "الدفاع I-ORG", "التونسية I-ORG",
                          "بخير O", ". O", "و O", "تونس B-COUNTRY", "آمنة O"])
        // Offsets are code points: the emoji is one.
        #expect(t[1].start == 2 && t[1].end == 5)
        #expect(t.filter(\.endsSentence).map(\.text) == [".", "آمنة"])
    }

    @Test func longestSpanWinsAndCrossingOverlapsToo() {
        let a = Span(start: 0, end: 10, label: "TITLE", text: "", provenance: [])
        let b = Span(start: 5, end: 20, label: "ORG", text: "", provenance: [])
        let c = Span(start: 6, end: 8, label: "COUNTRY", text: "", provenance: [])
        let d = Span(start: 25, end: 27, label: "DATE", text: "", provenance: [])
        let e = Span(start: 25, end: 27, label: "COUNTRY", text: "", provenance: [])
        #expect(CoNLLWriter.bioSpans([a, b, c, d, e]).map(\.label) == ["ORG", "COUNTRY"])
    }

    @Test func documentsAreSeparated() throws {
        let out = try written({ CoNLLWriter(sink: $0) }, [doc, report("e", "تونس", [("COUNTRY", "تونس", 0)])])
        #expect(out.hasPrefix("-DOCSTART- O\n\n😀 O\nقال O\n"))
        #expect(out.contains("بخير O\n. O\n\nو O\n"))
        #expect(out.hasSuffix("آمنة O\n\n-DOCSTART- O\n\nتونس B-COUNTRY\n\n"))
    }

    @Test func aSpanAcrossALineBreakStaysOneSentence() {
        let r = report("d", "رئيس\nالحكومة قال", [("TITLE", "رئيس\nالحكومة", 0)])
        let t = CoNLLWriter.tokens(r)
        #expect(t.map(\.tag) == ["B-TITLE", "I-TITLE", "O"])
        #expect(t.filter(\.endsSentence).count == 1)
    }
}

struct BratTests {
    @Test func annotationsSliceTheTextAndSplitAtLineBreaks() {
        let r = report("d", "😀 زار رئيس\nالحكومة تونس ثم تونس",
                       [("TITLE", "رئيس\nالحكومة", 0), ("COUNTRY", "تونس", 0), ("COUNTRY", "تونس", 1)],
                       entities: [Entity(id: "C1", label: "COUNTRY", name: "تونس", norm: "TN", mentions: [1, 2])])
        let ann = BratWriter.annotations(r).split(separator: "\n").map(String.init)
        #expect(ann == [
            "T1\tTITLE 6 10;11 18\tرئيس الحكومة",
            "#1\tAnnotatorNotes T1\trule=test/title; extractor=rules",
            "T2\tCOUNTRY 19 23\tتونس",
            "#2\tAnnotatorNotes T2\tnorm=TN; rule=test/country; extractor=rules",
            "T3\tCOUNTRY 27 31\tتونس",
            "#3\tAnnotatorNotes T3\tnorm=TN; rule=test/country; extractor=rules",
            "*\tEquiv T2 T3",
        ])
    }

    @Test func writesAFolderWithSafeNamesAndConfiguration() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rasid-brat-\(UUID().uuidString)").path
        let w = try BratWriter(folder: dir)
        try w.begin()
        try w.write(report("a/b", "تونس", [("COUNTRY", "تونس", 0)]))
        try w.write(report("a/b", "ليبيا", []))
        try w.write(report(".hidden", "x", []))
        try w.finish()
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(files == ["_.hidden.ann", "_.hidden.txt", "a_b-2.ann", "a_b-2.txt", "a_b.ann", "a_b.txt", "annotation.conf", "visual.conf"])
        #expect(try String(contentsOfFile: dir + "/a_b-2.txt", encoding: .utf8) == "ليبيا")
        let conf = try String(contentsOfFile: dir + "/annotation.conf", encoding: .utf8)
        #expect(conf.contains("[entities]\nRANK\nTITLE\nPERSON\nCOUNTRY\nORG\nLOCATION\nDATE\n"))
        // A folder with files in it is refused: the export would mix with them.
        #expect(throws: ReportWriteError.self) { _ = try BratWriter(folder: dir) }
        #expect(throws: ReportWriteError.self) { _ = try BratWriter(folder: dir + "/a_b.txt") }
    }
}

struct MarkdownTests {
    @Test func documentsThenCountsAndEntities() throws {
        let a = report("a", "زار المشير تونس ثم تونس", [("RANK", "المشير", 0), ("COUNTRY", "تونس", 0), ("COUNTRY", "تونس", 1)],
                       entities: [Entity(id: "C1", label: "COUNTRY", name: "تونس", norm: "TN", mentions: [1, 2])], source: "a.txt")
        let b = report("b|c", "تونس", [("COUNTRY", "تونس", 0)], entities: [Entity(id: "C1", label: "COUNTRY", name: "تونس", norm: "TN", mentions: [0])])
        let md = try written({ MarkdownWriter(title: "t", sink: $0) }, [a, b])
        #expect(md.hasPrefix("# t\n"))
        #expect(md.contains("## a\n\nSource: `a.txt`. 3 spans: RANK 1 · COUNTRY 2.\n"))
        #expect(md.contains("## b\\|c\n"))
        #expect(md.contains("| تونس | COUNTRY | TN | 2 | تونس |  |\n"))
        #expect(md.contains("| 2 | 11 | 15 | COUNTRY | تونس | TN | test/country |\n"))
        let summary = String(md[md.range(of: "## Corpus summary")!.lowerBound...])
        #expect(summary.contains("2 documents, 4 spans."))
        #expect(summary.contains("| RANK | 1 | 1 |\n| COUNTRY | 3 | 2 |\n| **all** | **4** | 2 |\n"))
        #expect(summary.contains("| a | 3 | 1 | 2 |\n| b\\|c | 1 | 0 | 1 |\n"))
        #expect(summary.contains("| تونس | COUNTRY | TN | 3 | 2 |\n| المشير | RANK |  | 1 | 1 |\n"))
    }
}

struct HTMLReportTests {
    @Test func dataCannotCloseTheScriptAndReadsBack() throws {
        let text = "</script><script>alert(1)</script> <!-- & تونس"
        let html = try written({ HTMLReportWriter(title: "x <y>", sink: $0) }, [report("d</script>", text, [("COUNTRY", "تونس", 0)])])
        // Only the page's own script elements close: one per document, the summary, the code.
        #expect(html.components(separatedBy: "</script>").count - 1 == 3)
        #expect(!html.contains("<!-- &"))
        #expect(html.contains("<title>x &lt;y&gt;</title>"))
        let start = try #require(html.range(of: "<script type=\"application/json\" class=\"rasid-doc\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let docs = try ReportReader.read(data: Data(html[start.upperBound..<end.lowerBound].utf8), name: "page")
        #expect(docs[0].id == "d</script>" && docs[0].text == text)
        #expect(docs[0].spans.map(\.text) == ["تونس"])
    }

    @Test func indexAndEntityTablesAndTheSameKeyForTheSameReport() throws {
        let a = report("a", "زار المشير تونس ثم تونس", [("RANK", "المشير", 0), ("COUNTRY", "تونس", 0), ("COUNTRY", "تونس", 1)],
                       entities: [Entity(id: "C1", label: "COUNTRY", name: "تونس", norm: "TN", mentions: [1, 2])])
        let b = report("b", "تونس", [("COUNTRY", "تونس", 0)])
        let html = try written({ HTMLReportWriter(title: "t", sink: $0) }, [a, b])
        #expect(html.contains("<tr data-label-row=\"COUNTRY\"><td><span class=\"chip\" data-label=\"COUNTRY\">COUNTRY</span></td><td class=\"num\">3</td><td class=\"num\">2</td></tr>"))
        #expect(html.contains("<tr data-entity=\"C1\">"))
        #expect(html.contains("data-refs=\"1 2\""))
        #expect(html.contains("<section id=\"index\">"))
        let key = { (h: String) -> String in
            let r = h.range(of: "\"key\":\"")!
            return String(h[r.upperBound...].prefix { $0 != "\"" })
        }
        #expect(try key(written({ HTMLReportWriter(title: "t", sink: $0) }, [a, b])) == key(html))
        #expect(try key(written({ HTMLReportWriter(title: "t", sink: $0) }, [a])) != key(html))
        // One document: no index.
        #expect(try written({ HTMLReportWriter(title: "t", sink: $0) }, [a]).contains("<section id=\"index\" hidden>"))
    }
}

struct ReportFormatTests {
    @Test func problemsAndTitles() {
        #expect(ReportFormat.names == "json, jsonl, html, markdown, brat or conll")
        #expect(ReportFormat.brat.problem(output: nil, includeText: true)?.contains("-o FOLDER") == true)
        #expect(ReportFormat.html.problem(output: "r.html", includeText: false)?.contains("--no-text") == true)
        #expect(ReportFormat.markdown.problem(output: nil, includeText: false) == nil)
        #expect(ReportFormat.title("out/seeds.report.html") == "seeds.report")
        #expect(ReportFormat.title(nil) == "Rasid report")
    }

    @Test func summaryCountsEntitiesOncePerDocument() {
        var s = CorpusSummary()
        s.add(report("a", "تونس تونس المشير", [("COUNTRY", "تونس", 0), ("COUNTRY", "تونس", 1), ("RANK", "المشير", 0)]))
        s.add(report("b", "تونس", [("COUNTRY", "تونس", 0)]))
        #expect(s.labels == ["RANK", "COUNTRY"])
        #expect(s.topEntities(1) == [CorpusSummary.EntityCount(label: "COUNTRY", name: "تونس", norm: "TN", mentions: 3, documents: 2)])
        #expect(s.documentsPerLabel == ["COUNTRY": 2, "RANK": 1])
    }
}
