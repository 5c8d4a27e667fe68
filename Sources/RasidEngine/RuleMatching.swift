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
            literal.scan(buf) { hit in
                guard TextScan.isEndBoundary(hit.end, in: buf) else { return }
                for p in payloads[Int(hit.pattern)] {
                    guard TextScan.isStartBoundary(hit.start, in: buf, contracted: p.contracted) else { continue }
                    if let exact = p.exact, !exact.elementsEqual(buf[hit.start..<hit.end]) { continue }
                    out.append(RuleMatch(rule: Int(p.rule), bytes: hit.start..<hit.end, norm: p.norm, attrs: p.attrs))
                }
            }
            for p in patterns {
                var pos = 0
                while pos <= buf.count {
                    switch p.regex.match(buf, from: pos, scratch: scratch) {
                    case .match:
                        guard let whole = scratch.range(ofGroup: 0) else { pos = buf.count + 1; break }
                        let span = p.spanGroup.flatMap { scratch.range(ofGroup: $0) } ?? whole
                        if !span.isEmpty {
                            out.append(RuleMatch(rule: Int(p.rule), bytes: span, norm: nil, attrs: nil))
                        }
                        if whole.upperBound > whole.lowerBound {
                            pos = whole.upperBound
                        } else {
                            pos = whole.upperBound + 1
                            while pos < buf.count && buf[pos] & 0xC0 == 0x80 { pos += 1 }
                        }
                    case .noMatch:
                        pos = buf.count + 1
                    case .limitExceeded(let why):
                        problems.append(DocumentProblem(
                            kind: "match-limit",
                            message: "rule \(rules[Int(p.rule)].fullID) was stopped by PCRE2 (\(why)); its matches in this document are incomplete — simplify the pattern (avoid nested quantifiers)",
                            source: rules[Int(p.rule)].fullID))
                        pos = buf.count + 1
                    case .error(_, let why):
                        problems.append(DocumentProblem(
                            kind: "match-error", message: "rule \(rules[Int(p.rule)].fullID): PCRE2 \(why)",
                            source: rules[Int(p.rule)].fullID))
                        pos = buf.count + 1
                    }
                }
            }
        }
        return out
    }
}
