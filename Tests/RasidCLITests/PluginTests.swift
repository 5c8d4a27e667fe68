import Foundation
import Testing
import RasidModel
import RasidReport

/// External extractors through `rasid annotate` and `rasid check`, as a user runs them.
struct PluginTests {
    func write(_ s: String, _ url: URL) throws { try s.write(to: url, atomically: true, encoding: .utf8) }

    /// The shipped example: Hijri dates get their Gregorian date, next to the
    /// built-in extractors' spans.
    @Test func exampleHijriPluginThroughAnnotate() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("""
        rules: \(CLI.root.appendingPathComponent("rules").path)
        extractors:
          - rules
          - date
          - person
          - hijri:
              command: [python3, examples/plugins/hijri_dates.py]
              cwd: \(CLI.root.path)
              timeout: 20
              labels: [DATE]
        """, dir.appendingPathComponent("rasid.yaml"))
        try write("وصل المشير إلى ليبيا في 15 رمضان 1445 هـ", dir.appendingPathComponent("a.txt"))
        try write("منذ شوّال ١٤٤٤ والقوات التونسية في حالة تأهب", dir.appendingPathComponent("b.txt"))
        let out = dir.appendingPathComponent("r.jsonl").path
        let r = try CLI.run(["annotate", "a.txt", "b.txt", "--format", "jsonl", "-o", out], cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let docs = try ReportReader.read(path: out)
        #expect(docs.map(\.id) == ["a", "b"])
        let a = docs[0].spans
        #expect(a.contains { $0.label == "RANK" && $0.text == "المشير" })
        #expect(a.contains { $0.label == "COUNTRY" && $0.norm == "LY" })
        let date = try #require(a.first { $0.label == "DATE" })
        #expect(date.text == "15 رمضان 1445")
        #expect(date.norm == "2024-03-25")
        #expect(date.attrs["hijri"] == "1445-09-15")
        #expect(date.attrs["calendar"] == "hijri")
        // The date extractor found the same span: both are credited.
        let raw = try String(contentsOfFile: out, encoding: .utf8)
        #expect(raw.contains(#""sources":[{"extractor":"date","rule":"date/arabic"},{"extractor":"hijri","rule":"hijri/day-month-year"}]"#))
        let b = docs[1].spans
        let monthYear = try #require(b.first { $0.label == "DATE" })
        #expect(monthYear.text == "شوّال ١٤٤٤")
        #expect(monthYear.norm == nil)
        #expect(monthYear.attrs["hijri"] == "1444-10")
        // The date extractor finds a Hijri month and year too: both are credited.
        #expect(raw.contains(#""sources":[{"extractor":"date","rule":"date/hijri"},{"extractor":"hijri","rule":"hijri/month-year"}]"#))
        #expect(b.contains { $0.label == "COUNTRY" && $0.text == "التونسية" })
    }

