import Foundation
import Testing
@testable import RasidEngine

/// Every mistake a rule author can make is reported as FILE:LINE:COLUMN.
struct RuleFileErrorTests {
    func diagnostics(_ yaml: String) -> [String] {
        var loader = RuleLoader()
        let f = loader.parse(yaml: yaml, path: "rules/bad.yaml")
        var c = RuleCompiler()
        if let f { _ = c.compile([f]) }
        return (loader.diagnostics + c.diagnostics).map(\.description)
    }

    @Test func yamlSyntax() {
        let d = diagnostics("rules:\n  - id: a\n    label: [RANK\n")
        #expect(d.count == 1)
        #expect(d[0].hasPrefix("rules/bad.yaml:4:1: error: YAML syntax:"))
    }

    @Test func unknownKeyWithSuggestion() {
        let d = diagnostics("rules:\n  - id: a\n    lable: RANK\n    terms: [x]\n")
        #expect(d.contains("rules/bad.yaml:3:5: error: unknown key 'lable' in rule (did you mean 'label'?); allowed: id, label, terms, pattern, gazetteer, norm, attrs, priority, case_insensitive, bare_alef, written_marks, description, examples"))
    }

    @Test func bareAlefNeedsBareTerms() {
        let d = diagnostics("rules:\n  - id: a\n    label: LOCATION\n    bare_alef: true\n    terms: [فاس, أسوان]\n  - id: b\n    label: LOCATION\n    bare_alef: true\n    pattern: فاس\n")
        #expect(d.contains("rules/bad.yaml:5:18: error: term 'أسوان' of a `bare_alef` rule writes an alef with hamza or madda: write it bare (ا) or move it to another rule"))
        #expect(d.contains("rules/bad.yaml:8:16: error: `bare_alef` needs `terms:` or `gazetteer:` (a pattern cannot say which alefs are bare)"))
        #expect(d.count == 2)
    }

    @Test func writtenMarksNeedMarkedTerms() {
        let d = diagnostics("rules:\n  - id: a\n    label: LOCATION\n    written_marks: true\n    terms: [عمّان, إربد]\n  - id: b\n    label: LOCATION\n    written_marks: true\n    pattern: عمان\n")
        #expect(d.contains("rules/bad.yaml:5:20: error: term 'إربد' of a `written_marks` rule writes no diacritic: move it to another rule"))
        #expect(d.contains("rules/bad.yaml:8:20: error: `written_marks` needs `terms:` or `gazetteer:` (a pattern cannot say which marks a match must write)"))
        #expect(d.count == 2)
    }

    @Test func missingLabel() {
        let d = diagnostics("rules:\n  - id: a\n    terms: [x]\n")
        #expect(d == ["rules/bad.yaml:2:5: error: rule 'a' has no `label`: add `label: RANK` (or set `defaults: {label: …}`)"])
    }

    @Test func unknownLabel() {
        let d = diagnostics("rules:\n  - id: a\n    label: RANKK\n    terms: [x]\n")
        #expect(d.first?.hasPrefix("rules/bad.yaml:3:12: error: unknown label 'RANKK' (did you mean 'RANK'?)") == true)
    }

    @Test func duplicateID() {
        let d = diagnostics("rules:\n  - id: a\n    label: RANK\n    terms: [x]\n  - id: a\n    label: RANK\n    terms: [y]\n")
        #expect(d == ["rules/bad.yaml:5:9: error: duplicate rule id 'a' (first defined at 2:9): give each rule its own id"])
    }

    @Test func pcre2ErrorPointsIntoThePattern() {
        let d = diagnostics("rules:\n  - id: a\n    label: RANK\n    pattern: \"الفريق(?: أول\"\n")
        #expect(d.count == 1)
        #expect(d[0].hasPrefix("rules/bad.yaml:4:28: error: PCRE2: missing closing parenthesis (at offset 13 in the pattern)"))
    }

