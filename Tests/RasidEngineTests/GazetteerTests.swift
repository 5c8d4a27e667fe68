import Foundation
import Testing
@testable import RasidEngine
import RasidModel
import PCRE2
import TestSupport

/// Name lists kept outside YAML: plain lists, TSV and CSV compile into the
/// same automaton as `terms:`, and every bad line is named by file and line.
struct GazetteerTests {
    /// Writes a rule file using `gazetteer` (written as `name`) and returns
    /// the compiled set's spans on `text` and every diagnostic.
    func run(_ name: String, _ contents: Data, text: String) throws -> (spans: [Span], diagnostics: [String]) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rasid-gaz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("lists"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try contents.write(to: dir.appendingPathComponent("lists/\(name)"))
        try "rules:\n  - id: places\n    label: LOCATION\n    gazetteer: lists/\(name)\n"
            .write(to: dir.appendingPathComponent("g.yaml"), atomically: true, encoding: .utf8)
        let (set, diags) = RuleCompiler.load(directory: dir.path, displayDirectory: "rules")
        let shown = diags.map(\.description)
        guard let set else { return ([], shown) }
        let ctx = DocumentContext(document: Document(id: "d", text: text), scratch: MatchScratch())
        var spans = RuleEngineExtractor(ruleSet: set).extract(ctx, previous: [])
        TextSlicer.fill(&spans, from: text)
        return (spans.sorted { $0.start < $1.start }, shown)
    }

    let text = "من بنغازي إلى مصراتة ثم سرت، والجبل الأخضر"

