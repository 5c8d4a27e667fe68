/// What a pattern's leading lookbehinds of plain words require of the text
/// just before a candidate start (`(?<=مسقط و|صحار و|…)الحمراء`), checked
/// before PCRE2 is called. PCRE2 tries a lookbehind's alternatives one at a
/// time, which on the lists of places that rules put there cost more than
/// the rest of the pattern; here the text is read backwards once through a
/// trie of the alternatives. A candidate the filter turns away could not
/// have matched: PCRE2 still checks every one it lets through.
struct LookbehindFilter: Sendable {
    /// One lookbehind: the trie of its alternatives, reversed, and whether
    /// it is negative (`(?<!…)`: a candidate after one of them cannot match).
    private struct Condition: Sendable {
        /// Node `n`'s children are `labels`/`targets[first[n] ..< first[n + 1]]`.
        let first: [Int32]
        let labels: [UInt8]
        let targets: [Int32]
        let terminal: [Bool]
        let negative: Bool

        init(_ alternatives: [[UInt8]], negative: Bool) {
            var kids: [[(UInt8, Int)]] = [[]]
            var end = [false]
            for a in alternatives {
                var n = 0
                for b in a.reversed() {
                    if let k = kids[n].first(where: { $0.0 == b }) {
                        n = k.1
                    } else {
                        kids.append([]); end.append(false)
                        kids[n].append((b, kids.count - 1))
                        n = kids.count - 1
                    }
                }
                end[n] = true
            }
            var first: [Int32] = [0], labels: [UInt8] = [], targets: [Int32] = []
            for k in kids {
                for (b, t) in k { labels.append(b); targets.append(Int32(t)) }
                first.append(Int32(labels.count))
            }
            self.first = first; self.labels = labels; self.targets = targets; terminal = end
            self.negative = negative
        }

        /// True when one of the alternatives ends right before `start`.
        func endsAt(_ start: Int, in buf: UnsafeBufferPointer<UInt8>) -> Bool {
            var n = 0, i = start - 1
            while true {
                if terminal[n] { return true }
                guard i >= 0 else { return false }
                let b = buf[i]
                var next = -1
                for k in Int(first[n])..<Int(first[n + 1]) where labels[k] == b { next = Int(targets[k]); break }
                guard next >= 0 else { return false }
                n = next
                i -= 1
            }
        }
    }

    private let conditions: [Condition]

    /// nil when `pattern` does not begin with a lookbehind of plain words.
    init?(pattern: String, caseless: Bool) {
        let found = RegexSource.leadingLookbehinds(of: pattern, caseless: caseless)
        guard !found.isEmpty else { return nil }
        conditions = found.map { Condition($0.alternatives.map { Array($0.utf8) }, negative: $0.negative) }
    }

    /// False when the text before `start` fails one of the lookbehinds.
    func admits(_ start: Int, in buf: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in conditions where c.endsAt(start, in: buf) == c.negative { return false }
        return true
    }
}
