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

    /// The writer gives the text a plain recursive writer gives (a string
    /// per node, its alternatives ordered longest first, then by scalar):
    /// on random words and on every list the bundled rules define.
    @Test func sameTextAsAPlainRecursiveWriter() {
        func reference(_ words: [String]) -> String {
            let special = Set("\\^$.|?*+()[]{}".unicodeScalars)
            final class Node { var kids: [Unicode.Scalar: Node] = [:]; var terminal = false }
            let root = Node()
            for w in Set(words) where !w.isEmpty {
                var n = root
                for c in w.unicodeScalars { if let k = n.kids[c] { n = k } else { let k = Node(); n.kids[c] = k; n = k } }
                n.terminal = true
            }
            func emit(_ n: Node) -> (text: String, length: Int) {
                var alts: [(text: String, length: Int)] = []
                for c in n.kids.keys.sorted(by: { $0.value < $1.value }) {
                    let rest = emit(n.kids[c]!)
                    let escaped = special.contains(c)
                    alts.append(((escaped ? "\\" : "") + String(c) + rest.text, (escaped ? 2 : 1) + rest.length))
                }
                if alts.isEmpty { return ("", 0) }
                if alts.count == 1 && !n.terminal { return alts[0] }
                let ordered = alts.enumerated().sorted { x, y in
                    x.element.length != y.element.length ? x.element.length > y.element.length : x.offset < y.offset
                }.map(\.element)
                let text = "(?:" + ordered.map(\.text).joined(separator: "|") + (n.terminal ? ")?" : ")")
                return (text, ordered.reduce(3 + ordered.count - 1 + (n.terminal ? 2 : 1)) { $0 + $1.length })
            }
            return emit(root).text
        }
        var rng = SplitMix64(seed: 11)
        let alphabet = Array("ابتثجحخدالمنهوي ئؤءة\u{0654}.()|?*+[]{}\\^$".unicodeScalars)
        var lists: [[String]] = [[], [""], ["a"], ["a", "a"]]
        for _ in 0..<60 {
            lists.append((0..<Int.random(in: 1...80, using: &rng)).map { _ in
                String(String.UnicodeScalarView((0..<Int.random(in: 1...8, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }))
            })
        }
        let refs = RuleCompiler.termReferences(RuleExampleTests.loadFiles())
        #expect(refs.count > 10)
        lists += refs.keys.sorted().map { refs[$0]! }
        for words in lists {
            #expect(RegexSource.trieAlternation(words) == reference(words), "\(words.prefix(5))")
        }
    }
}
