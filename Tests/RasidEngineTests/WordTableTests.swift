import Testing
@testable import RasidEngine
import TestSupport

/// The PERSON extractor's word table answers as a dictionary of byte
/// strings would, across growth, for words present and absent.
struct WordTableTests {
    @Test func answersAsADictionaryDoes() {
        var rng = SplitMix64(seed: 3)
        let letters: [[UInt8]] = ["ا", "ب", "ل", "م", "ي", "و", "a", "z", " "].map { Array($0.utf8) }
        func word() -> [UInt8] {
            (0..<Int.random(in: 0...14, using: &rng)).flatMap { _ in letters.randomElement(using: &rng)! }
        }
        for start in [0, 16, 4096] {
            var table = WordTable(capacity: start)
            var reference: [[UInt8]: UInt16] = [:]
            for _ in 0..<3000 {
                let w = word(), bits = UInt16(1) << UInt16.random(in: 0..<8, using: &rng)
                table.insert(w, bits)
                reference[w, default: 0] |= bits
            }
            #expect(table.count == reference.count)
            for (w, bits) in reference { #expect(table.lookup(w) == bits) }
            for _ in 0..<3000 {
                let w = word()
                #expect(table.lookup(w) == (reference[w] ?? 0))
            }
        }
        #expect(WordTable().lookup(Array("ليبيا".utf8)) == 0)
    }
}
