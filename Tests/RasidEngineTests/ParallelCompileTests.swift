import Foundation
import Testing
@testable import RasidEngine

/// Patterns compiled on several threads give the set and the diagnostics
/// that one thread gives, in the same order.
struct ParallelCompileTests {
    static func compile(_ files: [RuleFile], threads: Int) -> (CompiledRuleSet, [String]) {
        var c = RuleCompiler()
        c.threads = threads
        let set = c.compile(files)
        return (set, c.diagnostics.map(\.description))
    }

    @Test func bundledRulesCompileTheSameOnFourThreads() throws {
        let files = RuleExampleTests.loadFiles()
        let (one, d1) = Self.compile(files, threads: 1)
        let (four, d4) = Self.compile(files, threads: 4)
        #expect(d1 == d4)
        #expect(one.rules.map(\.fullID) == four.rules.map(\.fullID))
        #expect(one.patternCount == four.patternCount && one.patternCount > 100)
        #expect(one.prefilteredPatternCount == four.prefilteredPatternCount)
        for (a, b) in zip(one.groups, four.groups) {
            #expect(a.patterns.map(\.regex.pattern) == b.patterns.map(\.regex.pattern))
            #expect(a.patterns.map(\.prefiltered) == b.patterns.map(\.prefiltered))
        }
        let seeds = URL(fileURLWithPath: RuleExampleTests.rulesDir).deletingLastPathComponent().appendingPathComponent("seeds")
        var texts = 0
        for f in try FileManager.default.contentsOfDirectory(atPath: seeds.path) where f.hasSuffix(".txt") {
            let t = try String(contentsOf: seeds.appendingPathComponent(f), encoding: .utf8)
            #expect(PrefilterTests.matches(one, t) == PrefilterTests.matches(four, t))
            texts += 1
        }
        #expect(texts == 5)
    }

    /// Errors and warnings found while expanding (an unknown definition, a
    /// reference to no terms), while compiling (PCRE2) and while linting
    /// come out in the order one thread reports them.
    @Test func diagnosticsKeepTheirOrderOnFourThreads() throws {
        let yaml = """
            definitions:
              UNUSED: 'x'
              GOOD: '(?:قائد|رئيس)'
            rules:
              - {id: a, label: TITLE, pattern: '{{GOOD}} الجيش'}
              - {id: b, label: TITLE, pattern: '{{MISSING}} الجيش'}
              - {id: c, label: TITLE, pattern: 'وزير (?:الدفاع'}
              - {id: d, label: TITLE, terms: [وزير, وزير]}
              - {id: e, label: TITLE, pattern: '(?:ب)?'}
              - {id: f, label: TITLE, pattern: '{{@NOPE}} قائد'}
              - {id: g, label: ORG, pattern: '(?:a+)+ الجيش'}
              - {id: h, label: TITLE, pattern: '\\p{L}+ العام'}
            """
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rasid-parallel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try yaml.write(to: dir.appendingPathComponent("t.yaml"), atomically: true, encoding: .utf8)
        let (files, loadDiags) = RuleLoader.loadFolder(dir.path)
        #expect(loadDiags.isEmpty, "\(loadDiags)")
        let (one, d1) = Self.compile(try #require(files), threads: 1)
        let (four, d4) = Self.compile(try #require(files), threads: 4)
        #expect(d1.count >= 7, "\(d1.joined(separator: "\n"))")
        #expect(d1 == d4)
        #expect(one.rules.map(\.fullID) == four.rules.map(\.fullID))
    }

    /// Rules' examples run on four threads: the same outcomes, failures
    /// included, in the same order.
    @Test func examplesGiveTheSameOutcomesOnFourThreads() throws {
        var yaml = "rules:\n"
        for k in 0..<12 {
            // Even rules pass their examples; odd ones fail one of each kind.
            let (hit, miss) = k % 2 == 0 ? ("قائد الجيش", "الجيش وحده") : ("الجيش وحده", "قائد الجيش")
            yaml += """
                  - id: r\(k)
                    label: TITLE
                    pattern: '(?:قائد|رئيس) الجيش'
                    examples:
                      match: ['\(hit) \(k)']
                      no_match: ['\(miss) \(k)']

                """
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rasid-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try yaml.write(to: dir.appendingPathComponent("t.yaml"), atomically: true, encoding: .utf8)
        let files = try #require(RuleLoader.loadFolder(dir.path).files)
        func outcomes(_ threads: Int) -> [String] {
            RuleExampleRunner().run(files, threads: threads).map { "\($0.rule) \($0.example.location) \($0.failure ?? "ok")" }
        }
        let one = outcomes(1)
        #expect(one.count == 24 && one.filter { $0.hasSuffix(" ok") }.count == 12, "\(one)")
        #expect(outcomes(4) == one)
    }
}
