/// Matches every literal term of every rule in one pass over the normalized
/// text: an Aho-Corasick automaton. Its cost per byte does not depend on the
/// number of terms.
///
/// The trie is built compactly (children of a node are contiguous, sorted
/// by byte class). When the automaton is small — the bundled rules, and
/// anything up to a few hundred thousand states — it is compiled to a dense
/// DFA over byte classes (one table lookup per byte); beyond that, a dense
/// table would take gigabytes, and the matcher follows failure links over
/// the compact trie instead (still one pass, a few lookups per byte).
public final class LiteralMatcher: @unchecked Sendable {
    /// One raw hit: the term `pattern` ends at byte `end` (exclusive).
    public struct Hit: Sendable {
        public var pattern: Int32
        public var start: Int
        public var end: Int
    }

    private let classOf: [UInt8]          // byte → class
    private let classCount: Int
    // Compact trie: node → its children [firstChild, firstChild + childCount), sorted by class.
    private let firstChild: [Int32]
    private let childCount: [Int32]
    private let nodeClass: [UInt8]        // class of the edge into a node
    private let fail: [Int32]
    /// Dense rows (state * classCount + class → state) for the first
    /// `denseStates` states in BFS order.
    private let delta: [Int32]
    private let denseStates: Int
    private let outputStart: [Int32]      // state → first index into outputs (count = next - this)
    private let outputs: [Int32]          // pattern ids
    private let patternLength: [Int32]    // pattern id → length in bytes
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
    public init(patterns: [[UInt8]], denseLimit: Int = LiteralMatcher.denseLimit) {
        patternCount = patterns.count
        // Byte classes: bytes that occur in no pattern share class 0.
        var cls = [UInt8](repeating: 0, count: 256)
        var next: UInt8 = 1
        func fold(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b }
        for p in patterns {
            for b in p where cls[Int(fold(b))] == 0 {
                cls[Int(fold(b))] = next
                next = next == 255 ? 255 : next + 1
            }
        }
        for b in 0x41...0x5A { cls[b] = cls[b + 0x20] }
        classOf = cls
        let C = Int(next)
        classCount = C
        patternLength = patterns.map { Int32($0.count) }

        // Patterns as class strings, sorted: the children of every trie node
        // are then met in class order, one level at a time.
        let keyed = patterns.map { $0.map { cls[Int($0)] } }
        let order = keyed.indices.sorted { keyed[$0].lexicographicallyPrecedes(keyed[$1]) }
        // The sorted class strings in one flat buffer: the level-by-level
        // walk below then reads memory in order instead of chasing a heap
        // array per pattern (which dominated building a million terms).
        var flat: [UInt8] = []
        flat.reserveCapacity(keyed.reduce(0) { $0 + $1.count })
        var offset = [Int](), length = [Int]()
        offset.reserveCapacity(order.count); length.reserveCapacity(order.count)
        for k in order { offset.append(flat.count); length.append(keyed[k].count); flat.append(contentsOf: keyed[k]) }

        // Build level by level (BFS numbering) from the sorted list: a node
        // is a run of sorted patterns sharing a prefix.
        var first: [Int32] = [0], count: [Int32] = [0], label: [UInt8] = [0]
        var nodeOutputs: [[Int32]] = [[]]
        // (node, range in `order`, depth)
        var frontier: [(Int, Range<Int>, Int)] = [(0, 0..<order.count, 0)]
        while !frontier.isEmpty {
            var nextFrontier: [(Int, Range<Int>, Int)] = []
            for (node, range, depth) in frontier {
                var i = range.lowerBound
                // Patterns that end at this node come first in sorted order.
                while i < range.upperBound && length[i] == depth {
                    nodeOutputs[node].append(Int32(order[i]))
                    i += 1
                }
                first[node] = Int32(label.count)
                var kids = 0
                while i < range.upperBound {
                    let c = flat[offset[i] + depth]
                    var j = i + 1
                    while j < range.upperBound && flat[offset[j] + depth] == c { j += 1 }
                    let child = label.count
                    first.append(0); count.append(0); label.append(c); nodeOutputs.append([])
                    nextFrontier.append((child, i..<j, depth + 1))
                    kids += 1
                    i = j
                }
                count[node] = Int32(kids)
            }
            frontier = nextFrontier
        }
        let n = label.count
        stateCount = n

        func child(_ s: Int, _ c: UInt8) -> Int? {
            var lo = Int(first[s]), hi = lo + Int(count[s])
            while lo < hi {
                let mid = (lo + hi) >> 1
                if label[mid] < c { lo = mid + 1 } else { hi = mid }
            }
            return lo < Int(first[s]) + Int(count[s]) && label[lo] == c ? lo : nil
        }
        // Failure links in BFS order (node numbers are already BFS order).
        var f = [Int32](repeating: 0, count: n)
        var parent = [Int32](repeating: 0, count: n)
        for s in 0..<n { for k in Int(first[s])..<(Int(first[s]) + Int(count[s])) { parent[k] = Int32(s) } }
        if n > 1 {
            for t in 1..<n {
                let p = Int(parent[t])
                if p == 0 { f[t] = 0; continue }
                var g = Int(f[p])
                while true {
                    if let u = child(g, label[t]) { f[t] = Int32(u); break }
                    if g == 0 { f[t] = 0; break }
                    g = Int(f[g])
                }
            }
        }
        // Outputs: a state reports its own patterns and those of its failure chain.
        var os = [Int32](); os.reserveCapacity(n + 1)
        var o = [Int32]()
        // BFS numbering puts every failure target before the states that
        // fail to it, so its list is complete when it is copied.
        for s in 0..<n {
            os.append(Int32(o.count))
            o.append(contentsOf: nodeOutputs[s])
            if s != 0 {
                let t = Int(f[s])
                let a = Int(os[t]), b = t + 1 < os.count ? Int(os[t + 1]) : o.count
                if a < b { for k in a..<b { o.append(o[k]) } }
            }
        }
        os.append(Int32(o.count))
        outputStart = os
        outputs = o
        var root = [Int32](repeating: 0, count: C)
        for k in Int(first[0])..<(Int(first[0]) + Int(count[0])) { root[Int(label[k])] = Int32(k) }

        // Dense rows for as many states as fit, in BFS order: all of them
        // for the bundled rules; for huge term lists the shallow states,
        // where a scan spends most of its time. row(s)[c] = child, else
        // row(fail(s))[c]; fail(s) comes before s, so its row is ready.
        let dense = min(n, max(1, denseLimit / max(C, 1)))
        var d = [Int32](repeating: 0, count: dense * C)
        for c in 0..<C { d[c] = root[c] }
        if dense > 1 {
            for s in 1..<dense {
                let base = s * C
                let f0 = Int(f[s])
                for c in 0..<C { d[base + c] = d[f0 * C + c] }
                for k in Int(first[s])..<(Int(first[s]) + Int(count[s])) { d[base + Int(label[k])] = Int32(k) }
            }
        }
        delta = d
        denseStates = dense
        firstChild = first
        childCount = count
        nodeClass = label
        fail = f
    }

