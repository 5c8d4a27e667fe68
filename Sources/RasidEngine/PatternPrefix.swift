import Foundation

/// The literal strings every match of a pattern must start with, so that the
/// literal automaton can find the only positions where the pattern needs to
/// be tried (`ميناء|مرفا` → {"ميناء ", "مرفا "}).
///
/// The analysis is conservative: it returns nil whenever it cannot prove a
/// finite set of non-empty prefixes (a pattern that may start with `\p{L}`,
/// inline options, `\K`, a set larger than the limit), and such patterns are
/// scanned in full. Zero-width assertions (lookarounds, anchors) consume
/// nothing and are skipped; the regex still checks them at each candidate.
enum PatternPrefix {
    /// A candidate prefix and whether it spells out everything matched so far
    /// (`exact`), so that what follows may still be appended to it.
    typealias Set = [Bytes: Bool]

    /// A prefix's bytes, hashed in one call (an array of bytes hashes them
    /// one at a time, which was most of the start-up time of big rules).
    struct Bytes: Hashable {
        var b: [UInt8]
        init(_ b: [UInt8]) { self.b = b }
        func hash(into hasher: inout Hasher) { b.withUnsafeBytes { hasher.combine(bytes: $0) } }
    }

    struct Unsupported: Error {}

    /// The prefixes of big groups already analysed: the
    /// `{{@COUNTRY/nisba}}`-style lists are the same few groups inside
    /// dozens of patterns, and each is analysed once per compile (about a
    /// tenth of start-up's instructions saved). Shared by the compiling threads.
    ///
    /// A group is found by its length and a hash of its scalars read off
    /// the pattern's prefix hashes (so a lookup costs the same for any
    /// size), and confirmed on a hit by a second hash of its scalars of
    /// another kind (FNV-1a). Its text is not kept:
    /// the texts were a quarter of start-up's peak heap (30 MB of 111 at
    /// 1,811 rules). Two groups of one length taken for each other would
    /// have to agree on both hashes.
    final class GroupMemo: @unchecked Sendable {
        struct Key: Hashable { var hash: UInt64, length: Int, limit: Int, runs: Bool }
        private var results: [Key: (check: UInt64, set: Set?)] = [:]
        private let lock = NSLock()

        init() {}

        /// The result stored for the group whose scalars are `text` (nil:
        /// none; .some(nil): refused).
        func result(_ key: Key, text: ArraySlice<Unicode.Scalar>) -> Set?? {
            guard let entry = lock.withLock({ results[key] }), entry.check == PatternPrefix.check(text) else { return nil }
            return .some(entry.set)
        }

        /// Keeps `value` (nil: refused) for the group whose scalars are `text`.
        func store(_ key: Key, text: ArraySlice<Unicode.Scalar>, _ value: Set?) {
            let check = PatternPrefix.check(text)
            lock.withLock { if results[key] == nil { results[key] = (check, value) } }
        }

        var count: Int { lock.withLock { results.count } }

        /// Forgets every group (the analyses are start-up's).
        func removeAll() { lock.withLock { results = [:] } }
    }

    /// An FNV-1a hash of `text`'s scalars (`GroupMemo`'s confirmation: a
    /// different family from the polynomial key hash, as cheap as comparing
    /// the texts was).
    static func check(_ text: ArraySlice<Unicode.Scalar>) -> UInt64 {
        text.withUnsafeBufferPointer { src in
            var h: UInt64 = 0xCBF29CE484222325
            for v in src { h = (h ^ UInt64(v.value)) &* 0x100000001B3 }
            return h
        }
    }

