/// Matches every literal term of every rule in one pass over the normalized
/// text: an Aho-Corasick automaton. Its cost per byte does not depend on the
/// number of terms.
///
/// The trie is built in one sequential pass over the patterns sorted by
/// bytes (children of a node are contiguous, sorted by byte class, states
/// numbered breadth first). When the automaton is small — the bundled rules,
/// and anything up to a few hundred thousand states — it is compiled to a
/// dense DFA over byte classes (one table lookup per byte); beyond that, a
/// dense table would take gigabytes, and only the shallow states get dense
/// rows: deeper ones follow failure links over the compact trie (still one
/// pass, a few lookups per byte).
public final class LiteralMatcher: @unchecked Sendable {
    /// One raw hit: the term `pattern` ends at byte `end` (exclusive).
    public struct Hit: Sendable {
        public var pattern: Int32
        public var start: Int
        public var end: Int
    }

    /// Patterns sorted for the builder: `bytes[start[k] ..< start[k] + length[k]]`
    /// is the k-th pattern in ascending order of its bytes with ASCII letters
    /// folded to lower case; patterns equal under folding may come in any
    /// order, which is the order their hits are reported in.
    struct SortedPatterns {
        var bytes: [UInt8]
        var start: [Int]
        var length: [Int32]
        /// The pattern id of the k-th pattern; nil: k itself.
        var ids: [Int32]?
    }

    private let classOf: [UInt8]          // byte → class (ASCII letters folded)
    private let classCount: Int
    // Compact trie: the children of s are firstChild[s] ..< firstChild[s + 1], sorted by class.
    private let firstChild: [Int32]
    private let nodeClass: [UInt8]        // class of the edge into a node
    private let fail: [Int32]
    /// Dense rows for the first `denseStates` states (breadth-first order).
    /// An entry is the target state with `outputFlag` set when the target
    /// reports hits, so the scan reads one table per byte. When every state
    /// is dense, targets are row offsets (state × classCount), which saves
    /// a multiplication per byte.
    private let delta: [Int32]
    private let denseStates: Int
    /// The longest pattern, in bytes: the deepest state.
    private let maxDepth: Int
    /// Texts of at least 4 × this many bytes are scanned as four interleaved quarters.
    static let minQuarter = 256
    /// States with outputs (one bit each) and, per 64 states, how many
    /// before them have outputs: a state's rank among the output states.
    private let outputBits: [UInt64]
    private let outputRank: [Int32]
    /// Output state of rank r → its hits outputs[outputStart[r] ..< outputStart[r + 1]]:
    /// the patterns ending there, then those of its failure chain.
    private let outputStart: [Int32]
    private let outputs: [Output]
    struct Output { var pattern: Int32; var length: Int32 }

    static let outputFlag = Int32.min
    static let stateMask = Int32.max

    /// Number of distinct patterns (byte strings).
    public let patternCount: Int
    /// Number of automaton states.
    public let stateCount: Int
    /// Whether every state has a dense row (one table lookup per byte).
    public var isDense: Bool { denseStates == stateCount }

    /// Above this many table entries (states × classes), no dense table.
    public static let denseLimit = 16 << 20

