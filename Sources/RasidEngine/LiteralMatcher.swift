/// Matches every literal term of every rule in one pass over the normalized
/// text: an Aho-Corasick automaton over byte classes, whatever the number
/// of terms.
///
/// The states of the first levels, where a scan spends most steps, have
/// dense rows (one table lookup per byte, failures resolved); the deeper
/// ones keep only their children and failure link. Rows for all of the
/// bundled rules' 215,000 states would take 64 MB, a quarter of a process's
/// memory; rows for the first 50,000 take 16 MB and the rest 2 MB, for
/// about 2% more instructions per byte of text.
///
/// The trie is built in one sequential pass over the patterns sorted by
/// bytes (states numbered breadth first). When the whole automaton has at
/// most `stateLimit` states — the bundled rules, and term lists up to some
/// hundred thousand terms — every pattern is in it. Beyond that, the
/// automaton holds the patterns' first `cutDepth` bytes (as many levels as
/// fit, and the smallest subtrees below in whole): reaching the state of a
/// cut prefix means that the patterns sharing it may start there, and they
/// are checked against the text by binary search in the sorted patterns
/// (which share that prefix, so they are contiguous). A million terms then
/// compile in about the time it takes to sort them.
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
        /// How many leading bytes (folded) the k-th pattern shares with the
        /// one before it, when the sort has told; nil: compared here.
        var lcp: [Int32]?
    }

    private let classOf: [UInt8]          // byte → class (ASCII letters folded)
    private let classCount: Int
    /// For the first `denseCount` states (whole levels of the trie): state ×
    /// classCount + class → the next state, as its row offset (state ×
    /// classCount) when it has a row, else as its number with `sparseFlag`;
    /// with `outputFlag` set when that state reports hits (or starts a check
    /// of cut patterns).
    private let delta: [Int32]
    private let denseCount: Int
    /// The trie: state s's children are first[s] ..< first[s + 1], in class
    /// order, labelled with their classes; `fail` is the failure link.
    private let first: [Int32]
    private let label: [UInt8]
    private let fail: [Int32]
    /// States with outputs (one bit each) and, per 64 states, how many
    /// before them have outputs: a state's rank among the output states.
    private let outputBits: [UInt64]
    private let outputRank: [Int32]
    /// Output state of rank r → its hits outputs[outputStart[r] ..< outputStart[r + 1]]:
    /// the patterns ending there, then those of its failure chain.
    private let outputStart: [Int32]
    private let outputs: [Output]
    /// (sorted position, length in bytes) of a pattern.
    struct Output { var pattern: Int32; var length: Int32 }
    /// Sorted position → pattern id; nil: the same.
    private let ids: [Int32]?
    /// The deepest state (bytes).
    private let depth: Int
    /// Whether some patterns were cut at `cutDepth` bytes.
    private let cut: Bool
    private let cutDepth: Int
    // When cut: the patterns sorted (folded bytes), pattern k being
    // patternBytes[patternStart[k] ..< patternStart[k] + patternLength[k]]
    // (the builder's buffers, kept), and for the output state of rank r,
    // the patterns to check where it is reached: sorted positions
    // cutRange[2r] ..< cutRange[2r + 1].
    private let patternBytes: [UInt8]
    private let patternStart: [Int]
    private let patternLength: [Int32]
    private let cutRange: [Int32]

    static let outputFlag = Int32.min
    static let stateMask = Int32.max
    static let sparseFlag = Int32(1 << 30)
    static let idMask = Int32(1 << 30) - 1

    /// Number of distinct patterns (byte strings).
    public let patternCount: Int
    /// Number of automaton states.
    public let stateCount: Int
    /// Whether the automaton holds every pattern whole (no checks).
    public var isWhole: Bool { !cut }
    /// How many states have a dense row.
    public var rowStates: Int { denseCount }

    /// States at most; patterns are cut beyond.
    public static let stateLimit = 1 << 22
    /// Dense-row entries (states × classes) at most: 16 MB.
    public static let rowLimit = 1 << 22
    /// Texts of at least 4 × this many bytes are scanned as four interleaved quarters.
    static let minQuarter = 256

    /// Builds the automaton for `patterns` (UTF-8 byte strings, non-empty).
    /// ASCII letters are matched case-insensitively; callers that need exact
    /// case check the hit's bytes.
    public convenience init(patterns: [[UInt8]], stateLimit: Int = LiteralMatcher.stateLimit,
                            rowLimit: Int = LiteralMatcher.rowLimit) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(patterns.reduce(0) { $0 + $1.count })
        var start: [Int] = [], length: [Int32] = []
        start.reserveCapacity(patterns.count); length.reserveCapacity(patterns.count)
        for p in patterns {
            start.append(bytes.count); length.append(Int32(p.count)); bytes.append(contentsOf: p)
        }
        let (order, lcp) = ByteStrings.sort(bytes: bytes, start: start, length: length, raw: false)
        self.init(sorted: SortedPatterns(bytes: bytes, start: order.map { start[Int($0)] },
                                         length: order.map { length[Int($0)] }, ids: order, lcp: lcp),
                  stateLimit: stateLimit, rowLimit: rowLimit)
    }

    init(sorted p: SortedPatterns, stateLimit: Int = LiteralMatcher.stateLimit, rowLimit: Int = LiteralMatcher.rowLimit) {
        let P = p.start.count
        patternCount = P
        ids = p.ids
        // Byte classes, numbered in byte order (after folding) so that the
        // patterns' order is also the order of their class strings; bytes
        // that occur in no pattern share class 0.
        var used = [Bool](repeating: false, count: 256)
        p.bytes.withUnsafeBufferPointer { b in
            for k in 0..<P { for x in b[p.start[k]..<(p.start[k] + Int(p.length[k]))] { used[Int(x)] = true } }
        }
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
        var lcp = p.lcp ?? [Int32](repeating: 0, count: P)
        let maxLength = Int(p.length.max() ?? 0)
        if p.lcp == nil {
            p.bytes.withUnsafeBufferPointer { b in
                cls.withUnsafeBufferPointer { cls in
                    for k in 1..<max(1, P) {
                        let a = p.start[k - 1], m = min(Int(p.length[k]), Int(p.length[k - 1])), s = p.start[k]
                        var i = 0
                        while i < m && cls[Int(b[a + i])] == cls[Int(b[s + i])] { i += 1 }
                        lcp[k] = Int32(i)
                    }
                }
            }
        }
        // How deep each pattern goes into the automaton: as many whole levels
        // as the table holds (at least one); then, with the room left, the
        // smallest subtrees below that level are put in whole (so a few long
        // terms that share a common prefix are not checked each time it occurs).
        let maxStates = max(1, min(stateLimit, 1 << 29))
        var perDepth = [Int](repeating: 0, count: maxLength + 2)
        for k in 0..<P {
            perDepth[Int(lcp[k]) + 1] += 1
            perDepth[Int(p.length[k]) + 1] -= 1
        }
        var n = 1, running = 0, K = 0
        while K < maxLength {
            running += perDepth[K + 1]
            if K > 0 && n + running > maxStates { break }
            n += running
            K += 1
        }
        let truncated = K < maxLength
        var cap = p.length
        if truncated {
            var subtrees: [(size: Int, lo: Int, hi: Int)] = []
            var k = 0
            while k < P {
                var e = k + 1
                while e < P && Int(lcp[e]) >= K { e += 1 }
                var size = 0
                for j in k..<e where Int(p.length[j]) > K { size += Int(p.length[j]) - max(Int(lcp[j]), K) }
                if size > 0 { subtrees.append((size, k, e)) }
                k = e
            }
            subtrees.sort { $0.size < $1.size }
            var room = min(maxStates - n, n)
            var whole = [Bool](repeating: false, count: P)
            for t in subtrees {
                guard t.size <= room else { break }
                room -= t.size
                for j in t.lo..<t.hi { whole[j] = true }
            }
            for k in 0..<P where !whole[k] { cap[k] = min(cap[k], Int32(K)) }
        }
        let deepest = Int(cap.max() ?? 0)
        for d in perDepth.indices { perDepth[d] = 0 }
        for k in 0..<P where cap[k] > lcp[k] {
            perDepth[Int(lcp[k]) + 1] += 1
            perDepth[Int(cap[k]) + 1] -= 1
        }
        var levelStart = [Int](repeating: 0, count: deepest + 2)
        n = 1
        running = 0
        for d in 1..<(deepest + 1) {
            running += perDepth[d]
            levelStart[d] = n
            n += running
        }
        stateCount = n
        depth = deepest
        cutDepth = K
        cut = truncated

        // One pass in sorted order: the state of a new prefix of depth d is
        // the next free number of level d (breadth-first numbering, children
        // of a node consecutive and in class order).
        var first = [Int32](repeating: -1, count: n + 1)
        var label = [UInt8](repeating: 0, count: n)
        var terminal = [Int32](repeating: 0, count: P)   // pattern k → the state where it ends (or is cut)
        p.bytes.withUnsafeBufferPointer { b in
        cls.withUnsafeBufferPointer { cls in
        first.withUnsafeMutableBufferPointer { first in
        label.withUnsafeMutableBufferPointer { label in
            var nextFree = levelStart
            var path = [Int32](repeating: 0, count: deepest + 1)
            for k in 0..<P {
                let s = p.start[k], len = Int(cap[k])
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
        lcp = []

        // The patterns ending (or cut) at each state: one bit per state, and
        // by the state's rank among them their range in sorted order (equal
        // prefixes are contiguous: patterns equal under case folding, then
        // the ones cut there).
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

        // Failure links, rows and outputs in breadth-first order: a state's
        // failure target and its parent come before it. The states of the
        // levels whose rows fit `rowLimit` get rows.
        let rowBudget = min(max(rowLimit, 0), 1 << 29)
        var dense = n * C <= rowBudget ? n : 1
        if dense < n { for level in 1...deepest where levelStart[level] * C <= rowBudget { dense = levelStart[level] } }
        var d = [Int32](repeating: 0, count: dense * C)
        var f = [Int32](repeating: 0, count: n)
        var outBits = [UInt64](repeating: 0, count: words)
        var outRank = [Int32](repeating: 0, count: words + 1)
        var oStart: [Int32] = [0]
        var o: [Output] = []
        var ranges: [Int32] = []
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
            // The transition from state s on class c (s's row, or its
            // children and then its failure link's).
            func go(_ s: Int, _ c: UInt8) -> Int {
                var s = s
                while s >= dense {
                    for k in Int(first[s])..<Int(first[s + 1]) where label[k] == c { return k }
                    s = Int(f[s])
                }
                return Int(d[s * C + Int(c)])
            }
            for k in Int(first[0])..<Int(first[1]) { d[Int(label[k])] = Int32(k) }
            var parent = 0
            for t in 0..<n {
                if t & 63 == 0 && t > 0 { outRank[t >> 6] = outRank[(t >> 6) - 1] + Int32(outBits[(t >> 6) - 1].nonzeroBitCount) }
                if t > 0 {
                    while Int(first[parent + 1]) <= t { parent += 1 }
                    // fail(t) = the transition from fail(parent) on t's class;
                    // row(t) = row(fail(t)) but for t's children.
                    let ft = parent == 0 ? 0 : go(Int(f[parent]), label[t])
                    f[t] = Int32(ft)
                    if t < dense {
                        let row = t * C, failRow = ft * C
                        (d.baseAddress! + row).update(from: d.baseAddress! + failRow, count: C)
                        for k in Int(first[t])..<Int(first[t + 1]) { d[row + Int(label[k])] = Int32(k) }
                    }
                }
                let ownHere = has(t, own)
                let failTarget = Int(f[t])
                let inherits = t > 0 && has(failTarget, outBits)
                guard ownHere || inherits else { continue }
                outBits[t >> 6] |= 1 << UInt64(t & 63)
                var cutFrom = -1, cutTo = -1
                var outputCount = 0
                if ownHere {
                    let r = rank(t, own, ownRank)
                    for k in Int(ownFirst[r])..<Int(ownEnd[r]) {
                        if cap[k] < p.length[k] {
                            if cutFrom < 0 { cutFrom = k }
                            cutTo = k + 1
                        } else {
                            outputCount += 1
                        }
                    }
                }
                if inherits {
                    let r = rank(failTarget, outBits, outRank)
                    outputCount += Int(oStart[r + 1] - oStart[r])
                    // A state deeper than the cut ends with (at most one) cut
                    // state when one is on its failure chain: check its patterns.
                    if truncated && cutFrom < 0 && ranges[2 * r] < ranges[2 * r + 1] {
                        cutFrom = Int(ranges[2 * r])
                        cutTo = Int(ranges[2 * r + 1])
                    }
                }
                oStart.append(oStart[oStart.count - 1] + Int32(outputCount))
                if truncated {
                    ranges.append(Int32(max(cutFrom, 0)))
                    ranges.append(Int32(max(cutTo, 0)))
                }
            }
            if words > 0 {
                outRank[words] = outRank[words - 1] + Int32(outBits[words - 1].nonzeroBitCount)
            }
            // The outputs, counted above, written in a second pass into an
            // array of their exact size: appended one by one, the array
            // doubled up to twice their size and kept the slack, and the
            // heap's peak at start-up (massif, one thread) fell during the
            // last doubling, while both copies were held.
            o = [Output](unsafeUninitializedCapacity: Int(oStart[oStart.count - 1])) { out, written in
                var w = 0
                for t in 0..<n where has(t, outBits) {
                    if has(t, own) {
                        let r = rank(t, own, ownRank)
                        for k in Int(ownFirst[r])..<Int(ownEnd[r]) where cap[k] >= p.length[k] {
                            out[w] = Output(pattern: Int32(k), length: p.length[k])
                            w += 1
                        }
                    }
                    let failTarget = Int(f[t])
                    if t > 0 && has(failTarget, outBits) {
                        let r = rank(failTarget, outBits, outRank)
                        for k in Int(oStart[r])..<Int(oStart[r + 1]) {
                            out[w] = out[k]
                            w += 1
                        }
                    }
                }
                precondition(w == out.count, "literal automaton: outputs counted and written differ")
                written = w
            }
            // Flag the targets that report hits; targets with rows become row offsets.
            for i in 0..<d.count {
                let s = Int(d[i])
                d[i] = (s < dense ? Int32(s * C) : Int32(s) | Self.sparseFlag) | (has(s, outBits) ? Self.outputFlag : 0)
            }
        }}}}}}}}
        delta = d
        denseCount = dense
        self.first = first
        self.label = label
        fail = f
        outputBits = outBits
        outputRank = outRank
        outputStart = oStart
        outputs = o
        cutRange = ranges
        patternBytes = truncated ? p.bytes : []
        patternStart = truncated ? p.start : []
        patternLength = truncated ? p.length : []
    }

    /// The rank of output state `state` among the output states.
    @inline(__always)
    private func outputIndex(_ state: Int) -> Int {
        Int(outputRank[state >> 6]) + (outputBits[state >> 6] & ((1 << UInt64(state & 63)) &- 1)).nonzeroBitCount
    }

    @inline(__always)
    private func id(_ k: Int32) -> Int32 {
        guard let ids else { return k }
        return ids[Int(k)]
    }

    /// Calls `body` for every occurrence of every pattern (overlapping ones
    /// too), by increasing end; at one end, longest first.
    @inline(__always)
    public func scan(_ text: UnsafeBufferPointer<UInt8>, _ body: (Hit) -> Void) {
        guard patternCount > 0 else { return }
        if cut { return cutScan(text, body) }
        states(text) { state, i in
            let r = outputIndex(state)
            outputs.withUnsafeBufferPointer { o in
                outputStart.withUnsafeBufferPointer { os in
                    for k in Int(os[r])..<Int(os[r + 1]) {
                        let h = o[k]
                        body(Hit(pattern: id(h.pattern), start: i + 1 - Int(h.length), end: i + 1))
                    }
                }
            }
        }
    }

    /// One step of a scan.
    private protocol Stepper {
        func step(_ cur: Int32, _ byte: UInt8) -> Int32
    }

    /// The step when every state has a row.
    private struct RowStep: Stepper {
        let w: Walker
        @inline(__always)
        func step(_ cur: Int32, _ byte: UInt8) -> Int32 { w.rows[Int(cur) &+ Int(w.cls[Int(byte)])] }
    }

    /// The tables a scan reads, as raw pointers (valid while the arrays are held).
    private struct Walker: Stepper {
        let cls: UnsafePointer<UInt8>, rows: UnsafePointer<Int32>
        let first: UnsafePointer<Int32>, label: UnsafePointer<UInt8>, fail: UnsafePointer<Int32>
        let outputBits: UnsafePointer<UInt64>
        let classCount: Int, denseCount: Int

        /// The step from `cur` (a row offset, or a state number with
        /// `sparseFlag`) on `byte`: the next one, with `outputFlag` when it
        /// reports hits.
        @inline(__always)
        func step(_ cur: Int32, _ byte: UInt8) -> Int32 {
            let c = cls[Int(byte)]
            if _fastPath(cur & LiteralMatcher.sparseFlag == 0) { return rows[Int(cur) &+ Int(c)] }
            return deep(Int(cur & LiteralMatcher.idMask), c)
        }

        /// A state without a row: its children, else its failure link's.
        func deep(_ state: Int, _ c: UInt8) -> Int32 {
            var s = state
            repeat {
                var k = Int(first[s])
                let e = Int(first[s &+ 1])
                while k < e {
                    let l = label[k]
                    if l == c {
                        let out = outputBits[k >> 6] & (1 << UInt64(k & 63)) != 0
                        return Int32(truncatingIfNeeded: k) | LiteralMatcher.sparseFlag | (out ? LiteralMatcher.outputFlag : 0)
                    }
                    if l > c { break }
                    k &+= 1
                }
                s = Int(fail[s])
            } while s >= denseCount
            return rows[s &* classCount &+ Int(c)]
        }

        /// The state number of `cur`.
        @inline(__always)
        func state(_ cur: Int32) -> Int {
            cur & LiteralMatcher.sparseFlag != 0 ? Int(cur & LiteralMatcher.idMask) : Int(cur) / classCount
        }
    }

    private func withWalker<R>(_ body: (Walker) -> R) -> R {
        classOf.withUnsafeBufferPointer { cls in
        delta.withUnsafeBufferPointer { rows in
        first.withUnsafeBufferPointer { first in
        label.withUnsafeBufferPointer { label in
        fail.withUnsafeBufferPointer { fail in
        outputBits.withUnsafeBufferPointer { bits in
            body(Walker(cls: cls.baseAddress!, rows: rows.baseAddress!, first: first.baseAddress!, label: label.baseAddress!,
                        fail: fail.baseAddress!, outputBits: bits.baseAddress!, classCount: classCount, denseCount: denseCount))
        }}}}}}
    }

    /// Runs the automaton over `text`; calls `found(state, i)` in order of
    /// `i` for every byte `i` after which it is in an output state.
    ///
    /// Each step is a load that depends on the one before, so a long
    /// text is scanned as four interleaved quarters: four loads in flight
    /// hide most of the latency. A quarter's scan starts `depth` bytes
    /// early, which puts it in the state a single scan would be in (no
    /// state is deeper); the later quarters' output states wait in a list
    /// until the earlier ones are reported.
    @inline(__always)
    private func states(_ text: UnsafeBufferPointer<UInt8>, _ found: (Int, Int) -> Void) {
        withWalker { w in
            // Small automata (every state a row) step without the test for a row.
            if denseCount == stateCount {
                run(text, w, RowStep(w: w), found)
            } else {
                run(text, w, w, found)
            }
        }
    }

    @inline(__always)
    private func run<S: Stepper>(_ text: UnsafeBufferPointer<UInt8>, _ w: Walker, _ stepper: S,
                                 _ found: (Int, Int) -> Void) {
        @inline(__always) func step(_ cur: Int32, _ byte: UInt8) -> Int32 { stepper.step(cur, byte) }
        let n = text.count
        let q = n >> 2
        guard let t = text.baseAddress else { return }
        let mask = Self.stateMask
        if q < max(Self.minQuarter, 2 * depth) {
            var cur: Int32 = 0, i = 0
            while i < n {
                let v = step(cur, t[i])
                cur = v & mask
                if _slowPath(v < 0) { found(w.state(cur), i) }
                i &+= 1
            }
            return
        }
        var held1: [(cur: Int32, at: Int)] = [], held2: [(cur: Int32, at: Int)] = [], held3: [(cur: Int32, at: Int)] = []
        let back = depth
        func enter(_ at: Int) -> Int32 {
            var cur: Int32 = 0
            for i in (at - back)..<at { cur = step(cur, t[i]) & mask }
            return cur
        }
        var c0: Int32 = 0, c1 = enter(q), c2 = enter(2 &* q), c3 = enter(3 &* q)
        let t1 = t + q, t2 = t + 2 &* q, t3 = t + 3 &* q
        var i = 0
        while i < q {
            let v0 = step(c0, t[i])
            let v1 = step(c1, t1[i])
            let v2 = step(c2, t2[i])
            let v3 = step(c3, t3[i])
            c0 = v0 & mask
            c1 = v1 & mask
            c2 = v2 & mask
            c3 = v3 & mask
            if _slowPath((v0 | v1 | v2 | v3) < 0) {
                if v0 < 0 { found(w.state(c0), i) }
                if v1 < 0 { held1.append((c1, q &+ i)) }
                if v2 < 0 { held2.append((c2, 2 &* q &+ i)) }
                if v3 < 0 { held3.append((c3, 3 &* q &+ i)) }
            }
            i &+= 1
        }
        var k = 4 &* q
        while k < n {
            let v = step(c3, t[k])
            c3 = v & mask
            if v < 0 { held3.append((c3, k)) }
            k &+= 1
        }
        for h in held1 { found(w.state(h.cur), h.at) }
        for h in held2 { found(w.state(h.cur), h.at) }
        for h in held3 { found(w.state(h.cur), h.at) }
    }

    /// The scan when patterns are cut: the automaton's hits, and the cut
    /// patterns that match where their prefix's state is reached, sorted
    /// into the order of a scan over whole patterns (by end, longest first).
    private func cutScan(_ text: UnsafeBufferPointer<UInt8>, _ body: (Hit) -> Void) {
        var hits: [(end: Int, length: Int32, pattern: Int32)] = []
        var unordered = false
        states(text) { state, i in
            let r = outputIndex(state)
            for k in Int(outputStart[r])..<Int(outputStart[r + 1]) {
                let h = outputs[k]
                hits.append((i + 1, h.length, h.pattern))
            }
            let lo = Int(cutRange[2 * r]), hi = Int(cutRange[2 * r + 1])
            if lo < hi {
                let before = hits.count
                check(lo, hi, from: i + 1 - cutDepth, in: text, &hits)
                if hits.count > before { unordered = true }
            }
        }
        if unordered { hits.sort { ($0.end, -$0.length, $0.pattern) < ($1.end, -$1.length, $1.pattern) } }
        for h in hits { body(Hit(pattern: id(h.pattern), start: h.end - Int(h.length), end: h.end)) }
    }

    /// The patterns of sorted positions lo..<hi (which share their first
    /// `cutDepth` bytes with the text at `start`) that match there whole.
    private func check(_ lo: Int, _ hi: Int, from start: Int, in text: UnsafeBufferPointer<UInt8>,
                       _ hits: inout [(end: Int, length: Int32, pattern: Int32)]) {
        patternBytes.withUnsafeBufferPointer { b in
        patternStart.withUnsafeBufferPointer { ps in
        patternLength.withUnsafeBufferPointer { pl in
                var lo = lo, hi = hi, d = cutDepth
                while lo < hi {
                    // Sorted: among patterns sharing d bytes, those of length d come first.
                    while lo < hi && pl[lo] == d {
                        hits.append((start + d, Int32(d), Int32(lo)))
                        lo += 1
                    }
                    guard lo < hi, start + d < text.count else { return }
                    let c = ByteStrings.fold(text[start + d])
                    var a = lo, z = hi
                    while a < z {
                        let m = (a + z) >> 1
                        if ByteStrings.fold(b[ps[m] + d]) < c { a = m + 1 } else { z = m }
                    }
                    var e = a
                    z = hi
                    while e < z {
                        let m = (e + z) >> 1
                        if ByteStrings.fold(b[ps[m] + d]) <= c { e = m + 1 } else { z = m }
                    }
                    lo = a
                    hi = e
                    d += 1
                }
        }}}
    }
}

