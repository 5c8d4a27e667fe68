import Foundation
import Testing
import RasidModel
@testable import RasidReport
import TestSupport

/// The JSON writer (bulk copies, a staging buffer, integers without
/// Strings) against the byte-at-a-time writer it replaced, kept below as
/// the reference: the same bytes for every string and every report.
struct JSONWriterTests {

    /// The writer before the bulk one, verbatim (its buffer renamed).
    struct OldJSONBuffer {
        var bytes: [UInt8] = []

        mutating func raw(_ s: StaticString) {
            s.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        mutating func int(_ v: Int) { bytes.append(contentsOf: String(v).utf8) }

        mutating func string(_ s: String) {
            bytes.append(0x22)
            for b in s.utf8 {
                switch b {
                case 0x22: bytes.append(0x5C); bytes.append(0x22)
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
                case 0x0D: bytes.append(0x5C); bytes.append(0x72)
                case 0x09: bytes.append(0x5C); bytes.append(0x74)
                case 0..<0x20:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                default: bytes.append(b)
                }
            }
            bytes.append(0x22)
        }

        mutating func key(_ k: StaticString) {
            bytes.append(0x22); raw(k); bytes.append(0x22); bytes.append(0x3A)
        }
    }

    /// `ReportJSON.write` before, verbatim.
    enum OldReportJSON {
        static func write(_ r: DocumentReport, options: ReportOptions = ReportOptions(), into j: inout OldJSONBuffer) {
            j.raw("{"); j.key("id"); j.string(r.id)
            if let src = r.source { j.raw(","); j.key("source"); j.string(src) }
            if options.includeText { j.raw(","); j.key("text"); j.string(r.text) }
            j.raw(","); j.key("spans"); j.raw("[")
            for (i, s) in r.spans.enumerated() {
                if i > 0 { j.raw(",") }
                span(s, into: &j)
            }
            j.raw("]")
            if options.includeEntities && !r.entities.isEmpty {
                j.raw(","); j.key("entities"); j.raw("[")
                for (i, e) in r.entities.enumerated() {
                    if i > 0 { j.raw(",") }
                    j.raw("{"); j.key("id"); j.string(e.id)
                    j.raw(","); j.key("label"); j.string(e.label)
                    j.raw(","); j.key("name"); j.string(e.name)
                    if let n = e.norm { j.raw(","); j.key("norm"); j.string(n) }
                    j.raw(","); j.key("mentions"); intList(e.mentions, into: &j)
                    for role in e.related.keys.sorted() {
                        j.raw(","); j.bytes.append(0x22); j.bytes.append(contentsOf: role.utf8); j.raw("\":")
                        intList(e.related[role]!, into: &j)
                    }
                    j.raw("}")
                }
                j.raw("]")
            }
            if options.includeDiscarded && !r.discarded.isEmpty {
                j.raw(","); j.key("discarded"); j.raw("[")
                for (i, d) in r.discarded.enumerated() {
                    if i > 0 { j.raw(",") }
                    var s = d.span
                    s.attrs["reason"] = d.reason
                    span(s, into: &j)
                }
                j.raw("]")
            }
            if !r.problems.isEmpty {
                j.raw(","); j.key("problems"); j.raw("[")
                for (i, p) in r.problems.enumerated() {
                    if i > 0 { j.raw(",") }
                    j.raw("{"); j.key("kind"); j.string(p.kind)
                    j.raw(","); j.key("message"); j.string(p.message)
                    if let s = p.source { j.raw(","); j.key("source"); j.string(s) }
                    j.raw("}")
                }
                j.raw("]")
            }
            j.raw("}")
        }

        static func intList(_ v: [Int], into j: inout OldJSONBuffer) {
            j.raw("[")
            for (i, x) in v.enumerated() { if i > 0 { j.raw(",") }; j.int(x) }
            j.raw("]")
        }

