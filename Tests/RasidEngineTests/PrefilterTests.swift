import Foundation
import Testing
import PCRE2
import RasidModel
@testable import RasidEngine

/// Pattern rules tried only where a start literal occurs must find exactly
/// what a full scan finds.
struct PrefilterTests {
    static func matches(_ set: CompiledRuleSet, _ text: String) -> [String] {
        let scratch = MatchScratch()
        var problems: [DocumentProblem] = []
        var out: [String] = []
        for g in set.groups {
            let n = Normalizer(options: g.options).normalize(text)
            out += g.matches(in: n, rules: set.rules, scratch: scratch, problems: &problems)
                .map { "\(set.rules[$0.rule].fullID) \($0.bytes)" }
        }
        return out.sorted()
    }

    /// The rules of `yaml` (one file at `path`), compiled with start
    /// literals or without (every pattern run over the whole text).
    static func compile(_ yaml: String, path: String, prefilter: Bool) throws -> CompiledRuleSet {
        var loader = RuleLoader()
        let parsed = loader.parse(yaml: yaml, path: path)
        let file = try #require(parsed)
        var compiler = RuleCompiler()
        compiler.prefilter = prefilter
        let set = compiler.compile([file])
        #expect(compiler.diagnostics.isEmpty, "\(compiler.diagnostics)")
        return set
    }

    @Test func prefilteredPatternsFindWhatAFullScanFinds() throws {
        let files = RuleExampleTests.loadFiles()
        var on = RuleCompiler()
        let fast = on.compile(files)
        var offCompiler = RuleCompiler()
        offCompiler.prefilter = false
        let slow = offCompiler.compile(files)
        #expect(fast.prefilteredPatternCount > fast.patternCount / 2,
                "only \(fast.prefilteredPatternCount) of \(fast.patternCount) patterns have start literals")
        #expect(slow.prefilteredPatternCount == 0)

