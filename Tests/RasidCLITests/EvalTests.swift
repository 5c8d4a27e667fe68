import Foundation
import Testing

/// `rasid eval`: hand-computed numbers on a tiny gold file, and the same numbers as shared/tools/score.py.
struct EvalTests {
    static let shared = CLI.root.deletingLastPathComponent().appendingPathComponent("shared")
    static let seedsGold = shared.appendingPathComponent("gold/seeds.jsonl").path
    static let scorePy = shared.appendingPathComponent("tools/score.py").path
    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    /// A rule folder with three term rules, and a configuration that runs only them.
    static func tinyProject() throws -> (dir: URL, args: [String]) {
        let (dir, args) = try CLI.ruleProject("t", """
            rules:
              - id: marshal
                label: RANK
                terms: [المشير]
              - id: tripoli
                label: LOCATION
                terms: [طرابلس]
              - id: egypt
                label: COUNTRY
                terms: [مصر, ثم]
            """)
        // Predicted: RANK 4..10, LOCATION 11..17, COUNTRY 18..20 (spurious) and 21..24.
        // Gold: RANK 4..10, LOCATION 11..20 (overlap only), COUNTRY 21..24, PERSON 0..3 (missed).
        let gold = #"{"id":"a","text":"زار المشير طرابلس ثم مصر","spans":[{"start":4,"end":10,"label":"RANK","text":"المشير"},{"start":11,"end":20,"label":"LOCATION","text":"طرابلس ثم"},{"start":21,"end":24,"label":"COUNTRY","text":"مصر"},{"start":0,"end":3,"label":"PERSON","text":"زار"}]}"#
        try (gold + "\n").write(to: dir.appendingPathComponent("gold.jsonl"), atomically: true, encoding: .utf8)
        return (dir, args)
    }

