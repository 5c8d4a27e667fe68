import Foundation
import Testing
import RasidModel
@testable import RasidReport

/// What `explain --report` needs survives a write and a read: every source of a span, discarded spans and their reasons.
struct ReportReaderTests {
    @Test func sourcesAndDiscardedSpansRoundTrip() throws {
        let kept = Span(start: 0, end: 5, label: "COUNTRY", text: "ليبيا", norm: "LY",
                        provenance: [Provenance(extractor: "rules", rule: "countries/ly"), Provenance(extractor: "gazetteer")])
        let lost = Span(start: 0, end: 3, label: "COUNTRY", text: "ليب", attrs: ["form": "name"],
                        provenance: [Provenance(extractor: "rules", rule: "countries/x")])
        let r = DocumentReport(id: "d", text: "ليبيا", spans: [kept],
                               discarded: [DiscardedSpan(span: lost, reason: "overlaps COUNTRY 0..5, which is longer", winner: kept)],
                               source: "in/d.txt")
        var j = JSONBuffer()
        ReportJSON.write(r, into: &j)
        let back = try #require(try ReportReader.read(data: Data(j.bytes), name: "t").first)
        #expect(back.spans[0].provenance == kept.provenance)
        #expect(back.discarded.count == 1)
        #expect(back.discarded[0].reason == "overlaps COUNTRY 0..5, which is longer")
        #expect(back.discarded[0].span.attrs == ["form": "name"])
        #expect(back.discarded[0].span.rule == "countries/x")
        #expect(back.source == "in/d.txt")
    }
}

/// Reports and gold files from elsewhere: every problem is one line naming
/// the file, the line or document, and the span.
struct ReportReaderValidationTests {
    func error(_ s: String) -> String? {
        do { _ = try ReportReader.read(data: Data(s.utf8), name: "r.jsonl"); return nil } catch { return "\(error)" }
    }

    @Test func spansMustFitTheirText() {
        #expect(error(#"{"id":"a","text":"abc","spans":[{"start":2,"end":1,"label":"X"}]}"#)
                == "r.jsonl:1: error: span 1 of document 'a' has start 2 and end 1: it needs 0 ≤ start < end")
        #expect(error(#"{"id":"a","text":"abc","spans":[{"start":-1,"end":1,"label":"X"}]}"#)
                == "r.jsonl:1: error: span 1 of document 'a' has start -1 and end 1: it needs 0 ≤ start < end")
        #expect(error(#"{"id":"a","text":"ليبيا","spans":[{"start":0,"end":6,"label":"X"}]}"#)
                == "r.jsonl:1: error: span 1 of document 'a' ends at 6, past the text's 5 Unicode scalars (offsets are Unicode scalars, Python str indices)")
        #expect(error(#"{"id":"a","spans":[{"start":true,"end":1,"label":"X"}]}"#)
                == "r.jsonl:1: error: span 1 of document 'a' needs whole-number start and end and a string label")
        #expect(error(#"{"id":"a","spans":[{"start":0,"end":1e300,"label":"X"}]}"#)
                == "r.jsonl:1: error: span 1 of document 'a' needs whole-number start and end and a string label")
        #expect(error(#"{"id":"a","spans":[7]}"#) == "r.jsonl:1: error: span 1 of document 'a' is not an object")
        #expect(error(#"{"id":"a","spans":{}}"#) == "r.jsonl:1: error: document 'a': \"spans\" must be a list")
        // Without a text (a gold file may leave it out) offsets are only checked for order.
        #expect(error(#"{"id":"a","spans":[{"start":0,"end":99,"label":"X"}]}"#) == nil)
    }

    /// Foundation's parser drops a leading U+FEFF from strings; the reader must not.
    @Test func byteOrderMarkInTextIsKept() throws {
        let line = "\u{FEFF}{\"id\":\"\u{FEFF}a\",\"text\":\"\u{FEFF}ليبيا\",\"spans\":[{\"start\":1,\"end\":6,\"label\":\"COUNTRY\",\"text\":\"ليبيا\"}]}\n"
        let docs = try ReportReader.read(data: Data(line.utf8), name: "r.jsonl")
        #expect(docs.first?.id == "\u{FEFF}a")
        #expect(docs.first?.text == "\u{FEFF}ليبيا")
        let wrapped = try ReportReader.read(data: Data("{\"documents\":[{\"id\":\"a\",\"text\":\"\u{FEFF}x\"}]}".utf8), name: "r.json")
        #expect(wrapped.first?.text.unicodeScalars.count == 2)
    }

    @Test func errorsStayOnOneLine() {
        let e = error("{\"id\":\"a\\nb\",\"spans\":[{\"start\":1,\"end\":0,\"label\":\"X\"}]}")
        #expect(e == "r.jsonl:1: error: span 1 of document 'a\\nb' has start 1 and end 0: it needs 0 ≤ start < end")
    }

    @Test func documentsWrapper() {
        #expect(error(#"{"documents": 5}"#) == "r.jsonl: error: \"documents\" must be a list of document objects")
        #expect(error(#"{"documents": [{"id":"a"}, 3]}"#) == "r.jsonl: document 2: error: not a JSON object")
    }

    /// Inputs the fuzzer (Fuzz/, FuzzReportReader) found, kept as regression
    /// tests: each is read without a crash, and what is read is usable.
    @Test func fuzzFindings() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz/FuzzReportReader")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(!files.isEmpty)
        for f in files {
            let data = try Data(contentsOf: dir.appendingPathComponent(f))
            do {
                let docs = try ReportReader.read(data: data, name: f)
                let byID = Dictionary(docs.map { ($0.id, $0.spans) }, uniquingKeysWith: { a, _ in a })
                _ = Scorer().score(gold: byID, predicted: byID)
                for d in docs {
                    let n = d.text.unicodeScalars.count
                    #expect(d.spans.allSatisfy { $0.start >= 0 && $0.start < $0.end && (d.text.isEmpty || $0.end <= n) }, "\(f)")
                }
            } catch let e as ReportReader.ReadError {
                #expect(e.description.hasPrefix(f) && !e.description.contains("\n"), "\(f): \(e)")
            }
        }
    }
}
