/// A word of the normalized text: its byte range there and its original
/// scalar range.
struct Token {
    var bytes: Range<Int>
    /// Original scalar range (filled in by the caller in one batch).
    var original: Range<Int> = 0..<0
}

/// Splits normalized text into words (runs of letters, marks and digits).
enum Tokenizer {
    static func words(_ text: NormalizedText) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(text.bytes.count / 8)
        text.bytes.withUnsafeBufferPointer { b in
            var i = 0
            var start = -1
            while i < b.count {
                let (v, n) = TextScan.scalar(at: i, in: b)
                if TextScan.isWord(v) {
                    if start < 0 { start = i }
                } else if start >= 0 {
                    out.append(Token(bytes: start..<i))
                    start = -1
                }
                i += n
            }
            if start >= 0 { out.append(Token(bytes: start..<b.count)) }
        }
        let ranges = text.originalRanges(out.map(\.bytes))
        for i in out.indices { out[i].original = ranges[i] }
        return out
    }
}
