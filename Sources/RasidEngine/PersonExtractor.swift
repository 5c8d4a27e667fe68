import RasidModel

/// Finds PERSON names: after a RANK or TITLE (and a nationality adjective
/// that qualifies it), from a known given name followed by name-like words,
/// and later (or earlier) mentions of a name already found in the document.
public final class PersonExtractor: Extractor, @unchecked Sendable {
    public let name = "person"
    public let labels = [Label.person]
    let lex: NameLexicons
    let maxWords = 4
    static let quoteGap: Set<String> = [" ", " «", " “", " \"", "«", "“", " (", " «"]

    let options: NormalizationOptions

    public init(lexicons: NameLexicons, normalization: NormalizationOptions = NormalizationOptions()) {
        lex = lexicons
        options = normalization
    }

    public func extract(_ context: DocumentContext, previous: [Span]) -> [Span] {
        let text = context.normalized(options)
        let tokens = Tokenizer.words(text)
        if tokens.isEmpty { return [] }
        var entityStart = Set<Int>()       // original starts of other labels' spans
        var nisbaAt: [Int: Span] = [:]     // original start → COUNTRY adjective
        for s in previous where s.label != Label.person {
            entityStart.insert(s.start)
            if s.label == Label.country && s.attrs["form"] != "name" { nisbaAt[s.start] = s }
        }
        var tokenAtStart: [Int: Int] = [:]
        var tokenAtEnd: [Int: Int] = [:]
        for (i, t) in tokens.enumerated() { tokenAtStart[t.original.lowerBound] = i; tokenAtEnd[t.original.upperBound] = i }

        var names: [(Int, Int, String)] = []  // token range [a, b) and rule
        var taken = Set<Int>()

        // 1. After a RANK or TITLE (skipping a COUNTRY adjective right after a TITLE).
        for s in previous where s.label == Label.rank || s.label == Label.title {
            guard var i = tokenAtEnd[s.end] else { continue }
            var next = i + 1
            if next < tokens.count, let c = nisbaAt[tokens[next].original.lowerBound],
               Tokenizer.gap(text, tokens[i], tokens[next]) == " " {
                i = tokenAtEnd[c.end] ?? next
                next = i + 1
            }
            guard next < tokens.count, Self.quoteGap.contains(Tokenizer.gap(text, tokens[i], tokens[next])) else { continue }
            if let n = collect(from: next, tokens, text, entityStart, anchored: true), n > 0 {
                names.append((next, next + n, s.label == Label.rank ? "person/after-rank" : "person/after-title"))
                for k in next..<(next + n) { taken.insert(k) }
            }
        }
        // 2. A known given name followed by name-like words.
        var i = 0
        while i < tokens.count {
            if taken.contains(i) || entityStart.contains(tokens[i].original.lowerBound) { i += 1; continue }
            let (word, strip) = stripped(tokens[i].text)
            let compoundHead = (word == "عبد" || word == "ابو") && i + 1 < tokens.count
                && Tokenizer.gap(text, tokens[i], tokens[i + 1]) == " "
            if compoundHead || lex.given.contains(word) || lex.givenAmbiguous.contains(word), !lex.common.contains(word) || lex.given.contains(word) {
                if let n = collect(from: i, tokens, text, entityStart, anchored: false, firstStrip: strip), n >= 2 {
                    names.append((i, i + n, "person/given-name"))
                    for k in i..<(i + n) { taken.insert(k) }
                    i += n
                    continue
                }
            }
            i += 1
        }
        // 3. Other mentions of a found name's tail (its family name, or last words).
        var tails = Set<String>()
        var fulls = Set<String>()
        for (a, b, _) in names {
            let words = tokens[a..<b].map { stripped($0.text).0 }
            fulls.insert(words.joined(separator: " "))
            if b - a >= 2 {
                for k in 1..<(b - a) {
                    let tail = words[k...].joined(separator: " ")
                    if words[k] != "عبد" && !lex.common.contains(words[k]) && words[k].count >= 3 { tails.insert(tail) }
                }
            }
        }
        for s in previous where s.label == Label.person { tails.insert(Normalizer(options: options).normalizeString(s.text)) }
        var mentions: [(Int, Int, String)] = []
        for (i, t) in tokens.enumerated() where !taken.contains(i) {
            let (w, _) = stripped(t.text)
            let known = tails.contains(w) || (lex.family.contains(w) && !lex.common.contains(w) && w.count >= 4)
            guard known, !entityStart.contains(t.original.lowerBound) || tails.contains(w) else {
                // Two-word tails (أنيس متى).
                if i + 1 < tokens.count, !taken.contains(i + 1), tails.contains(w + " " + stripped(tokens[i + 1].text).0),
                   Tokenizer.gap(text, t, tokens[i + 1]) == " " {
                    mentions.append((i, i + 2, "person/repeat"))
                }
                continue
            }
            if i + 1 < tokens.count, tails.contains(w + " " + stripped(tokens[i + 1].text).0) {
                mentions.append((i, i + 2, "person/repeat"))
            } else {
                mentions.append((i, i + 1, tails.contains(w) ? "person/repeat" : "person/family-name"))
            }
        }
        var spans: [Span] = []
        for (a, b, rule) in names + mentions {
            var start = tokens[a].original.lowerBound
            let (_, strip) = stripped(tokens[a].text)
            start += strip
            spans.append(Span(start: start, end: tokens[b - 1].original.upperBound, label: Label.person, text: "",
                              provenance: [Provenance(extractor: name, rule: rule)]))
        }
        return spans
    }