        static func span(_ s: Span, into j: inout OldJSONBuffer) {
            j.raw("{"); j.key("start"); j.int(s.start)
            j.raw(","); j.key("end"); j.int(s.end)
            j.raw(","); j.key("label"); j.string(s.label)
            j.raw(","); j.key("text"); j.string(s.text)
            if let n = s.norm { j.raw(","); j.key("norm"); j.string(n) }
            for k in s.attrs.keys.sorted() where !reserved.contains(k) {
                j.raw(","); j.string(k); j.raw(":"); j.string(s.attrs[k]!)
            }
            if let r = s.rule { j.raw(","); j.key("rule"); j.string(r) }
            j.raw(","); j.key("extractor"); j.string(s.extractor)
            if s.provenance.count > 1 {
                j.raw(","); j.key("sources"); j.raw("[")
                for (i, p) in s.provenance.enumerated() {
                    if i > 0 { j.raw(",") }
                    j.raw("{"); j.key("extractor"); j.string(p.extractor)
                    if let r = p.rule { j.raw(","); j.key("rule"); j.string(r) }
                    j.raw("}")
                }
                j.raw("]")
            }
            j.raw("}")
        }

        static let reserved: Set<String> = ["start", "end", "label", "text", "norm", "rule", "extractor", "sources"]
    }

    /// Where two outputs first differ, with some text around, or nil.
    static func difference(_ a: [UInt8], _ b: [UInt8]) -> String? {
        guard a != b else { return nil }
        let at = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        let around = { (x: [UInt8]) in String(decoding: x[max(0, at - 60)..<min(x.count, at + 60)], as: UTF8.self).debugDescription }
        return "first difference at byte \(at) of \(a.count) / \(b.count): \(around(a)) vs \(around(b))"
    }

    static func old(_ s: String) -> [UInt8] {
        var j = OldJSONBuffer()
        j.string(s)
        return j.bytes
    }

    static func new(_ s: String) -> [UInt8] {
        var j = JSONBuffer()
        j.string(s)
        return j.bytes
    }

    static let tricky: [String] = [
        "", "a", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{8}", "\u{C}", "\u{1F}", "\u{7F}", " ", "/",
        "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FEFF}ليبيا", "😀", "👍🏽", "é", "e\u{301}", "\u{10FFFF}", "\u{FFFD}",
        "ليبيا", "رئيس الأركان العامة", "a\"b", "a\\\"b", "\"\"\"\"\"\"\"\"\"", "\\\\\\\\\\\\\\\\", "1234567", "12345678", "123456789",
        "1234567\"", "12345678\"", "\"12345678", "abcdefghijklmnop\u{1F}", "abcdefgh\nijklmnop", String(repeating: "x", count: 100_000),
        String(repeating: "ب\n\"\\\t", count: 3000) + "z", "line one\nline two\r\n\tindented \u{0}nul \u{1B}[0m",
    ]

    @Test func stringsAreEscapedAsBefore() {
        for s in Self.tricky {
            #expect(Self.difference(Self.new(s), Self.old(s)) == nil, "\(s.debugDescription.prefix(80))")
        }
        // Every prefix and suffix of the tricky strings: each length and alignment of the eight-byte scan.
        let joined = Self.tricky.filter { $0.utf8.count < 100 }.joined()
        let scalars = Array(joined.unicodeScalars)
        for n in 0..<min(scalars.count, 200) {
            var a = String.UnicodeScalarView(); a.append(contentsOf: scalars[..<n])
            var b = String.UnicodeScalarView(); b.append(contentsOf: scalars[n...])
            #expect(Self.new(String(a)) == Self.old(String(a)))
            #expect(Self.new(String(b)) == Self.old(String(b)))
        }
    }

    @Test func everyByteValueOnEveryPosition() {
        for b in 0..<0x80 {
            for pad in 0..<18 {
                let s = String(repeating: "a", count: pad) + String(UnicodeScalar(UInt8(b))) + String(repeating: "ب", count: pad % 5)
                #expect(Self.new(s) == Self.old(s), "byte \(b) after \(pad)")
            }
        }
    }

    @Test func stringsFromFoundationAreEscapedAsBefore() {
        // Bridged, non-native strings take the copying path.
        for s in Self.tricky.prefix(30) {
            let bridged = NSString(string: s) as String
            #expect(Self.new(bridged) == Self.old(bridged))
        }
    }

    @Test func integersAsBefore() {
        var values = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 12345, -1, -9, -10, -11, -100, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var p = 1
        for _ in 0..<18 { p *= 10; values += [p - 1, p, p + 1, -p + 1, -p, -p - 1] }
        for v in values {
            var j = JSONBuffer()
            j.int(v)
            #expect(j.bytes == Array(String(v).utf8))
            var stage: [UInt8] = []
            JSONStage.appending(to: &stage) { $0.int(v) }
            #expect(stage == Array(String(v).utf8))
        }
    }