    static func json(_ s: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any], "not JSON: \(s)")
    }

    /// label → mode → [P, R, F1] from eval's JSON.
    static func table(_ eval: [String: Any]) -> [String: [String: [Double]]] {
        var out: [String: [String: [Double]]] = [:]
        func prf(_ c: Any?) -> [Double] { let c = c as! [String: Any]; return ["precision", "recall", "f1"].map { (c[$0] as! NSNumber).doubleValue } }
        for row in eval["labels"] as! [[String: Any]] {
            out[row["label"] as! String] = ["exact": prf(row["exact"]), "overlap": prf(row["overlap"])]
        }
        let micro = eval["micro"] as! [String: Any]
        out["micro"] = ["exact": prf(micro["exact"]), "overlap": prf(micro["overlap"])]
        return out
    }

    @Test func handComputedNumbersWhenEvalAnnotatesTheGoldTexts() throws {
        let (dir, args) = try Self.tinyProject()
        let r = try CLI.run(["eval", "--gold", dir.appendingPathComponent("gold.jsonl").path, "--format", "json", "--errors"] + args)
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try Self.json(r.stdout)
        let t = Self.table(obj)
        #expect(t["RANK"]!["exact"] == [1, 1, 1])
        #expect(t["LOCATION"]!["exact"] == [0, 0, 0])
        #expect(t["LOCATION"]!["overlap"] == [1, 1, 1])
        #expect(t["COUNTRY"]!["exact"]![0] == 0.5)
        #expect(abs(t["COUNTRY"]!["exact"]![2] - 2.0 / 3.0) < 1e-12)
        #expect(t["PERSON"]!["exact"] == [0, 0, 0])
        #expect(t["TITLE"]!["exact"] == [1, 1, 1])
        #expect(t["micro"]!["exact"] == [0.5, 0.5, 0.5])
        #expect(t["micro"]!["overlap"] == [0.75, 0.75, 0.75])
        let errors = obj["errors"] as! [[String: Any]]
        #expect(errors.map { "\($0["kind"]!) \($0["label"]!) \($0["text"]!)" } == [
            "missed PERSON زار", "spurious COUNTRY ثم", "missed LOCATION طرابلس ثم", "spurious LOCATION طرابلس"])
        #expect(errors[1]["source"] as? String == "t/egypt")

        let text = try CLI.run(["eval", "--gold", dir.appendingPathComponent("gold.jsonl").path, "--errors"] + args)
        #expect(text.stdout.contains("micro          4     4 │     2  0.500  0.500  0.500 │     3  0.750  0.750  0.750"), "\(text.stdout)")
        #expect(text.stdout.contains("  missed   a:11..20  …زار المشير ⟦طرابلس ثم⟧ مصر…"))
        #expect(text.stdout.contains("           predicted: LOCATION 11..17 'طرابلس' (t/tripoli)"))
        #expect(text.stdout.contains("  spurious a:18..20  …زار المشير طرابلس ⟦ثم⟧ مصر…  (t/egypt)"))
        // --min-f1 turns the score into an exit status.
        #expect(try CLI.run(["eval", "--gold", dir.appendingPathComponent("gold.jsonl").path, "--min-f1", "0.6"] + args).status == 1)
        #expect(try CLI.run(["eval", "--gold", dir.appendingPathComponent("gold.jsonl").path, "--min-f1", "0.6", "--mode", "overlap"] + args).status == 0)
    }

    @Test func badInputGetsOneLine() throws {
        let dir = try CLI.tempDir()
        let bad = dir.appendingPathComponent("g.jsonl")
        try "{\"id\":\"a\",\"text\":\"x\",\"spans\":[]}\nnot json\n".write(to: bad, atomically: true, encoding: .utf8)
        let r = try CLI.run(["eval", "--gold", bad.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("g.jsonl:2: error: not a JSON object"))
        let m = try CLI.run(["eval", "--gold", bad.path, "--map", "COUNTRY"])
        #expect(m.status != 0)
        #expect(m.stderr.contains("--map: 'COUNTRY' is not FROM=TO"))
    }

    /// score.py's numbers for GOLD and REPORT: label → mode → [P, R, F1], plus missing docs and offset errors.
    static func scorePy(_ gold: String, _ report: String, _ extra: [String] = []) throws -> (table: [String: [String: [Double]]], raw: [String: Any]) {
        let r = try CLI.program(python!, [scorePy, gold, report, "--json"] + extra)
        let line = try #require(r.output.split(separator: "\n").first { $0.hasPrefix("{") }, "score.py: \(r.output)")
        let obj = try json(String(line))
        var t: [String: [String: [Double]]] = [:]
        for (label, modes) in obj["labels"] as! [String: [String: [Double]]] { t[label] = modes }
        t["micro"] = obj["micro"] as? [String: [Double]]
        return (t, obj)
    }

    static func expectSame(_ ours: [String: [String: [Double]]], _ theirs: [String: [String: [Double]]], _ what: String) {
        #expect(Set(ours.keys) == Set(theirs.keys), "\(what): labels differ")
        for (label, modes) in theirs {
            for (mode, v) in modes {
                let mine = ours[label]?[mode] ?? []
                #expect(mine.count == 3 && zip(mine, v).allSatisfy { abs($0 - $1) < 1e-12 }, "\(what) \(label) \(mode): eval \(mine), score.py \(v)")
            }
        }
    }

    @Test(.enabled(if: python != nil && FileManager.default.fileExists(atPath: scorePy) && FileManager.default.fileExists(atPath: seedsGold)))
    func agreesWithScorePyOnTheSeeds() throws {
        let dir = try CLI.tempDir()
        let report = dir.appendingPathComponent("seeds.jsonl").path
        #expect(try CLI.run(["annotate", "seeds", "--format", "jsonl", "-o", report, "--quiet"]).status == 0)
        // eval annotating the gold texts itself = score.py on annotate's report.
        let own = try CLI.run(["eval", "--gold", Self.seedsGold, "--format", "json"])
        #expect(own.status == 0, "\(own.stderr)")
        Self.expectSame(Self.table(try Self.json(own.stdout)), try Self.scorePy(Self.seedsGold, report).table, "seeds")
        for extra in [["--labels", "LOCATION,PERSON", "--map", "COUNTRY=LOCATION"], ["--labels", "ORG,TITLE", "--map", "TITLE=ORG"]] {
            let r = try CLI.run(["eval", "--gold", Self.seedsGold, "--report", report, "--format", "json"] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            Self.expectSame(Self.table(try Self.json(r.stdout)), try Self.scorePy(Self.seedsGold, report, extra).table, "seeds \(extra)")
        }
    }

    @Test(.enabled(if: python != nil && FileManager.default.fileExists(atPath: scorePy)))
    func agreesWithScorePyOnAwkwardSpans() throws {
        // Same-label overlaps, duplicates, a span whose text does not match, a missing and an extra document.
        let dir = try CLI.tempDir()
        let text = "abcdefghijklmnopqrstuvwxyz"
        let gold = """
            {"id":"a","text":"\(text)","spans":[{"start":0,"end":5,"label":"X"},{"start":3,"end":8,"label":"X"},{"start":10,"end":12,"label":"X"},{"start":0,"end":26,"label":"Y"},{"start":14,"end":18,"label":"Z"}]}
            {"id":"b","text":"xyz","spans":[{"start":0,"end":3,"label":"X"}]}
            """
        let report = """
            {"documents":[{"id":"a","spans":[{"start":0,"end":5,"label":"X","text":"abcde"},{"start":0,"end":5,"label":"X"},{"start":2,"end":9,"label":"X"},{"start":4,"end":6,"label":"X"},{"start":11,"end":12,"label":"X"},{"start":10,"end":20,"label":"Z"},{"start":15,"end":16,"label":"Z"},{"start":1,"end":25,"label":"Y","text":"zz"}]},
            {"id":"c","spans":[{"start":0,"end":1,"label":"X"}]}]}
            """
        let g = dir.appendingPathComponent("g.jsonl"), r = dir.appendingPathComponent("r.json")
        try gold.write(to: g, atomically: true, encoding: .utf8)
        try report.write(to: r, atomically: true, encoding: .utf8)
        for extra in [["--labels", "X,Y,Z"], ["--labels", "X,Y,Z", "--map", "Z=X"], ["--labels", "X,Y", "--map", "X=Y"]] {
            let e = try CLI.run(["eval", "--gold", g.path, "--report", r.path, "--format", "json"] + extra)
            #expect(e.status == 0, "\(e.stderr)")
            let ours = try Self.json(e.stdout)
            let theirs = try Self.scorePy(g.path, r.path, extra)
            Self.expectSame(Self.table(ours), theirs.table, "awkward \(extra)")
            #expect(ours["documents_missing"] as? [String] == theirs.raw["documents_missing"] as? [String])
            #expect(ours["offset_errors"] as? Int == theirs.raw["offset_errors"] as? Int)
        }
    }
}
