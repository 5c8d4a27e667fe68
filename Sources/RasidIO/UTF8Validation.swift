/// Finds the first byte that is not part of valid UTF-8, so an error can
/// name the exact offset instead of "bad encoding".
public enum UTF8Validation {
    /// Byte offset of the first invalid sequence, or nil when `bytes` is valid.
    public static func firstInvalidOffset<C: Collection>(_ bytes: C) -> Int? where C.Element == UInt8, C.Index == Int {
        if let fast = bytes.withContiguousStorageIfAvailable({ firstInvalidOffset(in: $0) }) { return fast }
        return general(bytes)
    }

    /// The same over contiguous memory, eight bytes at a time where it can:
    /// a word of ASCII and two-byte sequences with lead bytes D0–DF (Arabic,
    /// Hebrew, Cyrillic: most of a news text) is checked with a few masks;
    /// anything else goes one sequence at a time.
    public static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let p = bytes.baseAddress else { return nil }
        let n = bytes.count
        let tops: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        // Whether the byte before `i` is a lead byte whose continuation is at `i`.
        var carry: UInt64 = 0
        while true {
            if i &+ 8 <= n {
                let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                let high = w & tops
                if high == 0 && carry == 0 { i &+= 8; continue }
                let bit6 = (w << 1) & tops
                let lead = high & bit6, cont = high & ~bit6
                // Every continuation byte right after a lead, every lead D0–DF.
                if cont == (lead << 8) | carry && lead & ((w << 2) | ~(w << 3)) == 0 {
                    carry = lead >> 56
                    i &+= 8
                    continue
                }
            }
            if carry != 0 { i &-= 1; carry = 0 }  // back to the lead byte
            if i >= n { return nil }
            let b0 = p[i]
            if b0 < 0x80 { i &+= 1; continue }
            if b0 &- 0xC2 < 0x1E {  // C2–DF: a two-byte sequence
                guard i &+ 1 < n, p[i &+ 1] & 0xC0 == 0x80 else { return i }
                i &+= 2
                continue
            }
            // Three- and four-byte sequences, and every error.
            let from = i
            if let bad = general(UnsafeBufferPointer(rebasing: bytes[from..<min(n, from + 4)]), stopAfterFirst: true) {
                return from + bad
            }
            i = from + (b0 < 0xF0 ? 3 : 4)
        }
    }

    /// The scalar-by-scalar check; with `stopAfterFirst`, only the sequence at the start.
    static func general<C: Collection>(_ bytes: C, stopAfterFirst: Bool = false) -> Int? where C.Element == UInt8, C.Index == Int {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            var need = 0
            var minCode: UInt32 = 0
            var code: UInt32 = 0
            switch b0 {
            case 0xC2...0xDF: need = 1; code = UInt32(b0 & 0x1F); minCode = 0x80
            case 0xE0...0xEF: need = 2; code = UInt32(b0 & 0x0F); minCode = 0x800
            case 0xF0...0xF4: need = 3; code = UInt32(b0 & 0x07); minCode = 0x10000
            default: return i - bytes.startIndex
            }
            if i + need >= end { return i - bytes.startIndex }
            for k in 1...need {
                let b = bytes[i + k]
                if b & 0xC0 != 0x80 { return i - bytes.startIndex }
                code = code << 6 | UInt32(b & 0x3F)
            }
            if code < minCode || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) { return i - bytes.startIndex }
            i += need + 1
            if stopAfterFirst { return nil }
        }
        return nil
    }
}
