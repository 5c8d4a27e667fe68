import PCRE2

/// Runs one compiled pattern over a text: every leftmost, non-overlapping
/// match, either tried only at candidate starts (the hits of its start
/// literals, see `PatternPrefix`) or, when there are none to go by, by a
/// full scan. Both find the same matches.
enum PatternScan {
    /// Calls `found` with each match's whole range while `scratch` holds its
    /// groups. Returns the outcome that stopped the scan early (PCRE2's
    /// limits or an error), or nil when the text was scanned to the end.
    @inline(__always)
    static func run(
        _ regex: Regex, prefiltered: Bool, candidates: ArraySlice<Int>, in buf: UnsafeBufferPointer<UInt8>,
        scratch: MatchScratch, found: (Range<Int>) -> Void
    ) -> MatchOutcome? {
        if prefiltered {
            var lastEnd = 0
            for start in candidates where start >= lastEnd {
                switch regex.match(buf, from: start, scratch: scratch) {
                case .match:
                    guard let whole = scratch.range(ofGroup: 0) else { continue }
                    found(whole)
                    lastEnd = max(whole.upperBound, start + 1)
                case .noMatch:
                    continue
                case let stop:
                    return stop
                }
            }
            return nil
        }
        var pos = 0
        while pos <= buf.count {
            switch regex.match(buf, from: pos, scratch: scratch) {
            case .match:
                guard let whole = scratch.range(ofGroup: 0) else { return nil }
                found(whole)
                if whole.upperBound > whole.lowerBound {
                    pos = whole.upperBound
                } else {
                    pos = whole.upperBound + 1
                    while pos < buf.count && buf[pos] & 0xC0 == 0x80 { pos += 1 }
                }
            case .noMatch:
                return nil
            case let stop:
                return stop
            }
        }
        return nil
    }
}
