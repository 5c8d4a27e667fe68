import Foundation
import Testing
import RasidModel
import RasidReport

/// Hostile rules and inputs: each gets one clear error line, the run goes on,
/// and every other document is still annotated and written.
struct HostileInputTests {
    func write(_ s: String, _ url: URL) throws { try s.write(to: url, atomically: true, encoding: .utf8) }

    @Test func catastrophicPatternIsStoppedWithItsRuleID() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rules = dir.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try write("""
        rules:
          - id: nested
            label: ORG
            pattern: "(a+)+$"
          - id: libya
            label: COUNTRY
            terms: [ليبيا]
        """, rules.appendingPathComponent("evil.yaml"))
        try write("ليبيا " + String(repeating: "a", count: 100_000) + "!", dir.appendingPathComponent("1.txt"))
        try write("زار ليبيا", dir.appendingPathComponent("2.txt"))
        let r = try CLI.run(["annotate", "1.txt", "2.txt", "--rules", rules.path, "--format", "jsonl"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("1.txt: warning: rule evil/nested was stopped by PCRE2 (match limit exceeded); its matches in this document are incomplete — simplify the pattern (avoid nested quantifiers)"), "\(r.stderr)")
        #expect(!r.stderr.contains("2.txt: warning"))
        let docs = try ReportReader.read(data: Data(r.stdout.utf8), name: "stdout")
        #expect(docs.map { $0.spans.map(\.text) } == [["ليبيا"], ["ليبيا"]])
    }

