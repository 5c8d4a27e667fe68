import Testing
@testable import RasidEngine

/// The tokenizer counts a word's Arabic letters without decoding them: its
/// words, scalar counts and name-letter flags must be what decoding every
/// scalar gives.
struct TokenizerTests {
    @Test func wordsMatchADecodingSplit() {
        let text = "وقال الرئيسُ ـ محمد بن سلمان، في 2024 «الرياض» abc٣ ءآيـة ی ڤيينا ي"
        let n = Normalizer().normalize(text)
        let tokens = Tokenizer.words(n)
        let normalized = String(decoding: n.bytes, as: UTF8.self)
        // The reference: runs of word scalars, decoded one by one.
        var expected: [(String, Int, Bool)] = []
        var word: [Unicode.Scalar] = []
        for s in normalized.unicodeScalars + [" "] {
            if TextScan.isWord(s.value) { word.append(s); continue }
            if !word.isEmpty {
                expected.append((String(String.UnicodeScalarView(word)), word.count, word.allSatisfy { Tokenizer.isNameLetter($0.value) }))
                word = []
            }
        }
        #expect(tokens.count == expected.count)
        for (t, e) in zip(tokens, expected) {
            #expect(String(decoding: n.bytes[t.bytes], as: UTF8.self) == e.0)
            #expect(t.scalars == e.1)
            #expect(t.nameLetters == e.2)
        }
    }
}
