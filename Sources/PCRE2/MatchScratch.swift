import CPCRE2

/// Per-thread state for matching: match data, a match context with limits,
/// and a JIT stack. Reused across every pattern and document of one worker.
public final class MatchScratch {
    /// Limits that stop runaway (catastrophically backtracking) patterns.
    public struct Limits: Sendable, Equatable {
        public var matchLimit: UInt32
        public var depthLimit: UInt32
        public init(matchLimit: UInt32 = 1_000_000, depthLimit: UInt32 = 10_000) {
            self.matchLimit = matchLimit
            self.depthLimit = depthLimit
        }
    }

    private(set) var matchData: OpaquePointer
    let context: OpaquePointer
    let jitStack: OpaquePointer?
    /// What the term-list callout needs (see `TermList`).
    let listState = TermListCalloutState()
    /// Offset pairs the match data holds: group 0 and `pairs - 1` groups.
    private(set) var pairs: Int

    public init(limits: Limits = Limits(), maxCaptureGroups: Int = 32) {
        pairs = maxCaptureGroups + 1
        matchData = pcre2_match_data_create_8(UInt32(pairs), nil)
        context = pcre2_match_context_create_8(nil)
        pcre2_set_match_limit_8(context, limits.matchLimit)
        pcre2_set_depth_limit_8(context, limits.depthLimit)
        jitStack = pcre2_jit_stack_create_8(64 * 1024, 4 * 1024 * 1024, nil)
        if let jitStack { pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack)) }
        pcre2_set_callout_8(context, TermListCalloutState.callout, UnsafeMutableRawPointer(listState.frame))
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        pcre2_match_context_free_8(context)
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
    }

    /// Room for the groups of a pattern with `groups` capturing groups:
    /// PCRE2 sets only the pairs the match data holds, and a group past
    /// them would read as not taking part (a rule's `span` group after the
    /// groups of many looked-up lists).
    @inline(__always)
    func reserve(groups: Int) {
        guard groups >= pairs else { return }
        pcre2_match_data_free_8(matchData)
        pairs = groups + 1
        matchData = pcre2_match_data_create_8(UInt32(pairs), nil)
    }

    /// Byte range of group `n` of the last match, or nil when it did not take part.
    @inline(__always)
    public func range(ofGroup n: Int) -> Range<Int>? {
        guard n < pairs else { return nil }
        let ov = pcre2_get_ovector_pointer_8(matchData)!
        let s = ov[2 * n], e = ov[2 * n + 1]
        if s < 0 || e < 0 { return nil }  // PCRE2_UNSET (size_t max) imports as -1
        return Int(s)..<Int(e)
    }
}
