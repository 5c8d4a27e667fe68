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
}
