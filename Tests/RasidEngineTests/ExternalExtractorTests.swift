import Foundation
import Testing
@testable import RasidEngine
import RasidModel
import PCRE2

/// Plugins that work, crash, hang, lie about offsets or answer out of step:
/// each failure is one problem on that document, and the plugin serves the
/// next document again.
struct ExternalExtractorTests {
    /// A Python plugin whose behaviour depends on the document text:
    /// `crash` exits 3, `segv` kills itself with SIGSEGV, `hang` sleeps,
    /// `junk` answers non-JSON, `outside` answers a span past the end,
    /// `twice` answers two lines, `utf16` gives a span whose text does not
    /// match; anything else gets one span over its first word, norm = the id
    /// and the number of spans it was sent.
    static let script = """
    import json, os, signal, sys, time
    for line in sys.stdin:
        doc = json.loads(line)
        t = doc["text"]
        if "crash" in t: sys.exit(3)
        if "segv" in t: os.kill(os.getpid(), signal.SIGSEGV)
        if "hang" in t: time.sleep(60)
        if "junk" in t: print("{spans: oops", flush=True); continue
        if "twice" in t: print('{"spans": []}\\n{"spans": []}', flush=True); continue
        end = t.find(" ") if " " in t else len(t)
        span = {"start": 0, "end": end, "label": "WEAPON", "norm": doc["id"] + ":" + str(len(doc["spans"]))}
        if "outside" in t: span["end"] = len(t) + 5
        if "utf16" in t: span["text"] = "x"
        print(json.dumps({"id": doc["id"], "spans": [span]}), flush=True)
    """

    /// `timeout` is generous where a test does not test it: Python starting
    /// on a loaded machine must not count as a hung plugin.
    func plugin(_ script: String = script, timeout: Double = 120, maxFailures: Int = 3) throws -> ExternalExtractor {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rasid-plugin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try script.write(to: dir.appendingPathComponent("p.py"), atomically: true, encoding: .utf8)
        let python = try #require(PluginSpec.resolve("python3", directory: dir.path, environment: [:]), "python3 is needed")
        return ExternalExtractor(name: "weapons", spec: PluginSpec(
            executable: python, arguments: ["p.py"], directory: dir.path, timeout: timeout, maxFailures: maxFailures))
    }

    func run(_ x: ExternalExtractor, _ id: String, _ text: String, previous: [Span] = []) -> ([Span], [DocumentProblem]) {
        let ctx = DocumentContext(document: Document(id: id, text: text), scratch: MatchScratch())
        let spans = x.extract(ctx, previous: previous)
        return (spans, ctx.problems)
    }

    @Test func answersAreSpansWithThePluginAsProvenance() throws {
        let x = try plugin()
        let prev = [Span(start: 4, end: 9, label: "COUNTRY", text: "ليبيا", norm: "LY", provenance: [Provenance(extractor: "rules", rule: "countries/ly")])]
        let (spans, problems) = run(x, "d1", "مدفع ليبيا", previous: prev)
        #expect(problems.isEmpty)
        #expect(spans.count == 1)
        #expect(spans[0].range == 0..<4)
        #expect(spans[0].label == "WEAPON")
        #expect(spans[0].norm == "d1:1")
        #expect(spans[0].provenance == [Provenance(extractor: "weapons", rule: nil)])
    }

    @Test(arguments: [
        ("crash now", "plugin-crashed", "it exited with status 3"),
        ("segv now", "plugin-crashed", "it was killed by signal 11"),
        ("junk now", "plugin-malformed", "its answer is not JSON"),
        ("outside now", "plugin-malformed", "span 1 (0..16) is outside the text (0..11 Unicode scalars)"),
        ("twice now", "plugin-malformed", "it wrote more than one line for the document"),
        ("utf16 now", "plugin-malformed", "span 1 says text 'x' but the document has 'utf16' at 0..5"),
    ])
    func failureIsReportedAndTheNextDocumentIsServed(text: String, kind: String, message: String) throws {
        let x = try plugin()
        let (spans, problems) = run(x, "bad", text)
        #expect(spans.isEmpty)
        #expect(problems.count == 1)
        #expect(problems.first?.kind == kind)
        #expect(problems.first?.source == "weapons")
        #expect(problems.first?.message.hasPrefix("plugin weapons: ") == true)
        #expect(problems.first?.message.contains(message) == true, "\(problems)")
        #expect(problems.first?.message.contains("its spans for this document were dropped") == true)
        let (after, more) = run(x, "good", "سلاح جديد")
        #expect(more.isEmpty, "\(more)")
        #expect(after.map(\.norm) == ["good:0"])
    }