    /// A 100 MB document on one line (the seed articles repeated, newlines
    /// made spaces): annotated like a small one, with correct offsets at its
    /// far end. Linear time matters here: a quadratic step would never finish.
    @Test func hundredMegabyteSingleLineDocument() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let seeds = try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("seeds").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        var block = try seeds.map { try String(contentsOf: CLI.root.appendingPathComponent("seeds/\($0)"), encoding: .utf8) }
            .joined(separator: " ")
        block = block.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ") + " "
        let blockBytes = Array(block.utf8)
        let copies = 100_000_000 / blockBytes.count + 1
        let input = dir.appendingPathComponent("big.txt")
        FileManager.default.createFile(atPath: input.path, contents: nil)
        let h = try FileHandle(forWritingTo: input)
        let chunk = Data(Array(repeating: blockBytes, count: 100).joined())
        for _ in 0..<(copies / 100) { try h.write(contentsOf: chunk) }
        for _ in 0..<(copies % 100) { try h.write(contentsOf: Data(blockBytes)) }
        try h.close()
        let out = dir.appendingPathComponent("r.jsonl")
        let r = try CLI.run(["annotate", input.path, "--format", "jsonl", "--no-text", "-o", out.path, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let data = try Data(contentsOf: out)
        #expect(data.filter { $0 == 0x0A }.count == 1, "one document, one line")
        let doc = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let spans = try #require(doc["spans"] as? [[String: Any]])
        let blockScalars = Array(block.unicodeScalars)
        let perBlock = spans.prefix { ($0["end"] as! Int) <= blockScalars.count }.count
        #expect(perBlock > 100)
        #expect(spans.count >= perBlock * (copies - 1), "\(spans.count) spans for \(copies) copies of \(perBlock)")
        // The text repeats every block: a span's text is the block's text at its offsets modulo the block length.
        for s in spans.suffix(2000) + stride(from: 0, to: spans.count, by: 997).map({ spans[$0] }) {
            let start = s["start"] as! Int, end = s["end"] as! Int, text = s["text"] as! String
            let a = start % blockScalars.count
            guard a + (end - start) <= blockScalars.count else { continue }
            #expect(String(String.UnicodeScalarView(blockScalars[a..<(a + end - start)])) == text, "span \(start)..\(end)")
        }
    }

    @Test func nulBytesAreTextLikeAnyOther() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("ليبيا\u{0}\u{0}تونس".utf8).write(to: dir.appendingPathComponent("nul.txt"))
        let jsonl = "{\"id\":\"j\",\"text\":\"\\u0000مصر\\u0000\"}\n"
        try write(jsonl, dir.appendingPathComponent("in.jsonl"))
        let r = try CLI.run(["annotate", "nul.txt", "--format", "jsonl"], cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(#""text":"ليبيا\u0000\u0000تونس""#))
        let docs = try ReportReader.read(data: Data(r.stdout.utf8), name: "stdout")
        #expect(docs[0].spans.map(\.start) == [0, 7])
        #expect(docs[0].spans.map(\.norm) == ["LY", "TN"])
        let j = try CLI.run(["annotate", "in.jsonl", "--input", "jsonl", "--format", "jsonl"], cwd: dir)
        #expect(j.status == 0, "\(j.stderr)")
        let jd = try ReportReader.read(data: Data(j.stdout.utf8), name: "stdout")
        #expect(jd[0].spans.map(\.start) == [1])
        #expect(jd[0].text == "\u{0}مصر\u{0}")
    }

    /// A text that starts with a byte order mark, written raw (as Python's
    /// json.dumps(ensure_ascii=False) does): the mark is the text's first scalar.
    @Test func jsonlTextStartingWithAByteOrderMark() throws {
        let r = try CLI.run(["annotate", "-", "--input", "jsonl", "--format", "jsonl"],
                            stdin: Data("{\"id\":\"b\",\"text\":\"\u{FEFF}ليبيا\"}\n".utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let docs = try ReportReader.read(data: Data(r.stdout.utf8), name: "stdout")
        #expect(docs.first?.text == "\u{FEFF}ليبيا")
        #expect(docs.first?.spans.map(\.start) == [1])
    }

    @Test func invalidUTF8RecordInTheMiddleOfJSONL() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        var bytes = Array("{\"id\":\"a\",\"text\":\"زار ليبيا\"}\n".utf8)
        bytes += Array("{\"id\":\"b\",\"text\":\"تو".utf8) + [0xC3, 0x28] + Array("نس\"}\n".utf8)
        bytes += Array("{\"id\":\"c\",\"text\":\"زار مصر\"}\n".utf8)
        try Data(bytes).write(to: dir.appendingPathComponent("in.jsonl"))
        let r = try CLI.run(["annotate", "in.jsonl", "--input", "jsonl", "--format", "jsonl"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("in.jsonl:2: error: not valid UTF-8 at byte offset 22 of the line; the record was skipped"), "\(r.stderr)")
        let docs = try ReportReader.read(data: Data(r.stdout.utf8), name: "stdout")
        #expect(docs.map(\.id) == ["a", "c"])
        #expect(docs.map { $0.spans.compactMap(\.norm) } == [["LY"], ["EG"]])
    }

    @Test func truncatedLastJSONLLine() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("{\"id\":\"a\",\"text\":\"زار ليبيا\"}\n{\"id\":\"b\",\"text\":\"زار مصر\"}\n{\"id\":\"c\",\"text\":\"زار تو", dir.appendingPathComponent("in.jsonl"))
        let out = dir.appendingPathComponent("r.jsonl").path
        let r = try CLI.run(["annotate", "in.jsonl", "--input", "jsonl", "--format", "jsonl", "-o", out], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("in.jsonl:3: error: not a JSON object (the last line has no newline: the input looks truncated): each line must be {\"id\": \"…\", \"text\": \"…\"}"), "\(r.stderr)")
        let docs = try ReportReader.read(path: out)
        #expect(docs.map(\.id) == ["a", "b"])
        #expect(docs.map { $0.spans.compactMap(\.norm) } == [["LY"], ["EG"]])
    }

    @Test func outputUnderAFileFailsBeforeWork() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("x", dir.appendingPathComponent("file.txt"))
        let target = dir.appendingPathComponent("file.txt/report.json").path
        let r = try CLI.run(["annotate", CLI.root.appendingPathComponent("seeds").path, "-o", target])
        #expect(r.status == 2)
        #expect(r.stderr == "\(target): error: \(dir.appendingPathComponent("file.txt").path) is not a folder; write the report somewhere else\n")
    }

    @Test(.enabled(if: getuid() != 0, "running as root: permissions do not stop root, so there is nothing to test"))
    func outputInAReadOnlyFolderFailsBeforeWork() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let locked = dir.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        chmod(locked.path, 0o555)
        defer { chmod(locked.path, 0o755) }
        let target = locked.appendingPathComponent("r.json").path
        let r = try CLI.run(["annotate", CLI.root.appendingPathComponent("seeds").path, "-o", target])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("\(target): error: cannot write in \(locked.path): Permission denied"))
        #expect(!r.stderr.contains("documents"))
    }

    @Test func outputThatIsAFolderFailsBeforeWork() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["annotate", CLI.root.appendingPathComponent("seeds").path, "-o", dir.path])
        #expect(r.status == 2)
        #expect(r.stderr == "\(dir.path): error: this is a folder; give the report a file name (e.g. \(dir.path)/report.json)\n")
    }

    /// A run killed mid-way leaves the previous report untouched: the new one
    /// is written to a temporary file and renamed only when complete.
    @Test func killedRunLeavesThePreviousReport() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r.json")
        try write("{\"documents\": []}\n", out)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["annotate", "-", "--input", "jsonl", "-o", out.path, "--quiet"]
        p.currentDirectoryURL = CLI.root
        let input = Pipe()
        p.standardInput = input
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Documents go in, but standard input stays open: the run is mid-way.
        input.fileHandleForWriting.write(Data(String(repeating: "{\"id\":\"x\",\"text\":\"زار ليبيا\"}\n", count: 200).utf8))
        let started = CLI.wait(for: p) {
            ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).contains { $0.hasPrefix(".r.json.tmp") }
        }
        #expect(started, "the run never opened its temporary file")
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(try String(contentsOf: out, encoding: .utf8) == "{\"documents\": []}\n")
    }
}
