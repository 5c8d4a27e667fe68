import Foundation
import Testing
import RasidModel
import RasidReport

struct AnnotateTests {
    @Test func seedsScoreAgainstGold() throws {
        let gold = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/gold/seeds.jsonl")
        try #require(FileManager.default.fileExists(atPath: gold.path), "../shared/gold/seeds.jsonl is needed for this test")
        let dir = try CLI.tempDir()
        let out = dir.appendingPathComponent("seeds.jsonl").path
        let r = try CLI.run(["annotate", "seeds", "--format", "jsonl", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        let pred = try ReportReader.read(path: out)
        let goldDocs = try ReportReader.read(path: gold.path)
        #expect(pred.count == 5)
        let result = Scorer(labels: ["RANK", "COUNTRY"]).score(
            gold: Dictionary(uniqueKeysWithValues: goldDocs.map { ($0.id, $0.spans) }),
            predicted: Dictionary(uniqueKeysWithValues: pred.map { ($0.id, $0.spans) }))
        let f1 = result.micro(result.exact).f1
        #expect(f1 >= 0.85, "micro exact F1 over RANK and COUNTRY is \(f1)")
        // All seven labels: micro exact F1 ≥ 0.90 and no label below 0.80 (issue 4).
        let all = Scorer().score(
            gold: Dictionary(uniqueKeysWithValues: goldDocs.map { ($0.id, $0.spans) }),
            predicted: Dictionary(uniqueKeysWithValues: pred.map { ($0.id, $0.spans) }))
        #expect(all.micro(all.exact).f1 >= 0.90, "micro exact F1 over all labels is \(all.micro(all.exact).f1)")
        for label in Label.builtIn {
            #expect(all.exact[label]!.f1 >= 0.80, "\(label) exact F1 is \(all.exact[label]!.f1)")
        }
        // The text of every span is the text at its offsets.
        for d in pred {
            let scalars = Array(d.text.unicodeScalars)
            for s in d.spans { #expect(String(String.UnicodeScalarView(scalars[s.start..<s.end])) == s.text) }
        }
    }

    /// `--profile-rules` prints each pattern rule's time, the candidate
    /// starts it was tried at and its matches, slowest first.
    @Test func profileRulesCountsAttemptsAndMatches() throws {
        let (dir, args) = try CLI.ruleProject("p", """
            rules:
              - id: colonel
                label: RANK
                pattern: "عقيد(?: ركن)?"
                examples: {match: ["[[العقيد ركن]] علي"]}
              - id: anywhere
                label: RANK
                pattern: '\\p{L}?لواء'
                examples: {match: ["وصل لواء"]}
              - id: never
                label: RANK
                pattern: "مشير(?= اول)"
                examples: {match: ["[[مشير]] اول"]}
              - id: words
                label: COUNTRY
                terms: [ليبيا, تونس]
                examples: {match: ["[[ليبيا]]"]}
            """)
        let text = dir.appendingPathComponent("t.txt")
        try "قال عقيد ركن علي إن عقيدا آخر سافر إلى ليبيا وتونس مع لواء ومشير.".write(to: text, atomically: true, encoding: .utf8)
        let r = try CLI.run(["annotate", text.path, "--format", "jsonl", "-o", dir.appendingPathComponent("o.jsonl").path,
                             "--profile-rules"] + args)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n").map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("rasid: time in the rule engine, by rule") })
        #expect(lines[header + 1].hasSuffix("attempts    matches  rule"))
        #expect(lines[header + 2].contains("2  (literal automaton"))  // the two country terms
        func row(_ rule: String) -> [String]? {
            lines.first { $0.hasSuffix("  p/\(rule)") }.map { $0.split(separator: " ").map(String.init) }
        }
        // Tried at the two «عقيد» (once where both its start literals
        // «عقيد» and «عقيد ركن» are found), matched at the one that is a word.
        #expect(row("colonel").map { Array($0[2...3]) } == ["2", "1"])
        // No start literal it can be tried at: run over the whole text.
        #expect(row("anywhere").map { Array($0[2...4]) } == ["whole", "text", "1"])
        // Tried once («ومشير»), no match; a rule never tried is not listed.
        #expect(row("never").map { Array($0[2...3]) } == ["1", "0"])

        // --profile-top: the slowest one only, and how many more were tried;
        // 0 lists them all; a negative count is refused.
        let one = try CLI.run(["annotate", text.path, "--format", "jsonl", "-o", dir.appendingPathComponent("o1.jsonl").path,
                               "--profile-rules", "--profile-top", "1"] + args)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stderr.split(separator: "\n").filter { $0.contains("  p/") }.count == 1)
        #expect(one.stderr.contains("(2 more pattern rules)"))
        let all = try CLI.run(["annotate", text.path, "--format", "jsonl", "-o", dir.appendingPathComponent("o2.jsonl").path,
                               "--profile-rules", "--profile-top", "0"] + args)
        #expect(all.stderr.split(separator: "\n").filter { $0.contains("  p/") }.count == 3)
        #expect(!all.stderr.contains("more pattern rules"))
        let bad = try CLI.run(["annotate", text.path, "--profile-rules", "--profile-top=-1"] + args)
        #expect(bad.status != 0 && bad.stderr.contains("--profile-top"))
    }

    @Test func badInputsAreReportedAndOthersStillAnnotated() throws {
        let dir = try CLI.tempDir()
        try "وصل المشير إلى ليبيا".write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Data([0xD9, 0x84, 0xFF, 0x41]).write(to: dir.appendingPathComponent("bad.txt"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        let emptyDir = dir.appendingPathComponent("nothing")
        try FileManager.default.createDirectory(at: emptyDir, withIntermediateDirectories: true)
        let out = dir.appendingPathComponent("r.jsonl").path
        let r = try CLI.run(["annotate", dir.appendingPathComponent("bad.txt").path, dir.appendingPathComponent("empty.txt").path,
                             emptyDir.path, dir.appendingPathComponent("good.txt").path, dir.appendingPathComponent("missing.txt").path,
                             "--format", "jsonl", "-o", out])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.txt: error: not valid UTF-8 at byte offset 2 (byte 0xFF)"))
        #expect(r.stderr.contains("empty.txt: error: the file is empty"))
        #expect(r.stderr.contains("nothing: error: the folder has no *.txt files"))
        #expect(r.stderr.contains("missing.txt: error: no such file or folder"))
        let docs = try ReportReader.read(path: out)
        #expect(docs.map(\.id) == ["good"])
        #expect(docs[0].spans.contains { $0.label == "COUNTRY" && $0.text == "ليبيا" && $0.norm == "LY" })
    }

    @Test func bomAndCRLFAreKept() throws {
        let dir = try CLI.tempDir()
        let text = "\u{FEFF}زار المشير ليبيا\r\nثم تونس"
        try Data(text.utf8).write(to: dir.appendingPathComponent("bom.txt"))
        let r = try CLI.run(["annotate", dir.appendingPathComponent("bom.txt").path, "--format", "jsonl"])
        #expect(r.status == 0, "\(r.stderr)")
        let docs = try ReportReader.read(data: Data(r.stdout.utf8), name: "stdout")
        #expect(r.stdout.contains("\"text\":\"\u{FEFF}زار المشير ليبيا\\r\\nثم تونس\""))
        let libya = try #require(docs[0].spans.first { $0.text == "ليبيا" })
        #expect(libya.start == 12)
        #expect(docs[0].spans.allSatisfy { $0.start > 0 })
        #expect(docs[0].spans.contains { $0.text == "تونس" && $0.start == 22 })
    }

    @Test func jsonlInputFromStdinWithABadRecord() throws {
        let input = "{\"id\":\"a\",\"text\":\"زار الفريق أول ركن ليبيا\"}\nnot json\n{\"id\":\"b\",\"text\":\"تونس\"}\n"
        let r = try CLI.run(["annotate", "-", "--input", "jsonl", "--format", "json"], stdin: Data(input.utf8))
        #expect(r.status == 1)
        #expect(r.stderr.contains("-:2: error: not a JSON object"))
        let docs = try ReportReader.read(data: Data(r.stdout.utf8), name: "stdout")
        #expect(docs.map(\.id) == ["a", "b"])
        #expect(docs[0].spans.contains { $0.label == "RANK" && $0.text == "الفريق أول ركن" })
    }

    @Test func runawayRuleIsStoppedAndReported() throws {
        let dir = try CLI.tempDir()
        let rules = dir.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try "rules:\n  - id: evil\n    label: ORG\n    pattern: \"(?:a+)+$\"\n    examples:\n      match: [\"aaa\"]\n  - id: ok\n    label: COUNTRY\n    terms: [ليبيا]\n    examples:\n      match: [ليبيا]\n"
            .write(to: rules.appendingPathComponent("x.yaml"), atomically: true, encoding: .utf8)
        let doc = "ليبيا " + String(repeating: "a", count: 5000) + "!"
        try doc.write(to: dir.appendingPathComponent("d.txt"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["annotate", dir.appendingPathComponent("d.txt").path, "--rules", rules.path, "--format", "jsonl"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("rule x/evil was stopped by PCRE2"))
        let docs = try ReportReader.read(data: Data(r.stdout.utf8), name: "stdout")
        #expect(docs[0].spans.contains { $0.text == "ليبيا" })
        #expect(r.stdout.contains("\"problems\":[{\"kind\":\"match-limit\""))
    }

    @Test func brokenRulesStopTheRunWithPositions() throws {
        let dir = try CLI.tempDir()
        try "rules:\n  - id: a\n    label: RANK\n    pattern: \"(\"\n".write(to: dir.appendingPathComponent("r.yaml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", dir.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("r.yaml:4:16: error: PCRE2: missing closing parenthesis"))
    }

    @Test func configurationChoosesExtractorsAndNormalization() throws {
        let dir = try CLI.tempDir()
        try "rules: \(CLI.root.appendingPathComponent("rules").path)\nextractors: [rules]\nnormalize:\n  alef: false\n"
            .write(to: dir.appendingPathComponent("rasid.yaml"), atomically: true, encoding: .utf8)
        let doc = dir.appendingPathComponent("d.txt")
        try Data("وصل الفريق أول ركن صدام حفتر إلى إيطاليا ثم ايطاليا اليوم السبت".utf8).write(to: doc)
        let r = try CLI.run(["annotate", doc.path, "--format", "jsonl"], cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        // (#require: an empty report fails this test, not the whole run.)
        let spans = try #require(try ReportReader.read(data: Data(r.stdout.utf8), name: "stdout").first).spans
        #expect(!spans.contains { $0.label == "PERSON" || $0.label == "DATE" })
        #expect(spans.filter { $0.label == "COUNTRY" }.map(\.text) == ["إيطاليا"])
        #expect(spans.contains { $0.label == "RANK" })
    }

    @Test func configurationErrorsHavePositions() throws {
        let dir = try CLI.tempDir()
        try "extractors:\n  - rules\n  - persn\nmerge_policy: x\n".write(to: dir.appendingPathComponent("rasid.yaml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", CLI.root.appendingPathComponent("rules").path], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stdout.contains("rasid.yaml:3:5: error: unknown extractor 'persn' (did you mean 'person'?)"))
        #expect(r.stdout.contains("rasid.yaml:4:1: error: unknown key 'merge_policy'"))
    }

    @Test func outputIntoMissingFolderFailsBeforeWork() throws {
        let r = try CLI.run(["annotate", "seeds", "-o", "/nonexistent-dir/x.json"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("the folder /nonexistent-dir does not exist"))
    }
}