    @Test func pcre2ErrorAfterDefinition() {
        let d = diagnostics("definitions:\n  X: \"ا|ب\"\nrules:\n  - id: a\n    label: RANK\n    pattern: '{{X}}[ق'\n")
        #expect(d.count == 1)
        #expect(d[0].hasPrefix("rules/bad.yaml:6:22: error: PCRE2: missing terminating ] for character class"))
    }

    @Test func calloutsAreTheEnginesOwn() {
        let d = diagnostics("rules:\n  - id: a\n    label: RANK\n    pattern: \"عقيد(?C3) ركن\"\n")
        #expect(d == ["rules/bad.yaml:4:19: error: pattern of rule 'a' has a callout (?C…): callouts are the engine's own (it looks long lists up through them); remove it"])
    }

    @Test func unknownDefinition() {
        let d = diagnostics("definitions:\n  RANKS: \"x\"\nrules:\n  - id: a\n    label: RANK\n    pattern: \"{{RANK}}\"\n")
        #expect(d.contains("rules/bad.yaml:6:15: error: unknown definition '{{RANK}}' (did you mean 'RANKS'?): add it under `definitions:` in rules/bad.yaml"))
    }

    @Test func allErrorsAreListed() {
        let d = diagnostics("rules:\n  - id: a\n    terms: [x]\n  - id: b\n    label: NOPE\n    terms: [y]\n  - id: c\n    label: RANK\n    pattern: \"(\"\n")
        #expect(d.count == 3)
    }

    @Test func missingGazetteer() {
        let d = diagnostics("rules:\n  - id: a\n    label: LOCATION\n    gazetteer: lexicons/none.txt\n")
        #expect(d == ["rules/bad.yaml:4:16: error: gazetteer file 'lexicons/none.txt' not found (paths are relative to the rule file)"])
    }

    @Test func lintWarnings() {
        let d = diagnostics("definitions:\n  UNUSED: x\nrules:\n  - id: a\n    label: RANK\n    pattern: \"(?:ب+)+ا?\"\n")
        #expect(d.contains { $0.contains("warning: pattern of rule 'a' nests quantifiers") })
        #expect(d.contains("rules/bad.yaml:2:11: warning: definition 'UNUSED' is never used"))
    }

    /// `{{@LABEL/form}}` inside a definition is expanded as in a pattern
    /// (it had been left as literal text: the rule compiled and matched nothing).
    @Test func termReferenceInsideADefinition() {
        var loader = RuleLoader()
        let text = """
            definitions:
              FORCES: '(?:الجيش|القوات) {{@COUNTRY/nisba}}'
              BAD: 'قوات {{@NOPE}}'
            rules:
              - id: nisba
                label: COUNTRY
                attrs: {form: nisba}
                terms: [الليبي, المصرية]
              - id: forces
                label: ORG
                pattern: '{{FORCES}}'
                examples:
                  match: ["قال [[الجيش الليبي]] إن", "و[[القوات المصرية]] هناك"]
                  no_match: ["الجيش الوطني"]
              - id: wrong
                label: ORG
                pattern: '{{BAD}}'

            """
        guard let f = loader.parse(yaml: text, path: "rules/defs.yaml") else { Issue.record("\(loader.diagnostics)"); return }
        var c = RuleCompiler()
        _ = c.compile([f])
        let d = (loader.diagnostics + c.diagnostics).map(\.description)
        #expect(d == ["rules/defs.yaml:3:8: error: {{@NOPE}} in definition 'BAD' names no terms: use {{@LABEL}} or {{@LABEL/form}} of a label whose rules have terms (e.g. {{@COUNTRY/nisba}})"], "\(d)")
        let failures = RuleExampleRunner().run([f]).compactMap(\.failure)
        #expect(failures.isEmpty, "\(failures)")
    }