    /// (10 s rather than less: the restarted Python plugin must start and
    /// answer within it on a busy, shared machine.)
    @Test func hangIsStoppedAtTheTimeout() throws {
        let x = try plugin(timeout: 10)
        let (spans, problems) = run(x, "slow", "hang here")
        #expect(spans.isEmpty)
        #expect(problems.map(\.kind) == ["plugin-timeout"])
        #expect(problems.first?.message == "plugin weapons: no answer within 10 s (its `timeout`), so it was stopped; its spans for this document were dropped; it will be restarted for the next document")
        #expect(run(x, "next", "ok").0.map(\.norm) == ["next:0"])
    }

    /// A plugin that prints a banner before its answers: the banner is taken
    /// for the first answer, so the plugin is restarted, and no document ever
    /// receives the answer meant for the one before it.
    @Test func bannerNeverShiftsAnswersOntoTheNextDocument() throws {
        let x = try plugin("print('plugin ready', flush=True)\n" + Self.script, maxFailures: 10)
        for id in ["first", "second", "third"] {
            let (spans, problems) = run(x, id, "word rest")
            #expect(spans.isEmpty && problems.map(\.kind) == ["plugin-malformed"], "\(id): \(spans.map(\.norm)) \(problems)")
            #expect(problems.first?.message.contains("its answer is not JSON (starts with \"plugin ready\")") == true, "\(problems)")
        }
    }

    @Test func disabledAfterFailuresInARow() throws {
        let x = try plugin(maxFailures: 2)
        #expect(run(x, "a", "ok").1.isEmpty)
        #expect(run(x, "b", "crash").1.map(\.kind) == ["plugin-crashed"])
        let second = run(x, "c", "crash").1
        #expect(second.first?.message.contains("it failed on 2 documents in a row and is disabled for the rest of the run") == true)
        let (spans, later) = run(x, "d", "ok")
        #expect(spans.isEmpty)
        #expect(later.map(\.kind) == ["plugin-disabled"])
        #expect(later.first?.message == "plugin weapons is disabled (it failed on 2 documents in a row); its spans are missing")
    }

    @Test func aSuccessResetsTheFailureCount() throws {
        let x = try plugin(maxFailures: 2)
        for _ in 0..<3 {
            #expect(run(x, "b", "crash").1.map(\.kind) == ["plugin-crashed"])
            #expect(run(x, "a", "ok").1.isEmpty)
        }
    }

    /// A plugin that exits without reading: writing a document larger than
    /// the pipe buffer gets EPIPE, which must not kill the process (SIGPIPE).
    @Test func pluginThatNeverReadsDoesNotKillRasid() throws {
        let x = try plugin("import sys\nsys.exit(0)\n")
        let (spans, problems) = run(x, "big", String(repeating: "كلمة ", count: 200_000))
        #expect(spans.isEmpty)
        #expect(problems.map(\.kind) == ["plugin-crashed"])
        #expect(problems.first?.message.contains("it exited (status 0) instead of answering") == true, "\(problems)")
    }

    /// A large document both ways, and a plugin that answers with the text
    /// back: nothing deadlocks when neither side fits in a pipe buffer.
    @Test func largeDocumentsPassThrough() throws {
        let x = try plugin("""
        import json, sys
        for line in sys.stdin:
            d = json.loads(line)
            spans = [{"start": i, "end": i + 4, "label": "X", "text": d["text"][i:i + 4]} for i in range(0, len(d["text"]) - 4, 5)]
            print(json.dumps({"spans": spans}), flush=True)
        """)
        let text = String(repeating: "عسكر ", count: 100_000)
        let (spans, problems) = run(x, "big", text)
        #expect(problems.isEmpty, "\(problems)")
        #expect(spans.count == 100_000)
        #expect(spans.last?.range == 499_995..<499_999)
    }