    /// Calls `body` for every occurrence of every pattern (overlapping ones too).
    @inline(__always)
    public func scan(_ text: UnsafeBufferPointer<UInt8>, _ body: (Hit) -> Void) {
        guard patternCount > 0 else { return }
        if denseStates < stateCount { return hybridScan(text, body) }
        var state = 0
        let C = classCount
        classOf.withUnsafeBufferPointer { cls in
            delta.withUnsafeBufferPointer { d in
                outputStart.withUnsafeBufferPointer { os in
                    for i in 0..<text.count {
                        state = Int(d[state * C + Int(cls[Int(text[i])])])
                        let a = os[state], b = os[state + 1]
                        if a != b {
                            for k in Int(a)..<Int(b) {
                                let p = outputs[k]
                                body(Hit(pattern: p, start: i + 1 - Int(patternLength[Int(p)]), end: i + 1))
                            }
                        }
                    }
                }
            }
        }
    }

    /// Dense rows for shallow states, failure links over the compact trie
    /// for the deep ones (until a failure link lands on a dense state).
    private func hybridScan(_ text: UnsafeBufferPointer<UInt8>, _ body: (Hit) -> Void) {
        var state = 0
        let C = classCount, D = denseStates
        classOf.withUnsafeBufferPointer { cls in
        delta.withUnsafeBufferPointer { d in
        firstChild.withUnsafeBufferPointer { first in
        childCount.withUnsafeBufferPointer { count in
        nodeClass.withUnsafeBufferPointer { label in
        fail.withUnsafeBufferPointer { fail in
        outputStart.withUnsafeBufferPointer { os in
            for i in 0..<text.count {
                let c = cls[Int(text[i])]
                while true {
                    if state < D { state = Int(d[state * C + Int(c)]); break }
                    if c != 0 {
                        var lo = Int(first[state]), hi = lo + Int(count[state])
                        let end = hi
                        while lo < hi {
                            let mid = (lo + hi) >> 1
                            if label[mid] < c { lo = mid + 1 } else { hi = mid }
                        }
                        if lo < end && label[lo] == c { state = lo; break }
                    }
                    state = Int(fail[state])
                }
                let a = os[state], b = os[state + 1]
                if a != b {
                    for k in Int(a)..<Int(b) {
                        let p = outputs[k]
                        body(Hit(pattern: p, start: i + 1 - Int(patternLength[Int(p)]), end: i + 1))
                    }
                }
            }
        }}}}}}}
    }
}
