/// Helpers that write PCRE2 pattern text: escaping, prefix-factored
/// alternations, and the word-boundary/proclitic wrapper every rule gets.
enum RegexSource {
    static let wordClass = "[\\p{L}\\p{M}\\p{N}]"
    static let nonWord = "[^\\p{L}\\p{M}\\p{N}]"
    /// At a word start, or after one or two proclitics (و/ف then ب/ك/ل) at a word start.
    static let start =
        "(?:(?<!\(wordClass))|(?<=^[وفبكل]|\(nonWord)[وفبكل]|^[وف][بكل]|\(nonWord)[وف][بكل]))"
    /// After the preposition ل (optionally after و/ف): the `لل` contraction of `ال`.
    static let contractedStart = "(?<=^ل|\(nonWord)ل|^[وف]ل|\(nonWord)[وف]ل)"
    static let end = "(?!\(wordClass))"

    /// Escapes regex metacharacters so `s` matches literally.
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            if special.contains(ch) { out.append("\\") }
            out.unicodeScalars.append(ch)
        }
        return out
    }

    /// A prefix-factored alternation of literal strings (longest first at each
    /// branch), e.g. [الليبي, الليبية] → `الليبي(?:ة)?`-like trie.
    static func trieAlternation(_ words: [String]) -> String {
        // A trie over scalars, in flat arrays: siblings differ in their first
        // scalar, so the order of the alternatives does not change what the
        // alternation matches; longest first (ties by scalar) keeps it stable.
        var kids: [[(scalar: Unicode.Scalar, node: Int)]] = [[]]
        var terminal = [false]
        for w in Set(words) where !w.isEmpty {
            var n = 0
            for c in w.unicodeScalars {
                if let k = kids[n].first(where: { $0.scalar == c }) {
                    n = k.node
                } else {
                    kids.append([])
                    terminal.append(false)
                    kids[n].append((c, kids.count - 1))
                    n = kids.count - 1
                }
            }
            terminal[n] = true
        }
        // The length in scalars of what each node writes, children first
        // (a child is always made after its parent), so that alternatives
        // can be ordered longest first before any text is written.
        let count = kids.count
        var length = [Int](repeating: 0, count: count)
        for n in stride(from: count - 1, through: 0, by: -1) {
            kids[n].sort { $0.scalar.value < $1.scalar.value }
            guard !kids[n].isEmpty else { continue }
            var sum = 0
            for (c, k) in kids[n] { sum += (special.contains(c) ? 2 : 1) + length[k] }
            length[n] = kids[n].count == 1 && !terminal[n] ? sum : 3 + sum + (kids[n].count - 1) + (terminal[n] ? 2 : 1)
        }
        // Written into one buffer: a string per node, copied into its
        // parent's, cost the text's size times the depth of the trie.
        var out: [UInt8] = []
        out.reserveCapacity(2 * length[0])
        func emit(_ n: Int) {
            let alts = kids[n]
            if alts.isEmpty { return }
            let grouped = !(alts.count == 1 && !terminal[n])
            func altLength(_ j: Int) -> Int { (special.contains(alts[j].scalar) ? 2 : 1) + length[alts[j].node] }
            // Longest first; equal lengths keep scalar order.
            let order = grouped ? alts.indices.sorted { x, y in
                let (a, b) = (altLength(x), altLength(y))
                return a != b ? a > b : x < y
            } : Array(alts.indices)
            if grouped { out.append(contentsOf: "(?:".utf8) }
            for (j, a) in order.enumerated() {
                if j > 0 { out.append(UInt8(ascii: "|")) }
                let c = alts[a].scalar
                if special.contains(c) { out.append(UInt8(ascii: "\\")) }
                UTF8.encode(c) { out.append($0) }
                emit(alts[a].node)
            }
            if grouped { out.append(contentsOf: (terminal[n] ? ")?" : ")").utf8) }
        }
        emit(0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Regex metacharacters (escaped by `escape` and in tries).
    private static let special = Set("\\^$.|?*+()[]{}".unicodeScalars)

    /// True when `pattern` has a `|` outside any group or class.
    static func hasTopLevelAlternation(_ pattern: String) -> Bool {
        // (Through the bytes' buffer: patterns that begin with a lookbehind
        // run to megabytes of Arabic, whose bytes are all ≥ 0x80.)
        var text = pattern
        return text.withUTF8 { p in
            var depth = 0
            return firstSyntax(in: p, from: 0) { b in
                switch b {
                case UInt8(ascii: "("): depth += 1
                case UInt8(ascii: ")"): depth -= 1
                default: return depth == 0  // a |
                }
                return false
            } != nil
        }
    }

    /// The offset of the first `(`, `)` or `|` from `from` on, outside
    /// classes and escapes, for which `stop` is true (it is shown each one in
    /// order). Bytes, not Characters: every delimiter is ASCII, and an
    /// escape applies to the next scalar, whose lead byte is all that is skipped.
    private static func firstSyntax(in p: UnsafeBufferPointer<UInt8>, from: Int, where stop: (UInt8) -> Bool) -> Int? {
        var inClass = false, escaped = false
        var k = from
        while k < p.count {
            let b = p[k]
            defer { k += 1 }
            if b >= 0x80 {
                if b >= 0xC0 { escaped = false }  // a lead byte; continuation bytes are skipped
                continue
            }
            if escaped { escaped = false; continue }
            switch b {
            case UInt8(ascii: "\\"): escaped = true
            case UInt8(ascii: "["): if !inClass { inClass = true }
            case UInt8(ascii: "]"): inClass = false
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "|"): if !inClass && stop(b) { return k }
            default: break
            }
        }
        return nil
    }

    /// The lookbehinds `pattern` begins with, as long as each is a list of
    /// plain strings (`(?<=مسقط و|صحار، و)`, `(?<!السيد )`): its alternatives
    /// and whether it is negative. Stops at the first that is not (a class,
    /// an escape, a group inside, a quantifier after it, an empty
    /// alternative, ASCII letters in a caseless pattern); empty when the
    /// pattern has a `|` at its top level (the lookbehind would bind only
    /// the first branch).
    static func leadingLookbehinds(of pattern: String, caseless: Bool) -> [(alternatives: [String], negative: Bool)] {
        // Read from the front only (an expanded pattern can run to megabytes).
        guard pattern.utf8.starts(with: "(?<".utf8) else { return [] }
        let s = pattern.unicodeScalars
        var i = s.startIndex
        func at(_ k: Int) -> Unicode.Scalar? {
            guard let j = s.index(i, offsetBy: k, limitedBy: s.endIndex), j < s.endIndex else { return nil }
            return s[j]
        }
        var out: [(alternatives: [String], negative: Bool)] = []
        scan: while at(0) == "(", at(1) == "?", at(2) == "<", let kind = at(3), kind == "=" || kind == "!" {
            var alternatives: [String] = [], current = ""
            var j = s.index(i, offsetBy: 4)
            while true {
                guard j < s.endIndex else { break scan }
                let c = s[j]
                j = s.index(after: j)
                if c == "|" || c == ")" {
                    if current.isEmpty || (caseless && current.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }) {
                        break scan
                    }
                    alternatives.append(current)
                    current = ""
                    if c == ")" { break }
                    continue
                }
                if special.contains(c) { break scan }
                current.unicodeScalars.append(c)
            }
            if j < s.endIndex, "?*+{".unicodeScalars.contains(s[j]) { break }
            out.append((alternatives, kind == "!"))
            i = j
        }
        if !out.isEmpty && hasTopLevelAlternation(pattern) { return [] }
        return out
    }

    /// The literals every match of `wrap(pattern)` starts with, each with
    /// whether it is the `لل`-contracted form; nil when they cannot be proved.
    static func startLiterals(of pattern: String, caseless: Bool,
                              memo: PatternPrefix.GroupMemo? = nil) -> [(String, Bool)]? {
        guard let prefixes = PatternPrefix.literals(of: pattern, caseless: caseless, memo: memo) else { return nil }
        var out = prefixes.map { ($0, false) }
        if let (_, rest) = articleStart(pattern) {
            // A stem in ل loses the article's ل too (اللواء → للواء): the
            // contracted form is then the stem itself after the preposition.
            let drop = rest.hasPrefix("الل") ? 2 : 1
            for p in prefixes where p.hasPrefix("ال") { out.append((String(p.dropFirst(drop)), true)) }
        }
        return out
    }

    /// When `pattern` begins with the article ال, after any leading
    /// lookbehinds (`(?<!رئيس )المحكمة …`), and has no top-level `|`: those
    /// lookbehinds and the rest, from the article on.
    static func articleStart(_ pattern: String) -> (lookbehinds: Substring, rest: Substring)? {
        var text = pattern
        let end: Int? = text.withUTF8 { p in
            var k = 0
            while k + 3 < p.count, p[k] == UInt8(ascii: "("), p[k + 1] == UInt8(ascii: "?"), p[k + 2] == UInt8(ascii: "<"),
                  p[k + 3] == UInt8(ascii: "=") || p[k + 3] == UInt8(ascii: "!") {
                var depth = 0
                guard let close = firstSyntax(in: p, from: k, where: { b in
                    if b == UInt8(ascii: "(") { depth += 1 } else if b == UInt8(ascii: ")") { depth -= 1; return depth == 0 }
                    return false
                }) else { return nil }
                k = close + 1
            }
            return k
        }
        guard let end else { return nil }
        let k = pattern.utf8.index(pattern.startIndex, offsetBy: end)
        guard pattern[k...].hasPrefix("ال"), !hasTopLevelAlternation(pattern) else { return nil }
        return (pattern[..<k], pattern[k...])
    }

    /// Wraps a normalized rule pattern with the engine's boundaries. A pattern
    /// that starts with the article ال also matches its لل-contracted form:
    /// «للرئيس» → «لرئيس», and for a stem in ل, whose article's ل is not
    /// written either, «للواء» → «لواء» (the guidelines leave out only the
    /// preposition's ل). Lookbehinds before the article (`(?<!رئيس )`)
    /// are checked before the preposition in the contracted form: «رئيس
    /// للمحكمة» is refused as «رئيس المحكمة» is.
    static func wrap(_ pattern: String) -> String {
        if let (lookbehinds, article) = articleStart(pattern) {
            let rest = article.dropFirst(2)
            let lam = rest.hasPrefix("ل") ? "" : "ل"
            let contracted = lookbehinds.isEmpty ? contractedStart : "\(contractedStart)(?<=\(lookbehinds)ل)"
            return "(?:\(start)\(lookbehinds)ال|\(contracted)\(lam))(?:\(rest))\(end)"
        }
        return "\(start)(?:\(pattern))\(end)"
    }
}
