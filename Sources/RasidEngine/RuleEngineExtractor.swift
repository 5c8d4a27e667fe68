import RasidModel

/// The rule engine as an extractor: every rule of a `CompiledRuleSet`.
public final class RuleEngineExtractor: Extractor, @unchecked Sendable {
    public let name: String
    public let ruleSet: CompiledRuleSet
    public var labels: [String] { Array(Set(ruleSet.rules.map(\.label))).sorted() }

    /// What every span of a rule shares, built once: a span copies these
    /// (reference-counted, not rebuilt) instead of the whole compiled rule.
    /// A class: reading one per match retains it once, not each field.
    private final class Template {
        let label: String
        let norm: String?
        let attrs: [String: String]
        let provenance: [Provenance]
        let priority: Int
        let bareAlef: Bool
        /// A `written_marks` rule's terms' mark signatures; nil otherwise.
        let marks: [[UInt64]]?

        init(label: String, norm: String?, attrs: [String: String], provenance: [Provenance], priority: Int,
             bareAlef: Bool, marks: [[UInt64]]?) {
            self.label = label; self.norm = norm; self.attrs = attrs; self.provenance = provenance
            self.priority = priority; self.bareAlef = bareAlef; self.marks = marks
        }
    }
    private let templates: [Template]

    public init(ruleSet: CompiledRuleSet, name: String = "rules") {
        self.ruleSet = ruleSet
        self.name = name
        templates = ruleSet.rules.map {
            Template(label: $0.label, norm: $0.norm, attrs: $0.attrs,
                     provenance: [Provenance(extractor: name, rule: $0.fullID)], priority: $0.priority,
                     bareAlef: $0.source.bareAlef, marks: Self.markSignatures($0.source))
        }
    }

    private static func markSignatures(_ rule: Rule) -> [[UInt64]]? {
        guard rule.writtenMarks, case .terms(let list) = rule.body else { return nil }
        return list.map { RuleLoader.markSignature($0.text.unicodeScalars) }
    }

    public func extract(_ context: DocumentContext, previous: [Span]) -> [Span] {
        var spans: [Span] = []
        // The document's scalars, made only when a `bare_alef` or `written_marks` rule matched.
        var scalars: [Unicode.Scalar]?
        for group in ruleSet.groups {
            let text = context.normalized(group.options)
            let raw = group.matches(in: text, rules: ruleSet.rules, scratch: context.scratch, problems: &context.problems,
                                    profile: context.ruleProfile)
            let ranges = text.originalRanges(raw.map(\.bytes))
            spans.reserveCapacity(spans.count + raw.count)
            for (m, r) in zip(raw, ranges) where !r.isEmpty {
                let t = templates[m.rule]
                if t.bareAlef {
                    if scalars == nil { scalars = Array(context.document.text.unicodeScalars) }
                    if scalars![r].contains(where: { RuleLoader.hamzaAlefs.contains($0.value) }) { continue }
                }
                if let marks = t.marks {
                    if scalars == nil { scalars = Array(context.document.text.unicodeScalars) }
                    let written = Set(RuleLoader.markSignature(scalars![r]))
                    if !marks.contains(where: { $0.allSatisfy(written.contains) }) { continue }
                }
                var attrs = t.attrs
                if let a = m.attrs { attrs.merge(a) { $1 } }
                spans.append(Span(
                    start: r.lowerBound, end: r.upperBound, label: t.label, text: "",
                    norm: m.norm ?? t.norm, attrs: attrs, provenance: t.provenance, priority: t.priority))
            }
        }
        return spans
    }
}