    // MARK: Whole reports

    struct Generator {
        var rng: SplitMix64

        static let pieces = ["ليبيا", "a", "\"", "\\", "\n", "\t", "\u{1}", "\u{2028}", "\u{FEFF}", "😀", " ", "x/y", "é",
                             "abcdefghijklmnopqrstuvwxyz", "رئيس الأركان العامة"]
        static let names = ["form", "reason", "start", "text", "sources", "zeta", "alpha", "kind", "ré", "re\u{301}", "Reason", "r", "s", "rule", ""]

        mutating func string(_ max: Int = 4) -> String {
            (0..<Int.random(in: 0...max, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
        }

        mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }

        mutating func span() -> Span {
            var attrs: [String: String] = [:]
            for _ in 0..<[0, 0, 1, 1, 2, 3].randomElement(using: &rng)! { attrs[Self.names.randomElement(using: &rng)!] = string() }
            let provenance = (0..<[0, 1, 1, 1, 2, 3].randomElement(using: &rng)!).map { _ in
                Provenance(extractor: chance(0.8) ? "rules" : string(2), rule: chance(0.8) ? "lexicon/\(string(1))" : nil)
            }
            let start = Int.random(in: -5...100_000_000_000, using: &rng)
            return Span(start: start, end: start &+ Int.random(in: 0...20, using: &rng), label: chance(0.9) ? "COUNTRY" : string(2),
                        text: string(), norm: chance(0.3) ? string(1) : nil, attrs: attrs, provenance: provenance)
        }

        mutating func report() -> DocumentReport {
            let spans = (0..<Int.random(in: 0...8, using: &rng)).map { _ in span() }
            let discarded = (0..<Int.random(in: 0...4, using: &rng)).map { _ in DiscardedSpan(span: span(), reason: string()) }
            let entities = (0..<Int.random(in: 0...3, using: &rng)).map { n in
                Entity(id: "E\(n)", label: string(1), name: string(), norm: chance(0.5) ? string(1) : nil,
                       mentions: (0..<Int.random(in: 0...4, using: &rng)).map { _ in Int.random(in: -3...1000, using: &rng) },
                       related: chance(0.5) ? [:] : ["rank": [1, 2], "country": [], "title": [Int.min]])
            }
            let problems = (0..<Int.random(in: 0...2, using: &rng)).map { _ in
                DocumentProblem(kind: string(1), message: string(), source: chance(0.5) ? string(1) : nil)
            }
            return DocumentReport(id: string(2), text: string(12), spans: spans, discarded: discarded, entities: entities,
                                  problems: problems, source: chance(0.5) ? "in.jsonl:\(Int.random(in: 1...99, using: &rng))" : nil)
        }
    }

    @Test func randomReportsAreWrittenAsBefore() {
        var g = Generator(rng: SplitMix64(seed: 31_337))
        for n in 0..<3000 {
            let r = g.report()
            var options = ReportOptions()
            options.includeText = n % 2 == 0
            options.includeDiscarded = n % 3 != 0
            options.includeEntities = n % 5 != 0
            var old = OldJSONBuffer()
            OldReportJSON.write(r, options: options, into: &old)
            var new = JSONBuffer()
            new.raw("[")   // appends after what the buffer holds
            ReportJSON.write(r, options: options, into: &new)
            let problem = Self.difference(new.bytes, [0x5B] + old.bytes)
            #expect(problem == nil, "report \(n): \(problem ?? "")")
        }
    }

    /// A report bigger than the staging buffer, with strings longer than it.
    @Test func bigReportsAreWrittenAsBefore() {
        var g = Generator(rng: SplitMix64(seed: 8))
        var r = g.report()
        r.text = String(repeating: "ليبيا \"x\"\n", count: 20_000)
        r.spans = (0..<5000).map { _ in g.span() }
        r.spans[17].text = String(repeating: "a\"", count: 9000)
        var old = OldJSONBuffer()
        OldReportJSON.write(r, into: &old)
        var new = JSONBuffer()
        ReportJSON.write(r, into: &new)
        let problem = Self.difference(new.bytes, old.bytes)
        #expect(problem == nil, "\(problem ?? "")")
    }
}
