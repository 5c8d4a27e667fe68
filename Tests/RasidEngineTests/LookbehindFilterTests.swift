import Testing
@testable import RasidEngine

/// A pattern's leading lookbehinds of plain words are checked before PCRE2
/// is called; the check turns away only candidates the pattern could not
/// match (the whole rule set's equivalence is `PrefilterTests`).
struct LookbehindFilterTests {
    /// Candidate starts (byte offsets) of «الحمراء» in `text` that the filter admits.
    static func admitted(_ pattern: String, _ text: String, word: String = "الحمراء") -> [Int] {
        guard let filter = LookbehindFilter(pattern: pattern, caseless: false) else { return [-1] }
        let bytes = Array(text.utf8), w = Array(word.utf8)
        var out: [Int] = []
        bytes.withUnsafeBufferPointer { buf in
            for i in 0...(bytes.count - w.count) where Array(bytes[i..<(i + w.count)]) == w && filter.admits(i, in: buf) {
                out.append(String(decoding: bytes[..<i], as: UTF8.self).unicodeScalars.count)
            }
        }
        return out
    }

    @Test func readsTheLeadingLookbehindsOfPlainWords() {
        let found = RegexSource.leadingLookbehinds(of: "(?<=مسقط و|صحار، و)(?<!السيد )الحمراء", caseless: false)
        #expect(found.map(\.alternatives) == [["مسقط و", "صحار، و"], ["السيد "]])
        #expect(found.map(\.negative) == [false, true])
        // Only the plain ones in front; nothing once one is not plain.
        #expect(RegexSource.leadingLookbehinds(of: "(?<=في )(?<=\\d )x", caseless: false).map(\.alternatives) == [["في "]])
        for p in ["(?<=[وف])x", "(?<=(?:في|من) )x", "(?<=في |)x", "(?<=في )?x", "x(?<=في )", "(?<=في )x|y",
                  "(?<=ab|في )x"] {
            let caseless = p.contains("ab")
            #expect(RegexSource.leadingLookbehinds(of: p, caseless: caseless).isEmpty, "\(p)")
        }
        #expect(RegexSource.leadingLookbehinds(of: "(?<=ab|في )x", caseless: false).count == 1)
        #expect(LookbehindFilter(pattern: "الحمراء", caseless: false) == nil)
    }

    @Test func admitsOnlyWhereALookbehindCanHold() {
        let text = "مسقط والحمراء، صحار، والحمراء، الحمراء، السيد الحمراء وو الحمراء"
        // After «مسقط و» and «صحار، و»: the first two.
        #expect(Self.admitted("(?<=مسقط و|صحار، و)الحمراء", text) == [6, 22])
        // One alternative the end of another («و» of «صحار، و»): both hold.
        #expect(Self.admitted("(?<=، و|و)الحمراء", text) == [6, 22])
        // Negative: every one but the one after «السيد ».
        #expect(Self.admitted("(?<!السيد )الحمراء", text) == [6, 22, 31, 57])
        // Both kinds in a row; and at the very start of the text.
        #expect(Self.admitted("(?<=، )(?<!صحار، )الحمراء", text) == [31])
        #expect(Self.admitted("(?<=و)الحمراء", "الحمراء") == [])
        #expect(Self.admitted("(?<!و)الحمراء", "الحمراء") == [0])
    }
}
