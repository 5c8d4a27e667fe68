import RasidModel

/// Writes reports as CoNLL BIO, the column format sequence taggers read:
/// one `TOKEN TAG` line per token (separated by one space; tokens never
/// contain white space), a blank line after each sentence, and
/// `-DOCSTART- O` before each document, in report order.
///
/// - Tokens are runs of letters, marks and digits; every other visible
///   character is a token of its own; white space and format characters
///   (BOM, direction marks) separate tokens. A token is also cut wherever a
///   tagged span begins or ends, so a proclitic stays outside:
///   `وتونس` → `و O`, `تونس B-COUNTRY`.
/// - Sentences end at line breaks and after `.` `!` `?` `؟` `…` followed by
///   white space, never inside a tagged span.
/// - Nested and overlapping spans: one tag per token, so the **longest span
///   wins** (ties: the earlier start, then the label order of the guidelines);
///   a span that overlaps a winner is left out of the BIO column. The JSON
///   report keeps every span.
public final class CoNLLWriter: DocumentReportWriter {
    /// One token with its offsets (Unicode scalars) and BIO tag.
    public struct Token: Sendable, Equatable {
        public var text: String
        public var start: Int
        public var end: Int
        public var tag: String
        /// The token ends a sentence.
        public var endsSentence: Bool
    }

    private let out: StreamBuffer

    public init(sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        out = StreamBuffer(sink: sink)
    }

    public func begin() throws {}

    public func write(_ report: DocumentReport) throws {
        out.append("-DOCSTART- O\n\n")
        let tokens = Self.tokens(report)
        for (i, t) in tokens.enumerated() {
            out.append(t.text + " " + t.tag + "\n")
            if t.endsSentence || i == tokens.count - 1 { out.append("\n") }
        }
        try out.flushIfLarge()
    }

    public func finish() throws { try out.flush() }

    /// The spans that get tags: longest first, each kept when it overlaps none kept before.
    public static func bioSpans(_ spans: [Span]) -> [Span] {
        let order = spans.indices.sorted { a, b in
            let x = spans[a], y = spans[b]
            if x.length != y.length { return x.length > y.length }
            if x.start != y.start { return x.start < y.start }
            return EntityTable.labelRank(x.label) < EntityTable.labelRank(y.label)
        }
        var kept: [Span] = []
        for i in order where spans[i].length > 0 && !kept.contains(where: { $0.overlaps(spans[i]) }) {
            kept.append(spans[i])
        }
        return kept.sorted { $0.start < $1.start }
    }

    /// The document's tokens and tags.
    public static func tokens(_ report: DocumentReport) -> [Token] {
        let scalars = Array(report.text.unicodeScalars)
        let n = scalars.count
        let spans = bioSpans(report.spans).filter { $0.start >= 0 && $0.end <= n }
        var cuts = Set<Int>()
        for s in spans { cuts.insert(s.start); cuts.insert(s.end) }
        var tokens: [Token] = []
        var k = 0  // the first span that does not end before the current token
        var lineBreak = false
        var i = 0
        while i < n {
            let c = scalars[i]
            if isSeparator(c) {
                if isLineBreak(c) { lineBreak = true }
                i += 1
                continue
            }
            var j = i + 1
            if isWordCharacter(c) {
                while j < n && isWordCharacter(scalars[j]) && !cuts.contains(j) { j += 1 }
            }
            while k < spans.count && spans[k].end <= i { k += 1 }
            let inside = k < spans.count && spans[k].start <= i
            let tag = inside ? (spans[k].start == i ? "B-" : "I-") + spans[k].label : "O"
            // A line break before this token ends the sentence, unless a span goes on across it.
            if lineBreak, !tokens.isEmpty, !(inside && spans[k].start < i) { tokens[tokens.count - 1].endsSentence = true }
            lineBreak = false
            let text = String(String.UnicodeScalarView(scalars[i..<j]))
            let stop = j - i == 1 && ".!?؟…".unicodeScalars.contains(c) && (j == n || isSeparator(scalars[j]))
            let spanGoesOn = inside && spans[k].end > j
            tokens.append(Token(text: text, start: i, end: j, tag: tag, endsSentence: stop && !spanGoesOn))
            i = j
        }
        if !tokens.isEmpty { tokens[tokens.count - 1].endsSentence = true }
        return tokens
    }

    static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default: return false
        }
    }

    static func isSeparator(_ c: Unicode.Scalar) -> Bool {
        c.properties.isWhitespace || c.properties.generalCategory == .format || c.properties.generalCategory == .control
    }

    static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" || c == "\u{85}"
    }
}
