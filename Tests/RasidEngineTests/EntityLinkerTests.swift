import RasidModel
import Testing
@testable import RasidEngine
import TestSupport

/// Entity linking groups mentions by their text's bytes, whether a document
/// names a few countries or many (the index turns into a dictionary).
struct EntityLinkerTests {
    @Test func textIndexFindsKeysBeforeAndAfterItGrows() {
        var index = TextIndex()
        let texts = (0..<100).map { "بلد\($0)" }
        for (k, t) in texts.enumerated() {
            #expect(index.value(for: TextKey(t)) == nil)
            index.insert(k, for: TextKey(t))
            // Every key so far is still found, at each size.
            for j in 0...k { #expect(index.value(for: TextKey(texts[j])) == j) }
        }
        #expect(index.value(for: TextKey("بلد")) == nil)
        // Bytes, not canonical equivalence: é precomposed and decomposed are two keys.
        #expect(TextKey("\u{E9}") != TextKey("e\u{301}"))
        #expect(TextKey("قال") == TextKey(String("xقال".dropFirst())))
    }

    @Test func countriesLinkByNormWhateverTheirNumber() {
        // 40 distinct countries, each mentioned twice, then a third mention of the first.
        var spans: [Span] = []
        var offset = 0
        for round in 0..<2 {
            for k in 0..<40 {
                spans.append(Span(start: offset, end: offset + 3, label: Label.country, text: "c\(k)\(round)", norm: "N\(k)",
                                  provenance: [Provenance(extractor: "t")]))
                offset += 4
            }
        }
        spans.append(Span(start: offset, end: offset + 3, label: Label.country, text: "c0x", norm: "N0", provenance: [Provenance(extractor: "t")]))
        let entities = EntityLinker().link(spans, text: String(repeating: " ", count: offset + 3))
        #expect(entities.count == 40)
        #expect(entities[0].mentions == [0, 40, 80])
        #expect(entities[39].mentions == [39, 79])
        #expect(entities.map(\.id) == (1...40).map { "C\($0)" })
    }

    /// The scalars read after span ends are the text's own, at every end,
    /// including ends at the very end of the text.
    @Test func gapScalarsAreTheTextsScalarsAfterEachEnd() {
        var rng = SplitMix64(seed: 7)
        let pool: [String] = ["a", " ", "ب", "«", "»", "،", "€", "👍", "\u{0301}"]
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<Int.random(in: 0...60, using: &rng) { text += pool.randomElement(using: &rng)! }
            let scalars = text.unicodeScalars.map(\.value)
            let ends = (0..<Int.random(in: 1...8, using: &rng)).map { _ in Int.random(in: 0...scalars.count, using: &rng) }
            let gaps = EntityLinker.GapScalars(text: text, ends: ends)
            for end in ends {
                let i = gaps.index(ofEnd: end)
                for k in 0..<3 {
                    let expected = end + k < scalars.count ? scalars[end + k] : EntityLinker.GapScalars.none
                    #expect(gaps.scalars[i + k] == expected, "end \(end) + \(k) in \(scalars)")
                }
            }
        }
    }
}
