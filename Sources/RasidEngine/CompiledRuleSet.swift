import PCRE2

/// A rule as the matchers need it at run time: everything resolved to
/// values, nothing looked up by string in the hot path.
public struct CompiledRule: Sendable {
    public let fullID: String
    public let label: String
    public let norm: String?
    public let attrs: [String: String]
    public let priority: Int
    public let caseInsensitive: Bool
    public let source: Rule
}

/// What a literal-automaton hit means: which rule and term, or where a
/// pattern rule may start.
struct TermPayload: Sendable {
    let rule: Int32
    /// For a pattern's start literal: the index of the pattern in its group
    /// (the hit's start is a candidate start); -1 for a term.
    var patternStart: Int32 = -1
    let norm: String?
    let attrs: [String: String]?
    /// The `لل` form of an `ال` term: must follow the preposition ل.
    let contracted: Bool
    /// Exact bytes to compare for case-sensitive Latin terms; nil otherwise.
    let exact: [UInt8]?
}

/// A compiled pattern rule. When every match must start with one of a
/// finite set of literals, those literals are in the group's automaton and
/// `anchored` is tried only where one of them occurs; otherwise `regex`
/// scans the whole text.
struct CompiledPattern: @unchecked Sendable {
    let rule: Int32
    let regex: Regex
    let anchored: Regex?
    let spanGroup: Int?
}

/// Rules that share one normalization: one automaton, a list of patterns.
final class RuleGroup: @unchecked Sendable {
    let options: NormalizationOptions
    let literal: LiteralMatcher
    let payloads: [[TermPayload]]
    let patterns: [CompiledPattern]

    init(options: NormalizationOptions, literal: LiteralMatcher, payloads: [[TermPayload]], patterns: [CompiledPattern]) {
        self.options = options
        self.literal = literal
        self.payloads = payloads
        self.patterns = patterns
    }
}

/// Every rule of a rule folder, compiled once and shared read-only by all
/// worker threads.
public final class CompiledRuleSet: @unchecked Sendable {
    public let rules: [CompiledRule]
    let groups: [RuleGroup]
    /// Number of literal terms (after normalization and variants).
    public let termCount: Int
    public let patternCount: Int
    /// Patterns tried only where one of their start literals occurs.
    public let prefilteredPatternCount: Int

    init(rules: [CompiledRule], groups: [RuleGroup]) {
        self.rules = rules
        self.groups = groups
        termCount = groups.reduce(0) { $0 + $1.payloads.reduce(0) { $0 + $1.filter { $0.patternStart < 0 }.count } }
        prefilteredPatternCount = groups.reduce(0) { $0 + $1.patterns.filter { $0.anchored != nil }.count }
        patternCount = groups.reduce(0) { $0 + $1.patterns.count }
    }
}

/// One raw match of a rule in normalized text, before offsets are mapped.
public struct RuleMatch: Sendable {
    public var rule: Int
    public var bytes: Range<Int>
    public var norm: String?
    public var attrs: [String: String]?
}