    /// Patterns with term lists are checked through a skeleton (each list as
    /// one letter): the author's mistakes next to a list, a list that cannot
    /// stand where it is, and a pattern that can match nothing are reported
    /// as when the whole pattern was compiled twice.
    @Test func patternsWithTermListsAreCheckedLikeAnyOther() {
        let head = "rules:\n  - id: n\n    label: COUNTRY\n    terms: [الليبي, المصرية]\n"
        func rule(_ pattern: String) -> String { head + "  - id: p\n    label: ORG\n    pattern: '\(pattern)'\n" }
        // A syntax error after a list: PCRE2's message, at the author's column.
        var d = diagnostics(rule("قوات {{@COUNTRY}}[ق"))
        #expect(d.count == 1 && d[0].hasPrefix("rules/bad.yaml:7:34: error: PCRE2: missing terminating ] for character class"), "\(d)")
        // Terms of different lengths in a lookbehind: fine as a skeleton, refused whole.
        d = diagnostics(rule("(?<=(?:{{@COUNTRY}}) )قوات"))
        #expect(d.count == 1 && d[0].hasPrefix("rules/bad.yaml:7:15: error: PCRE2: lookbehind assertion is not fixed length"), "\(d)")
        // Only optional lists: can match the empty string.
        d = diagnostics(rule("(?:{{@COUNTRY}})?"))
        #expect(d.contains { $0.contains("warning: pattern of rule 'p' can match the empty string") }, "\(d)")
        // Required lists: no warning, the rule compiles.
        d = diagnostics(rule("قوات {{@COUNTRY}}"))
        #expect(d.isEmpty, "\(d)")
    }

    /// A pattern that can start anywhere is run over every document's whole
    /// text: the check says so, and how to give it a start.
    @Test func patternWithoutStartLiteralIsWarned() {
        let d = diagnostics("rules:\n  - id: a\n    label: LOCATION\n    pattern: \"(?<![^\\\\n])[ \\\\t]*(?<span>عمان)\"\n  - id: b\n    label: LOCATION\n    pattern: \"(?<=^|\\\\n)(?<span>عمان)\"\n")
        #expect(d.contains { $0.hasPrefix("rules/bad.yaml:4:15: warning: pattern of rule 'a' does not begin with a literal") }, "\(d)")
        #expect(!d.contains { $0.contains("rule 'b' does not begin") }, "\(d)")
    }

    /// Duplicate and empty terms are reported in the order a compiler
    /// reading the rules one by one meets them, between the other messages.
    /// (`ABC` of a case-insensitive rule is not `abc`: terms are compared
    /// as written, after normalization.)
    @Test func termMessagesKeepTheirPlace() {
        let d = diagnostics("""
            definitions:
              UNUSED: x
            rules:
              - id: a
                label: LOCATION
                terms: [ليبيا, سرت, ليبيا, "ـ"]
              - id: b
                label: RANK
                pattern: "(?:ب+)+ا?"
              - id: c
                label: ORG
                terms: [سرت, مصر, مصر]
              - id: d
                label: LOCATION
                terms: [ليبيا, abc]
              - id: e
                label: LOCATION
                case_insensitive: true
                terms: [ABC]
            """)
        #expect(d == [
            "rules/bad.yaml:6:25: warning: term 'ليبيا' is listed twice in rule 'a'",
            "rules/bad.yaml:6:32: error: term 'ـ' is empty after normalization",
            "rules/bad.yaml:9:15: warning: pattern of rule 'b' nests quantifiers (like (a+)+), which invites catastrophic backtracking",
            "rules/bad.yaml:12:13: warning: term 'سرت' is also in rule 'bad/a' (rules/bad.yaml:6) under label LOCATION",
            "rules/bad.yaml:12:23: warning: term 'مصر' is listed twice in rule 'c'",
            "rules/bad.yaml:15:13: warning: term 'ليبيا' is listed twice: also in rule 'bad/a' (rules/bad.yaml:6), same label LOCATION; keep one",
            "rules/bad.yaml:2:11: warning: definition 'UNUSED' is never used",
        ])
    }
}

