/// A set of words keyed by their UTF-8 bytes, each with a few flag bits,
/// looked up straight from a slice of the normalized text: no `String`, no
/// allocation, no Unicode-aware hashing in the per-token hot path.
///
/// Open addressing over one array of slots: a probe reads one slot (where
/// the word is, its length, its flags and a few bits of its hash), and the
/// word's bytes only when all of those agree.
struct WordTable: Sendable {
    private struct Slot {
        var offset: Int32 = -1  // in pool; -1: empty
        var length: Int32 = 0
        var flags: UInt16 = 0
        var tag: UInt16 = 0     // high bits of the hash
    }
    private var pool: [UInt8] = []
    private var slots: [Slot]
    private var mask = 0
    private(set) var count = 0

    init(capacity: Int = 16) {
        var n = 16
        while n < capacity * 2 { n <<= 1 }
        slots = [Slot](repeating: Slot(), count: n)
        mask = n - 1
    }

    /// Eight bytes at a time (words are short: one or two rounds).
    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(b.count)
        guard let base = b.baseAddress else { return h }
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
        return h
    }

    /// Adds `word` with `bits` (or-ed into the bits it already has).
    mutating func insert<C: Collection>(_ word: C, _ bits: UInt16) where C.Element == UInt8 {
        let bytes = Array(word)
        if (count + 1) * 2 > slots.count { grow() }
        bytes.withUnsafeBufferPointer { b in
            let h = Self.hash(b)
            var slot = Int(truncatingIfNeeded: h) & mask
            let tag = UInt16(truncatingIfNeeded: h >> 48)
            while slots[slot].offset >= 0 {
                if slots[slot].tag == tag && equal(slots[slot], b) { slots[slot].flags |= bits; return }
                slot = (slot + 1) & mask
            }
            slots[slot] = Slot(offset: Int32(pool.count), length: Int32(b.count), flags: bits, tag: tag)
            pool.append(contentsOf: b)
            count += 1
        }
    }

    /// The bits of the word spelled by `b`, or 0 when it is not in the table.
    @inline(__always)
    func lookup(_ b: UnsafeBufferPointer<UInt8>) -> UInt16 {
        if count == 0 { return 0 }
        let h = Self.hash(b)
        let tag = UInt16(truncatingIfNeeded: h >> 48)
        return slots.withUnsafeBufferPointer { s in
            var slot = Int(truncatingIfNeeded: h) & mask
            while s[slot].offset >= 0 {
                if s[slot].tag == tag && equal(s[slot], b) { return s[slot].flags }
                slot = (slot + 1) & mask
            }
            return 0
        }
    }

    func lookup(_ bytes: [UInt8]) -> UInt16 { bytes.withUnsafeBufferPointer { lookup($0) } }

    @inline(__always)
    private func equal(_ slot: Slot, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = Int(slot.length)
        guard n == b.count else { return false }
        let o = Int(slot.offset)
        return pool.withUnsafeBufferPointer { p in
            for k in 0..<n where p[o + k] != b[k] { return false }
            return true
        }
    }

    private mutating func grow() {
        var bigger = WordTable(capacity: slots.count)
        for s in slots where s.offset >= 0 {
            let o = Int(s.offset), n = Int(s.length)
            bigger.insert(pool[o..<(o + n)], s.flags)
        }
        self = bigger
    }
}
