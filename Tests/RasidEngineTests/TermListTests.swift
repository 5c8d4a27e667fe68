import Foundation
import PCRE2
import RasidModel
import Testing
import TestSupport
@testable import RasidEngine

/// A long `{{@LABEL}}` list is looked up through a PCRE2 callout instead of
/// being compiled into every pattern that names it; it must match exactly
/// what the alternation matches, and keep patterns far from PCRE2's size limit.
@Suite struct TermListTests {
    static func wholeMatch(_ regex: Regex, _ s: String, scratch: MatchScratch) -> Range<Int>? {
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBufferPointer { buf in
            regex.match(buf, from: 0, scratch: scratch) == .match ? scratch.range(ofGroup: 0) : nil
        }
    }

    /// `count` random words of `length` letters of `alphabet`.
    static func randomWords(_ count: ClosedRange<Int>, ofLength length: ClosedRange<Int>, from alphabet: [Unicode.Scalar],
                            using rng: inout SplitMix64) -> [String] {
        var words: [String] = []
        for _ in 0..<Int.random(in: count, using: &rng) {
            var w = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: length, using: &rng) { w.append(alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]) }
            words.append(String(w))
        }
        return words
    }

    /// A text of `pieces` random words or single letters, some followed by a space.
    static func randomSubject(_ pieces: ClosedRange<Int>, of words: [String], or alphabet: [Unicode.Scalar],
                              using rng: inout SplitMix64) -> String {
        var s = ""
        for _ in 0..<Int.random(in: pieces, using: &rng) {
            s += Bool.random(using: &rng) ? words[Int.random(in: 0..<words.count, using: &rng)]
                : String(alphabet[Int.random(in: 0..<alphabet.count, using: &rng)])
            if Bool.random(using: &rng) { s += " " }
        }
        return s
    }

    /// Random words with shared prefixes, inside random contexts that make
    /// the matcher give back a longer term for a shorter one: the looked-up
    /// list and the alternation find the same matches, JIT or not.
    @Test func lookedUpListMatchesWhatTheAlternationMatches() throws {
        var rng = SplitMix64(seed: 11)
        let alphabet = Array("ابتجدلمنهوية .()|?*+\\".unicodeScalars)
        let scratch = MatchScratch()
        for round in 0..<30 {
            var words = Self.randomWords(1...40, ofLength: 1...6, from: alphabet, using: &rng)
            words += words.prefix(10).map { $0 + "ة" } + words.prefix(5).map { $0 + " ال" }
            let lists = TermLists()
            let looked = try #require(lists.add(TermList(words)))
            let inline = RegexSource.trieAlternation(words)
            for context in ["(?:x)", " ق", "(?= ?ال)", "ة?(?![ا-ي])", "(?: ال\\p{L}+)?"] {
                for jit in [false, true] {
                    let a = try Regex("(?:" + inline + ")" + context, jit: jit)
                    let b = try Regex("(?:" + looked + ")" + context, jit: jit, termLists: lists)
                    for _ in 0..<40 {
                        let s = Self.randomSubject(1...4, of: words, or: alphabet, using: &rng)
                        #expect(Self.wholeMatch(a, s, scratch: scratch) == Self.wholeMatch(b, s, scratch: scratch),
                                "«\(s)» with \(context), round \(round), jit \(jit)")
                    }
                }
            }
        }
    }

    /// A list used again inside a repetition, so that PCRE2 backtracks into
    /// an earlier use's run after a later use ran its callouts: the end
    /// callout must read the run's own start (its group), not the last
    /// list start; and a callout number a rule author writes, which no list
    /// owns, lets matching go on.
    @Test func repeatedListUsesAndForeignCallouts() throws {
        var rng = SplitMix64(seed: 23)
        let alphabet = Array("ابتجدلمن ".unicodeScalars)
        let scratch = MatchScratch()
        for round in 0..<20 {
            let words = Self.randomWords(2...25, ofLength: 1...9, from: alphabet, using: &rng)
            let lists = TermLists()
            let looked = try #require(lists.add(TermList(words)))
            let inline = RegexSource.trieAlternation(words)
            for shape in ["(?:(?:L) ?)+ن", "(?:L)(?: (?:L)){0,3}ة?(?!ب)", "(?C200)(?:L)(?C77)(?:(?:L)|ج)+"] {
                for jit in [false, true] {
                    let a = try Regex(shape.replacingOccurrences(of: "L", with: inline), jit: jit)
                    let b = try Regex(shape.replacingOccurrences(of: "L", with: looked), jit: jit, termLists: lists)
                    for _ in 0..<40 {
                        let s = Self.randomSubject(1...5, of: words, or: alphabet, using: &rng)
                        #expect(Self.wholeMatch(a, s, scratch: scratch) == Self.wholeMatch(b, s, scratch: scratch),
                                "«\(s)» with \(shape), round \(round), jit \(jit)")
                    }
                }
            }
        }
    }

    @Test func endsOfTermsAtAPosition() {
        let list = TermList(["بلد", "بلد الوليد", "بلدة", "New York"])
        let text = Array("في بلد الوليد".utf8)
        #expect(list.ends(in: text, from: 5) == [11, 24])
        #expect(list.ends(in: text, from: 0) == [])
        #expect(list.longest == 10)
        #expect(list.buckets == [8...10, 3...4])
        let caseless = TermList(["New York"], caseless: true)
        #expect(caseless.ends(in: Array("NEW YORK".utf8), from: 0) == [8])
        #expect(list.ends(in: Array("NEW YORK".utf8), from: 0) == [])
    }

    /// The bundled rules give the same matches with their long lists looked
    /// up (the default), with every list looked up, and with the long lists
    /// compiled in save near PCRE2's limit.
    @Test func bundledRulesMatchTheSameWithListsLookedUp() throws {
        let files = RuleExampleTests.loadFiles()
        var usualCompiler = RuleCompiler()
        let usual = usualCompiler.compile(files)
        var all = RuleCompiler()
        all.externalListMinimum = 0
        let lookedUp = all.compile(files)
        var inlineCompiler = RuleCompiler()
        inlineCompiler.listLookup = .nearLimit
        let inline = inlineCompiler.compile(files)
        func patterns(_ set: CompiledRuleSet) -> [String] { set.groups.flatMap { $0.patterns.map { $0.regex.pattern } } }
        // Compiled in, looked up only where they would come near the limit:
        // some patterns, a small share of them (101 of 598 at round 39).
        // Looking up every long list was measured at rounds 33 and 39 as
        // dearer per MB; at round 48 (904 patterns, 40,237 terms) it was
        // cheaper everywhere: a one-document run 14.03 → 10.24 G instructions,
        // the first MB of the corpus 15.43 → 11.26 G, peak memory 243 → 230 MB
        // with two workers; so it became the default.
        let near = patterns(inline).filter { $0.contains("(?C1)(?|(?C2)") }.count
        #expect(near > 0 && near * 5 < patterns(inline).count, "\(near) of \(patterns(inline).count) patterns look their lists up")
        let usualCount = patterns(usual).filter { $0.contains("(?C") }.count
        #expect(usualCount > 2 * near, "\(usualCount) patterns look their long lists up, \(near) compiled near the limit")
        let every = patterns(lookedUp).filter { $0.contains("(?C") }.count
        #expect(every >= usualCount, "\(every) patterns look every list up")
        // Each pattern numbers its own callouts: looking every list up never
        // runs out of PCRE2's 255 numbers and leaves a pattern written out.
        for (name, set) in [("every list looked up", lookedUp), ("long lists looked up", usual), ("compiled in", inline)] {
            let biggest = set.groups.flatMap { $0.patterns.map { $0.regex.compiledSize } }.max() ?? 0
            #expect(biggest * 10 < Regex.compiledSizeLimit * 9, "\(name): a pattern compiles to \(biggest) bytes")
        }
        var texts: [String] = []
        for f in files { for r in f.rules { for e in r.examples { texts.append(e.text.replacingOccurrences(of: "[[", with: "").replacingOccurrences(of: "]]", with: "")) } } }
        texts.append(texts.joined(separator: " "))
        for t in texts {
            let expected = PrefilterTests.matches(usual, t)
            #expect(PrefilterTests.matches(inline, t) == expected, "compiled in: \(t.prefix(80))")
            #expect(PrefilterTests.matches(lookedUp, t) == expected, "every list looked up: \(t.prefix(80))")
        }
    }

    /// Distinct four-letter words, as many as make `pattern(words)`
    /// compile past 92% of PCRE2's limit (and under it).
    static func wordsNearTheLimit(_ pattern: ([String]) -> String) throws -> [String] {
        var words: [String] = []
        let letters = Array("بتثجحخدذرزسشصضطظعغفقكلمنهوي".unicodeScalars)
        var size = 0, n = 0
        while size * 100 < Regex.compiledSizeLimit * 92 {
            for _ in 0..<100 {
                var w = String.UnicodeScalarView()
                var k = n
                for _ in 0..<4 { w.append(letters[k % letters.count]); k /= letters.count }
                words.append(String(w))
                n += 1
            }
            size = try Regex(pattern(words), jit: false).compiledSize
        }
        #expect(size < Regex.compiledSizeLimit)
        return words
    }

    static func check(_ yaml: String) throws -> ([String], CompiledRuleSet) {
        var loader = RuleLoader()
        let parsed = loader.parse(yaml: yaml, path: "rules/big.yaml")
        let f = try #require(parsed)
        var c = RuleCompiler()
        let set = c.compile([f])
        return (c.diagnostics.map(\.description), set)
    }

    /// A pattern within a tenth of PCRE2's limit is reported where the rule
    /// is, with what to do about it.
    @Test func patternNearPCRE2sLimitIsWarnedAbout() throws {
        // An alternation written out in the definition: nothing to look up.
        let words = try Self.wordsNearTheLimit { "مجلس (?:" + $0.joined(separator: "|") + ")" }
        let yaml = "definitions:\n  WORDS: '(?:\(words.joined(separator: "|")))'\nrules:\n  - id: big\n    label: ORG\n    pattern: 'مجلس {{WORDS}}'\n"
        let (d, _) = try Self.check(yaml)
        #expect(d.count == 1)
        #expect(d.first?.hasPrefix("rules/big.yaml:6:15: warning: pattern of rule 'big' compiles to ") == true, "\(d)")
        #expect(d.first?.contains("use {{@LABEL}}, which is looked up rather than compiled in") == true)
    }

    /// The same words as a list: near the limit compiled in, so looked up,
    /// with no warning, and still matched.
    @Test func longListNearTheLimitIsLookedUp() throws {
        let words = try Self.wordsNearTheLimit { "مجلس (?:" + RegexSource.trieAlternation($0) + ")" }
        let yaml = "definitions:\n  WORDS: [\(words.joined(separator: ", "))]\nrules:\n  - id: big\n    label: ORG\n    pattern: 'مجلس {{WORDS}}'\n"
        let (d, set) = try Self.check(yaml)
        #expect(d == [])
        let regex = try #require(set.groups.first?.patterns.first?.regex)
        #expect(regex.pattern.contains("(?C1)"))
        #expect(regex.compiledSize * 10 < Regex.compiledSizeLimit)
        for w in [words[0], words[words.count / 2], words[words.count - 1]] {
            #expect(PrefilterTests.matches(set, "قال مجلس \(w) إن") == ["big/big 7..<\(16 + w.utf8.count)"])
        }
        #expect(PrefilterTests.matches(set, "قال مجلس الأمن إن") == [])
    }

    /// Many lists, each too short to be looked up on its own, whose pattern
    /// written out comes past 92% of PCRE2's limit (as `titles/head` came to
    /// 90%): the pattern's lists over `tightListMinimum` bytes are looked up
    /// instead, with no warning, and still matched.
    @Test func manyShortListsNearTheLimitAreLookedUp() throws {
        let chunk = 40
        func lists(_ words: [String]) -> [[String]] { stride(from: 0, to: words.count, by: chunk).map { Array(words[$0..<min($0 + chunk, words.count)]) } }
        let words = try Self.wordsNearTheLimit { words in
            "مجلس (?:" + lists(words).map { "(?:" + RegexSource.trieAlternation($0) + ")" }.joined(separator: "|") + ")"
        }
        let parts = lists(words)
        for part in parts.dropLast() {
            let size = RegexSource.trieAlternation(part).utf8.count
            #expect(size > RuleCompiler.tightListMinimum && size <= RuleCompiler().externalListMinimum, "a list of \(size) bytes")
        }
        var yaml = "definitions:\n"
        for (k, part) in parts.enumerated() { yaml += "  L\(k): [\(part.joined(separator: ", "))]\n" }
        yaml += "rules:\n  - id: big\n    label: ORG\n    pattern: 'مجلس (?:"
        yaml += parts.indices.map { "{{L\($0)}}" }.joined(separator: "|") + ")'\n"
        let (d, set) = try Self.check(yaml)
        #expect(d == [])
        let regex = try #require(set.groups.first?.patterns.first?.regex)
        #expect(regex.pattern.contains("(?C1)"))
        #expect(regex.compiledSize * 10 < Regex.compiledSizeLimit * 9, "\(regex.compiledSize) bytes")
        for w in [words[0], words[words.count / 2], words[words.count - 1]] {
            #expect(PrefilterTests.matches(set, "قال مجلس \(w) إن") == ["big/big 7..<\(16 + w.utf8.count)"])
        }
        #expect(PrefilterTests.matches(set, "قال مجلس الأمن إن") == [])
    }
}
