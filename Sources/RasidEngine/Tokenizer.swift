/// A word of the normalized text: its byte range there, its original scalar
/// range, and what a name test asks about its letters.
struct Token {
    var bytes: Range<Int>
    var original: Range<Int>
    /// Scalars in the word.
    var scalars: Int
    /// Every scalar is a letter a name is spelled with (Arabic or Latin).
    var nameLetters: Bool

    /// Name-shaped: letters only, at least two of them.
    var nameShaped: Bool { nameLetters && scalars >= 2 }
}

/// Splits normalized text into words (runs of letters, marks and digits),
/// in one pass that also maps each word back to the original text and
/// counts its letters: no word is decoded twice.
enum Tokenizer {
    static func words(_ text: NormalizedText) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(text.bytes.count / 8)
        let originalCount = text.originalCount
        text.bytes.withUnsafeBufferPointer { b in
            text.byteOrigin.withUnsafeBufferPointer { org in
                // (Locals only, no nested function: captured, they would live in memory.)
                var i = 0, start = -1, scalars = 0, letters = true
                while true {
                    var v: UInt32 = 0x20, n = 1
                    if i < b.count { (v, n) = TextScan.scalar(at: i, in: b) }
                    if i < b.count && TextScan.isWord(v) {
                        if start < 0 { start = i; scalars = 0; letters = true }
                        scalars &+= 1
                        if !isNameLetter(v) { letters = false }
                        // The Arabic letters that follow, most of every word: counted without decoding.
                        while i &+ n &+ 1 < b.count && isArabicLetter(b[i &+ n], b[i &+ n &+ 1]) {
                            scalars &+= 1
                            n &+= 2
                        }
                    } else if start >= 0 {
                        let original = NormalizedText.originalOffset(ofByte: start, org, originalCount)
                            ..< NormalizedText.originalEnd(ofByteEnd: i, start: start, org, originalCount)
                        out.append(Token(bytes: start..<i, original: original, scalars: scalars, nameLetters: letters))
                        start = -1
                    }
                    if i >= b.count { break }
                    i &+= n
                }
            }
        }
        return out
    }

    /// Whether the two bytes are one of ء–ي (U+0621–U+064A: D8 A1 … D9 8A),
    /// a word letter and a name letter alike. (The second byte of a lead
    /// byte D8 or D9 is a continuation byte, 80–BF.)
    @inline(__always)
    static func isArabicLetter(_ b0: UInt8, _ b1: UInt8) -> Bool {
        (b0 == 0xD8 && b1 >= 0xA1) || (b0 == 0xD9 && b1 <= 0x8A)
    }

    /// Arabic letters (with the extended block's) and Latin ones.
    @inline(__always)
    static func isNameLetter(_ v: UInt32) -> Bool {
        (v >= 0x0621 && v <= 0x064A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0x066E && v <= 0x06D3)
    }
}
