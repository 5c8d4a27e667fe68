/// Matches every literal term of every rule in one pass over the normalized
/// text: an Aho-Corasick automaton compiled to a dense DFA over byte classes.
/// Its cost per byte does not depend on the number of terms.
public final class LiteralMatcher: @unchecked Sendable {
    /// One raw hit: the term `pattern` ends at byte `end` (exclusive).
    public struct Hit: Sendable {
        public var pattern: Int32
        public var start: Int
        public var end: Int
    }

    private let classOf: [UInt8]          // byte → class
    private let classCount: Int
    private let delta: [Int32]            // state * classCount + class → state
    private let outputStart: [Int32]      // state → first index into outputs (count = next - this)
    private let outputs: [Int32]          // pattern ids
    private let patternLength: [Int32]    // pattern id → length in bytes
    /// Number of distinct patterns (byte strings).
    public let patternCount: Int
    /// Number of DFA states.
    public let stateCount: Int

    /// Builds the automaton for `patterns` (UTF-8 byte strings, non-empty).
    /// ASCII letters are matched case-insensitively; callers that need exact
    /// case check the hit's bytes.
    public init(patterns: [[UInt8]]) {
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

        // Trie.
        var trans: [[Int32]] = [[Int32](repeating: -1, count: C)]
        var out: [[Int32]] = [[]]
        for (id, p) in patterns.enumerated() {
            var s = 0
            for b in p {
                let c = Int(cls[Int(b)])
                if trans[s][c] < 0 {
                    trans[s][c] = Int32(trans.count)
                    trans.append([Int32](repeating: -1, count: C))
                    out.append([])
                }
                s = Int(trans[s][c])
            }
            out[s].append(Int32(id))
        }
        // Failure links by BFS; complete the DFA.
        let n = trans.count
        var fail = [Int32](repeating: 0, count: n)
        var queue: [Int] = []
        queue.reserveCapacity(n)
        for c in 0..<C {
            if trans[0][c] < 0 { trans[0][c] = 0 } else { fail[Int(trans[0][c])] = 0; queue.append(Int(trans[0][c])) }
        }
        var head = 0
        while head < queue.count {
            let s = queue[head]; head += 1
            out[s].append(contentsOf: out[Int(fail[s])])
            for c in 0..<C {
                let t = trans[s][c]
                if t < 0 {
                    trans[s][c] = trans[Int(fail[s])][c]
                } else {
                    fail[Int(t)] = trans[Int(fail[s])][c]
                    queue.append(Int(t))
                }
            }
        }
        var d = [Int32]()
        d.reserveCapacity(n * C)
        for row in trans { d.append(contentsOf: row) }
        delta = d
        var os = [Int32](); os.reserveCapacity(n + 1)
        var o = [Int32]()
        for s in 0..<n { os.append(Int32(o.count)); o.append(contentsOf: out[s]) }
        os.append(Int32(o.count))
        outputStart = os
        outputs = o
        patternLength = patterns.map { Int32($0.count) }
        stateCount = n
    }

    /// Calls `body` for every occurrence of every pattern (overlapping ones too).
    @inline(__always)
    public func scan(_ text: UnsafeBufferPointer<UInt8>, _ body: (Hit) -> Void) {
        guard patternCount > 0 else { return }
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
}
