import Testing
@testable import RasidEngine
import RasidModel
import PCRE2
import TestSupport

/// Offsets must point at the original characters whatever normalization did.
struct NormalizerTests {
    func spans(_ text: String, terms: [String], label: String = "RANK", extra: String = "") throws -> [Span] {
        var loader = RuleLoader()
        let yaml = "rules:\n  - id: t\n    label: \(label)\n\(extra)    terms: [\(terms.map { "\"\($0)\"" }.joined(separator: ", "))]\n"
        let parsed = loader.parse(yaml: yaml, path: "t.yaml")
        let file = try #require(parsed)
        var c = RuleCompiler()
        let set = c.compile([file])
        let ctx = DocumentContext(document: Document(id: "d", text: text), scratch: MatchScratch())
        var out = RuleEngineExtractor(ruleSet: set).extract(ctx, previous: [])
        TextSlicer.fill(&out, from: text)
        return out.sorted { $0.start < $1.start }
    }

    @Test func diacriticsAndTatweelMapBack() throws {
        let text = "وصل المُشِيرُ والمشـــير إلى"
        let s = try spans(text, terms: ["المشير"])
        #expect(s.map(\.text) == ["المُشِيرُ", "المشـــير"])
        #expect(s.map(\.start) == [4, 15])
    }

    /// `written_marks`: عمّان with its shadda is Amman; bare عمان (also
    /// Oman) is left to the context rules. More marks may be written, the
    /// term's must be on the same letters, and a proclitic shifts nothing.
    @Test func writtenMarksKeepOnlyMarkedMatches() throws {
        let text = "وصل إلى عمّان ثم عمان ثم عَمّان ثم عمانّ وفي عمّان"
        let s = try spans(text, terms: ["عمّان"], label: "LOCATION", extra: "    written_marks: true\n")
        #expect(s.map(\.text) == ["عمّان", "عَمّان", "عمّان"])
        let plain = try spans(text, terms: ["عمّان"], label: "LOCATION")
        #expect(plain.count == 5)
    }

    @Test func alefAndYaVariants() throws {
        let s = try spans("زار إيطاليا وايطاليا ثم ليبيا", terms: ["إيطاليا"], label: "COUNTRY")
        #expect(s.map(\.text) == ["إيطاليا", "ايطاليا"])
        let y = try spans("قال علي إن مصطفى", terms: ["مصطفي"], label: "PERSON")
        #expect(y.map(\.text) == ["مصطفى"])
    }

    @Test func emojiAndCombiningMarksBeforeSpan() throws {
        let text = "👍🏽 e\u{0301}t\u{0301}é الفريق"
        let s = try spans(text, terms: ["الفريق"])
        let scalars = Array(text.unicodeScalars)
        #expect(s.count == 1)
        #expect(s[0].start == scalars.count - 6)
        #expect(s[0].end == scalars.count)
    }

    @Test func presentationFormsMapToOneOriginalScalarEach() throws {
        // ﻟﻴﺒﻴﺎ written with presentation forms (5 scalars).
        let text = "في \u{FEDF}\u{FEF4}\u{FE92}\u{FEF4}\u{FE8E} اليوم"
        let s = try spans(text, terms: ["ليبيا"], label: "COUNTRY")
        #expect(s.map(\.start) == [3])
        #expect(s.map(\.end) == [8])
    }

    @Test func lamAlefLigatureIsOneScalar() throws {
        let n = Normalizer().normalize("\u{FEFB}")  // ﻻ
        #expect(String(decoding: n.bytes, as: UTF8.self) == "لا")
        #expect(n.originalRanges([0..<4]) == [0..<1])
    }

    @Test func nfcComposesHamza() {
        let n = Normalizer()
        #expect(n.normalizeString("و\u{0654}") == "ؤ")
        #expect(n.normalizeString("ا\u{0654}") == "ا")
    }

    /// A document is normalized once for option sets that differ only in
    /// same-width foldings (ى ة ی ک); the folded copy must equal a
    /// normalization of its own, bytes and origins, whatever the text.
    @Test func foldedCopiesEqualTheirOwnNormalization() {
        var rng = SplitMix64(seed: 11)
        let pool: [String] = ["ى", "ي", "ة", "ه", "ی", "ک", "ك", "ا", "أ", " ", "a", "\u{064E}", "\u{0640}", "\u{0654}",
                              "\u{0653}", "٣", "\u{FEFB}", "\u{0301}", "👍", "\u{06C1}"]
        var variants: [NormalizationOptions] = []
        for bits in 0..<8 {
            var o = NormalizationOptions()
            o.alefMaqsura = bits & 1 != 0
            o.taMarbuta = bits & 2 != 0
            o.persianLetters = bits & 4 != 0
            variants.append(o)
            var noDiacritics = o
            noDiacritics.diacritics = false
            variants.append(noDiacritics)
        }
        var folded = 0
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &rng) { text += pool.randomElement(using: &rng)! }
            let context = DocumentContext(document: Document(id: "d", text: text), scratch: MatchScratch())
            for o in variants.shuffled(using: &rng) {
                let shared = context.normalized(o)
                let own = Normalizer(options: o).normalize(text)
                #expect(shared.bytes == own.bytes, "\(text.unicodeScalars.map { String($0.value, radix: 16) }) \(o)")
                #expect(shared.byteOrigin == own.byteOrigin)
                #expect(shared.originalCount == own.originalCount)
            }
            if Normalizer(options: Normalizer.unfolded(NormalizationOptions())).normalize(text).scalarwise { folded += 1 }
        }
        #expect(folded > 20, "the shared path is exercised (texts without marks to compose or ligatures)")
    }

    @Test func digitsAreAscii() {
        #expect(Normalizer().normalizeString("٢٠٢٦-۰۱") == "2026-01")
    }

    @Test func bomCountsAndStaysOutOfSpans() throws {
        let s = try spans("\u{FEFF}ليبيا\r\nتونس", terms: ["ليبيا", "تونس"], label: "COUNTRY")
        #expect(s.map(\.start) == [1, 8])
        #expect(s.map(\.text) == ["ليبيا", "تونس"])
    }

    @Test func procliticsStayOutAndBoundariesHold() throws {
        let s = try spans("وتونس بتونس وبتونس فتونسي التونسية", terms: ["تونس"], label: "COUNTRY")
        #expect(s.map(\.text) == ["تونس", "تونس", "تونس"])
        #expect(s.map(\.start) == [1, 7, 14])
        #expect(try spans("مصرف مصر", terms: ["مصر"], label: "COUNTRY").map(\.start) == [5])
        #expect(try spans("الليبية", terms: ["ليبيا"], label: "COUNTRY").isEmpty)
    }

    @Test func lamLamContraction() throws {
        let s = try spans("القائد العام للقوات المسلحة وللقوات", terms: ["القوات المسلحة", "القوات"], label: "ORG")
        #expect(s.map(\.text).contains("لقوات المسلحة"))
        #expect(s.first { $0.text == "لقوات المسلحة" }?.start == 14)
        // لليبيا is ل + ليبيا, not a contraction.
        #expect(try spans("لليبيا", terms: ["ليبيا"], label: "COUNTRY").map(\.start) == [1])
    }
}