    /// True when another label's span starts at the token or right after its proclitics.
    static func startsEntity(_ t: Token, _ entityStart: Set<Int>) -> Bool {
        let a = t.original.lowerBound
        return entityStart.contains(a) || entityStart.contains(a + 1) || entityStart.contains(a + 2)
    }

    /// Particles inside names: جان مارك دو لا سابليير، حمد بن عيسى آل خليفة.
    static let particles: Set<String> = ["بن", "ابن", "بنت", "ولد", "دو", "دي", "دا", "لا", "فان", "فون", "ال", "ابو", "ام"]

    /// The word without a proclitic when the rest is a known name.
    func stripped(_ w: String) -> (String, Int) {
        if known(w) || lex.common.contains(w) { return (w, 0) }
        let scalars = Array(w.unicodeScalars)
        for n in [1, 2] where scalars.count > n + 2 {
            let head = scalars.prefix(n)
            guard head.allSatisfy({ TextScan.proclitics.contains($0.value) }) else { continue }
            let rest = String(String.UnicodeScalarView(scalars.dropFirst(n)))
            if known(rest) { return (rest, n) }
        }
        return (w, 0)
    }

    func known(_ w: String) -> Bool { lex.given.contains(w) || lex.family.contains(w) || lex.givenAmbiguous.contains(w) }

    /// How many tokens from `start` form a name (0 when none).
    func collect(from start: Int, _ tokens: [Token], _ text: NormalizedText, _ entityStart: Set<Int>, anchored: Bool, firstStrip: Int = 0) -> Int? {
        var n = 0
        var lastWasSurname = false
        var i = start
        var particleCount = 0
        while i < tokens.count && n - particleCount < maxWords {
            let t = tokens[i]
            if n > 0 {
                guard Tokenizer.gap(text, tokens[i - 1], t) == " " else { break }
                if Self.startsEntity(t, entityStart) { break }
            } else if Self.startsEntity(t, entityStart) && firstStrip == 0 {
                return 0
            }
            // A particle continues a name only between two name words.
            if n > 0, Self.particles.contains(t.text), i + 1 < tokens.count,
               Tokenizer.gap(text, t, tokens[i + 1]) == " ", Self.isNameShaped(tokens[i + 1].text),
               Self.particles.contains(tokens[i + 1].text) || !lex.common.contains(tokens[i + 1].text) || known(tokens[i + 1].text) {
                n += 1; i += 1; particleCount += 1; lastWasSurname = false; continue
            }
            let w = n == 0 ? stripped(t.text).0 : t.text
            guard Self.isNameShaped(w) else { break }
            let inLexicon = lex.given.contains(w) || lex.family.contains(w) || lex.givenAmbiguous.contains(w)
            let isCommon = lex.common.contains(w) && !lex.given.contains(w) && !lex.family.contains(w)
            if isCommon { break }
            if n > 0 && lastWasSurname && !inLexicon { break }
            if n == 0 && !anchored && !(lex.given.contains(w) || lex.givenAmbiguous.contains(w) || w == "عبد" || w == "ابو") { break }
            if n == 1 && !anchored && lex.givenAmbiguous.contains(stripped(tokens[start].text).0) && !lex.given.contains(stripped(tokens[start].text).0) && !inLexicon { return 0 }
            n += 1
            let isCompoundHead = w == "عبد" || w == "ابو" || w == "بن" || w == "ابن" || w == "بنت" || w == "ولد"
            lastWasSurname = !isCompoundHead && (lex.family.contains(w) || (w.hasPrefix("ال") && !lex.given.contains(w)) || (n > 1 && !inLexicon))
            i += 1
        }
        while n > 1, Self.particles.contains(tokens[start + n - 1].text) { n -= 1 }
        return n
    }

    /// Letters only (Arabic or Latin), at least two of them.
    static func isNameShaped(_ w: String) -> Bool {
        var count = 0
        for s in w.unicodeScalars {
            let v = s.value
            let arabicLetter = v >= 0x0621 && v <= 0x064A
            let latin = (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            if !(arabicLetter || latin || (v >= 0x066E && v <= 0x06D3)) { return false }
            count += 1
        }
        return count >= 2
    }
}