    /// Builds the automaton for `patterns` (UTF-8 byte strings, non-empty).
    /// ASCII letters are matched case-insensitively; callers that need exact
    /// case check the hit's bytes.
    public convenience init(patterns: [[UInt8]], denseLimit: Int = LiteralMatcher.denseLimit) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(patterns.reduce(0) { $0 + $1.count })
        var start: [Int] = [], length: [Int32] = []
        start.reserveCapacity(patterns.count); length.reserveCapacity(patterns.count)
        for p in patterns {
            start.append(bytes.count); length.append(Int32(p.count)); bytes.append(contentsOf: p)
        }
        let order = ByteStrings.sortedOrder(bytes: bytes, start: start, length: length, raw: false)
        self.init(sorted: SortedPatterns(bytes: bytes, start: order.map { start[Int($0)] },
                                         length: order.map { length[Int($0)] }, ids: order),
                  denseLimit: denseLimit)
    }

    init(sorted p: SortedPatterns, denseLimit: Int = LiteralMatcher.denseLimit) {
        let P = p.start.count
        patternCount = P
        // Byte classes, numbered in byte order (after folding) so that the
        // patterns' order is also the order of their class strings; bytes
        // that occur in no pattern share class 0.
        var used = [Bool](repeating: false, count: 256)
        p.bytes.withUnsafeBufferPointer { b in for x in b { used[Int(x)] = true } }
        var cls = [UInt8](repeating: 0, count: 256)
        var C = 1
        for b in 0..<256 where !(b >= 0x41 && b <= 0x5A) && (used[b] || (b >= 0x61 && b <= 0x7A && used[b - 0x20])) {
            cls[b] = UInt8(C)
            C += 1
        }
        for b in 0x41...0x5A { cls[b] = cls[b + 0x20] }
        classOf = cls
        classCount = C

        // Shared prefix (in classes) of each pattern with the one before it,
        // and how many states each depth has: pattern k adds the states for
        // its prefixes longer than that shared part.
        var lcp = [Int32](repeating: 0, count: P)
        var maxLength = 0
        p.bytes.withUnsafeBufferPointer { b in
            cls.withUnsafeBufferPointer { cls in
                for k in 0..<P {
                    let n = Int(p.length[k])
                    maxLength = max(maxLength, n)
                    guard k > 0 else { continue }
                    let a = p.start[k - 1], m = min(n, Int(p.length[k - 1])), s = p.start[k]
                    var i = 0
                    while i < m && cls[Int(b[a + i])] == cls[Int(b[s + i])] { i += 1 }
                    lcp[k] = Int32(i)
                }
            }
        }
        var perDepth = [Int](repeating: 0, count: maxLength + 2)
        for k in 0..<P {
            perDepth[Int(lcp[k]) + 1] += 1
            perDepth[Int(p.length[k]) + 1] -= 1
        }
        var levelStart = [Int](repeating: 0, count: maxLength + 2)
        var n = 1, running = 0
        for d in 1..<(maxLength + 1) {
            running += perDepth[d]
            levelStart[d] = n
            n += running
        }
        stateCount = n

        // One pass in sorted order: the state of a new prefix of depth d is
        // the next free number of level d (breadth-first numbering, children
        // of a node consecutive and in class order).
        var first = [Int32](repeating: -1, count: n + 1)
        var label = [UInt8](repeating: 0, count: n)
        var terminal = [Int32](repeating: 0, count: P)   // pattern k → the state where it ends
        p.bytes.withUnsafeBufferPointer { b in
        cls.withUnsafeBufferPointer { cls in
        first.withUnsafeMutableBufferPointer { first in
        label.withUnsafeMutableBufferPointer { label in
            var nextFree = levelStart
            var path = [Int32](repeating: 0, count: maxLength + 1)
            for k in 0..<P {
                let s = p.start[k], len = Int(p.length[k])
                var d = Int(lcp[k])
                while d < len {
                    let id = nextFree[d + 1]
                    nextFree[d + 1] = id + 1
                    label[id] = cls[Int(b[s + d])]
                    let parent = Int(path[d])
                    if first[parent] < 0 { first[parent] = Int32(id) }
                    d += 1
                    path[d] = Int32(id)
                }
                terminal[k] = path[len]
            }
            // A leaf's children start where the next state's do.
            first[n] = Int32(n)
            var s = n - 1
            while s >= 0 {
                if first[s] < 0 { first[s] = first[s + 1] }
                s -= 1
            }
        }}}}

        // The patterns ending at each state: one bit per state, and (by the
        // state's rank among them) their range in sorted order; patterns
        // equal under case folding are consecutive and end at the same state.
        let words = (n + 63) >> 6
        var own = [UInt64](repeating: 0, count: words)
        for k in 0..<P {
            let t = Int(terminal[k])
            own[t >> 6] |= 1 << UInt64(t & 63)
        }
        var ownRank = [Int32](repeating: 0, count: words + 1)
        for w in 0..<words { ownRank[w + 1] = ownRank[w] + Int32(own[w].nonzeroBitCount) }
        var ownFirst = [Int32](repeating: 0, count: Int(ownRank[words]))
        var ownEnd = [Int32](repeating: 0, count: Int(ownRank[words]))
        var k = P - 1
        while k >= 0 {
            let t = Int(terminal[k])
            let r = Int(ownRank[t >> 6]) + (own[t >> 6] & ((1 << UInt64(t & 63)) &- 1)).nonzeroBitCount
            ownFirst[r] = Int32(k)
            if ownEnd[r] == 0 { ownEnd[r] = Int32(k + 1) }
            k -= 1
        }
        terminal = []

        // Failure links, dense rows and outputs in breadth-first order: a
        // state's failure target and its parent come before it.
        let dense = min(n, max(1, min(denseLimit, 1 << 30) / C))
        var d = [Int32](repeating: 0, count: dense * C)
        var f = [Int32](repeating: 0, count: n)
        var outBits = [UInt64](repeating: 0, count: words)
        var outRank = [Int32](repeating: 0, count: words + 1)
        var oStart: [Int32] = [0]
        var o: [Output] = []
        o.reserveCapacity(P)
        let ids = p.ids
        @inline(__always) func rank(_ s: Int, _ bits: UnsafeMutableBufferPointer<UInt64>, _ base: UnsafeMutableBufferPointer<Int32>) -> Int {
            Int(base[s >> 6]) + (bits[s >> 6] & ((1 << UInt64(s & 63)) &- 1)).nonzeroBitCount
        }
        @inline(__always) func has(_ s: Int, _ bits: UnsafeMutableBufferPointer<UInt64>) -> Bool {
            bits[s >> 6] & (1 << UInt64(s & 63)) != 0
        }
        first.withUnsafeMutableBufferPointer { first in
        label.withUnsafeMutableBufferPointer { label in
        d.withUnsafeMutableBufferPointer { d in
        f.withUnsafeMutableBufferPointer { f in
        own.withUnsafeMutableBufferPointer { own in
        ownRank.withUnsafeMutableBufferPointer { ownRank in
        outBits.withUnsafeMutableBufferPointer { outBits in
        outRank.withUnsafeMutableBufferPointer { outRank in
            /// The child of `s` by class `c`, or -1.
            @inline(__always) func child(_ s: Int, _ c: UInt8) -> Int {
                var lo = Int(first[s]), hi = Int(first[s + 1])
                let end = hi
                while lo < hi {
                    let mid = (lo + hi) >> 1
                    if label[mid] < c { lo = mid + 1 } else { hi = mid }
                }
                return lo < end && label[lo] == c ? lo : -1
            }
            for k in Int(first[0])..<Int(first[1]) { d[Int(label[k])] = Int32(k) }
            var parent = 0
            for t in 0..<n {
                if t & 63 == 0 && t > 0 { outRank[t >> 6] = outRank[(t >> 6) - 1] + Int32(outBits[(t >> 6) - 1].nonzeroBitCount) }
                if t > 0 {
                    while Int(first[parent + 1]) <= t { parent += 1 }
                    if parent != 0 {
                        let c = label[t]
                        var g = Int(f[parent])
                        while true {
                            if g < dense { f[t] = d[g * C + Int(c)]; break }
                            let u = child(g, c)
                            if u >= 0 { f[t] = Int32(u); break }
                            g = Int(f[g])
                        }
                    }
                    if t < dense {
                        let row = t * C, failRow = Int(f[t]) * C
                        for c in 0..<C { d[row + c] = d[failRow + c] }
                        for k in Int(first[t])..<Int(first[t + 1]) { d[row + Int(label[k])] = Int32(k) }
                    }
                }
                let ownHere = has(t, own)
                let failTarget = Int(f[t])
                let inherits = t > 0 && has(failTarget, outBits)
                guard ownHere || inherits else { continue }
                outBits[t >> 6] |= 1 << UInt64(t & 63)
                if ownHere {
                    let r = rank(t, own, ownRank)
                    for k in Int(ownFirst[r])..<Int(ownEnd[r]) {
                        o.append(Output(pattern: ids.map { $0[k] } ?? Int32(k), length: p.length[k]))
                    }
                }
                if inherits {
                    let r = rank(failTarget, outBits, outRank)
                    for k in Int(oStart[r])..<Int(oStart[r + 1]) { o.append(o[k]) }
                }
                oStart.append(Int32(o.count))
            }
            if words > 0 {
                outRank[words] = outRank[words - 1] + Int32(outBits[words - 1].nonzeroBitCount)
            }
            // Flag the targets that report hits; with every state dense,
            // targets become row offsets.
            let scale = Int32(dense == n ? C : 1)
            for i in 0..<d.count {
                let s = Int(d[i])
                d[i] = Int32(s) * scale | (has(s, outBits) ? Self.outputFlag : 0)
            }
        }}}}}}}}
        delta = d
        denseStates = dense
        maxDepth = maxLength
        outputBits = outBits
        outputRank = outRank
        outputStart = oStart
        outputs = o
        if dense == n {
            firstChild = []; nodeClass = []; fail = []
        } else {
            firstChild = first; nodeClass = label; fail = f
        }
    }

    @inline(__always)
    private func report(_ state: Int, at i: Int, _ body: (Hit) -> Void) {
        let r = Int(outputRank[state >> 6]) + (outputBits[state >> 6] & ((1 << UInt64(state & 63)) &- 1)).nonzeroBitCount
        outputs.withUnsafeBufferPointer { o in
            outputStart.withUnsafeBufferPointer { os in
                for k in Int(os[r])..<Int(os[r + 1]) {
                    let h = o[k]
                    body(Hit(pattern: h.pattern, start: i + 1 - Int(h.length), end: i + 1))
                }
            }
        }
    }

    /// Calls `body` for every occurrence of every pattern (overlapping ones
    /// too), by increasing end; at one end, longest first.
    @inline(__always)
    public func scan(_ text: UnsafeBufferPointer<UInt8>, _ body: (Hit) -> Void) {
        guard patternCount > 0 else { return }
        if denseStates < stateCount { return hybridScan(text, body) }
        let C = classCount
        if text.count >> 2 >= max(Self.minQuarter, 2 * maxDepth) { return interleavedScan(text, body) }
        classOf.withUnsafeBufferPointer { cls in
            delta.withUnsafeBufferPointer { d in
                var row = 0
                for i in 0..<text.count {
                    let v = d[row + Int(cls[Int(text[i])])]
                    row = Int(v & Self.stateMask)
                    if v < 0 { report(row / C, at: i, body) }
                }
            }
        }
    }

    /// The dense scan as four interleaved scans of the text's quarters: the
    /// next state of each quarter is one dependent load, and four of them
    /// in flight at once hide most of the latency that bounds a single scan
    /// (about twice as fast). A quarter's scan starts `maxDepth` bytes before
    /// it, which puts it in the state a single scan would be in (no state is
    /// deeper than that); hits of the later quarters are held back and
    /// reported after the earlier ones, so the order is a single scan's.
    @inline(__always)
    private func interleavedScan(_ text: UnsafeBufferPointer<UInt8>, _ body: (Hit) -> Void) {
        let n = text.count, q = n >> 2, C = classCount, depth = maxDepth
        var held1: [(row: Int, at: Int)] = [], held2: [(row: Int, at: Int)] = [], held3: [(row: Int, at: Int)] = []
        classOf.withUnsafeBufferPointer { cls in
            delta.withUnsafeBufferPointer { d in
                func enter(_ at: Int) -> Int {
                    var row = 0
                    for i in (at - depth)..<at { row = Int(d[row + Int(cls[Int(text[i])])] & Self.stateMask) }
                    return row
                }
                var r0 = 0, r1 = enter(q), r2 = enter(2 * q), r3 = enter(3 * q)
                for i in 0..<q {
                    let v0 = d[r0 + Int(cls[Int(text[i])])]
                    let v1 = d[r1 + Int(cls[Int(text[q + i])])]
                    let v2 = d[r2 + Int(cls[Int(text[2 * q + i])])]
                    let v3 = d[r3 + Int(cls[Int(text[3 * q + i])])]
                    r0 = Int(v0 & Self.stateMask)
                    r1 = Int(v1 & Self.stateMask)
                    r2 = Int(v2 & Self.stateMask)
                    r3 = Int(v3 & Self.stateMask)
                    if (v0 | v1 | v2 | v3) < 0 {
                        if v0 < 0 { report(r0 / C, at: i, body) }
                        if v1 < 0 { held1.append((r1, q + i)) }
                        if v2 < 0 { held2.append((r2, 2 * q + i)) }
                        if v3 < 0 { held3.append((r3, 3 * q + i)) }
                    }
                }
                for i in (4 * q)..<n {
                    let v = d[r3 + Int(cls[Int(text[i])])]
                    r3 = Int(v & Self.stateMask)
                    if v < 0 { held3.append((r3, i)) }
                }
            }
        }
        for h in held1 { report(h.row / C, at: h.at, body) }
        for h in held2 { report(h.row / C, at: h.at, body) }
        for h in held3 { report(h.row / C, at: h.at, body) }
    }

    /// Dense rows for shallow states, failure links over the compact trie
    /// for the deep ones (until a failure link lands on a dense state).
    private func hybridScan(_ text: UnsafeBufferPointer<UInt8>, _ body: (Hit) -> Void) {
        var state = 0
        let C = classCount, D = denseStates
        classOf.withUnsafeBufferPointer { cls in
        delta.withUnsafeBufferPointer { d in
        firstChild.withUnsafeBufferPointer { first in
        nodeClass.withUnsafeBufferPointer { label in
        fail.withUnsafeBufferPointer { fail in
        outputBits.withUnsafeBufferPointer { bits in
            for i in 0..<text.count {
                let c = cls[Int(text[i])]
                var hit = false
                while true {
                    if state < D {
                        let v = d[state * C + Int(c)]
                        state = Int(v & Self.stateMask)
                        hit = v < 0
                        break
                    }
                    if c != 0 {
                        var lo = Int(first[state]), hi = Int(first[state + 1])
                        let end = hi
                        while lo < hi {
                            let mid = (lo + hi) >> 1
                            if label[mid] < c { lo = mid + 1 } else { hi = mid }
                        }
                        if lo < end && label[lo] == c {
                            state = lo
                            hit = bits[lo >> 6] & (1 << UInt64(lo & 63)) != 0
                            break
                        }
                    }
                    state = Int(fail[state])
                }
                if hit { report(state, at: i, body) }
            }
        }}}}}}
    }
}

