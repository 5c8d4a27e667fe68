import Foundation
import Testing

/// `rasid check` on Tests/Fixtures/broken-rules, which holds one of every
/// mistake the issue lists: each is reported at its line and column, all at once.
struct CheckTests {
    static let fixture = "Tests/Fixtures/broken-rules"

    @Test func everyProblemAtItsPosition() throws {
        let r = try CLI.run(["check", Self.fixture])
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let f = Self.fixture
        let expected = [
            // schema: missing label, unknown key, wrong type, duplicate id across files
            "\(f)/army.yaml:6:5: error: rule 'no-label' has no `label`",
            "\(f)/army.yaml:10:5: error: unknown key 'lable' in rule (did you mean 'label'?)",
            "\(f)/army.yaml:14:15: error: `priority` must be a whole number",
            "\(f)/army.yml:2:9: error: duplicate rule id 'army/typo' (also in \(f)/army.yaml)",
            // the rule without a label is still compiled: its PCRE2 error shows too, inside the pattern
            "\(f)/army.yaml:7:28: error: PCRE2: missing closing parenthesis (at offset 13 in the pattern)",
            // lint
            "\(f)/army.yaml:4:11: warning: definition 'UNUSED' is never used",
            "\(f)/army.yaml:15:29: warning: term 'اللواء' is listed twice in rule 'wrong-type'",
            "\(f)/army.yaml:18:15: warning: pattern of rule 'empty-match' can match the empty string",
            "\(f)/army.yaml:21:15: warning: pattern of rule 'nested' nests quantifiers",
            "\(f)/places.yaml:4:13: warning: term 'مصر' is also in rule 'army/a-country' (\(f)/army.yaml:32) under label COUNTRY",
            "\(f)/army.yaml:35:13: warning: term 'تونس' is listed twice: also in rule 'army/a-country' (\(f)/army.yaml:32), same label COUNTRY",
            // examples: which rule, which example (position and text), what matched instead
            "\(f)/army.yaml:27:11: error: example of rule 'army/failing-examples' should match but the rule found nothing in: زار تونس أمس",
            "\(f)/army.yaml:28:11: error: example of rule 'army/failing-examples' expects ' ليبيا' at 8..14 but the rule matched 'ليبيا' at 9..14 in: وصل إلى  ليبيا أمس",
            "\(f)/army.yaml:29:18: error: example of rule 'army/failing-examples' should not match but the rule matched 'ليبيا' at 7..12 in: عاد من ليبيا",
        ]
        for e in expected {
            #expect(lines.contains { $0.hasPrefix(e) }, "missing: \(e)\n--- got:\n\(r.stdout)")
        }
        // Nothing else: every line is one of the expected ones, plus the summary.
        #expect(lines.count == expected.count + 1, "\(r.stdout)")
        #expect(lines.last == "3 files, 8 rules (11 terms, 2 patterns), 3 examples: 8 errors, 6 warnings")
    }

    @Test func jsonIsWellFormedAndComplete() throws {
        let r = try CLI.run(["check", Self.fixture, "--format", "json"])
        #expect(r.status == 1)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let diags = try #require(obj["diagnostics"] as? [[String: Any]])
        #expect(obj["errors"] as? Int == 8)
        #expect(obj["warnings"] as? Int == 6)
        #expect(diags.count == 14)
        #expect(obj["rules"] as? Int == 8)
        #expect(obj["examples"] as? Int == 3)
        let pcre = try #require(diags.first { ($0["message"] as? String)?.hasPrefix("PCRE2:") == true })
        #expect(pcre["file"] as? String == "\(Self.fixture)/army.yaml")
        #expect(pcre["line"] as? Int == 7)
        #expect(pcre["column"] as? Int == 28)
        #expect(pcre["severity"] as? String == "error")
        #expect(pcre["rule"] as? String == "army/no-label")
        #expect(diags.allSatisfy { ["error", "warning"].contains($0["severity"] as? String ?? "") })
    }

    @Test func cleanRulesExitZeroAndWarningsAreNotErrors() throws {
        let dir = try CLI.tempDir()
        try "rules:\n  - id: a\n    label: DATE\n    pattern: \"[0-9]*\"\n    examples:\n      match: [\"[[2024]]\"]\n"
            .write(to: dir.appendingPathComponent("d.yaml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", dir.path])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("warning: pattern of rule 'a' can match the empty string"))
        #expect(r.stdout.hasSuffix("1 example: 0 errors, 1 warning\n"))
        let bundled = try CLI.run(["check", "rules"])
        #expect(bundled.status == 0, "\(bundled.stdout)")
    }

    @Test func missingFolderIsOneError() throws {
        let r = try CLI.run(["check", "no-such-rules"])
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("no-such-rules:1:1: error: no such folder"))
    }
}
