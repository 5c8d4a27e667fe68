/// Character classes on normalized UTF-8: what counts as part of a word,
/// which letters are proclitics. Shared by every matcher so that all of
/// them agree on boundaries.
public enum TextScan {
    /// The proclitics و ف ب ك ل that may be glued before a word.
    public static let proclitics: Set<UInt32> = [0x0648, 0x0641, 0x0628, 0x0643, 0x0644]

    /// Whether `v` is one of `proclitics` (without hashing).
    @inline(__always)
    public static func isProclitic(_ v: UInt32) -> Bool {
        switch v {
        case 0x0648, 0x0641, 0x0628, 0x0643, 0x0644: return true
        default: return false
        }
    }

    static let lam: UInt32 = 0x0644

    /// Letters, marks and digits belong to words; everything else separates them.
    @inline(__always)
    public static func isWord(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        // Arabic letters, tatweel, marks and digits; the block's punctuation
        // (، ؛ ؟ ٪ ٫ ٬ ٭ ۔) and symbols (۝ ۞ ۩) separate words.
        if v >= 0x0621 && v <= 0x0669 { return true }
        if v >= 0x066E && v <= 0x06FF { return !(v == 0x06D4 || v == 0x06DD || v == 0x06DE || v == 0x06E9) }
        if v < 0x10000 { return wordBMP[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return isWordByProperties(v)
    }

    /// `isWord` for the Basic Multilingual Plane as a bitmap, built once from
    /// Unicode's properties: quotes and punctuation are answered without a
    /// property lookup.
    static let wordBMP: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for v in UInt32(0)..<0x10000 {
            // The big blocks of ideographs and syllables are letters throughout,
            // and surrogates are not scalars: no property lookup for them.
            let word: Bool
            switch v {
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3: word = true
            case 0xD800...0xDFFF: word = false
            default: word = isWordByProperties(v)
            }
            if word { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) }
        }
        return bits
    }()

    static func isWordByProperties(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        if v >= 0x0621 && v <= 0x0669 { return true }
        if v >= 0x066E && v <= 0x06FF { return !(v == 0x06D4 || v == 0x06DD || v == 0x06DE || v == 0x06E9) }
        guard let s = Unicode.Scalar(v) else { return false }
        let p = s.properties
        if p.isAlphabetic { return true }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// The length of the UTF-8 sequence that starts with lead byte `b`
    /// (branch-free: text mixes one- and two-byte scalars unpredictably).
    @inline(__always)
    public static func sequenceLength(_ b: UInt8) -> Int {
        1 &+ (b >= 0xC0 ? 1 : 0) &+ (b >= 0xE0 ? 1 : 0) &+ (b >= 0xF0 ? 1 : 0)
    }

    /// Decodes the scalar starting at byte `i`; returns it and its length.
    @inline(__always)
    public static func scalar(at i: Int, in b: UnsafeBufferPointer<UInt8>) -> (UInt32, Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3)
        }
        return (
            (b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                | UInt32(b[i + 3] & 0x3F), 4
        )
    }

    /// The scalar that ends right before byte `i` (i > 0) and where it starts.
    @inline(__always)
    public static func scalar(before i: Int, in b: UnsafeBufferPointer<UInt8>) -> (UInt32, Int) {
        var j = i - 1
        while j > 0 && b[j] & 0xC0 == 0x80 { j -= 1 }
        return (scalar(at: j, in: b).0, j)
    }

    /// True when nothing word-like follows byte offset `end`.
    @inline(__always)
    public static func isEndBoundary(_ end: Int, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        end >= b.count || !isWord(scalar(at: end, in: b).0)
    }