/// Sorting byte strings held in one buffer, for building automata.
enum ByteStrings {
    @inline(__always)
    static func fold(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }

    /// The indices of the strings `bytes[start[i] ..< start[i] + length[i]]`
    /// in ascending order of their bytes with ASCII letters folded to lower
    /// case; ties broken by the raw bytes when `raw`, then by index.
    static func sortedOrder(bytes: [UInt8], start: [Int], length: [Int32], raw: Bool) -> [Int32] {
        let count = start.count
        // The first 8 folded bytes as one big-endian number decide most comparisons.
        struct Key { var prefix: UInt64; var index: Int32 }
        var keys = [Key]()
        keys.reserveCapacity(count)
        bytes.withUnsafeBufferPointer { b in
            for i in 0..<count {
                var x: UInt64 = 0
                let s = start[i], n = Int(length[i])
                for j in 0..<8 { x = x << 8 | UInt64(j < n ? fold(b[s + j]) : 0) }
                keys.append(Key(prefix: x, index: Int32(i)))
            }
            keys.sort { a, c in
                if a.prefix != c.prefix { return a.prefix < c.prefix }
                let i = Int(a.index), j = Int(c.index)
                let sa = start[i], sc = start[j], na = Int(length[i]), nc = Int(length[j])
                let m = min(na, nc)
                var k = min(8, m)
                // Equal prefixes with a short string: zero padding may hide a difference.
                if m < 8 { k = 0 }
                while k < m {
                    let x = fold(b[sa + k]), y = fold(b[sc + k])
                    if x != y { return x < y }
                    k += 1
                }
                if na != nc { return na < nc }
                if raw {
                    for k in 0..<m where b[sa + k] != b[sc + k] { return b[sa + k] < b[sc + k] }
                }
                return i < j
            }
        }
        return keys.map(\.index)
    }
}
