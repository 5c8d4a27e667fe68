import Foundation
import Testing
@testable import RasidEngine

/// Every example of every rule in rules/ is a test case: adding an example adds a test.
struct RuleExampleTests {
    static let rulesDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("rules").path

    static func loadFiles() -> [RuleFile] {
        var loader = RuleLoader()
        let paths = (try? RuleLoader.ruleFiles(in: rulesDir)) ?? []
        return paths.compactMap { loader.load(path: $0, displayPath: "rules/" + ($0 as NSString).lastPathComponent) }
    }

    static let outcomes: [RuleExampleRunner.Outcome] = RuleExampleRunner().run(
        loadFiles(), threads: ProcessInfo.processInfo.activeProcessorCount)
    static let cases: [String] = outcomes.map { "\($0.example.location) \($0.rule)" }

    @Test func bundledRulesCompileWithoutErrors() {
        let (set, diags) = RuleCompiler.load(directory: Self.rulesDir, displayDirectory: "rules")
        let errors = diags.filter { $0.severity == .error }.map(\.description)
        #expect(errors == [])
        #expect((set?.rules.count ?? 0) > 100)
    }

    @Test func everyRuleHasExamples() {
        let missing = Self.loadFiles().flatMap(\.rules).filter { !$0.examples.contains { $0.shouldMatch } }.map(\.fullID)
        #expect(missing == [])
    }

    @Test(arguments: cases)
    func example(_ name: String) {
        let o = Self.outcomes.first { "\($0.example.location) \($0.rule)" == name }!
        #expect(o.failure == nil, "\(o.failure ?? "")")
    }
}
