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
            var k = 0
            for (index, p) in patterns.enumerated() {
                if let anchored = p.anchored {
                    // Only where a start literal occurs, in order, without overlaps.
                    var lastEnd = 0
                    while k < starts.count && starts[k].0 < Int32(index) { k += 1 }
                    while k < starts.count && starts[k].0 == Int32(index) {
                        let start = starts[k].1
                        k += 1
                        if start < lastEnd { continue }
                        switch anchored.match(buf, from: start, scratch: scratch) {
                        case .match:
                            guard let whole = scratch.range(ofGroup: 0) else { continue }
                            let span = p.spanGroup.flatMap { scratch.range(ofGroup: $0) } ?? whole
                            if !span.isEmpty {
                                out.append(RuleMatch(rule: Int(p.rule), bytes: span, norm: nil, attrs: nil))
                            }
                            lastEnd = max(whole.upperBound, start + 1)
                        case .noMatch:
                            continue
                        case .limitExceeded(let why):
                            problems.append(limitProblem(rules[Int(p.rule)], why))
                            lastEnd = buf.count + 1
                        case .error(_, let why):
                            problems.append(errorProblem(rules[Int(p.rule)], why))
                            lastEnd = buf.count + 1
                        }
                    }
                    continue
                }
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
                        problems.append(limitProblem(rules[Int(p.rule)], why))
                        pos = buf.count + 1
                    case .error(_, let why):
                        problems.append(errorProblem(rules[Int(p.rule)], why))
                        pos = buf.count + 1
                    }
                }
            }
        }
        return out
    }

    private func limitProblem(_ rule: CompiledRule, _ why: String) -> DocumentProblem {
        DocumentProblem(
            kind: "match-limit",
            message: "rule \(rule.fullID) was stopped by PCRE2 (\(why)); its matches in this document are incomplete — simplify the pattern (avoid nested quantifiers)",
            source: rule.fullID)
    }

    private func errorProblem(_ rule: CompiledRule, _ why: String) -> DocumentProblem {
        DocumentProblem(kind: "match-error", message: "rule \(rule.fullID): PCRE2 \(why)", source: rule.fullID)
    }
}
