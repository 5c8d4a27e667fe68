import Foundation
import Testing

/// `eval/fresh`: articles written for this project (not the seeds, not
/// ANERcorp) and annotated inline with ⟦LABEL text⟧ to the guidelines. The
/// gold JSONL is built from them by scripts/bracket_gold.py; the bundled
/// rules must keep a floor on them, so a change that breaks unseen-style
/// text fails here and not only in a score someone has to read.
struct FreshDevSetTests {
    static let script = CLI.root.appendingPathComponent("scripts/bracket_gold.py").path
    static let gold = CLI.root.appendingPathComponent("eval/fresh.gold.jsonl").path

    static func python(_ args: [String]) throws -> (status: Int32, output: String) {
        let python = try #require(EvalTests.python, "python3 is needed for this test")
        return try CLI.program(python, [script] + args)
    }

    @Test func goldIsBuiltFromTheAnnotatedArticles() throws {
        let r = try Self.python(["eval/fresh", "-o", "eval/fresh.gold.jsonl", "--check"])
        #expect(r.status == 0, "eval/fresh.gold.jsonl is stale: run python3 scripts/bracket_gold.py eval/fresh -o eval/fresh.gold.jsonl\n\(r.output)")
    }

    @Test func bundledRulesKeepTheirFloorOnFreshText() throws {
        let r = try CLI.run(["eval", "--gold", Self.gold, "--min-f1", "0.95"])
        #expect(r.status == 0, "micro exact F1 on eval/fresh fell below 0.95:\n\(r.stdout)\(r.stderr)")
    }

    @Test func markupErrorsNameTheFileAndLine() throws {
        let dir = try CLI.tempDir()
        try "⟦COUNTRY:LY ليبيا⟧ و⟦PERSON خليفة حفتر\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let r = try Self.python([dir.path, "-o", dir.appendingPathComponent("g.jsonl").path])
        #expect(r.status == 1)
        #expect(r.output.contains("a.txt:1: ⟦PERSON is never closed"), "\(r.output)")
        try "زار ⟦PLACE طرابلس⟧\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let r2 = try Self.python([dir.path, "-o", dir.appendingPathComponent("g.jsonl").path])
        #expect(r2.status == 1 && r2.output.contains("a.txt:1: expected ⟦LABEL text⟧"), "\(r2.output)")
    }

    @Test func offsetsAreScalarsIntoTheTextWithoutMarkup() throws {
        let dir = try CLI.tempDir()
        try "قال ⟦TITLE وزير الدفاع⟧ ⟦COUNTRY:TR التركي⟧ في ⟦ORG وزارة الدفاع ⟦COUNTRY:TR التركية⟧⟧ 🙂\n"
            .write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("g.jsonl")
        #expect(try Self.python([dir.path, "-o", out.path]).status == 0)
        let line = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")[0]
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let text = try #require(doc["text"] as? String)
        #expect(text == "قال وزير الدفاع التركي في وزارة الدفاع التركية 🙂\n")
        let scalars = Array(text.unicodeScalars)
        let spans = try #require(doc["spans"] as? [[String: Any]])
        #expect(spans.count == 4)
        for s in spans {
            let a = s["start"] as! Int, b = s["end"] as! Int
            #expect(String(String.UnicodeScalarView(scalars[a..<b])) == s["text"] as! String)
        }
        #expect(spans.contains { $0["label"] as? String == "COUNTRY" && $0["norm"] as? String == "TR" && $0["start"] as? Int == 39 })
    }
}
