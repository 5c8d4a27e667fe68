import PCRE2

/// A list of patterns with their own literal automaton of start literals:
/// for extractors that own a few patterns (dates) rather than a rule group,
/// whose automaton also holds the terms. Each pattern is tried only where
/// one of its start literals occurs at a word start; a pattern without
/// provable start literals is scanned in full.
final class PrefilteredPatterns: @unchecked Sendable {
    /// Anchored where `prefiltered`: tried only at its start literals' hits.
    let regexes: [Regex]
    let prefiltered: [Bool]
    private let literal: LiteralMatcher
    /// Literal `l` starts the patterns starts[startIndex[l] ..< startIndex[l + 1]]
    /// (flat: a hit retains nothing).
    private let startIndex: [Int32]
    private let starts: [(pattern: Int32, contracted: Bool)]

    /// `patterns` are normalized, not yet wrapped with the engine's boundaries.
    init(_ patterns: [String], options: Regex.Options = []) throws {
        var regexes: [Regex] = [], prefiltered: [Bool] = []
        var literals: [[UInt8]] = [], index: [[UInt8]: Int] = [:], starts: [[(pattern: Int, contracted: Bool)]] = []
        for (i, p) in patterns.enumerated() {
            let wrapped = RegexSource.wrap(p)
            let lits = RegexSource.startLiterals(of: p, caseless: options.contains(.caseless))
            // Only the form that does the matching (see PatternScan).
            regexes.append(try Regex(wrapped, options: lits == nil ? options : options.union(.anchored)))
            prefiltered.append(lits != nil)
            guard let lits else { continue }
            for (lit, contracted) in lits {
                let bytes = Array(lit.utf8)
                if let k = index[bytes] { starts[k].append((i, contracted)); continue }
                index[bytes] = literals.count
                literals.append(bytes)
                starts.append([(i, contracted)])
            }
        }
        self.regexes = regexes
        self.prefiltered = prefiltered
        literal = LiteralMatcher(patterns: literals)
        startIndex = starts.reduce(into: [0]) { $0.append($0.last! + Int32($1.count)) }
        self.starts = starts.flatMap { $0.map { (Int32($0.pattern), $0.contracted) } }
    }

    /// Calls `found(pattern, wholeRange)` for every match of every pattern,
    /// pattern by pattern, while `scratch` holds the match's groups. Returns
    /// the patterns stopped early by PCRE2 and why.
    func matches(in buf: UnsafeBufferPointer<UInt8>, scratch: MatchScratch,
                 found: (Int, Range<Int>) -> Void) -> [(Int, MatchOutcome)] {
        var candidates = [[Int]](repeating: [], count: regexes.count)
        startIndex.withUnsafeBufferPointer { startIndex in
            starts.withUnsafeBufferPointer { starts in
                literal.scan(buf) { hit in
                    let l = Int(hit.pattern)
                    for k in Int(startIndex[l])..<Int(startIndex[l + 1]) {
                        let s = starts[k]
                        if TextScan.isStartBoundary(hit.start, in: buf, contracted: s.contracted) {
                            candidates[Int(s.pattern)].append(hit.start)
                        }
                    }
                }
            }
        }
        var stopped: [(Int, MatchOutcome)] = []
        for i in regexes.indices {
            candidates[i].sort()
            if let stop = PatternScan.run(regexes[i], prefiltered: prefiltered[i], candidates: candidates[i][...], in: buf,
                                          scratch: scratch, found: { found(i, $0) }) {
                stopped.append((i, stop))
            }
        }
        return stopped
    }
}
