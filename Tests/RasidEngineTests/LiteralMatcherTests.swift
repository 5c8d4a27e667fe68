import Testing
@testable import RasidEngine
import TestSupport

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
        let whole = LiteralMatcher(patterns: terms)
        let cut = LiteralMatcher(patterns: terms, stateLimit: 0)
        let hybrid = LiteralMatcher(patterns: terms, stateLimit: 5)
        #expect(whole.isWhole && !cut.isWhole && !hybrid.isWhole)
        #expect(whole.rowStates == whole.stateCount)
        for m in [whole, cut, hybrid] { #expect(Self.hits(m, text) == Self.naive(terms, text)) }
        // Rows for the root only, and for the first levels: the deeper
        // states step through their children and failure links.
        let rootRow = LiteralMatcher(patterns: terms, rowLimit: 0)
        let twoLevels = LiteralMatcher(patterns: terms, rowLimit: 100)
        #expect(rootRow.rowStates == 1 && twoLevels.rowStates > 1 && twoLevels.rowStates < twoLevels.stateCount)
        #expect(Self.hits(rootRow, text) == Self.naive(terms, text))
        #expect(Self.hits(twoLevels, text) == Self.naive(terms, text))
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
        #expect(Self.hits(LiteralMatcher(patterns: terms, stateLimit: 0), text) == expected)
        #expect(Self.hits(LiteralMatcher(patterns: terms, stateLimit: 40), text) == expected)
        #expect(Self.hits(LiteralMatcher(patterns: terms, rowLimit: 0), text) == expected)
        // Every cut depth, with the room left filled by whole subtrees, and
        // rows for every number of levels.
        for states in stride(from: 20, to: 1200, by: 37) {
            #expect(Self.hits(LiteralMatcher(patterns: terms, stateLimit: states), text) == expected, "\(states) states")
            #expect(Self.hits(LiteralMatcher(patterns: terms, rowLimit: states * 16), text) == expected, "\(states) rows")
        }
    }

    /// A few long terms below a common prefix are put in whole while the
    /// many terms below another are cut: a deep state of the whole ones can
    /// end with a cut prefix (`xabcd…` ends with `bcd`), whose terms must
    /// still be checked there.
    @Test func wholeSubtreesNextToCutOnes() {
        var terms = ["xabcdefg", "xabcdeq", "xabz"].map { Array($0.utf8) }
        for a in "abcdefgh" { for b in "abcdefgh" { terms.append(Array("bcd\(a)\(b)yy".utf8)) } }
        terms.append(Array("bcdef".utf8))
        let text = Array("..xabcdefg..xabcdeq..bcdeayy..xabcdhhyy..bcdefgyy xabcdef".utf8)
        let expected = Self.naiveOrdered(terms, text)
        var sawCut = false
        for states in 5...80 {
            let m = LiteralMatcher(patterns: terms, stateLimit: states, rowLimit: states * 8)
            sawCut = sawCut || !m.isWhole
            #expect(Self.orderedHits(m, text) == expected, "\(states) states")
        }
        #expect(sawCut)
    }

    /// Hits in the order a scan reports them: by end, longest first, and
    /// patterns equal but for ASCII case in the order they were given.
    static func orderedHits(_ m: LiteralMatcher, _ text: [UInt8]) -> [String] {
        var out: [String] = []
        text.withUnsafeBufferPointer { b in m.scan(b) { out.append("\($0.pattern)@\($0.start)..<\($0.end)") } }
        return out
    }

    static func naiveOrdered(_ patterns: [[UInt8]], _ text: [UInt8]) -> [String] {
        func fold(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b }
        var hits: [(end: Int, length: Int, id: Int)] = []
        for (id, p) in patterns.enumerated() where p.count <= text.count {
            for s in 0...(text.count - p.count) where (0..<p.count).allSatisfy({ fold(text[s + $0]) == fold(p[$0]) }) {
                hits.append((s + p.count, p.count, id))
            }
        }
        hits.sort { ($0.end, -$0.length, $0.id) < ($1.end, -$1.length, $1.id) }
        return hits.map { "\($0.id)@\($0.end - $0.length)..<\($0.end)" }
    }

    /// Every layout (one scan or four interleaved quarters; whole or cut;
    /// rows for every state, some levels or the root only) reports the
    /// same hits in the same order, including
    /// case variants of one pattern and long chains of nested outputs.
    @Test(arguments: [4, 5, 6])
    func everyLayoutReportsHitsInScanOrder(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let alphabet = Array("ابتل ".utf8) + [0x41, 0x61, 0x42, 0x62]
        func word(_ n: Int) -> [UInt8] { (0..<n).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] } }
        var terms = Array(Set((0..<200).map { _ in word(1 + Int(rng.next() % 8)) }))
        terms += ["ab", "AB", "aB", "Ab"].map { Array($0.utf8) }
        terms += (1...12).map { Array(repeating: 0x61, count: $0) }   // a, aa, aaa, …: nested outputs
        terms = Array(Set(terms)).sorted { $0.lexicographicallyPrecedes($1) }.shuffled(using: &rng)
        for length in [0, 1, 7, 300, 1023, 1024, 1025, 5000] {
            var text = word(length)
            if length > 40 { text.replaceSubrange(10..<30, with: Array(repeating: 0x41, count: 20)) }
            let expected = Self.naiveOrdered(terms, text)
            for limit in [LiteralMatcher.stateLimit, 0, 40, 100, 400, 1000, 3000] {
                for rows in [LiteralMatcher.rowLimit, 0, 300, Int.max] {
                    let m = LiteralMatcher(patterns: terms, stateLimit: limit, rowLimit: rows)
                    #expect(Self.orderedHits(m, text) == expected, "length \(length), state limit \(limit), rows \(rows)")
                }
            }
        }
    }

    @Test func noPatternsAndOneByteTexts() {
        let none = LiteralMatcher(patterns: [])
        #expect(Self.orderedHits(none, Array("abc".utf8)).isEmpty)
        let one = LiteralMatcher(patterns: [[0xFF], [0x00]])
        #expect(Self.orderedHits(one, [0xFF, 0x00, 0xFF]) == ["0@0..<1", "1@1..<2", "0@2..<3"])
    }

    /// The builder's sort: folded bytes, then raw bytes (when asked), then
    /// index, and the folded prefix each string shares with the one before;
    /// long shared prefixes, zero bytes and case variants included.
    @Test(arguments: [7, 8, 9])
    func sortAgreesWithAPlainSort(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let alphabet: [UInt8] = [0x00, 0x61, 0x41, 0x62, 0xD8, 0xA7]
        var strings: [[UInt8]] = []
        for _ in 0..<400 {
            if !strings.isEmpty && rng.next() % 2 == 0 {
                // A variant of an earlier string: same prefix, then a change or an end.
                var s = strings[Int(rng.next() % UInt64(strings.count))]
                let keep = Int(rng.next() % UInt64(s.count + 1))
                s.removeLast(s.count - keep)
                for _ in 0..<Int(rng.next() % 20) { s.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
                if s.isEmpty { s = [0x61] }
                strings.append(s)
            } else {
                strings.append((0..<(1 + Int(rng.next() % 40))).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
            }
        }
        func fold(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }
        var bytes: [UInt8] = [], start: [Int] = [], length: [Int32] = []
        for s in strings { start.append(bytes.count); length.append(Int32(s.count)); bytes += s }
        for raw in [false, true] {
            let expected = strings.indices.sorted { i, j in
                let a = strings[i].map(fold), b = strings[j].map(fold)
                if a != b { return a.lexicographicallyPrecedes(b) }
                if raw && strings[i] != strings[j] { return strings[i].lexicographicallyPrecedes(strings[j]) }
                return i < j
            }
            let (order, lcp) = ByteStrings.sort(bytes: bytes, start: start, length: length, raw: raw)
            #expect(order.map(Int.init) == expected)
            for k in 1..<expected.count {
                let a = strings[expected[k - 1]].map(fold), b = strings[expected[k]].map(fold)
                var n = 0
                while n < min(a.count, b.count) && a[n] == b[n] { n += 1 }
                #expect(Int(lcp[k]) == n, "position \(k)")
            }
        }
    }
}
