/// A word of the normalized text: its byte range there and its text.
struct Token {
    var bytes: Range<Int>
    var text: String
    /// Original scalar range (filled in by the caller in one batch).
    var original: Range<Int> = 0..<0
}

/// Splits normalized text into words (runs of letters, marks and digits).
enum Tokenizer {
    static func words(_ text: NormalizedText) -> [Token] {
        var out: [Token] = []
        text.bytes.withUnsafeBufferPointer { b in
            var i = 0
            var start = -1
            while i < b.count {
                let (v, n) = TextScan.scalar(at: i, in: b)
                if TextScan.isWord(v) {
                    if start < 0 { start = i }
                } else if start >= 0 {
                    out.append(Token(bytes: start..<i, text: String(decoding: b[start..<i], as: UTF8.self)))
                    start = -1
                }
                i += n
            }
            if start >= 0 { out.append(Token(bytes: start..<b.count, text: String(decoding: b[start..<b.count], as: UTF8.self))) }
        }
        let ranges = text.originalRanges(out.map(\.bytes))
        for i in out.indices { out[i].original = ranges[i] }
        return out
    }

    /// The normalized text between two tokens.
    static func gap(_ text: NormalizedText, _ a: Token, _ b: Token) -> String {
        guard a.bytes.upperBound <= b.bytes.lowerBound else { return "" }
        return String(decoding: text.bytes[a.bytes.upperBound..<b.bytes.lowerBound], as: UTF8.self)
    }
}
