import Foundation
import Testing
import RasidModel
import RasidReport

/// What `explain --report` needs survives a write and a read: every source of a span, discarded spans and their reasons.
struct ReportReaderTests {
    @Test func sourcesAndDiscardedSpansRoundTrip() throws {
        let kept = Span(start: 0, end: 5, label: "COUNTRY", text: "ليبيا", norm: "LY",
                        provenance: [Provenance(extractor: "rules", rule: "countries/ly"), Provenance(extractor: "gazetteer")])
        let lost = Span(start: 0, end: 3, label: "COUNTRY", text: "ليب", attrs: ["form": "name"],
                        provenance: [Provenance(extractor: "rules", rule: "countries/x")])
        let r = DocumentReport(id: "d", text: "ليبيا", spans: [kept],
                               discarded: [DiscardedSpan(span: lost, reason: "overlaps COUNTRY 0..5, which is longer", winner: kept)],
                               source: "in/d.txt")
        var j = JSONBuffer()
        ReportJSON.write(r, into: &j)
        let back = try #require(try ReportReader.read(data: Data(j.bytes), name: "t").first)
        #expect(back.spans[0].provenance == kept.provenance)
        #expect(back.discarded.count == 1)
        #expect(back.discarded[0].reason == "overlaps COUNTRY 0..5, which is longer")
        #expect(back.discarded[0].span.attrs == ["form": "name"])
        #expect(back.discarded[0].span.rule == "countries/x")
        #expect(back.source == "in/d.txt")
    }
}
