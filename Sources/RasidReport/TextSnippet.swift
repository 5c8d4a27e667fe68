/// A span with a few words of context either side, on one line: how
/// `eval`, `diff` and `explain` show a span to a person in a terminal.
public struct TextSnippet: Sendable, Equatable, Encodable {
    public var before: String
    public var span: String
    public var after: String

    /// `… before ⟦span⟧ after …`, line breaks and tabs shown as spaces.
    public var line: String { "…\(before)⟦\(span)⟧\(after)…" }

    /// `words` whitespace-separated words (at most `maxScalars` scalars) each
    /// side of `start..<end` in `scalars` (a document's text as scalars).
    public init(_ scalars: [Unicode.Scalar], start: Int, end: Int, words: Int = 4, maxScalars: Int = 60) {
        let s = max(0, min(start, scalars.count)), e = max(s, min(end, scalars.count))
        var a = s, seen = 0, inWord = false
        while a > 0 && s - a < maxScalars {
            let space = scalars[a - 1].properties.isWhitespace
            if space && inWord { seen += 1; if seen == words { break } }
            inWord = !space
            a -= 1
        }
        var b = e
        seen = 0; inWord = false
        while b < scalars.count && b - e < maxScalars {
            let space = scalars[b].properties.isWhitespace
            if space && inWord { seen += 1; if seen == words { break } }
            inWord = !space
            b += 1
        }
        before = Self.oneLine(scalars[a..<s])
        span = Self.oneLine(scalars[s..<e])
        after = Self.oneLine(scalars[e..<b])
    }

    static func oneLine(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var v = String.UnicodeScalarView()
        for c in s { v.append(c == "\n" || c == "\r" || c == "\t" ? " " : c) }
        return String(v)
    }
}
