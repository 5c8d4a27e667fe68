import RasidModel

/// The rule engine as an extractor: every rule of a `CompiledRuleSet`.
public final class RuleEngineExtractor: Extractor, @unchecked Sendable {
    public let name: String
    public let ruleSet: CompiledRuleSet
    public var labels: [String] { Array(Set(ruleSet.rules.map(\.label))).sorted() }

    public init(ruleSet: CompiledRuleSet, name: String = "rules") {
        self.ruleSet = ruleSet
        self.name = name
    }

    public func extract(_ context: DocumentContext, previous: [Span]) -> [Span] {
        var spans: [Span] = []
        for group in ruleSet.groups {
            let text = context.normalized(group.options)
            let raw = group.matches(in: text, rules: ruleSet.rules, scratch: context.scratch, problems: &context.problems)
            let ranges = text.originalRanges(raw.map(\.bytes))
            for (m, r) in zip(raw, ranges) where !r.isEmpty {
                let rule = ruleSet.rules[m.rule]
                var attrs = rule.attrs
                if let a = m.attrs { attrs.merge(a) { $1 } }
                spans.append(Span(
                    start: r.lowerBound, end: r.upperBound, label: rule.label, text: "",
                    norm: m.norm ?? rule.norm, attrs: attrs,
                    provenance: [Provenance(extractor: name, rule: rule.fullID)], priority: rule.priority))
            }
        }
        return spans
    }
}
