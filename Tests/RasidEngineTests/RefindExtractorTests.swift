import Foundation
import Testing
@testable import RasidEngine
import RasidModel

/// The same-document pass: a LOCATION or ORG that a rule found by its
/// context is found again where it stands bare later (or earlier) in the
/// document, without its proclitics, and never over a span found before.
struct RefindExtractorTests {
    func spans(_ text: String, _ label: String) -> [String] {
        BundledPipeline.annotate(text).spans.filter { $0.label == label }.map(\.text)
    }

    // (غيريدا, Guéréda in Chad, is in no place list: it is found by its
    // head. أبشة served here until round 40 listed it.)
    @Test func placeFoundAfterItsHeadIsFoundAgainBare() {
        let text = "وصل الوفد الأممي إلى مدينة غيريدا شرق تشاد. وقال سكان غيريدا إن المخيمات مكتظة، وعاد الوفد لغيريدا مساء."
        #expect(spans(text, Label.location) == ["غيريدا", "غيريدا", "غيريدا"])
        let report = BundledPipeline.annotate(text)
        #expect(report.spans.filter { $0.label == Label.location }.dropFirst().allSatisfy {
            $0.provenance.first?.rule == "refind/same-document"
        })
        // Earlier mentions count too: every mention is annotated.
        #expect(spans("وقال سكان غيريدا إن الوضع صعب في مدينة غيريدا شرق تشاد", Label.location) == ["غيريدا", "غيريدا"])
    }

    @Test func neighbourhoodAndStateFoundByContextAreFoundAgain() {
        #expect(spans("قصفت الطائرات حي درادب في المدينة، ونزح سكان درادب إلى الأطراف", Label.location)
            == ["درادب", "درادب"])
        #expect(spans("وفي ولاية بلاتو النيجيرية قتل مسلحون عشرة مزارعين، وقال حاكم بلاتو إن", Label.location)
            == ["بلاتو", "بلاتو"])
    }

    @Test func ammanNamedByItsContextIsFoundAgainBare() {
        // Bare عمان is Amman or Oman; once the story has named Amman (the
        // Jordanian capital, a Jordanian word in the paragraph), a later
        // bare عمان in another paragraph is Amman too.
        let text = "وصل الوفد إلى العاصمة الأردنية عمان أمس.\n\nوقال مسؤولون في عمان إن المحادثات ستستمر يومين."
        #expect(spans(text, Label.location) == ["عمان", "عمان"])
        #expect(spans(text, Label.country) == ["الأردنية"])
        // In an Omani story the bare name stays Oman (no Amman seed).
        let oman = "افتتحت سلطنة عمان ميناء جديدا. وتسعى عمان إلى جذب الاستثمارات."
        #expect(spans(oman, Label.location).isEmpty)
        #expect(spans(oman, Label.country) == ["سلطنة عمان", "عمان"])
    }

    @Test func companyFoundByItsNisbaIsFoundAgain() {
        let text = "وأعلنت شركة فالي البرازيلية عن أرباح، وقالت فالي إن الطلب الصيني تراجع."
        #expect(spans(text, Label.org) == ["فالي", "فالي"])
    }

    @Test func ordinaryWordsAndPartsOfWordsAreNotFoundAgain() {
        // الخمس is a town after مدينة, and «the five» elsewhere.
        #expect(spans("في مدينة الخمس قال مسؤول إن السنوات الخمس الماضية شهدت تحسنا", Label.location) == ["الخمس"])
        // A longer word that begins with the name is not the name.
        #expect(spans("وصل إلى مدينة أبشة ثم أبشةوي", Label.location) == ["أبشة"])
    }

    @Test func placeNamesThatAreOrdinaryWordsAreNotRepeatedBare() {
        // مشهد is the Iranian city after مدينة, and «scene» elsewhere
        // (refind-ambiguous.txt); النصر «victory» likewise.
        #expect(spans("وصل الرئيس إلى مدينة مشهد شرقي البلاد. وكان مشهد الدمار مروعا، وهذا مشهد مؤلم.", Label.location)
            == ["مشهد"])
        #expect(spans("وفي حي النصر احتفل السكان بالنصر، وقالوا إن النصر قريب", Label.location) == ["النصر"])
        let words = RefindExtractor.loadStopWords(directory: (RuleExampleTests.rulesDir as NSString).appendingPathComponent("lexicons"))
        #expect(words.contains("مشهد") && words.contains("الخمس"))
    }

    @Test func stopWordFilesAreReadLineByLineWithTheirCommentsAndFieldsLeftOut() throws {
        // CRLF and LF lines, a second tab-separated field, spaces (ASCII and
        // no-break) around a word, blank lines and comments.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rasid-stopwords-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "# a comment\r\nوقال\r\n  بالاجتماع \tnote\n\n\u{00A0}للاجتماع\u{00A0}\n   # indented comment\nفي".write(
            to: dir.appendingPathComponent("common-words.txt"), atomically: true, encoding: .utf8)
        try "مشهد\tplace\n".write(to: dir.appendingPathComponent("refind-ambiguous.txt"), atomically: true, encoding: .utf8)
        #expect(RefindExtractor.loadStopWords(directory: dir.path) == ["وقال", "بالاجتماع", "للاجتماع", "في", "مشهد"])
        #expect(RefindExtractor.loadStopWords(directory: dir.appendingPathComponent("missing").path).isEmpty)
    }

    @Test func thePrepositionBeforeTheArticleStaysOut() throws {
        // لل + a name with the article: only the first ل is left out.
        let report = BundledPipeline.annotate("زار بلدة الباذان ثم عاد للباذان مساء")
        let locs = report.spans.filter { $0.label == Label.location }.map(\.text)
        #expect(locs == ["الباذان", "لباذان"])
    }

    @Test func aDocumentWithoutSeedsIsLeftAlone() {
        let e = RefindExtractor()
        let ctx = DocumentContext(document: Document(id: "d", text: "وقال سكان أبشة"), scratch: BundledPipeline.annotator.makeScratch())
        #expect(e.extract(ctx, previous: []).isEmpty)
    }
}
