import PCRE2
import Testing
import TestSupport
@testable import RasidEngine

/// A prefix-factored alternation matches exactly its words: each of them
/// whole, and no proper prefix or extension that is not a word itself.
@Suite struct TrieAlternationTests {
    static func fullMatch(_ regex: Regex, _ s: String) -> Bool {
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBufferPointer { regex.match($0, from: 0, scratch: MatchScratch(), anchored: true) } == .match
    }

    @Test func matchesExactlyItsWords() throws {
        var rng = SplitMix64(seed: 7)
        // Arabic letters, a combining mark, spaces and metacharacters.
        let alphabet = Array("ابتثجحخدالمنهوي ئؤءة\u{0654}.()|?*+[]{}\\^$".unicodeScalars)
        for round in 0..<40 {
            var words: [String] = []
            for _ in 0..<Int.random(in: 1...60, using: &rng) {
                var w = String.UnicodeScalarView()
                for _ in 0..<Int.random(in: 1...7, using: &rng) { w.append(alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]) }
                words.append(String(w))
            }
            if round % 3 == 0 { words += words.map { $0 + "ة" } }  // shared prefixes
            let set = Set(words)
            let regex = try Regex("(?:" + RegexSource.trieAlternation(words) + ")\\z", jit: false)
            for w in set { #expect(Self.fullMatch(regex, w), "\(w) in round \(round)") }
            for w in set {
                let scalars = Array(w.unicodeScalars)
                for k in 1..<max(1, scalars.count) {
                    let prefix = String(String.UnicodeScalarView(scalars[..<k]))
                    #expect(Self.fullMatch(regex, prefix) == set.contains(prefix), "\(prefix) in round \(round)")
                }
                let longer = w + "ق"
                #expect(!Self.fullMatch(regex, longer), "\(longer) in round \(round)")
            }
        }
    }

    @Test func longestAlternativeFirst() {
        #expect(RegexSource.trieAlternation(["الليبي", "الليبية"]) == "الليبي(?:ة)?")
        #expect(RegexSource.trieAlternation(["ab", "cde", "a.b"]) == "(?:a(?:\\.b|b)|cde)")
    }
}
