import PCRE2
import RasidModel

extension RuleGroup {
    /// Every boundary-respecting match of this group's rules in `text`.
    /// A pattern stopped by PCRE2's limits is reported in `problems` and
    /// skipped for this document; the others still run.
    func matches(
        in text: NormalizedText, rules: [CompiledRule], scratch: MatchScratch,
        problems: inout [DocumentProblem]
    ) -> [RuleMatch] {
        var out: [RuleMatch] = []
        text.bytes.withUnsafeBufferPointer { buf in
            // Candidate starts of prefiltered patterns: (pattern index, byte offset).
            var starts: [(Int32, Int)] = []
            literal.scan(buf) { hit in
                var endChecked = false, endOK = false
                for p in payloads[Int(hit.pattern)] {
                    if p.patternStart >= 0 {
                        if TextScan.isStartBoundary(hit.start, in: buf, contracted: p.contracted) {
                            starts.append((p.patternStart, hit.start))
                        }
                        continue
                    }
                    if !endChecked { endOK = TextScan.isEndBoundary(hit.end, in: buf); endChecked = true }
                    guard endOK, TextScan.isStartBoundary(hit.start, in: buf, contracted: p.contracted) else { continue }
                    if let exact = p.exact, !exact.elementsEqual(buf[hit.start..<hit.end]) { continue }
                    out.append(RuleMatch(rule: Int(p.rule), bytes: hit.start..<hit.end, norm: p.norm, attrs: p.attrs))
                }
            }
            starts.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            let candidates = starts.map(\.1)
            var k = 0
            for (index, p) in patterns.enumerated() {
                let from = k
                while k < starts.count && starts[k].0 == Int32(index) { k += 1 }
                let stop = PatternScan.run(p.regex, anchored: p.anchored, candidates: candidates[from..<k], in: buf,
                                           scratch: scratch) { whole in
                    let span = p.spanGroup.flatMap { scratch.range(ofGroup: $0) } ?? whole
                    if !span.isEmpty { out.append(RuleMatch(rule: Int(p.rule), bytes: span, norm: nil, attrs: nil)) }
                }
                let rule = rules[Int(p.rule)]
                switch stop {
                case .limitExceeded(let why):
                    problems.append(DocumentProblem(
                        kind: "match-limit",
                        message: "rule \(rule.fullID) was stopped by PCRE2 (\(why)); its matches in this document are incomplete — simplify the pattern (avoid nested quantifiers)",
                        source: rule.fullID))
                case .error(_, let why):
                    problems.append(DocumentProblem(kind: "match-error", message: "rule \(rule.fullID): PCRE2 \(why)", source: rule.fullID))
                default:
                    break
                }
            }
        }
        return out
    }
}
