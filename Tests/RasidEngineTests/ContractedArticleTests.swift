import Testing
@testable import RasidEngine

/// A pattern that begins with the article ال also matches its لل-contracted
/// form after the preposition ل, also when lookbehinds come before the
/// article; they are then checked before the preposition.
struct ContractedArticleTests {
    static let yaml = """
        rules:
          - id: court
            label: ORG
            pattern: '(?<!رئيس )المحكمة الادارية'
          - id: state
            label: ORG
            pattern: '(?<=تنظيم )الدولة'
          - id: brigade
            label: RANK
            pattern: '(?<!قائد )اللواء'

        """

    static func compile(prefilter: Bool) throws -> CompiledRuleSet {
        try PrefilterTests.compile(yaml, path: "rules/contracted.yaml", prefilter: prefilter)
    }

    @Test func articleAfterLookbehindsIsReadContractedToo() throws {
        #expect(RegexSource.articleStart("(?<!رئيس )(?<=\\) |\\s)المحكمة")?.lookbehinds == "(?<!رئيس )(?<=\\) |\\s)")
        #expect(RegexSource.articleStart("المحكمة")?.lookbehinds == "")
        #expect(RegexSource.articleStart("(?<!رئيس )محكمة") == nil)
        #expect(RegexSource.articleStart("(?<!رئيس )المحكمة|الادارة") == nil)

        let fast = try Self.compile(prefilter: true), slow = try Self.compile(prefilter: false)
        let text = "أحال القضية للمحكمة الإدارية ثم قال رئيس المحكمة الإدارية ورئيس للمحكمة الإدارية إن "
            + "عناصر تنظيم الدولة وتنظيم للدولة والدولة، وقائد اللواء وقائد للواء وللواء الركن"
        #expect(PrefilterTests.matches(fast, text) == PrefilterTests.matches(slow, text))
        let found = PrefilterTests.matches(fast, text)
        // للمحكمة (the span after the preposition's ل), not after رئيس in
        // either form; after تنظيم in both forms; اللواء only in «وللواء».
        #expect(found.filter { $0.hasPrefix("contracted/court ") }.count == 1, "\(found)")
        #expect(found.filter { $0.hasPrefix("contracted/state ") }.count == 2, "\(found)")
        #expect(found.filter { $0.hasPrefix("contracted/brigade ") }.count == 1, "\(found)")
        let court = try #require(found.first { $0.hasPrefix("contracted/court ") })
        let lam = Array("أحال القضية ل".utf8).count
        #expect(court.hasSuffix(" \(lam)..<\(lam + Array("لمحكمة الإدارية".utf8).count)"), "\(court)")
    }
}
