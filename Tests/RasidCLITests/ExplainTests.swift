import Foundation
import Testing

/// `rasid explain`: the spans at a position or of a rule, with their sources and the merger's reasons.
struct ExplainTests {
    /// Rules that make the merger discard: an ORG inside a TITLE, a shorter LOCATION inside a longer one;
    /// and two rules that find the same COUNTRY.
    static func project() throws -> (dir: URL, args: [String]) {
        let (dir, args) = try CLI.ruleProject("x", """
            rules:
              - id: title
                label: TITLE
                terms: [وكيل وزارة الدفاع]
              - id: ministry
                label: ORG
                terms: [وزارة الدفاع]
              - id: libya-a
                label: COUNTRY
                norm: LY
                terms: [ليبيا]
              - id: libya-b
                label: COUNTRY
                terms: [ليبيا]
              - id: sea
                label: LOCATION
                terms: [البحر المتوسط, المتوسط]
            """)
        let docs = dir.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try "وصل وكيل وزارة الدفاع إلى ليبيا عبر البحر المتوسط".write(to: docs.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "عاد إلى المتوسط".write(to: docs.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        return (dir, args)
    }

    @Test func atAPositionNamesEverySourceAndTheDiscardingReason() throws {
        let (dir, args) = try Self.project()
        let a = dir.appendingPathComponent("docs/a.txt").path
        let r = try CLI.run(["explain", a, "--at", "12"] + args)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == """
            a at 12: …وصل وكيل وزا⟦ر⟧ة الدفاع إلى ليبيا…
              kept      TITLE 4..21 'وكيل وزارة الدفاع' ← x/title
              discarded ORG 9..21 'وزارة الدفاع' ← x/ministry
                         why: ORG inside TITLE 4..21 'وكيل وزارة الدفاع' (x/title) is not annotated separately

            """, "\(r.stdout)")
        let country = try CLI.run(["explain", a, "--at", "26..31"] + args)
        #expect(country.stdout.contains("  kept      COUNTRY 26..31 'ليبيا' norm=LY ← x/libya-a, x/libya-b"), "\(country.stdout)")
        let nothing = try CLI.run(["explain", a, "--at", "0"] + args)
        #expect(nothing.stdout.contains("no rule or extractor produced a span here"))
        let json = try CLI.run(["explain", a, "--at", "45", "--format", "json"] + args)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let items = try #require(obj["items"] as? [[String: Any]])
        #expect(items.map { $0["kept"] as? Bool } == [true, false])
        #expect(items[1]["reason"] as? String == "overlaps LOCATION 36..49 'البحر المتوسط' (x/sea), which is longer")
        #expect((items[1]["winner"] as? [String: Any])?["start"] as? Int == 36)
    }

    @Test func aRuleAcrossAFolderAndFromAReport() throws {
        let (dir, args) = try Self.project()
        let docs = dir.appendingPathComponent("docs").path
        let r = try CLI.run(["explain", docs, "--rule", "x/sea"] + args)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("x/sea: 2 kept, 1 discarded, in 2 of 2 documents\n"), "\(r.stdout)")
        #expect(r.stdout.contains("  a  discarded LOCATION 42..49 'المتوسط' ← x/sea\n             …إلى ليبيا عبر البحر ⟦المتوسط⟧…\n             why: overlaps LOCATION 36..49 'البحر المتوسط' (x/sea), which is longer"))
        #expect(r.stdout.contains("  b  kept      LOCATION 8..15 'المتوسط' ← x/sea"))

        // The same from a report written earlier.
        let report = dir.appendingPathComponent("r.jsonl").path
        #expect(try CLI.run(["annotate", docs, "--format", "jsonl", "-o", report, "--quiet"] + args).status == 0)
        let fromReport = try CLI.run(["explain", "--report", report, "--id", "a", "--at", "12"])
        #expect(fromReport.status == 0, "\(fromReport.stderr)")
        #expect(fromReport.stdout.contains("why: ORG inside TITLE 4..21 'وكيل وزارة الدفاع' (x/title) is not annotated separately"))
        let ruleFromReport = try CLI.run(["explain", "--report", report, "--rule", "x/title"])
        #expect(ruleFromReport.stdout.hasPrefix("x/title: 1 kept, 0 discarded, in 1 of 2 documents\n"), "\(ruleFromReport.stdout)")
        let byExtractor = try CLI.run(["explain", docs, "--rule", "rules"] + args)
        #expect(byExtractor.stdout.hasPrefix("rules: 4 kept, 2 discarded, in 2 of 2 documents\n"), "\(byExtractor.stdout)")
        let sources = try CLI.run(["explain", "--report", report, "--id", "a", "--at", "28"])
        #expect(sources.stdout.contains("← x/libya-a, x/libya-b"), "\(sources.stdout)")
    }

    @Test func mistakesGetOneLine() throws {
        let (dir, args) = try Self.project()
        let docs = dir.appendingPathComponent("docs").path
        let many = try CLI.run(["explain", docs, "--at", "3"] + args)
        #expect(many.status == 2)
        #expect(many.stderr.contains("--at explains one document, and 2 were given; choose one with --id ID"))
        let unknown = try CLI.run(["explain", docs, "--rule", "x/se"] + args)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no rule or extractor named 'x/se' (did you mean x/sea?)"))
        let past = try CLI.run(["explain", docs, "--id", "b", "--at", "99"] + args)
        #expect(past.stderr.contains("--at 99 is past the end of b, which has 15 characters"))
        let neither = try CLI.run(["explain", docs] + args)
        #expect(neither.status != 0)
        #expect(neither.stderr.contains("give either --at OFFSET or --rule RULE"))
    }
}
