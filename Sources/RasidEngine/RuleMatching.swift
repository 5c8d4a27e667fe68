import Foundation
import PCRE2
import RasidModel

extension RuleGroup {
    /// Every boundary-respecting match of this group's rules in `text`.
    /// A pattern stopped by PCRE2's limits is reported in `problems` and
    /// skipped for this document; the others still run.
    func matches(
        in text: NormalizedText, rules: [CompiledRule], scratch: MatchScratch,
        problems: inout [DocumentProblem], profile: RuleProfile? = nil
    ) -> [RuleMatch] {
        var out: [RuleMatch] = []
        var timed: [RuleProfile.Entry] = []
        var scanTime: UInt64 = 0, termMatches = 0
        text.bytes.withUnsafeBufferPointer { buf in
            let scanStart = profile == nil ? 0 : RuleProfile.now
            // Candidate starts of prefiltered patterns, packed as pattern
            // index (high bits) and byte offset: sorted as plain integers,
            // they group by pattern and then run in text order.
            precondition(buf.count < 1 << Self.offsetBits && patterns.count < 1 << (64 - Self.offsetBits),
                         "a document under a terabyte, fewer than 16 million patterns")
            var starts: [UInt64] = []
            payloadStart.withUnsafeBufferPointer { payloadStart in
            payloads.withUnsafeBufferPointer { payloads in
            exactBytes.withUnsafeBufferPointer { exactBytes in
            followFirst.withUnsafeBufferPointer { followFirst in
            followStart.withUnsafeBufferPointer { followStart in
            followLength.withUnsafeBufferPointer { followLength in
            followBytes.withUnsafeBufferPointer { followBytes in
                literal.scan(buf) { hit in
                    var endChecked = false, endOK = false
                    let p = Int(hit.pattern)
                    for k in Int(payloadStart[p])..<Int(payloadStart[p + 1]) {
                        let t = payloads[k]
                        if t.patternStart >= 0 {
                            if TextScan.isStartBoundary(hit.start, in: buf, contracted: t.contracted),
                               follows(Int(t.patternStart), at: hit.end, in: buf, first: followFirst.baseAddress!,
                                       start: followStart.baseAddress!, length: followLength.baseAddress!,
                                       bytes: followBytes.baseAddress!) {
                                starts.append(UInt64(t.patternStart) << Self.offsetBits | UInt64(hit.start))
                            }
                            continue
                        }
                        if !endChecked { endOK = TextScan.isEndBoundary(hit.end, in: buf); endChecked = true }
                        guard endOK, TextScan.isStartBoundary(hit.start, in: buf, contracted: t.contracted) else { continue }
                        if t.exact >= 0 && memcmp(exactBytes.baseAddress! + Int(t.exact), buf.baseAddress! + hit.start, hit.end - hit.start) != 0 {
                            continue
                        }
                        if t.meta >= 0 {
                            let m = meta[Int(t.meta)]
                            out.append(RuleMatch(rule: Int(t.rule), bytes: hit.start..<hit.end, norm: m.norm, attrs: m.attrs))
                        } else {
                            out.append(RuleMatch(rule: Int(t.rule), bytes: hit.start..<hit.end, norm: nil, attrs: nil))
                        }
                    }
                }
            }}}}}}}
            if profile != nil { scanTime = RuleProfile.now - scanStart; termMatches = out.count }
            starts.sort()
            // A start found by two of a pattern's literals (عقيد and عقيد
            // ركن at the same byte) is tried once.
            if starts.count > 1 {
                var w = 1
                for r in 1..<starts.count where starts[r] != starts[w - 1] {
                    starts[w] = starts[r]
                    w += 1
                }
                starts.removeLast(starts.count - w)
            }
            let candidates = starts.map { Int($0 & (1 << Self.offsetBits - 1)) }
            var k = 0
            var admitted: [Int] = []  // the candidates a pattern's lookbehind lets through
            for index in patterns.indices {
                let from = k
                while k < starts.count && starts[k] >> Self.offsetBits == UInt64(index) { k += 1 }
                // Most prefiltered patterns have no candidate in a document:
                // skipped before anything is copied (a pattern's regex and
                // filter, its rule's strings), which would retain and
                // release them for every pattern of every document.
                if k == from && patterns[index].prefiltered { continue }
                let p = patterns[index]
                let before = out.count, began = profile == nil ? 0 : RuleProfile.now
                var tried = candidates[from..<k]
                if let filter = p.lookbehind, k > from {
                    admitted.removeAll(keepingCapacity: true)
                    for c in tried where filter.admits(c, in: buf) { admitted.append(c) }
                    tried = admitted[...]
                }
                defer {
                    if profile != nil, !p.prefiltered || k > from {
                        timed.append(RuleProfile.Entry(rule: rules[Int(p.rule)].fullID, nanoseconds: RuleProfile.now - began,
                                                       attempts: p.prefiltered ? tried.count : nil, matches: out.count - before))
                    }
                }
                let stop = PatternScan.run(p.regex, prefiltered: p.prefiltered, candidates: tried, in: buf,
                                           scratch: scratch) { whole in
                    let span = p.spanGroup.flatMap { scratch.range(ofGroup: $0) } ?? whole
                    if !span.isEmpty { out.append(RuleMatch(rule: Int(p.rule), bytes: span, norm: nil, attrs: nil)) }
                }
                switch stop {
                case .limitExceeded(let why):
                    let rule = rules[Int(p.rule)]
                    problems.append(DocumentProblem(
                        kind: "match-limit",
                        message: "rule \(rule.fullID) was stopped by PCRE2 (\(why)); its matches in this document are incomplete — simplify the pattern (avoid nested quantifiers)",
                        source: rule.fullID))
                case .error(_, let why):
                    let rule = rules[Int(p.rule)]
                    problems.append(DocumentProblem(kind: "match-error", message: "rule \(rule.fullID): PCRE2 \(why)", source: rule.fullID))
                default:
                    break
                }
            }
        }
        profile?.add(timed, scanNanoseconds: scanTime, termMatches: termMatches)
        return out
    }

    /// The bits of a packed candidate start that hold its byte offset.
    private static var offsetBits: UInt64 { 40 }
}
