import Foundation
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
/// pattern rule may start. Plain numbers, so handling a hit retains nothing.
struct TermPayload: Sendable {
    var rule: Int32
    /// For a pattern's start literal: the index of the pattern in its group
    /// (the hit's start is a candidate start); -1 for a term.
    var patternStart: Int32 = -1
    /// The term's norm and attributes (`RuleGroup.meta`), or -1 for none.
    var meta: Int32 = -1
    /// For case-sensitive Latin terms, where the exact bytes to compare are
    /// in `RuleGroup.exactBytes` (as long as the hit); -1 otherwise.
    var exact: Int32 = -1
    /// The `لل` form of an `ال` term: must follow the preposition ل.
    var contracted: Bool
}

/// A term's own norm and attributes.
struct TermMeta: Sendable {
    let norm: String?
    let attrs: [String: String]?
}

/// A compiled pattern rule. When every match must start with one of a
/// finite set of literals, those literals are in the group's automaton and
/// `anchored` is tried only where one of them occurs; otherwise `regex`
/// scans the whole text.
struct CompiledPattern: @unchecked Sendable {
    let rule: Int32
    /// Anchored when `prefiltered`: tried only at its start literals' hits.
    let regex: Regex
    let prefiltered: Bool
    let spanGroup: Int?
    /// Checked at a candidate start before the regex is tried.
    var lookbehind: LookbehindFilter? = nil
    /// When its start literals are the words of a head list: what the text
    /// must begin with where one ends (see `HeadList`).
    var follow: [[UInt8]]? = nil
}

/// Rules that share one normalization: one automaton, a list of patterns.
/// Pattern `p` of the automaton has the payloads
/// `payloads[payloadStart[p] ..< payloadStart[p + 1]]`.
final class RuleGroup: @unchecked Sendable {
    let options: NormalizationOptions
    let literal: LiteralMatcher
    let payloadStart: [Int32]
    let payloads: [TermPayload]
    let exactBytes: [UInt8]
    let meta: [TermMeta]
    let patterns: [CompiledPattern]
    /// The patterns' `follow` strings, flat for the hot path: pattern p's
    /// are `followStart/followLength[followFirst[p] ..< followFirst[p + 1]]`,
    /// into `followBytes` (none: no condition).
    let followFirst: [Int32]
    let followStart: [Int32]
    let followLength: [Int32]
    let followBytes: [UInt8]

    init(options: NormalizationOptions, literal: LiteralMatcher, payloadStart: [Int32], payloads: [TermPayload],
         exactBytes: [UInt8], meta: [TermMeta], patterns: [CompiledPattern]) {
        self.options = options
        self.literal = literal
        self.payloadStart = payloadStart
        self.payloads = payloads
        self.exactBytes = exactBytes
        self.meta = meta
        self.patterns = patterns
        var first: [Int32] = [0], start: [Int32] = [], length: [Int32] = [], bytes: [UInt8] = []
        for p in patterns {
            for f in p.follow ?? [] {
                start.append(Int32(bytes.count)); length.append(Int32(f.count)); bytes += f
            }
            first.append(Int32(start.count))
        }
        // One unused entry each, so that no buffer is empty (the hot path takes their addresses).
        start.append(0); length.append(0); bytes.append(0)
        followFirst = first; followStart = start; followLength = length; followBytes = bytes
    }

    /// Whether the text at `end` begins with one of pattern `p`'s follow
    /// strings, or `p` has none.
    @inline(__always)
    func follows(_ p: Int, at end: Int, in buf: UnsafeBufferPointer<UInt8>, first: UnsafePointer<Int32>,
                 start: UnsafePointer<Int32>, length: UnsafePointer<Int32>, bytes: UnsafePointer<UInt8>) -> Bool {
        let from = Int(first[p]), to = Int(first[p + 1])
        if from == to { return true }
        let left = buf.count - end
        for k in from..<to {
            let n = Int(length[k])
            if n <= left && memcmp(bytes + Int(start[k]), buf.baseAddress! + end, n) == 0 { return true }
        }
        return false
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

    /// JIT-compiles every pattern now instead of at its first match: for
    /// timings of matching alone (`RuleProfile`).
    public func compileAllPatterns() {
        for g in groups { for p in g.patterns { p.regex.compileJITNow() } }
    }

    init(rules: [CompiledRule], groups: [RuleGroup]) {
        self.rules = rules
        self.groups = groups
        termCount = groups.reduce(0) { n, g in n + g.payloads.reduce(0) { $0 + ($1.patternStart < 0 ? 1 : 0) } }
        prefilteredPatternCount = groups.reduce(0) { $0 + $1.patterns.filter { $0.prefiltered }.count }
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
