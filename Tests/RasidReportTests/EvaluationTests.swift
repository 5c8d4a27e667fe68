import Testing
import RasidModel
@testable import RasidReport

/// Evaluation numbers computed by hand, with score.py's conventions.
struct EvaluationTests {
    func s(_ a: Int, _ b: Int, _ l: String, rule: String? = nil) -> Span {
        Span(start: a, end: b, label: l, text: "", provenance: rule.map { [Provenance(extractor: "rules", rule: $0)] } ?? [])
    }

    @Test func duplicatesCountOnceAndOverlapTiesGoToTheFirstGoldSpan() {
        // Predicted 2..6 overlaps gold 0..4 and 4..8 by 2 each: it takes 0..4, so 4..7 can take 4..8.
        let gold = ["d": [s(4, 8, "X"), s(0, 4, "X")]]
        let pred = ["d": [s(2, 6, "X"), s(2, 6, "X"), s(4, 7, "X")]]
        let r = Scorer(labels: ["X"]).score(gold: gold, predicted: pred)
        #expect(r.exact["X"] == Scorer.Counts(truePositives: 0, predicted: 2, gold: 2))
        #expect(r.overlap["X"] == Scorer.Counts(truePositives: 2, predicted: 2, gold: 2))
    }

    @Test func relabelKeepsTheFirstLongestOfOverlappingSpans() {
        let spans = [s(5, 9, "COUNTRY"), s(0, 10, "LOCATION"), s(12, 14, "COUNTRY"), s(12, 16, "LOCATION")]
        let out = Scorer.relabel(spans, map: ["COUNTRY": "LOC", "LOCATION": "LOC"])
        #expect(out.map(\.range) == [0..<10, 12..<16])
        #expect(out.allSatisfy { $0.label == "LOC" })
        #expect(Scorer.relabel(spans, map: [:]).count == 4)
    }

    @Test func evaluationCountsMissingDocumentsOffsetErrorsAndErrors() {
        let text = "زار المشير طرابلس ثم مصر"
        let gold = [DocumentReport(id: "a", text: text, spans: [s(4, 10, "RANK"), s(11, 20, "LOCATION"), s(21, 24, "COUNTRY")]),
                    DocumentReport(id: "b", text: "x", spans: [s(0, 1, "PERSON")])]
        var wrongText = s(21, 24, "COUNTRY", rule: "countries/eg")
        wrongText.text = "ليبيا"
        let pred = [DocumentReport(id: "a", text: text, spans: [s(4, 10, "RANK"), s(11, 17, "LOCATION", rule: "places/x"),
                                                                s(18, 20, "COUNTRY", rule: "countries/x"), wrongText]),
                    DocumentReport(id: "extra", text: "", spans: [s(0, 1, "PERSON")])]
        let e = Evaluation.evaluate(gold: gold, predicted: pred, errors: true)
        #expect(e.documents == 2)
        #expect(e.documentsMissing == ["b"])
        #expect(e.offsetErrors == 1)
        let r = e.result
        #expect(r.exact["LOCATION"] == Scorer.Counts(truePositives: 0, predicted: 1, gold: 1))
        #expect(r.overlap["LOCATION"] == Scorer.Counts(truePositives: 1, predicted: 1, gold: 1))
        #expect(r.exact["COUNTRY"] == Scorer.Counts(truePositives: 1, predicted: 2, gold: 1))
        #expect(r.exact["PERSON"] == Scorer.Counts(truePositives: 0, predicted: 0, gold: 1))
        #expect(r.exact["PERSON"]!.precision == 0)
        #expect(r.exact["DATE"]!.f1 == 1)
        let micro = r.micro(r.exact)
        #expect(micro == Scorer.Counts(truePositives: 2, predicted: 4, gold: 4))
        #expect(r.micro(r.overlap).truePositives == 3)
        // Errors: label by label in the labels' order (RANK, TITLE, PERSON, COUNTRY, ORG, LOCATION, DATE).
        #expect(e.errors.map { "\($0.kind) \($0.label) \($0.id) \($0.start)..\($0.end) \($0.text)" } == [
            "missed PERSON b 0..1 x",
            "spurious COUNTRY a 18..20 ثم",
            "missed LOCATION a 11..20 طرابلس ثم",
            "spurious LOCATION a 11..17 طرابلس",
        ])
        let missedLocation = e.errors[2]
        #expect(missedLocation.near.map { "\($0.label) \($0.text) \($0.source ?? "")" } == ["LOCATION طرابلس places/x", "COUNTRY ثم countries/x"])
        #expect(missedLocation.context.line == "…زار المشير ⟦طرابلس ثم⟧ مصر…")
        #expect(e.errors[1].source == "countries/x")
    }

    @Test func snippetTakesWordsEachSideOnOneLine() {
        let t = Array("one two three\nfour five SPAN six seven eight nine ten".unicodeScalars)
        let at = t.count - "SPAN six seven eight nine ten".unicodeScalars.count
        let s = TextSnippet(t, start: at, end: at + 4, words: 3)
        #expect(s.line == "…three four five ⟦SPAN⟧ six seven eight…")
        #expect(TextSnippet(t, start: 0, end: 3, words: 1).line == "…⟦one⟧ two…")
    }
}
