/// A literal term of a rule, with its own norm or attributes when it has them.
public struct RuleTerm: Sendable {
    public var text: String
    public var norm: String?
    public var attrs: [String: String]
    public var location: SourceLocation
}

/// What a rule matches: literal terms (from YAML or a gazetteer) or one pattern.
public enum RuleBody: Sendable {
    case terms([RuleTerm])
    case pattern(String, SourceLocation)
}

/// A rule's own examples: texts it must match (optionally with the exact
/// span marked `[[…]]`) and texts it must not match.
public struct RuleExample: Sendable {
    public var text: String
    public var location: SourceLocation
    public var shouldMatch: Bool
}

/// One rule as written in a rule file.
public struct Rule: Sendable {
    public var domain: String
    public var id: String
    public var label: String
    public var body: RuleBody
    public var norm: String?
    public var attrs: [String: String]
    public var priority: Int
    public var caseInsensitive: Bool
    public var description: String?
    public var examples: [RuleExample]
    public var location: SourceLocation
    /// False when the rule has no `id` or no `label`: the compiler still
    /// checks its terms or pattern, so every error shows at once, but leaves
    /// it out of the compiled set.
    public var isComplete = true

    /// `DOMAIN/ID`: the `rule` of every span it makes.
    public var fullID: String { "\(domain)/\(id)" }
}

/// A named pattern fragment, used in patterns as `{{NAME}}`.
public struct Definition: Sendable {
    public var name: String
    public var pattern: String
    public var location: SourceLocation
    /// Set for list-valued definitions, which become an alternation.
    public var alternatives: [String]?
}

/// A parsed rule file: one domain of rules.
public struct RuleFile: Sendable {
    public var path: String
    public var domain: String
    public var description: String?
    public var labels: [String]
    public var definitions: [String: Definition]
    public var normalization: NormalizationOptions
    public var rules: [Rule]
}
