import Testing
@testable import RasidEngine

/// The literal automaton: every occurrence of every term, dense or sparse.
struct LiteralMatcherTests {
    static func hits(_ m: LiteralMatcher, _ text: [UInt8]) -> [String] {
        var out: [String] = []
        text.withUnsafeBufferPointer { b in m.scan(b) { out.append("\($0.pattern)@\($0.start)..<\($0.end)") } }
        return out.sorted()
    }

    /// Every occurrence found by brute force.
    static func naive(_ patterns: [[UInt8]], _ text: [UInt8]) -> [String] {
        func fold(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b }
        var out: [String] = []
        for (id, p) in patterns.enumerated() where p.count <= text.count {
            for s in 0...(text.count - p.count) where (0..<p.count).allSatisfy({ fold(text[s + $0]) == fold(p[$0]) }) {
                out.append("\(id)@\(s)..<\(s + p.count)")
            }
        }
        return out.sorted()
    }

    @Test func arabicTermsOverlappingAndNested() {
        let terms = ["ليبيا", "الليبي", "الليبية", "ليبي", "ABC", "bc"].map { Array($0.utf8) }
        let text = Array("زار الليبية وليبيا ثم abc".utf8)
        let dense = LiteralMatcher(patterns: terms)
        let sparse = LiteralMatcher(patterns: terms, denseLimit: 0)
        let hybrid = LiteralMatcher(patterns: terms, denseLimit: 5 * 64)
        #expect(dense.isDense && !sparse.isDense)
        #expect(Self.hits(dense, text) == Self.naive(terms, text))
        #expect(Self.hits(sparse, text) == Self.naive(terms, text))
        #expect(!hybrid.isDense)
        #expect(Self.hits(hybrid, text) == Self.naive(terms, text))
    }

    @Test(arguments: [1, 2, 3])
    func randomTermsDenseAndSparseAgreeWithBruteForce(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let alphabet = Array("ابتثلمنوي ".utf8) + [0x41, 0x61]
        func word(_ n: Int) -> [UInt8] { (0..<n).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] } }
        let terms = Array(Set((0..<300).map { _ in word(1 + Int(rng.next() % 6)) }))
        let text = word(3000)
        let expected = Self.naive(terms, text)
        #expect(Self.hits(LiteralMatcher(patterns: terms), text) == expected)
        #expect(Self.hits(LiteralMatcher(patterns: terms, denseLimit: 0), text) == expected)
        #expect(Self.hits(LiteralMatcher(patterns: terms, denseLimit: 40 * 16), text) == expected)
    }
}
