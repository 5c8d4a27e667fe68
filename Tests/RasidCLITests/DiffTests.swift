import Foundation
import Testing

/// `rasid diff` lists exactly the changes between two crafted reports.
struct DiffTests {
    static let text = "abcdefghijklmnopqrstuvwxyz0123456789"

    static func write(_ dir: URL) throws -> (old: String, new: String) {
        let old = """
            {"documents":[
            {"id":"a","text":"\(text)","spans":[
             {"start":0,"end":3,"label":"X","text":"abc","norm":"n1","rule":"r/x","extractor":"rules"},
             {"start":5,"end":8,"label":"X","text":"fgh","rule":"r/x","extractor":"rules"},
             {"start":10,"end":14,"label":"X","text":"klmn","rule":"r/x","extractor":"rules"},
             {"start":20,"end":22,"label":"Z","text":"uv","rule":"r/z","extractor":"rules"},
             {"start":25,"end":27,"label":"X","text":"z0","rule":"r/x","extractor":"rules"},
             {"start":28,"end":30,"label":"Y","text":"23","rule":"r/y","extractor":"rules"}]},
            {"id":"b","text":"b","spans":[]},
            {"id":"d","text":"one text","spans":[]},
            {"id":"same","text":"xyz","spans":[{"start":0,"end":3,"label":"X","text":"xyz"}]}
            ]}
            """
        // JSON Lines on the new side, the text left out of document a (as `annotate --no-text` writes).
        let new = """
            {"id":"same","text":"xyz","spans":[{"start":0,"end":3,"label":"X","text":"xyz"}]}
            {"id":"a","spans":[{"start":0,"end":3,"label":"X","text":"abc","norm":"n2","rule":"r/x","extractor":"rules"},{"start":5,"end":8,"label":"Y","text":"fgh","rule":"r/y","extractor":"rules"},{"start":10,"end":16,"label":"X","text":"klmnop","rule":"r/x2","extractor":"rules"},{"start":20,"end":22,"label":"Z","text":"uv","rule":"r/z","extractor":"rules"},{"start":29,"end":31,"label":"X","text":"34","rule":"r/x","extractor":"rules"},{"start":32,"end":35,"label":"Y","text":"678","rule":"r/y","extractor":"rules"}]}
            {"id":"c","text":"c","spans":[]}
            {"id":"d","text":"another text","spans":[]}
            """
        let o = dir.appendingPathComponent("old.json"), n = dir.appendingPathComponent("new.jsonl")
        try old.write(to: o, atomically: true, encoding: .utf8)
        try new.write(to: n, atomically: true, encoding: .utf8)
        return (o.path, n.path)
    }

    @Test func listsExactlyTheChanges() throws {
        let (old, new) = try Self.write(try CLI.tempDir())
        let r = try CLI.run(["diff", old, new])
        #expect(r.status == 1, "\(r.stderr)")
        let expected = """
            a: 7 changes
              ~norm     X 0..3 'abc' norm n1 → n2  (r/x)
                        …⟦abc⟧defghijklmnopqrstuvwxyz0123456789…
              ~label    5..8 'fgh' X → Y  (r/x → r/y)
                        …abcde⟦fgh⟧ijklmnopqrstuvwxyz0123456789…
              ~boundary X 10..14 'klmn' → 10..16 'klmnop'  (r/x → r/x2)
                        …abcdefghij⟦klmnop⟧qrstuvwxyz0123456789…
              -         X 25..27 'z0'  (r/x)
                        …abcdefghijklmnopqrstuvwxy⟦z0⟧123456789…
              -         Y 28..30 '23'  (r/y)
                        …abcdefghijklmnopqrstuvwxyz01⟦23⟧456789…
              +         X 29..31 '34'  (r/x)
                        …abcdefghijklmnopqrstuvwxyz012⟦34⟧56789…
              +         Y 32..35 '678'  (r/y)
                        …abcdefghijklmnopqrstuvwxyz012345⟦678⟧9…

            only in \(old): b
            only in \(new): c
            d: the texts differ; its spans were not compared
            label        old   new  added removed boundary  label-/+ norm
            X              5     4      1       1        1     1/0      1
            Y              1     2      1       1        0     0/1      0
            Z              1     1      0       0        0     0/0      0
            2 documents compared, 1 with changes, 7 changes

            """
        #expect(r.stdout == expected, "\(r.stdout)")
    }

    @Test func jsonAndNoChange() throws {
        let (old, new) = try Self.write(try CLI.tempDir())
        let r = try CLI.run(["diff", old, new, "--format", "json"])
        #expect(r.status == 1)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let docs = try #require(obj["documents"] as? [[String: Any]])
        #expect(docs.count == 1)
        let changes = try #require(docs[0]["changes"] as? [[String: Any]])
        #expect(changes.map { $0["kind"] as? String ?? "" } == ["norm", "label", "boundary", "removed", "removed", "added", "added"])
        let boundary = changes[2]
        #expect((boundary["old"] as? [String: Any])?["end"] as? Int == 14)
        #expect((boundary["new"] as? [String: Any])?["end"] as? Int == 16)
        #expect((boundary["new"] as? [String: Any])?["source"] as? String == "r/x2")
        #expect(obj["only_in_old"] as? [String] == ["b"])
        #expect(obj["only_in_new"] as? [String] == ["c"])
        #expect(obj["texts_differ"] as? [String] == ["d"])
        let x = try #require((obj["summary"] as? [[String: Any]])?.first { $0["label"] as? String == "X" })
        #expect(x["relabelled_away"] as? Int == 1 && x["boundary"] as? Int == 1 && x["norm"] as? Int == 1)

        let same = try CLI.run(["diff", old, old])
        #expect(same.status == 0)
        #expect(same.stdout.hasSuffix("4 documents compared, 0 with changes, 0 changes\n"), "\(same.stdout)")
    }

    @Test func goldAgainstAReport() throws {
        let gold = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/gold/seeds.jsonl")
        try #require(FileManager.default.fileExists(atPath: gold.path), "../shared/gold/seeds.jsonl is needed for this test")
        let dir = try CLI.tempDir()
        let report = dir.appendingPathComponent("r.json").path
        #expect(try CLI.run(["annotate", "seeds", "-o", report, "--quiet"]).status == 0)
        let r = try CLI.run(["diff", gold.path, report, "--summary"])
        #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
        #expect(r.stdout.contains("5 documents compared"))
        #expect(!r.stdout.contains("only in"))
        // Gold leaves most RANK norms out: --ignore-norms leaves only the real differences.
        let all = try CLI.run(["diff", gold.path, report, "--format", "json"])
        let quiet = try CLI.run(["diff", gold.path, report, "--format", "json", "--ignore-norms"])
        func kinds(_ s: String) throws -> [String] {
            let obj = try #require(try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
            return (obj["documents"] as? [[String: Any]] ?? []).flatMap { ($0["changes"] as? [[String: Any]] ?? []).map { $0["kind"] as? String ?? "" } }
        }
        #expect(try kinds(all.stdout).contains("norm"))
        #expect(try !kinds(quiet.stdout).contains("norm"))
        #expect(try kinds(quiet.stdout).count < kinds(all.stdout).count)
    }
}