    /// The scalars of `s`, decoded from its UTF-8 in one pass (the generic
    /// `Array(s.unicodeScalars)` counts them first and then decodes each
    /// through the string's index, several times the work on long patterns).
    static func scalars(of s: String) -> [Unicode.Scalar] {
        var s = s
        return s.withUTF8 { u in
            [Unicode.Scalar](unsafeUninitializedCapacity: u.count) { out, count in
                var i = 0, n = 0
                while i < u.count {
                    let b0 = UInt32(u[i])
                    var v: UInt32
                    if b0 < 0x80 {
                        v = b0; i += 1
                    } else if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F); i += 2
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F); i += 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6 | UInt32(u[i + 3] & 0x3F)
                        i += 4
                    }
                    (out.baseAddress! + n).initialize(to: Unicode.Scalar(v)!)
                    n += 1
                }
                count = n
            }
        }
    }

    /// Groups shorter than this many scalars are parsed each time (looking
    /// them up would cost about as much).
    static let memoMinimum = 256

    /// Prefixes of `pattern`, or nil when none can be proved. `limit` bounds
    /// the number of strings kept.
    static func literals(of pattern: String, caseless: Bool = false, limit: Int = 1024, runs: Bool = true,
                         memo: GroupMemo? = nil) -> [String]? {
        var p = Parser(scalars: scalars(of: pattern), limit: limit)
        p.runs = runs
        p.memo = memo
        guard let set = try? p.alternation(), p.i == p.scalars.count else { return nil }
        if set.isEmpty || set.keys.contains(Bytes([])) || set.count > limit { return nil }
        // In byte order (the order of scalar values): comparing the bytes is
        // many times cheaper than comparing Arabic strings as Strings.
        let strings = set.keys.map(\.b).sorted { $0.lexicographicallyPrecedes($1) }
            .map { String(decoding: $0, as: UTF8.self) }
        if caseless {
            // The automaton folds ASCII only; other cased letters could be
            // missed. (Uncased scalars need no folding: a dash or a quote
            // mark in a caseless pattern is no reason to scan it in full.)
            for s in strings where s.unicodeScalars.contains(where: {
                $0.value > 0x7F && !(0x0600...0x06FF).contains($0.value) && $0.properties.changesWhenCaseMapped
            }) {
                return nil
            }
        }
        return strings
    }

    struct Parser {
        let scalars: [Unicode.Scalar]
        let limit: Int
        var i = 0
        /// Parsing only to find the end of something whose prefixes do not
        /// matter (after an inexact prefix, inside a lookaround).
        var skipping = false
        /// Append runs of plain characters at once (false: one at a time; the
        /// same result, kept to test that it is).
        var runs = true
        /// Results of big groups seen before (nil: parse every group).
        var memo: GroupMemo?

        /// Where the group opening at each position ends (after its `)`),
        /// from one scan of the whole pattern: -1 where `groupEnd` would
        /// give nil, -2 where the scan cannot tell (not a group's opening, or
        /// after something it does not follow): `groupEnd` is then asked.
        let ends: [Int32]
        /// Prefix hashes of the scalars and the powers of their base, for
        /// the memo's keys (made when the memo is first asked).
        var prefixHash: [UInt64] = []
        var power: [UInt64] = []

        init(scalars: [Unicode.Scalar], limit: Int) {
            self.scalars = scalars
            self.limit = limit
            self.ends = Parser.groupEnds(scalars)
        }

        static let hashBase: UInt64 = 0x100000001B3

        mutating func prepareHashes() {
            var h = [UInt64](repeating: 0, count: scalars.count + 1)
            var p = [UInt64](repeating: 1, count: scalars.count + 1)
            for k in 0..<scalars.count {
                h[k + 1] = h[k] &* Parser.hashBase &+ UInt64(scalars[k].value) &+ 1
                p[k + 1] = p[k] &* Parser.hashBase
            }
            prefixHash = h
            power = p
        }

        func hash(_ from: Int, _ to: Int) -> UInt64 { prefixHash[to] &- prefixHash[from] &* power[to - from] }

        /// The end of the group opening at `k` (see `ends`).
        func end(at k: Int) -> Int? {
            let e = ends[k]
            if e >= 0 { return Int(e) }
            return e == -1 ? nil : Parser.groupEnd(scalars, at: k)
        }

        /// Prefixes of this many bytes (6 Arabic letters) are selective enough.
        static let maxLength = 12
        static let empty: Set = [Bytes([]): true]
        static let unknown: Set = [Bytes([]): false]

        static func literal(_ c: Unicode.Scalar) -> Set { [Bytes(utf8(c)): true] }

        /// The UTF-8 bytes of one scalar, without building a `String`.
        static func utf8(_ c: Unicode.Scalar) -> [UInt8] {
            var out: [UInt8] = []
            out.reserveCapacity(4)
            UTF8.encode(c) { out.append($0) }
            return out
        }

        /// A character that stands for itself (no syntax, no quantifier brace).
        static func isPlain(_ c: Unicode.Scalar) -> Bool {
            switch c {
            case "(", ")", "[", "]", ".", "^", "$", "\\", "*", "+", "?", "|", "{", "}": return false
            default: return true
            }
        }

        var atEnd: Bool { i >= scalars.count }
        func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < scalars.count ? scalars[i + k] : nil }

        mutating func alternation() throws -> Set {
            var result = try sequence()
            while peek() == "|" {
                i += 1
                let next = try sequence()
                if skipping { continue }
                for (s, exact) in next { result[s] = (result[s] ?? true) && exact }
                if result.count > limit { result = try shortened(result) }
            }
            return result
        }

        mutating func sequence() throws -> Set {
            var result = Parser.empty
            while let c = peek(), c != "|", c != ")" {
                // Only looking for the end: plain characters need no set.
                if skipping, Parser.isPlain(c) {
                    i += 1
                    _ = try quantified(Parser.empty)
                    continue
                }
                let saved = skipping
                // Nothing left to extend: only find where this atom ends.
                if !skipping && !result.contains(where: { $0.value && $0.key.b.count < Parser.maxLength }) {
                    result = result.mapValues { _ in false }
                    skipping = true
                }
                // A run of plain characters is appended at once (as one atom
                // per character would be): long alternations of words are
                // most of what the rules hold. (Not while an inexact prefix
                // is in the set, after an optional group: one character at a
                // time, an exact prefix that reaches it merges into it and
                // stops there, «قمة» + « » into «قمة »; a whole run would
                // run past it, «قمة بين».)
                if runs, !skipping, !result.contains(where: { !$0.value }),
                    let shortest = result.filter({ $0.value }).map({ $0.key.b.count }).min()
                {
                    var run: [UInt8] = []
                    while let c = peek(), Parser.isPlain(c), shortest + run.count < Parser.maxLength {
                        if let q = peek(1), q == "?" || q == "*" || q == "+" || q == "{" { break }
                        UTF8.encode(c) { run.append($0) }
                        i += 1
                    }
                    if !run.isEmpty {
                        result = concat(result, [Bytes(run): true])
                        skipping = saved
                        continue
                    }
                }
                var atom = try self.atom()
                atom = try quantified(atom)
                if !skipping { result = concat(result, atom) }
                skipping = saved
            }
            return result
        }

        /// Appends `b` to every exact prefix of `a`; stops extending (marks
        /// everything inexact) once the set would grow past the limit.
        func concat(_ a: Set, _ b: Set) -> Set {
            if b == Parser.empty { return a }
            let exactCount = a.values.filter { $0 }.count
            if exactCount * b.count + (a.count - exactCount) > limit {
                return a.mapValues { _ in false }
            }
            var out: Set = [:]
            for (s, exact) in a {
                if !exact { out[s] = false; continue }
                for (t, e2) in b {
                    let k = Bytes(s.b + t.b)
                    out[k] = (out[k] ?? true) && e2
                }
            }
            return out
        }

        /// Too many prefixes: cut them all to the longest common length that
        /// fits the limit (a prefix of a start literal is a start literal too).
        func shortened(_ set: Set) throws -> Set {
            var length = Parser.maxLength
            while length > 0 {
                var cut: Set = [:]
                for (key, exact) in set {
                    let s = key.b
                    var n = min(length, s.count)
                    while n < s.count && n > 0 && s[n] & 0xC0 == 0x80 { n -= 1 }  // whole characters only
                    let k = Bytes(Array(s[..<n]))
                    cut[k] = (cut[k] ?? true) && exact && n == s.count
                }
                if cut.count <= limit { return cut }
                length -= 2
            }
            throw Unsupported()
        }

        static func union(_ a: Set, _ b: Set) -> Set {
            var r = a
            for (s, e) in b { r[s] = (r[s] ?? true) && e }
            return r
        }

        mutating func quantified(_ atom: Set) throws -> Set {
            guard let c = peek() else { return atom }
            var result = atom
            switch c {
            case "?":
                i += 1
                result = Parser.union(atom, Parser.empty)
            case "*":
                i += 1
                result = Parser.union(atom.mapValues { _ in false }, Parser.empty)
            case "+":
                i += 1
                result = atom.mapValues { _ in false }
            case "{":
                guard let (lo, hi) = braceQuantifier() else { return atom }
                if lo == 0 {
                    result = hi == 0 ? Parser.empty : Parser.union(atom.mapValues { _ in false }, Parser.empty)
                } else if lo == 1 && hi == 1 {
                    result = atom
                } else {
                    result = atom.mapValues { _ in false }
                }
            default:
                return atom
            }
            // Lazy or possessive suffix.
            if let s = peek(), s == "?" || s == "+" { i += 1 }
            return result
        }

        /// `{n}`, `{n,}`, `{n,m}` at `i`; nil (and `i` unchanged) when the
        /// brace is a literal.
        mutating func braceQuantifier() -> (Int, Int?)? {
            func digit(_ k: Int) -> Int? {
                k < scalars.count && scalars[k].value >= 0x30 && scalars[k].value <= 0x39 ? Int(scalars[k].value - 0x30) : nil
            }
            var j = i + 1
            var lo = 0, digits = 0
            while let d = digit(j) { lo = lo * 10 + d; j += 1; digits += 1 }
            // `{,n}` is a quantifier since PCRE2 10.43 and a literal before:
            // reading it as {0,n} is safe for both.
            if digits == 0, j < scalars.count, scalars[j] == ",", digit(j + 1) != nil { digits = 1 }
            guard digits > 0, j < scalars.count else { return nil }
            var hi: Int? = lo
            if scalars[j] == "," {
                j += 1
                var h = 0, hd = 0
                while let d = digit(j) { h = h * 10 + d; j += 1; hd += 1 }
                hi = hd > 0 ? h : nil
            }
            guard j < scalars.count, scalars[j] == "}" else { return nil }
            i = j + 1
            return (lo, hi)
        }

        mutating func atom() throws -> Set {
            let c = scalars[i]
            switch c {
            case "(":
                return try group()
            case "[":
                return try charClass()
            case ".":
                i += 1
                return Parser.unknown
            case "^", "$":
                i += 1
                return Parser.empty
            case "\\":
                return try escape()
            case "*", "+", "?":
                throw Unsupported()
            default:
                i += 1
                return skipping ? Parser.empty : Parser.literal(c)
            }
        }

        mutating func escape() throws -> Set {
            guard let e = peek(1) else { throw Unsupported() }
            i += 2
            switch e {
            case "b", "B", "A", "z", "Z", "G":
                return Parser.empty
            case "K", "Q", "E", "g", "k", "c", "o":
                throw Unsupported()
            case "p", "P":
                if peek() == "{" {
                    while let s = peek(), s != "}" { i += 1 }
                    i += 1
                } else {
                    i += 1
                }
                return Parser.unknown
            case "x":
                if peek() == "{" {
                    while let s = peek(), s != "}" { i += 1 }
                    i += 1
                } else {
                    i += min(2, scalars.count - i)
                }
                return Parser.unknown
            case "d", "D", "w", "W", "s", "S", "h", "H", "v", "V", "R", "X", "N", "C",
                 "t", "n", "r", "f", "e", "a", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9":
                return Parser.unknown
            default:
                if e.properties.isAlphabetic && e.isASCII { throw Unsupported() }
                return skipping ? Parser.empty : Parser.literal(e)
            }
        }

        mutating func charClass() throws -> Set {
            // A small class of plain characters and ranges (`[وب]`, `[0-9]`)
            // becomes a set of one-character prefixes; anything else
            // (escapes, negation, POSIX classes, big ranges) is unknown.
            var j = i + 1
            var chars: [Unicode.Scalar] = []
            var plain = true
            if j < scalars.count, scalars[j] == "^" { plain = false; j += 1 }
            if j < scalars.count, scalars[j] == "]" { chars.append("]"); j += 1 }
            while j < scalars.count, scalars[j] != "]" {
                let s = scalars[j]
                if s == "\\" { plain = false; j += 2; continue }
                if s == "[", j + 1 < scalars.count, scalars[j + 1] == ":" {
                    plain = false
                    while j < scalars.count, !(scalars[j] == "]" && scalars[j - 1] == ":") { j += 1 }
                    j += 1
                    continue
                }
                if s == "-", let lo = chars.last, j + 1 < scalars.count, scalars[j + 1] != "]" {
                    let hi = scalars[j + 1]
                    if hi == "\\" || hi == "[" || hi.value < lo.value || hi.value - lo.value > 16 {
                        plain = false
                    } else {
                        for v in (lo.value + 1)...hi.value { if let u = Unicode.Scalar(v) { chars.append(u) } }
                    }
                    j += 2
                    continue
                }
                chars.append(s)
                j += 1
            }
            guard j < scalars.count else { throw Unsupported() }
            i = j + 1
            guard plain, !chars.isEmpty, chars.count <= 16, !skipping else { return Parser.unknown }
            var set: Set = [:]
            for c in chars { set[Bytes(Parser.utf8(c))] = true }
            return set
        }

        /// A group. Being skipped (its prefixes do not matter), it is passed
        /// over by a plain scan when that scan can tell it holds nothing the
        /// analysis refuses; a big one is taken from the memo when it was
        /// analysed before.
        mutating func group() throws -> Set {
            if skipping {
                guard let end = end(at: i) else { return try parseGroup() }
                i = end
                return Parser.empty
            }
            guard let memo, let end = end(at: i), end - i >= PatternPrefix.memoMinimum
            else { return try parseGroup() }
            if prefixHash.isEmpty { prepareHashes() }
            let key = GroupMemo.Key(hash: hash(i, end), length: end - i, limit: limit, runs: runs)
            let text = scalars[i..<end]
            if let known = memo.result(key, text: text) {
                i = end
                guard let set = known else { throw Unsupported() }
                return set
            }
            do {
                let set = try parseGroup()
                memo.store(key, text: text, set)
                return set
            } catch {
                memo.store(key, text: text, nil)  // refused for something inside the group: its text alone decides
                throw error
            }
        }

        /// `groupEnd` for every group opening, in one scan: a group's end is
        /// nil when something `groupEnd` refuses lies inside it (every group
        /// open there is marked) or it never closes. After what the scan
        /// may not tokenize as the parser does (`\Q`, verbs, comments, POSIX
        /// classes), every later opening is left to `groupEnd`.
        static func groupEnds(_ scalars: [Unicode.Scalar]) -> [Int32] {
            let n = scalars.count
            var ends = [Int32](repeating: -2, count: n)
            var open: [Int] = []
            func refuseOpen() { for o in open { ends[o] = -1 } }
            var k = 0
            scan: while k < n {
                switch scalars[k] {
                case "\\":
                    guard k + 1 < n else { refuseOpen(); break scan }
                    // \K, \Q…\E, \cX and the like: refused, and the scan may
                    // no longer read the text as the parser does.
                    if !Parser.skippableEscape(scalars[k + 1]) { refuseOpen(); break scan }
                    k += 2
                    continue
                case "[":
                    guard let close = Parser.classClose(scalars, k) else { refuseOpen(); break scan }
                    k = close
                case "(":
                    if Parser.refusedOpening(scalars, k) {
                        // (its own end is nil, and so is every enclosing group's)
                        ends[k] = -1
                        refuseOpen()
                        break scan
                    }
                    open.append(k)
                case ")":
                    if let o = open.popLast(), ends[o] != -1 { ends[o] = Int32(k + 1) }
                default:
                    break
                }
                k += 1
            }
            // Groups still open never close (or the scan stopped inside them).
            for o in open where ends[o] != -1 { ends[o] = -1 }
            return ends
        }

        /// Where the group opening at `start` ends (after its `)`), found by
        /// a scan that knows escapes and classes. Nil when the group holds
        /// something the parser refuses or this scan does not follow
        /// (`\K`, `\Q…\E`, verbs, inline options, comments, POSIX classes,
        /// no closing parenthesis): the parser then goes through it itself.
        static func groupEnd(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
            var depth = 0, k = start
            let n = scalars.count
            while k < n {
                switch scalars[k] {
                case "\\":
                    guard k + 1 < n, Parser.skippableEscape(scalars[k + 1]) else { return nil }
                    k += 2
                    continue
                case "[":
                    guard let close = Parser.classClose(scalars, k) else { return nil }
                    k = close
                case "(":
                    if Parser.refusedOpening(scalars, k) { return nil }
                    depth += 1
                case ")":
                    depth -= 1
                    if depth == 0 { return k + 1 }
                default:
                    break
                }
                k += 1
            }
            return nil
        }

        /// The `]` that closes the class opening at `k`; nil when the class
        /// holds a POSIX class or never closes (the scans do not follow those).
        static func classClose(_ scalars: [Unicode.Scalar], _ k: Int) -> Int? {
            let n = scalars.count
            var k = k + 1
            if k < n, scalars[k] == "^" { k += 1 }
            if k < n, scalars[k] == "]" { k += 1 }
            while k < n, scalars[k] != "]" {
                if scalars[k] == "\\" { k += 2; continue }
                if scalars[k] == "[", k + 1 < n, scalars[k + 1] == ":" { return nil }
                k += 1
            }
            return k < n ? k : nil
        }

        /// Whether the group opening at `k` is one the scans refuse: a verb
        /// `(*…)`, or `(?` with inline options, a comment, a conditional.
        static func refusedOpening(_ scalars: [Unicode.Scalar], _ k: Int) -> Bool {
            let n = scalars.count
            if k + 1 < n, scalars[k + 1] == "*" { return true }
            guard k + 2 < n, scalars[k + 1] == "?" else { return false }
            switch scalars[k + 2] {
            case ":", ">", "|", "=", "!", "<", "'": return false
            case "P": return !(k + 3 < n && scalars[k + 3] == "<")
            default: return true
            }
        }

        /// Escapes `escape()` accepts (the letters it knows, and any
        /// character that is not an ASCII letter).
        static func skippableEscape(_ e: Unicode.Scalar) -> Bool {
            guard e.isASCII, e.properties.isAlphabetic else { return true }
            return "bBAzZGpPxdDwWsShHvVRXNCtnrfea".unicodeScalars.contains(e)
        }

        mutating func parseGroup() throws -> Set {
            i += 1  // "("
            var zeroWidth = false
            if peek() == "*" { throw Unsupported() }
            if peek() == "?" {
                guard let k = peek(1) else { throw Unsupported() }
                switch k {
                case ":", ">", "|":
                    i += 2
                case "=", "!":
                    i += 2; zeroWidth = true
                case "<":
                    if peek(2) == "=" || peek(2) == "!" {
                        i += 3; zeroWidth = true
                    } else {
                        try skipName(closing: ">")
                    }
                case "P":
                    guard peek(2) == "<" else { throw Unsupported() }
                    i += 1
                    try skipName(closing: ">")
                case "'":
                    try skipName(closing: "'")
                case "#", "C":
                    // a comment, or a callout (a term list's lookup, see
                    // TermList): both match nothing
                    while let s = peek(), s != ")" { i += 1 }
                    i += 1
                    return Parser.empty
                case "&":
                    // a subroutine call (?&name): it matches what the named
                    // group matches, which this parser does not follow; a
                    // rule uses one to write a long alternation (a term
                    // list) once instead of twice
                    i += 2
                    while let s = peek(), s != ")" { i += 1 }
                    guard peek() == ")" else { throw Unsupported() }
                    i += 1
                    return skipping ? Parser.empty : Parser.unknown
                default:
                    throw Unsupported()  // inline options, conditionals, recursion
                }
            }
            let saved = skipping
            if zeroWidth { skipping = true }
            let inner = try alternation()
            skipping = saved
            guard peek() == ")" else { throw Unsupported() }
            i += 1
            return zeroWidth || skipping ? Parser.empty : inner
        }

        /// Skips `?<name>` / `?'name'` (with `i` at `?`).
        mutating func skipName(closing: Unicode.Scalar) throws {
            i += 2
            while let s = peek(), s != closing { i += 1 }
            guard peek() == closing else { throw Unsupported() }
            i += 1
        }
    }
}
