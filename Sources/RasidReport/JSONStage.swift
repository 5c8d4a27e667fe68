/// Writes JSON into a small fixed buffer and moves it into a byte array in
/// chunks: a piece of a report (a key, a number, a run of a string) costs a
/// few stores or one `memmove`, not an `Array.append` call, which matters
/// at a dozen pieces per span. Escapes strings as `JSONBuffer.string` does.
struct JSONStage {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var at = 0
    private var out: [UInt8] = []

    private init(base: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.base = base
        self.capacity = capacity
    }

    /// Runs `body` with a stage whose bytes end up appended to `bytes`.
    static func appending(to bytes: inout [UInt8], _ body: (inout JSONStage) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4096) { buffer in
            var stage = JSONStage(base: buffer.baseAddress!, capacity: buffer.count)
            swap(&stage.out, &bytes)
            body(&stage)
            stage.flush()
            swap(&stage.out, &bytes)
        }
    }

    private mutating func flush() {
        if at > 0 {
            out.append(contentsOf: UnsafeBufferPointer(start: base, count: at))
            at = 0
        }
    }

    /// Makes `n` bytes free (`n` at most `capacity`).
    @inline(__always) private mutating func room(_ n: Int) {
        if at + n > capacity { flush() }
    }

    @inline(__always) private mutating func copy(_ p: UnsafePointer<UInt8>, _ n: Int) {
        if at + n > capacity {
            flush()
            if n > capacity {
                out.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
                return
            }
        }
        (base + at).update(from: p, count: n)
        at += n
    }

    @inline(__always) mutating func raw(_ s: StaticString) {
        copy(s.utf8Start, s.utf8CodeUnitCount)
    }

    @inline(__always) mutating func byte(_ b: UInt8) {
        room(1)
        base[at] = b
        at += 1
    }

    /// The decimal digits of `v`, as `String(v)` writes them.
    mutating func int(_ v: Int) {
        room(20)
        var m = v.magnitude
        if v < 0 { base[at] = 0x2D; at += 1 }
        var digits = 1
        var rest = m
        while rest >= 10 { rest /= 10; digits += 1 }
        var k = at + digits
        at = k
        repeat {
            k -= 1
            base[k] = 0x30 &+ UInt8(truncatingIfNeeded: m % 10)
            m /= 10
        } while m != 0
    }

    /// The bytes of `s`, without a check: for names known to need no escape.
    mutating func unescaped(_ s: String) {
        if s.isEmpty { return }
        if s.utf8.withContiguousStorageIfAvailable({ copy($0.baseAddress!, $0.count) }) == nil {
            var s = s
            s.withUTF8 { copy($0.baseAddress!, $0.count) }
        }
    }

    /// `s` escaped as in a JSON string, without the quotes.
    mutating func stringBody(_ s: String) {
        if s.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
            var s = s
            s.withUTF8 { escaped($0) }
        }
    }

    private mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let p = utf8.baseAddress else { return }
        let n = utf8.count
        var run = 0
        while true {
            let k = Self.plainEnd(p, from: run, count: n)
            if k > run { copy(p + run, k - run) }
            if k == n { return }
            escape(p[k])
            run = k + 1
        }
    }

    /// The index of the first byte from `k` that needs an escape (`"`, `\`
    /// or below 0x20), or `count`: eight bytes at a time, the last few in
    /// one word that overlaps bytes already seen.
    @inline(__always) private static func plainEnd(_ p: UnsafePointer<UInt8>, from k: Int, count: Int) -> Int {
        var k = k
        while k + 8 <= count {
            if needsEscape(UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self)) { break }
            k += 8
        }
        if k < count && k + 8 > count && count >= 8
            && !needsEscape(UnsafeRawPointer(p + count - 8).loadUnaligned(as: UInt64.self)) {
            return count
        }
        while k < count {
            let c = p[k]
            if c == 0x22 || c == 0x5C || c < 0x20 { return k }
            k += 1
        }
        return k
    }

    /// Whether one of the eight bytes is `"`, `\` or below 0x20 (exact for
    /// the word, not for each byte).
    @inline(__always) private static func needsEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = w ^ (ones &* 0x22)
        let slash = w ^ (ones &* 0x5C)
        let hit = ((quote &- ones) & ~quote) | ((slash &- ones) & ~slash) | ((w &- ones &* 0x20) & ~w)
        return hit & (ones &* 0x80) != 0
    }

    private mutating func escape(_ b: UInt8) {
        room(6)
        base[at] = 0x5C
        switch b {
        case 0x22, 0x5C: base[at + 1] = b; at += 2
        case 0x0A: base[at + 1] = 0x6E; at += 2
        case 0x0D: base[at + 1] = 0x72; at += 2
        case 0x09: base[at + 1] = 0x74; at += 2
        default:
            let hex: StaticString = "0123456789abcdef"
            base[at + 1] = 0x75
            base[at + 2] = 0x30
            base[at + 3] = 0x30
            base[at + 4] = hex.utf8Start[Int(b >> 4)]
            base[at + 5] = hex.utf8Start[Int(b & 0xF)]
            at += 6
        }
    }
}
