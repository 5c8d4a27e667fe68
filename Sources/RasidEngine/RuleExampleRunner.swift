import PCRE2
import RasidModel

/// Runs every rule's own `examples` against that rule alone, the way
/// SwiftLint runs a rule's triggering and non-triggering examples.
public struct RuleExampleRunner {
    /// The outcome of one example.
    public struct Outcome: Sendable {
        public var rule: String
        public var example: RuleExample
        /// nil when the example passed; otherwise what went wrong.
        public var failure: String?
        public var diagnostic: Diagnostic? {
            failure.map { Diagnostic(.error, example.location, $0, rule: rule) }
        }
    }

    public init() {}

    /// Splits `[[…]]` markers out of an example: the plain text and the
    /// marked ranges in Unicode scalars.
    public static func parseMarkers(_ s: String) -> (String, [Range<Int>]) {
        var out = String.UnicodeScalarView()
        var ranges: [Range<Int>] = []
        let scalars = Array(s.unicodeScalars)
        var i = 0
        var open: Int?
        while i < scalars.count {
            if i + 1 < scalars.count, scalars[i] == "[", scalars[i + 1] == "[", open == nil {
                open = out.count; i += 2; continue
            }
            if i + 1 < scalars.count, scalars[i] == "]", scalars[i + 1] == "]", let o = open {
                ranges.append(o..<out.count); open = nil; i += 2; continue
            }
            out.append(scalars[i]); i += 1
        }
        return (String(out), ranges)
    }

    /// Runs the examples of every rule in `files`, the rules spread over
    /// `threads` threads; the outcomes come in the rules' order.
    public func run(_ files: [RuleFile], threads: Int = 1) -> [Outcome] {
        let references = TermReferences(files: files)
        let lists = ListCache()  // (a list's trie built once, not once per rule naming it)
        let rules = files.flatMap { $0.rules.filter { !$0.examples.isEmpty } }
        return ParallelJobs.map(rules.count, threads: threads) { k in
            Self.run(rules[k], files: files, references: references, lists: lists)
        }.flatMap { $0 }
    }

    /// The examples of one rule, compiled alone.
    static func run(_ r: Rule, files: [RuleFile], references: TermReferences, lists: ListCache = ListCache()) -> [Outcome] {
        var outcomes: [Outcome] = []
        let scratch = MatchScratch()
        var compiler = RuleCompiler()
        compiler.lists = lists
        let set = compiler.compile(files, only: { $0.fullID == r.fullID }, references: references)
        guard set.rules.count == 1 else { return [] }  // compile errors are reported elsewhere
        let engine = RuleEngineExtractor(ruleSet: set)
        for ex in r.examples {
            let (text, expected) = Self.parseMarkers(ex.text)
            let ctx = DocumentContext(document: Document(id: "example", text: text), scratch: scratch)
            var spans = engine.extract(ctx, previous: [])
            TextSlicer.fill(&spans, from: text)
            let got = spans.map(\.range)
            let shown = spans.map { "'\($0.text)' at \($0.start)..\($0.end)" }.joined(separator: ", ")
            var failure: String?
            if let p = ctx.problems.first {
                failure = "example of rule '\(r.fullID)': \(p.message)"
            } else if ex.shouldMatch {
                if got.isEmpty {
                    failure = "example of rule '\(r.fullID)' should match but the rule found nothing in: \(text)"
                } else if !expected.isEmpty, let miss = expected.first(where: { !got.contains($0) }) {
                    let want = String(String.UnicodeScalarView(Array(text.unicodeScalars)[miss]))
                    failure = "example of rule '\(r.fullID)' expects '\(want)' at \(miss.lowerBound)..\(miss.upperBound) but the rule matched \(shown) in: \(text)"
                }
            } else if !got.isEmpty {
                failure = "example of rule '\(r.fullID)' should not match but the rule matched \(shown) in: \(text)"
            }
            outcomes.append(Outcome(rule: r.fullID, example: ex, failure: failure))
        }
        return outcomes
    }
}
