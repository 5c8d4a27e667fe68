import PCRE2
import RasidModel
import Testing
@testable import RasidEngine

/// A pattern that begins with a whole word list takes the list's words as
/// its start literals and is tried only where one is followed by what the
/// rest of the pattern begins with; it finds what a full scan finds.
struct HeadListTests {
    static let yaml = """
        definitions:
          TOWNS: [درنة, طبرق, المرج, أجدابيا]
        rules:
          - id: bodies
            label: ORG
            terms: [هيئة الصحة العامة, هيئة الصحة, وزارة الصحة]
          - id: short-name
            label: ORG
            pattern: '{{@ORG}} ?["“](?<span>\\p{L}{2,8})["”]'
          - id: town-pair
            label: LOCATION
            pattern: '{{TOWNS}} و(?<span>\\p{L}+)'
          - id: maybe-body
            label: ORG
            pattern: '{{@ORG}}?(?: العامة)? للدواء'
          - id: body-or-word
            label: ORG
            pattern: '{{@ORG}} x|هيئة'

        """

    static func compile(prefilter: Bool) throws -> CompiledRuleSet {
        try PrefilterTests.compile(yaml, path: "rules/head.yaml", prefilter: prefilter)
    }

    /// Candidate starts (attempts) and matches of each pattern rule over `text`.
    static func profile(_ set: CompiledRuleSet, _ text: String) -> [String: (attempts: Int?, matches: Int)] {
        let profile = RuleProfile(), scratch = MatchScratch()
        var problems: [DocumentProblem] = []
        for g in set.groups {
            _ = g.matches(in: Normalizer(options: g.options).normalize(text), rules: set.rules, scratch: scratch,
                          problems: &problems, profile: profile)
        }
        var out: [String: (Int?, Int)] = [:]
        for e in profile.entries.rules { out[e.rule ?? ""] = (e.attempts, e.matches) }
        return out
    }

    @Test func theWordsOfAHeadListAreStartLiteralsWithWhatMustFollowThem() throws {
        let set = try Self.compile(prefilter: true)
        let patterns = try #require(set.groups.first?.patterns)
        let follow = Dictionary(uniqueKeysWithValues: patterns.map {
            (set.rules[Int($0.rule)].fullID, $0.follow.map { Set($0.map { String(decoding: $0, as: UTF8.self) }) })
        })
        #expect(follow["head/short-name"] == .some(["\"", "“", " \"", " “"]))
        #expect(follow["head/town-pair"] == .some([" و"]))
        // A quantified list, and a list in one alternative of the pattern: no head list.
        #expect(follow["head/maybe-body"] == .some(nil))
        #expect(follow["head/body-or-word"] == .some(nil))
    }

    @Test func triedOnlyWhereAWordIsFollowedByWhatTheRestBeginsWith() throws {
        let text = "قالت وزارة الصحة إن هيئة الصحة العامة \"وقاية\" ستعمل مع وزارة الصحة، وإن هيئة الصحة “صحة” "
            + "وهيئة الصحة \" تفويض \" في درنة وطبرق وفي المرج، والمرج والبيضاء."
        let fast = try Self.compile(prefilter: true), slow = try Self.compile(prefilter: false)
        #expect(PrefilterTests.matches(fast, text) == PrefilterTests.matches(slow, text))
        let found = PrefilterTests.matches(fast, text)
        #expect(found.filter { $0.hasPrefix("head/short-name ") }.count == 2, "\(found)")
        #expect(found.filter { $0.hasPrefix("head/town-pair ") }.count == 2, "\(found)")

        let p = Self.profile(fast, text)
        // Five bodies in the text (four heads of the list's words, since
        // «هيئة الصحة العامة» holds «هيئة الصحة» too): tried only at the two
        // followed by a quote, and at «هيئة الصحة \" تفويض» (a quote, then a
        // space the pattern turns away).
        #expect(p["head/short-name"]?.attempts == 3, "\(String(describing: p["head/short-name"]))")
        #expect(p["head/short-name"]?.matches == 2)
        // «درنة وطبرق», «طبرق وفي», «المرج،» and «المرج والبيضاء»: three of
        // the four towns are followed by « و» (the match at درنة takes in طبرق).
        #expect(p["head/town-pair"]?.attempts == 3)
        #expect(p["head/town-pair"]?.matches == 2)
    }

    /// The words are normalized as the text is: a word written with hamza
    /// finds the text written without it, a text with a diacritic finds the word.
    @Test func wordsAreNormalizedAsTheText() throws {
        let fast = try Self.compile(prefilter: true), slow = try Self.compile(prefilter: false)
        for text in ["إن هيْئة الصحة العامة \"وقاية\" قالت", "في اجدابيا وطبرق"] {
            #expect(PrefilterTests.matches(fast, text) == PrefilterTests.matches(slow, text), "\(text)")
            #expect(!PrefilterTests.matches(fast, text).isEmpty, "\(text)")
        }
    }
}