    /// Several threads share one plugin process; every answer reaches the
    /// document that asked.
    @Test func concurrentDocumentsGetTheirOwnAnswers() throws {
        let x = try plugin()
        let n = 40
        let results = UnsafeMutableBufferPointer<String?>.allocate(capacity: n)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        DispatchQueue.concurrentPerform(iterations: n) { i in
            let (spans, problems) = run(x, "doc\(i)", "word\(i) rest")
            results[i] = problems.isEmpty ? spans.first?.norm : "problem: \(problems)"
        }
        for i in 0..<n { #expect(results[i] == "doc\(i):0") }
    }

    @Test func answerChecks() {
        let doc = Document(id: "d", text: "أبجد هوز")
        func decode(_ s: String, labels: [String]? = nil) -> String {
            switch PluginProtocol.decode(Array(s.utf8), document: doc, extractor: "p", allowedLabels: labels) {
            case .success(let spans): return "ok \(spans.map { "\($0.start)-\($0.end) \($0.label) \($0.norm ?? "-") \($0.attrs)" })"
            case .failure(let m): return m.message
            }
        }
        #expect(decode(#"{"spans": [{"start": 5, "end": 8, "label": "ORG", "norm": null, "attrs": {"k": "v"}, "text": "هوز"}]}"#)
                == #"ok ["5-8 ORG - [\"k\": \"v\"]"]"#)
        #expect(decode(#"{"spans": [{"start": true, "end": 8, "label": "ORG"}]}"#) == "span 1 needs whole-number \"start\" and \"end\"")
        #expect(decode(#"{"spans": [{"start": 1.5, "end": 8, "label": "ORG"}]}"#) == "span 1 needs whole-number \"start\" and \"end\"")
        #expect(decode(#"{"spans": [{"start": 0, "end": 1, "label": "org"}]}"#).contains("needs a \"label\" in upper case"))
        #expect(decode(#"{"spans": [{"start": 0, "end": 1, "label": "ORG", "begin": 0}]}"#).hasPrefix("span 1 has an unknown key 'begin'"))
        #expect(decode(#"{"spans": [{"start": 0, "end": 1, "label": "ORG"}]}"#, labels: ["DATE"]) == "span 1 has label ORG, not one of its configured labels DATE")
        #expect(decode(#"{"id": "other", "spans": []}"#) == "its answer is for id other, not d")
        #expect(decode(#"[]"#) == "its answer is JSON but not an object; answer {\"spans\": [...]}")
        #expect(decode(#"{"span": []}"#) == "its answer has an unknown key 'span'; allowed: spans, id")
        #expect(decode(#"{"spans": [{"start": 3, "end": 3, "label": "ORG"}]}"#).contains("is outside the text (0..8 Unicode scalars) or empty"))
        let bom = Document(id: "b", text: "\u{FEFF}ليبيا")
        if case .success(let spans) = PluginProtocol.decode(Array("{\"spans\": [{\"start\": 0, \"end\": 2, \"label\": \"X\", \"text\": \"\u{FEFF}ل\"}]}".utf8),
                                                         document: bom, extractor: "p", allowedLabels: nil) {
            #expect(spans.map(\.range) == [0..<2])
        } else { Issue.record("a raw byte order mark in an answer's text was not kept") }
        #expect(decode("") == "its answer is not JSON (an empty line); answer one line {\"spans\": [...]} per document")
    }

    @Test func requestCarriesTheDocumentAndEarlierSpans() throws {
        let prev = [Span(start: 0, end: 2, label: "RANK", text: "لو", norm: "n", attrs: ["form": "x"],
                         provenance: [Provenance(extractor: "rules", rule: "r/a")])]
        let line = PluginProtocol.request(Document(id: "7", text: "لو\u{0}\n\"x\""), previous: prev)
        #expect(line.last == 0x0A)
        #expect(line.dropLast().contains(0x0A) == false)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
        #expect(obj["id"] as? String == "7")
        #expect(obj["text"] as? String == "لو\u{0}\n\"x\"")
        let spans = try #require(obj["spans"] as? [[String: Any]])
        #expect(spans.count == 1)
        #expect(spans[0]["extractor"] as? String == "rules")
        #expect(spans[0]["rule"] as? String == "r/a")
        #expect(spans[0]["text"] as? String == "لو")
        #expect((spans[0]["attrs"] as? [String: String]) == ["form": "x"])
    }
}
