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
            if "\\^$.|?*+()[]{}".unicodeScalars.contains(ch) { out.append("\\") }
            if ch == " " { out.append(" ") } else { out.unicodeScalars.append(ch) }
        }
        return out
    }

    /// A prefix-factored alternation of literal strings (longest first at each
    /// branch), e.g. [الليبي, الليبية] → `الليبي(?:ة)?`-like trie.
    static func trieAlternation(_ words: [String]) -> String {
        final class Node { var kids: [(Character, Node)] = []; var terminal = false }
        let root = Node()
        for w in Set(words) where !w.isEmpty {
            var n = root
            for c in w {
                if let k = n.kids.first(where: { $0.0 == c }) { n = k.1 } else {
                    let k = Node(); n.kids.append((c, k)); n = k
                }
            }
            n.terminal = true
        }
        func emit(_ n: Node) -> String {
            let kids = n.kids.sorted { String($0.0) < String($1.0) }
            var alts = kids.map { escape(String($0.0)) + emit($0.1) }
            if alts.isEmpty { return "" }
            if alts.count == 1 && !n.terminal { return alts[0] }
            // Longest first. Lengths counted once: String.count walks the
            // Characters, and inside the comparator it took a twentieth of start-up.
            var sized = alts.map { (length: $0.count, text: $0) }
            sized.sort { $0.length > $1.length }
            alts = sized.map(\.text)
            return "(?:" + alts.joined(separator: "|") + ")" + (n.terminal ? "?" : "")
        }
        return emit(root)
    }

    /// True when `pattern` has a `|` outside any group or class.
    static func hasTopLevelAlternation(_ pattern: String) -> Bool {
        // Bytes, not Characters: every delimiter is ASCII, and an escape
        // applies to the next scalar, whose lead byte is all that is skipped.
        var depth = 0, inClass = false, escaped = false
        for b in pattern.utf8 {
            if b & 0xC0 == 0x80 { continue }  // continuation byte
            if escaped { escaped = false; continue }
            switch b {
            case UInt8(ascii: "\\"): escaped = true
            case UInt8(ascii: "["): if !inClass { inClass = true }
            case UInt8(ascii: "]"): inClass = false
            case UInt8(ascii: "("): if !inClass { depth += 1 }
            case UInt8(ascii: ")"): if !inClass { depth -= 1 }
            case UInt8(ascii: "|"): if !inClass && depth == 0 { return true }
            default: break
            }
        }
        return false
    }

    /// The literals every match of `wrap(pattern)` starts with, each with
    /// whether it is the `لل`-contracted form; nil when they cannot be proved.
    static func startLiterals(of pattern: String, caseless: Bool,
                              memo: PatternPrefix.GroupMemo? = nil) -> [(String, Bool)]? {
        guard let prefixes = PatternPrefix.literals(of: pattern, caseless: caseless, memo: memo) else { return nil }
        var out = prefixes.map { ($0, false) }
        if pattern.hasPrefix("ال") && !hasTopLevelAlternation(pattern) {
            for p in prefixes where p.hasPrefix("ال") { out.append((String(p.dropFirst()), true)) }
        }
        return out
    }

    /// Wraps a normalized rule pattern with the engine's boundaries. A pattern
    /// that starts with the article ال also matches its لل-contracted form.
    static func wrap(_ pattern: String) -> String {
        if pattern.hasPrefix("ال") && !hasTopLevelAlternation(pattern) {
            let rest = pattern.dropFirst(2)
            return "(?:\(start)ال|\(contractedStart)ل)(?:\(rest))\(end)"
        }
        return "\(start)(?:\(pattern))\(end)"
    }
}
