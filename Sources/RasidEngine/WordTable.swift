/// A set of words keyed by their UTF-8 bytes, each with a few flag bits,
/// looked up straight from a slice of the normalized text: no `String`, no
/// allocation, no Unicode-aware hashing in the per-token hot path.
struct WordTable: Sendable {
    private var pool: [UInt8] = []
    private var offsets: [Int32] = []   // slot → offset in pool (-1: empty)
    private var lengths: [Int32] = []
    private var flags: [UInt16] = []
    private var mask = 0
    private(set) var count = 0

    init(capacity: Int = 16) {
        var n = 16
        while n < capacity * 2 { n <<= 1 }
        offsets = [Int32](repeating: -1, count: n)
        lengths = [Int32](repeating: 0, count: n)
        flags = [UInt16](repeating: 0, count: n)
        mask = n - 1
    }

    /// Eight bytes at a time (words are short: one or two rounds).
    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(b.count)
        guard let base = b.baseAddress else { return Int(truncatingIfNeeded: h) }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= b.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 32
            i += 8
        }
        if i < b.count {
            var tail: UInt64 = 0
            for k in i..<b.count { tail = tail << 8 | UInt64(b[k]) }
            h = (h ^ tail) &* 0x9E37_79B9_7F4A_7C15
        }
        h ^= h >> 29
        return Int(truncatingIfNeeded: h)
    }

    /// Adds `word` with `bits` (or-ed into the bits it already has).
    mutating func insert<C: Collection>(_ word: C, _ bits: UInt16) where C.Element == UInt8 {
        let bytes = Array(word)
        if (count + 1) * 2 > offsets.count { grow() }
        bytes.withUnsafeBufferPointer { b in
            var slot = Self.hash(b) & mask
            while offsets[slot] >= 0 {
                if equal(slot, b) { flags[slot] |= bits; return }
                slot = (slot + 1) & mask
            }
            offsets[slot] = Int32(pool.count)
            lengths[slot] = Int32(b.count)
            flags[slot] = bits
            pool.append(contentsOf: b)
            count += 1
        }
    }

    /// The bits of the word spelled by `b`, or 0 when it is not in the table.
    @inline(__always)
    func lookup(_ b: UnsafeBufferPointer<UInt8>) -> UInt16 {
        if count == 0 { return 0 }
        var slot = Self.hash(b) & mask
        while offsets[slot] >= 0 {
            if equal(slot, b) { return flags[slot] }
            slot = (slot + 1) & mask
        }
        return 0
    }

    func lookup(_ bytes: [UInt8]) -> UInt16 { bytes.withUnsafeBufferPointer { lookup($0) } }

    @inline(__always)
    private func equal(_ slot: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = Int(lengths[slot])
        guard n == b.count else { return false }
        let o = Int(offsets[slot])
        return pool.withUnsafeBufferPointer { p in
            for k in 0..<n where p[o + k] != b[k] { return false }
            return true
        }
    }

    private mutating func grow() {
        var bigger = WordTable(capacity: offsets.count)
        for slot in offsets.indices where offsets[slot] >= 0 {
            let o = Int(offsets[slot]), n = Int(lengths[slot])
            bigger.insert(pool[o..<(o + n)], flags[slot])
        }
        self = bigger
    }
}