        var texts: [String] = []
        let seeds = URL(fileURLWithPath: RuleExampleTests.rulesDir).deletingLastPathComponent().appendingPathComponent("seeds")
        for f in try FileManager.default.contentsOfDirectory(atPath: seeds.path) where f.hasSuffix(".txt") {
            texts.append(try String(contentsOf: seeds.appendingPathComponent(f), encoding: .utf8))
        }
        for f in files { for r in f.rules { for e in r.examples { texts.append(e.text.replacingOccurrences(of: "[[", with: "").replacingOccurrences(of: "]]", with: "")) } } }
        #expect(texts.count > 1000)
        // All example sentences as one document, too: matches next to each other.
        texts.append(texts.joined(separator: " "))
        for t in texts {
            #expect(Self.matches(fast, t) == Self.matches(slow, t), "\(t.prefix(80))")
        }
    }

    /// Runs of plain characters appended at once give exactly the literals
    /// that appending one character at a time gives.
    @Test func runsOfCharactersGiveTheSameLiterals() {
        var compiler = RuleCompiler()
        compiler.prefilter = false
        let set = compiler.compile(RuleExampleTests.loadFiles())
        var patterns = set.groups.flatMap { $0.patterns.map(\.regex.pattern) }
        patterns += ["الفريق اول|الفريق|فريق", "ab?cd", "(?:قائد|رئيس) (?:الجيش|الاركان) العامه", "x{2}يy", "ميناء|مرفا", "abcdefghijklmnopq|ab",
                     "(?:قمة|لقاء)(?: [^\\s]+){0,2}? بين"]
        #expect(patterns.count > 90)
        for p in patterns {
            #expect(PatternPrefix.literals(of: p, runs: true) == PatternPrefix.literals(of: p, runs: false), "\(p.prefix(100))")
        }
    }

    /// Big groups looked up in the memo (shared by every pattern of a
    /// compile) give exactly the literals that parsing them again gives,
    /// with the patterns analysed in any order; and the memo is used.
    @Test func memoizedGroupsGiveTheSameLiterals() {
        var compiler = RuleCompiler()
        compiler.prefilter = false
        let set = compiler.compile(RuleExampleTests.loadFiles())
        var patterns = set.groups.flatMap { $0.patterns.map(\.regex.pattern) }
        let big = "(?:" + (0..<300).map { "كلمة\($0)" }.joined(separator: "|") + ")"
        patterns += ["\(big) [وب]", "x\(big)?", "(?!\(big))ab", "\(big)[[:alpha:]]", "[\(big)]+ق", "\(big)(?:قال|ذكر)"]
        let memo = PatternPrefix.GroupMemo()
        for p in patterns + patterns.reversed() {
            #expect(PatternPrefix.literals(of: p, memo: memo) == PatternPrefix.literals(of: p), "\(p.prefix(100))")
        }
        #expect(memo.count > 3)
    }

    /// The group ends found in one scan of a pattern are those the scan
    /// from each group's opening finds, and the scalars decoded from the
    /// UTF-8 are the string's own: on every bundled pattern and on odd ones.
    @Test func groupEndsInOneScanAreThoseOfEachGroup() {
        var compiler = RuleCompiler()
        compiler.prefilter = false
        let set = compiler.compile(RuleExampleTests.loadFiles())
        var patterns = set.groups.flatMap { $0.patterns.map(\.regex.pattern) }
        patterns += ["a(b(c)d", "(a\\Kb)(c)", "(?#x(y)z)(a)", "[(]x(a|b)", "(?i)(ab)", "((a)[[:alpha:]](b))", "(\\Q(\\E)(x)",
                     "(a)(*FAIL)(b)", "(?P<n>x)(?P=n)(y)", "(وزارة (?:الخارجية|الدفاع))\\)(ق)", "((x)", "(x))(y)", "([\\]()])(z)", "😀(ا)"]
        #expect(patterns.count > 90)
        var checked = 0
        for p in patterns {
            let scalars = PatternPrefix.scalars(of: p)
            #expect(scalars == Array(p.unicodeScalars), "\(p.prefix(100))")
            let ends = PatternPrefix.Parser.groupEnds(scalars)
            for k in scalars.indices where scalars[k] == "(" && ends[k] != -2 {
                let scanned = PatternPrefix.Parser.groupEnd(scalars, at: k)
                #expect(ends[k] == -1 ? scanned == nil : scanned == Int(ends[k]), "\(p.prefix(100)) at \(k)")
                checked += 1
            }
        }
        #expect(checked > 1000)
    }

    /// A caseless pattern is prefiltered unless a literal holds a cased
    /// letter the automaton does not fold (É); uncased punctuation such as
    /// an en dash or a guillemet needs no folding.
    @Test func caselessLiteralsWithUncasedPunctuation() {
        #expect(PatternPrefix.literals(of: "الاول ?(?:-|–) ?الثاني", caseless: true) != nil)
        #expect(PatternPrefix.literals(of: "«بيان»", caseless: true) == ["«بيان»"])
        #expect(PatternPrefix.literals(of: "Élysée", caseless: true) == nil)
        #expect(PatternPrefix.literals(of: "Élysée", caseless: false) != nil)
    }

    @Test func startLiteralsOfPatterns() {
        func lits(_ p: String) -> [String]? { PatternPrefix.literals(of: p) }
        #expect(lits("(?:ميناء|مرفا) \\p{L}+") == ["مرفا ", "ميناء "])
        #expect(lits("(?<!ك|ف)سرت(?! في)") == ["سرت"])
        #expect(lits("[وب]?ل") == ["bل", "ل", "ول"].map { $0.replacingOccurrences(of: "b", with: "ب") }.sorted())
        #expect(lits("\\p{L}{3,}") == nil)
        #expect(lits("(?i)abc") == nil)
        #expect(lits("ab\\Kc") == nil)
        #expect(lits("a?") == nil)
        #expect(lits("ab+c") == ["ab"])
        #expect(lits("x{2}y") == ["x"])
        #expect(lits("(?<span>a|b)c") == ["ac", "bc"])
        #expect(lits("a{,3}") == nil)  // {0,3} since PCRE2 10.43
        // A subroutine call (?&name) is followed as an unknown atom: the
        // literals before it still start the pattern.
        #expect(lits("وزارة (?&n)(?<n>x|y)?") == ["وزارة "])
        #expect(lits("(?&n)x(?<n>ab)") == nil)
    }
}