    /// A plugin that crashes on one document and fills standard error:
    /// that document keeps every other extractor's spans and names the
    /// plugin; the others get the plugin's spans; nothing blocks.
    @Test func crashingNoisyPluginCostsOnlyItsOwnSpans() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("plugins"), withIntermediateDirectories: true)
        try write("""
        import json, sys
        sys.stderr.write("noise " * 200000 + "\\n")  # 1.2 MB on standard error
        sys.stderr.flush()
        for line in sys.stdin:
            doc = json.loads(line)
            if "تونس" in doc["text"]:
                sys.exit(3)
            i = doc["text"].find("دبابة")
            spans = [{"start": i, "end": i + 5, "label": "WEAPON", "rule": "weapons/tank"}] if i >= 0 else []
            print(json.dumps({"spans": spans}), flush=True)
        """, dir.appendingPathComponent("plugins/weapons.py"))
        try write("""
        rules: \(CLI.root.appendingPathComponent("rules").path)
        extractors: [rules, {weapons: {command: python3 plugins/weapons.py}}]
        """, dir.appendingPathComponent("rasid.yaml"))
        try write("دبابة في ليبيا", dir.appendingPathComponent("1.txt"))
        try write("دبابة في تونس", dir.appendingPathComponent("2.txt"))
        try write("دبابة في مصر", dir.appendingPathComponent("3.txt"))
        let out = dir.appendingPathComponent("r.jsonl").path
        let r = try CLI.run(["annotate", "1.txt", "2.txt", "3.txt", "--format", "jsonl", "-o", out], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("2.txt: warning: plugin weapons: it exited with status 3; its spans for this document were dropped; it will be restarted for the next document"))
        #expect(r.stderr.contains("noise noise"))
        let docs = try ReportReader.read(path: out)
        #expect(docs.map(\.id) == ["1", "2", "3"])
        #expect(docs.map { $0.spans.filter { $0.label == "WEAPON" }.count } == [1, 0, 1])
        #expect(docs.map { $0.spans.filter { $0.label == "COUNTRY" }.map(\.norm) } == [["LY"], ["TN"], ["EG"]])
        let raw = try String(contentsOfFile: out, encoding: .utf8)
        #expect(raw.contains(#""problems":[{"kind":"plugin-crashed","message":"plugin weapons: it exited with status 3"#))
        #expect(raw.contains(#""label":"WEAPON","text":"دبابة","rule":"weapons/tank","extractor":"weapons""#))
    }

    /// `merge.prefer` in rasid.yaml: checked with positions, and used.
    @Test func mergePreferenceIsConfigurable() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("وكتبت صحيفة القدس أمس\n", dir.appendingPathComponent("a.txt"))
        try write("merge:\n  prefer: [ORG over LOCATION, ORG beats TITLE, ORG over LOCATOIN]\n", dir.appendingPathComponent("rasid.yaml"))
        let bad = try CLI.run(["check", CLI.root.appendingPathComponent("rules").path], cwd: dir)
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("rasid.yaml:2:31: error: write a prefer entry as 'ORG over LOCATION'"), "\(bad.stdout)")
        #expect(bad.stdout.contains("rasid.yaml:2:48: error: unknown label 'LOCATOIN' (did you mean 'LOCATION'?)"), "\(bad.stdout)")
        // No preference: the newspaper's ORG and the city's LOCATION both stay.
        try write("rules: \(CLI.root.appendingPathComponent("rules").path)\nmerge:\n  prefer: []\n", dir.appendingPathComponent("rasid.yaml"))
        let both = try CLI.run(["annotate", "a.txt", "--format", "jsonl"], cwd: dir)
        #expect(both.status == 0, "\(both.stderr)")
        #expect(both.stdout.contains(#""label":"ORG","text":"القدس""#) && both.stdout.contains(#""label":"LOCATION","text":"القدس""#), "\(both.stdout)")
        try FileManager.default.removeItem(at: dir.appendingPathComponent("rasid.yaml"))
        let preferred = try CLI.run(["annotate", "a.txt", "--format", "jsonl", "--rules", CLI.root.appendingPathComponent("rules").path], cwd: dir)
        let kept = preferred.stdout.components(separatedBy: #""discarded""#)[0]
        #expect(kept.contains(#""label":"ORG","text":"القدس""#) && !kept.contains(#""label":"LOCATION","text":"القدس""#), "\(preferred.stdout)")
        #expect(preferred.stdout.contains("LOCATION on the same words as ORG 12..17"), "\(preferred.stdout)")
    }

    @Test func pluginConfigurationErrorsHavePositions() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("""
        extractors:
          - rules
          - date: {timeout: 3}
          - tagger:
              command: [no-such-program-xyz]
          - slow:
              command: python3
              timeout: soon
              max_failure: 2
          - bare: {}
          - p2:
              command: ./missing.py
          - p3: {command: [python3, x.py], env: [A]}
        limits: {match: many}
        merge: {drop_inside: ORG in TITLE}
        """, dir.appendingPathComponent("rasid.yaml"))
        let r = try CLI.run(["check", CLI.root.appendingPathComponent("rules").path], cwd: dir)
        #expect(r.status == 1)
        for line in [
            "rasid.yaml:3:5: error: 'date' is a built-in extractor and takes no options; give a plugin another name",
            "rasid.yaml:5:16: error: extractor 'tagger': program 'no-such-program-xyz' not found in PATH",
            "rasid.yaml:8:16: error: extractor 'slow': `timeout` must be a number of seconds greater than 0 (e.g. 10 or 0.5)",
            "rasid.yaml:9:7: error: extractor 'slow': unknown option 'max_failure' (did you mean 'max_failures'?); allowed: command, args, cwd, env, timeout, max_failures, labels",
            "rasid.yaml:10:5: error: extractor 'bare' is not built in (built-in are rules, person, date, refind): give it a `command:` to run it as a plugin",
            "rasid.yaml:12:16: error: extractor 'p2': program './missing.py' is not an executable file (relative paths start at the folder of the configuration file or `cwd`)",
            "rasid.yaml:13:41: error: extractor 'p3': `env` must be a mapping of NAME: value",
            "rasid.yaml:14:17: error: `limits.match` must be a whole number greater than 0",
            "rasid.yaml:15:22: error: `drop_inside` must be a list such as ['ORG in TITLE', 'PERSON in ORG']",
        ] {
            #expect(r.stdout.contains(line), "missing: \(line)\n\(r.stdout)")
        }
        // annotate refuses the same file before doing any work.
        let a = try CLI.run(["annotate", CLI.root.appendingPathComponent("seeds").path, "-o", dir.appendingPathComponent("x.json").path], cwd: dir)
        #expect(a.status == 2)
        #expect(a.stderr.contains("rasid.yaml:5:16: error: extractor 'tagger': program 'no-such-program-xyz' not found in PATH"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.json").path))
    }
}