    @Test func plainListWithNormsAndComments() throws {
        let r = try run("l.txt", Data("# Libyan places\nبنغازي\tBenghazi\n\nمصراتة\r\n  الجبل الأخضر  \n".utf8), text: text)
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.spans.map(\.text) == ["بنغازي", "مصراتة", "الجبل الأخضر"])
        #expect(r.spans.map(\.norm) == ["Benghazi", nil, nil])
        #expect(r.spans.allSatisfy { $0.rule == "g/places" })
    }

    @Test func tsv() throws {
        let r = try run("l.tsv", Data("\u{FEFF}سرت\tSirte\nمصراتة\tMisrata\n".utf8), text: text)
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.spans.map(\.norm) == ["Misrata", "Sirte"])
    }

    @Test func csvWithHeaderAndQuotes() throws {
        let csv = "term,norm\n\"الجبل الأخضر\",\"Green Mountain, the\"\nسرت,\"Sirte \"\"city\"\"\"\nبنغازي,\n"
        let r = try run("l.csv", Data(csv.utf8), text: text)
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.spans.map(\.text) == ["بنغازي", "سرت", "الجبل الأخضر"])
        #expect(r.spans.map(\.norm) == [nil, "Sirte \"city\"", "Green Mountain, the"])
    }

    @Test func csvWithoutHeaderKeepsItsFirstLine() throws {
        let r = try run("l.csv", Data("مصراتة,Misrata\nسرت,Sirte\n".utf8), text: text)
        #expect(r.spans.map(\.norm) == ["Misrata", "Sirte"])
    }

    @Test func malformedCSVLinesAreNamedAndSkipped() throws {
        let csv = "term,norm\nمصراتة,Misrata\n\"سرت,Sirte\nبنغازي,Beng\"hazi\n\"الجبل\"x,y\na,b,c\n,empty\n"
        let r = try run("bad.csv", Data(csv.utf8), text: text)
        #expect(r.diagnostics == [
            "rules/lists/bad.csv:3:1: error: CSV: the quote opened here is not closed on this line (write a quote inside a field as \"\")",
            "rules/lists/bad.csv:4:12: error: CSV: a quote inside an unquoted field; quote the field and double the quote (\"\")",
            "rules/lists/bad.csv:5:8: error: CSV: text after a closing quote; put the whole field in quotes",
            "rules/lists/bad.csv:6:1: error: 3 fields; a line is a term and an optional norm (term,norm)",
            "rules/lists/bad.csv:7:1: error: empty term",
        ])
    }

    @Test func invalidUTF8IsNamedByLineAndColumn() throws {
        var bytes = Array("مصراتة\nسرت".utf8)
        bytes.insert(0xFF, at: bytes.count - 2)
        let r = try run("l.txt", Data(bytes), text: text)
        #expect(r.diagnostics == ["rules/lists/l.txt:2:3: error: not valid UTF-8 (byte 0xFF): save the gazetteer as UTF-8"])
    }

    @Test func missingFileAndFolder() throws {
        var loader = RuleLoader()
        _ = loader.parse(yaml: "rules:\n  - id: a\n    label: LOCATION\n    gazetteer: lists/none.csv\n  - id: b\n    label: LOCATION\n    gazetteer: /tmp\n",
                         path: "rules/x.yaml", directory: "/nonexistent")
        #expect(loader.diagnostics.map(\.description) == [
            "rules/x.yaml:4:16: error: gazetteer file 'lists/none.csv' not found (paths are relative to the rule file)",
            "rules/x.yaml:7:16: error: gazetteer '/tmp' is not a readable regular file",
        ])
    }

    /// A large list compiles into the shared automaton (no pattern per term).
    @Test func largeListBecomesLiteralTerms() throws {
        var lines = (0..<20_000).map { "مكان\($0)" }
        lines.append("سرت")
        let r = try run("big.txt", Data(lines.joined(separator: "\n").utf8), text: text)
        #expect(r.spans.map(\.text) == ["سرت"])
        var loader = RuleLoader()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rasid-gaz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try lines.joined(separator: "\n").write(to: dir.appendingPathComponent("big.txt"), atomically: true, encoding: .utf8)
        let parsed = loader.parse(yaml: "rules:\n  - id: p\n    label: LOCATION\n    gazetteer: big.txt\n", path: "g.yaml", directory: dir.path)
        let file = try #require(parsed)
        var c = RuleCompiler()
        let set = c.compile([file])
        #expect(set.patternCount == 0)
        #expect(set.termCount >= 20_001)
    }

    /// A plain list read as bytes gives the terms and messages of the
    /// line-by-line reading (trimming, comments, CR, BOM, tabs, marks).
    @Test(arguments: [1, 2, 3, 4])
    func bytesReadLikeLines(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let pieces = ["بنغازي", "سرت", "الجبل الأخضر", " ", " ", "\t", "\u{00A0}", "\u{3000}", "\u{2009}", "#", "#\u{064E}",
                      "\r", "\u{FEFF}", "abc", "\u{064E}", "ـ", "é", "e\u{0301}", "\u{1F600}", "x", "\r\r"]
        for _ in 0..<50 {
            var text = ""
            for _ in 0..<Int(rng.next() % 12) {
                for _ in 0..<Int(rng.next() % 6) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
                text += "\n"
            }
            if rng.next() % 2 == 0 { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            var lines = RuleLoader(), bytes = RuleLoader()
            let expected = lines.listLines(Data(text.utf8), isCSV: false, shown: "l.txt")
            guard let list = bytes.plainList(Array(text.utf8), shown: "l.txt") else {
                Issue.record("valid UTF-8 read as invalid")
                continue
            }
            let got = RuleTerms(list)
            #expect(got.map(\.text) == expected.map(\.text), "\(Array(text.unicodeScalars))")
            #expect(got.map(\.norm) == expected.map(\.norm))
            #expect(got.map(\.location) == expected.map(\.location))
            #expect(bytes.diagnostics.map(\.description) == lines.diagnostics.map(\.description))
        }
        var loader = RuleLoader()
        #expect(loader.plainList([0x61, 0x0A, 0xFF], shown: "l.txt") == nil)
        #expect(loader.plainList([0xED, 0xA0, 0x80], shown: "l.txt") == nil)   // a surrogate
        #expect(loader.plainList([0xE2, 0x82], shown: "l.txt") == nil)         // cut short
        #expect(loader.plainList(Array("ok\u{10FFFF}".utf8), shown: "l.txt") != nil)
    }

    /// The scalars taken as plain on bytes are left alone by every
    /// normalization and are characters of their own.
    @Test func plainScalarsNeedNoNormalizing() {
        var plain: [Unicode.Scalar] = (0x20..<0x7F).compactMap { Unicode.Scalar(UInt32($0)) }
        plain += (0x0600...0x06FF).filter { PlainText.arabic[Int($0) - 0x600] }.compactMap { Unicode.Scalar(UInt32($0)) }
        var none = NormalizationOptions(), all = NormalizationOptions()
        for (_, key) in NormalizationOptions.keys { none[keyPath: key] = false; all[keyPath: key] = true }
        for options in [NormalizationOptions(), none, all] {
            let n = Normalizer(options: options)
            for s in plain {
                #expect(n.normalizeString(String(s)) == String(s), "U+\(String(s.value, radix: 16))")
            }
        }
        for a in plain where a.value >= 0x80 || a == "a" {
            for b in plain {
                var pair = String.UnicodeScalarView()
                pair.append(a); pair.append(b)
                if String(pair).count != 2 { Issue.record("U+\(String(a.value, radix: 16)) U+\(String(b.value, radix: 16)) join") }
            }
        }
    }
}