/// A rule missing its id or label is still checked, so one run shows every error.
struct IncompleteRuleTests {
    @Test func missingLabelDoesNotHidePatternError() {
        var loader = RuleLoader()
        let f = loader.parse(yaml: "rules:\n  - id: a\n    pattern: \"(\"\n  - pattern: \"[x\"\n    label: RANK\n  - id: ok\n    label: RANK\n    terms: [x]\n", path: "rules/bad.yaml")!
        var c = RuleCompiler()
        let set = c.compile([f])
        let d = (loader.diagnostics + c.diagnostics).map(\.description)
        #expect(d.contains { $0.hasPrefix("rules/bad.yaml:2:5: error: rule 'a' has no `label`") })
        #expect(d.contains { $0.hasPrefix("rules/bad.yaml:3:16: error: PCRE2: missing closing parenthesis") })
        #expect(d.contains("rules/bad.yaml:4:5: error: rule without `id`: add `id: some-name`"))
        #expect(d.contains { $0.hasPrefix("rules/bad.yaml:4:17: error: PCRE2: missing terminating ]") })
        #expect(d.count == 4, "\(d)")
        // Incomplete rules stay out of the compiled set.
        #expect(set.rules.map(\.fullID) == ["bad/ok"])
    }

    @Test func labelOfTheWrongTypeIsOneError() {
        var loader = RuleLoader()
        _ = loader.parse(yaml: "rules:\n  - id: a\n    label: [RANK]\n    terms: [x]\n", path: "r.yaml")
        #expect(loader.diagnostics.map(\.description) == ["r.yaml:3:12: error: `label` must be a string, not a list"])
    }
}

/// Inputs the fuzzer (Fuzz/, FuzzRuleLoader) found, kept as regression
/// tests: loading, compiling and running examples end in diagnostics that
/// point into the file (lines counted as YAML counts them), never a crash.
struct RuleLoaderFuzzFindings {
    @Test func fuzzFindings() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz/FuzzRuleLoader")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(!files.isEmpty)
        for f in files {
            let data = try Data(contentsOf: dir.appendingPathComponent(f))
            guard let yaml = String(validating: data, as: UTF8.self) else { continue }
            var loader = RuleLoader()
            let file = loader.parse(yaml: yaml, path: f, directory: dir.path)
            var compiler = RuleCompiler()
            _ = compiler.compile(file.map { [$0] } ?? [])
            let outcomes = RuleExampleRunner().run(file.map { [$0] } ?? [])
            let lines = RuleLoader.lineCount(yaml)
            for d in loader.diagnostics + compiler.diagnostics + outcomes.compactMap(\.diagnostic) {
                #expect(d.location.line >= 1 && d.location.line <= lines + 1 && d.location.column >= 1, "\(d)")
                #expect(!d.message.contains("\n"), "\(d)")
            }
        }
    }

    @Test func quotedNamesWithLineBreaksStayOnOneLine() {
        var loader = RuleLoader()
        let f = loader.parse(yaml: "rules:\n  - id: a\n    label: ORG\n    pattern: \"{{A\\n\\nB}}x\"\n", path: "r.yaml")
        var c = RuleCompiler()
        _ = c.compile(f.map { [$0] } ?? [])
        let d = (loader.diagnostics + c.diagnostics).map(\.description)
        #expect(d.count == 1)
        #expect(d.first?.contains("\\n\\nB") == true, "\(d)")
        #expect(d.allSatisfy { !$0.contains("\n") })
    }

    @Test func linesAreCountedAsYAMLCountsThem() {
        #expect(RuleLoader.lineCount("a\r\nb\rc\nd\u{2028}e") == 5)
        #expect(RuleLoader.lineCount("") == 1)
    }
}