    /// True when a word may start at `start`: at a boundary, or after one or
    /// two proclitics (و/ف then ب/ك/ل) that themselves follow a boundary.
    /// With `contracted`, the match is the `لل` form of an `ال` word and must
    /// follow the preposition ل (optionally after و/ف).
    @inline(__always)
    public static func isStartBoundary(_ start: Int, in b: UnsafeBufferPointer<UInt8>, contracted: Bool = false)
        -> Bool
    {
        if start == 0 { return !contracted }
        let (c1, p1) = scalar(before: start, in: b)
        if contracted {
            guard c1 == lam else { return false }
            if p1 == 0 { return true }
            let (c2, p2) = scalar(before: p1, in: b)
            if !isWord(c2) { return true }
            guard c2 == 0x0648 || c2 == 0x0641 else { return false }
            return p2 == 0 || !isWord(scalar(before: p2, in: b).0)
        }
        if !isWord(c1) { return true }
        guard isProclitic(c1) else { return false }
        if p1 == 0 { return true }
        let (c2, p2) = scalar(before: p1, in: b)
        if !isWord(c2) { return true }
        guard (c2 == 0x0648 || c2 == 0x0641) && c1 != 0x0648 && c1 != 0x0641 else { return false }
        return p2 == 0 || !isWord(scalar(before: p2, in: b).0)
    }

    /// The number of Unicode scalars of `text` (its length in report offsets),
    /// counted on its UTF-8 without decoding.
    public static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { buf in
            guard let base = buf.baseAddress else { return 0 }
            let blocks = buf.count / 16
            var n = countScalarStarts(UnsafeRawPointer(base), at: 0, blocks: blocks)
            for i in (16 * blocks)..<buf.count where Int8(bitPattern: buf[i]) >= -64 { n &+= 1 }
            return n
        }
    }

    /// The scalars that start in `blocks` blocks of 16 bytes from `offset`:
    /// every byte but a continuation byte (0x80–0xBF, below -64 as Int8)
    /// starts one. Byte counters add up in vector lanes and are summed once
    /// per 255 blocks, not once per block.
    @inline(__always)
    static func countScalarStarts(_ raw: UnsafeRawPointer, at offset: Int, blocks: Int) -> Int {
        let floor = SIMD16<Int8>(repeating: -64), one = SIMD16<UInt8>(repeating: 1), zero = SIMD16<UInt8>()
        var total = 0, done = 0
        while done < blocks {
            let run = min(blocks - done, 255)
            var lanes = SIMD16<UInt8>()
            var at = offset + 16 * done
            for _ in 0..<run {
                let v = raw.loadUnaligned(fromByteOffset: at, as: SIMD16<Int8>.self)
                lanes &+= zero.replacing(with: one, where: v .>= floor)
                at &+= 16
            }
            total &+= Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
            done += run
        }
        return total
    }

    /// The scalars of `text`, decoded from its UTF-8 in one pass.
    public static func scalars(_ text: String) -> [UInt32] {
        var text = text
        let count = scalarCount(text)
        return text.withUTF8 { buf in
            [UInt32](unsafeUninitializedCapacity: count) { out, written in
                var i = 0, k = 0
                while i < buf.count {
                    let (v, n) = scalar(at: i, in: buf)
                    out[k] = v
                    k += 1
                    i += n
                }
                written = k
            }
        }
    }

    /// Moves `byte` (the start of scalar number `scalar`) forward to the start
    /// of scalar number `target`, or to the end of `buf`: whole blocks of 16
    /// bytes while they cannot hold more scalars than are left to pass (a
    /// block holds at most 16), then one scalar at a time.
    @inline(__always)
    public static func advance(_ buf: UnsafeBufferPointer<UInt8>, byte: inout Int, scalar: inout Int, to target: Int) {
        if let base = buf.baseAddress {
            let raw = UnsafeRawPointer(base)
            while true {
                let blocks = min((target - scalar) / 16, (buf.count - byte) / 16)
                if blocks <= 0 { break }
                scalar &+= countScalarStarts(raw, at: byte, blocks: blocks)
                byte += 16 * blocks
                // The last block may end inside a scalar, already counted: step past its tail.
                while byte < buf.count && buf[byte] & 0xC0 == 0x80 { byte += 1 }
            }
        }
        while scalar < target && byte < buf.count {
            byte += sequenceLength(buf[byte])
            scalar += 1
        }
    }
}