/// Sorting byte strings held in one buffer, for building automata.
enum ByteStrings {
    @inline(__always)
    static func fold(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }

    /// The strings `bytes[start[i] ..< start[i] + length[i]]` (non-empty)
    /// in ascending order of their bytes with ASCII letters folded to lower
    /// case, ties broken by the raw bytes when `raw`, then by index; and for
    /// each sorted position, how many leading (folded) bytes it shares with
    /// the string before it.
    ///
    /// Sorted 16 bytes at a time (most significant first): a string's next
    /// 16 bytes become two integers, so comparisons never touch the buffer,
    /// and only strings that tie on them get their next 16 bytes read.
    static func sort(bytes: [UInt8], start: [Int], length: [Int32], raw: Bool) -> (order: [Int32], lcp: [Int32]) {
        let count = start.count
        // The 16 bytes at `offset`, big-endian, zero-padded; `rest` is how
        // many bytes the string has from there, 17 standing for more than 16.
        struct Key { var high: UInt64; var low: UInt64; var rest: Int32; var index: Int32 }
        var keys = [Key]()
        keys.reserveCapacity(count)
        var lcp = [Int32](repeating: 0, count: count)
        bytes.withUnsafeBufferPointer { b in
            @inline(__always) func key(_ i: Int, _ offset: Int) -> Key {
                let s = start[i] + offset, n = Int(length[i]) - offset
                var x: UInt64 = 0, y: UInt64 = 0
                for j in 0..<8 { x = x << 8 | UInt64(j < n ? fold(b[s + j]) : 0) }
                for j in 8..<16 { y = y << 8 | UInt64(j < n ? fold(b[s + j]) : 0) }
                return Key(high: x, low: y, rest: Int32(min(n, 17)), index: Int32(i))
            }
            @inline(__always) func less(_ x: Key, _ y: Key) -> Bool {
                x.high != y.high ? x.high < y.high : x.low != y.low ? x.low < y.low : x.rest < y.rest
            }
            @inline(__always) func same(_ x: Key, _ y: Key) -> Bool {
                x.high == y.high && x.low == y.low && x.rest == y.rest
            }
            /// Leading bytes two different keys at one offset share.
            @inline(__always) func common(_ a: Key, _ c: Key) -> Int32 {
                let equal: Int32 = a.high != c.high ? Int32((a.high ^ c.high).leadingZeroBitCount >> 3)
                    : a.low != c.low ? 8 + Int32((a.low ^ c.low).leadingZeroBitCount >> 3) : 16
                return min(equal, min(a.rest, c.rest))
            }
            for i in 0..<count { keys.append(key(i, 0)) }
            keys.withUnsafeMutableBufferPointer { keys in
                var pending: [(lo: Int, hi: Int, offset: Int)] = [(0, count, 0)]
                while let (lo, hi, offset) = pending.popLast() {
                    if offset > 0 { for k in lo..<hi { keys[k] = key(Int(keys[k].index), offset) } }
                    var range = UnsafeMutableBufferPointer<Key>(rebasing: keys[lo..<hi])
                    range.sort { (x: Key, y: Key) -> Bool in less(x, y) }
                    var i = lo
                    while i < hi {
                        var j = i + 1
                        while j < hi && same(keys[j], keys[i]) { j += 1 }
                        // (The first of a range shares as much with the one before as the whole range does: set above.)
                        if i > lo { lcp[i] = Int32(offset) + common(keys[i - 1], keys[i]) }
                        if j - i > 1 {
                            if keys[i].rest > 16 {
                                pending.append((i, j, offset + 16))
                            } else {
                                // Equal after folding.
                                for k in (i + 1)..<j { lcp[k] = Int32(offset) + keys[k].rest }
                                var ties = UnsafeMutableBufferPointer<Key>(rebasing: keys[i..<j])
                                ties.sort { (x: Key, y: Key) -> Bool in
                                    if raw {
                                        let sx = start[Int(x.index)], sy = start[Int(y.index)]
                                        for k in 0..<Int(length[Int(x.index)]) where b[sx + k] != b[sy + k] {
                                            return b[sx + k] < b[sy + k]
                                        }
                                    }
                                    return x.index < y.index
                                }
                            }
                        }
                        i = j
                    }
                }
            }
        }
        return (keys.map(\.index), lcp)
    }
}
