import Foundation
import Testing
import RasidModel
@testable import RasidReport

struct ScorerTests {
    func s(_ a: Int, _ b: Int, _ l: String) -> Span { Span(start: a, end: b, label: l, text: "", provenance: []) }

    @Test func handComputedExactAndOverlap() {
        let gold = ["d": [s(0, 5, "RANK"), s(10, 20, "PERSON"), s(30, 35, "COUNTRY")]]
        let pred = ["d": [s(0, 5, "RANK"), s(12, 20, "PERSON"), s(40, 45, "COUNTRY")]]
        let r = Scorer(labels: ["RANK", "PERSON", "COUNTRY"]).score(gold: gold, predicted: pred)
        #expect(r.exact["RANK"] == Scorer.Counts(truePositives: 1, predicted: 1, gold: 1))
        #expect(r.exact["PERSON"]?.truePositives == 0)
        #expect(r.overlap["PERSON"]?.truePositives == 1)
        let micro = r.micro(r.exact)
        #expect(micro.truePositives == 1 && micro.predicted == 3 && micro.gold == 3)
        #expect(abs(micro.f1 - 1.0 / 3.0) < 1e-9)
        #expect(abs(r.micro(r.overlap).f1 - 2.0 / 3.0) < 1e-9)
    }

    @Test func missingDocumentCountsAsMissed() {
        let r = Scorer(labels: ["RANK"]).score(gold: ["a": [s(0, 1, "RANK")]], predicted: [:])
        #expect(r.exact["RANK"]?.recall == 0)
    }
}

struct ReportJSONTests {
    @Test func writesContractFieldsInStableOrderAndEscapes() throws {
        var span = Span(start: 0, end: 5, label: "COUNTRY", text: "ليبيا", norm: "LY", attrs: ["form": "name"],
                        provenance: [Provenance(extractor: "rules", rule: "countries/ly"), Provenance(extractor: "x", rule: nil)])
        span.priority = 1
        let r = DocumentReport(id: "a\"b", text: "ليبيا\n\t\u{1}", spans: [span])
        var j = JSONBuffer()
        ReportJSON.write(r, into: &j)
        let s = String(decoding: j.bytes, as: UTF8.self)
        #expect(s == #"{"id":"a\"b","text":"ليبيا\n\t\u0001","spans":[{"start":0,"end":5,"label":"COUNTRY","text":"ليبيا","norm":"LY","form":"name","rule":"countries/ly","extractor":"rules","sources":[{"extractor":"rules","rule":"countries/ly"},{"extractor":"x"}]}]}"#)
        let back = try ReportReader.read(data: Data(j.bytes), name: "t")
        #expect(back[0].id == "a\"b")
        #expect(back[0].spans[0].attrs["form"] == "name")
    }
}
