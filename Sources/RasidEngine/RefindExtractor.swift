import Foundation
import RasidModel

/// Finds again, in the same document, a LOCATION or ORG name that a rule
/// found only through its context: «مدينة أبشة» makes `أبشة` a LOCATION,
/// and a later bare «وقال سكان أبشة» is then a LOCATION too (the guidelines
/// annotate every mention). Only spans of the rules in `contextRules` seed
/// it, since literal terms and gazetteers are found everywhere already.
///
/// One pass per document: the seeds' normalized surface forms go into a
/// table keyed by their first word, then the document's words are scanned
/// once, each looked up with and without one or two proclitics
/// (و ف ب ك ل, and لل before a name that starts with ال, whose first ل
/// stays out as the guidelines say). A hit must end at a word boundary, its
/// words must be separated by single spaces, and it must not overlap any
/// span found before (of any label but TITLE, which may hold a place:
/// حاكم بلاتو). A one-word name that is an ordinary
/// word (`common-words.txt`: الخمس "the five") is not looked for bare, nor
/// is a name that a term or gazetteer also found (it is found everywhere
/// already). A document without seeds costs one look at its spans; one with
/// seeds, a scan of its words (a table look-up only for words of a seed's
/// length) and a binary search per hit against the earlier spans.
public final class RefindExtractor: Extractor {
    public static let extractorName = "refind"
    public let name = RefindExtractor.extractorName
    public let labels = [Label.org, Label.location]

    /// Rules whose spans are a name found by its context (a head or a
    /// nisba around it that stays out of the span).
    public static let contextRules: Set<String> = [
        "locations/place-after-head",
        "locations/neighbourhood",
        "locations/area-name",
        "locations/state-before-nisba",
        "locations/province-two-word-after-head",
        "orgs/quoted-name-after-head",
        "orgs/latin-name-after-head",
        "orgs/name-before-nisba",
        "orgs/company-with-purpose",
        "orgs/foreign-outlet-after-head",
    ]

    private let options: NormalizationOptions
    private let common: Set<[UInt8]>
    private let provenance = [Provenance(extractor: RefindExtractor.extractorName, rule: "refind/same-document")]

    public init(commonWords: Set<String> = [], normalization: NormalizationOptions = NormalizationOptions()) {
        options = normalization
        let n = Normalizer.shared(normalization)
        common = Set(commonWords.map { Array(n.normalizeString($0).utf8) })
    }

    /// Reads `common-words.txt` (one word a line, `#` comments) from a lexicon folder.
    public static func loadCommonWords(directory: String) -> Set<String> {
        let path = (directory as NSString).appendingPathComponent("common-words.txt")
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var out: Set<String> = []
        for line in text.split(whereSeparator: \.isNewline) {
            let word = line.split(separator: "\t").first.map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
            if !word.isEmpty && !word.hasPrefix("#") { out.insert(word) }
        }
        return out
    }

    struct Seed {
        let words: [[UInt8]]
        let label: String
        let norm: String?
    }

    public func extract(_ context: DocumentContext, previous: [Span]) -> [Span] {
        // A seed is a name that only context rules found: one that a term or
        // gazetteer also found is found everywhere already.
        let seedSpans = previous.filter { s in
            (s.label == Label.location || s.label == Label.org) && !s.provenance.isEmpty
                && s.provenance.allSatisfy { $0.rule.map(Self.contextRules.contains) ?? false }
        }
        if seedSpans.isEmpty { return [] }
        let text = context.normalized(options)
        let bytes = text.bytes
        var table: [[UInt8]: [Seed]] = [:]
        var headLengths: Set<Int> = []
        var seen: Set<[UInt8]> = []
        for s in seedSpans where s.start < s.end {
            // The span's normalized bytes: origins grow with the byte offset.
            let lo = Self.firstByte(atOrAfter: s.start, text.byteOrigin)
            let hi = Self.firstByte(atOrAfter: s.end, text.byteOrigin)
            guard lo < hi else { continue }
            let key = Array(bytes[lo..<hi])
            guard seen.insert(Array(s.label.utf8) + [0] + key).inserted else { continue }
            let words = key.split(separator: 0x20).map { Array($0) }
            guard let first = words.first, first.count >= 4 else { continue }  // two Arabic letters at least
            if words.count == 1 && common.contains(first) { continue }
            table[first, default: []].append(Seed(words: words, label: s.label, norm: s.norm))
            headLengths.insert(first.count)
        }
        if table.isEmpty { return [] }

        let tokens = Self.words(bytes)
        var found: [(Range<Int>, Seed)] = []
        var lastEnd = -1
        for (i, t) in tokens.enumerated() where t.lowerBound >= lastEnd {
            var hit: (Range<Int>, Seed)? = nil
            for (skip, head) in Self.heads(bytes, t, lengths: headLengths) {
                guard let seeds = table[head] else { continue }
                for seed in seeds where Self.follows(seed, bytes, tokens, i) {
                    let r = (t.lowerBound + skip)..<tokens[i + seed.words.count - 1].upperBound
                    if hit == nil || r.count > hit!.0.count { hit = (r, seed) }
                }
            }
            if let hit { found.append(hit); lastEnd = hit.0.upperBound }
        }
        if found.isEmpty { return [] }
        let ranges = text.originalRanges(found.map(\.0))
        // Spans found before, by start, with the largest end up to each: one
        // binary search tells whether a candidate overlaps any of them. A
        // TITLE may hold the name (حاكم بلاتو): the merger decides there.
        let blocking = previous.filter { $0.label != Label.title }.map { ($0.start, $0.end) }.sorted { $0.0 < $1.0 }
        var maxEnd: [Int] = []
        maxEnd.reserveCapacity(blocking.count)
        for (k, b) in blocking.enumerated() { maxEnd.append(k == 0 ? b.1 : max(maxEnd[k - 1], b.1)) }
        var out: [Span] = []
        for (f, r) in zip(found, ranges) {
            var lo = 0, hi = blocking.count  // first span starting at or after r's end
            while lo < hi { let m = (lo + hi) / 2; if blocking[m].0 < r.upperBound { lo = m + 1 } else { hi = m } }
            if lo > 0 && maxEnd[lo - 1] > r.lowerBound { continue }
            out.append(Span(start: r.lowerBound, end: r.upperBound, label: f.1.label, text: "", norm: f.1.norm,
                            provenance: provenance))
        }
        return out
    }

    /// The first normalized byte whose original scalar is at or after `offset`.
    static func firstByte(atOrAfter offset: Int, _ origin: [Int32]) -> Int {
        var lo = 0, hi = origin.count
        while lo < hi { let m = (lo + hi) / 2; if Int(origin[m]) < offset { lo = m + 1 } else { hi = m } }
        return lo
    }

    /// The first word of a token without proclitics: (bytes skipped, word).
    /// و ف ب ك ل, one or two of them; لل + X gives ال + X, the span starting
    /// at the second ل.
    /// Only forms whose length is one of `lengths` are built (no copy for the rest).
    static func heads(_ bytes: [UInt8], _ t: Range<Int>, lengths: Set<Int>) -> [(Int, [UInt8])] {
        let n = t.count
        guard lengths.contains(n) || lengths.contains(n - 2) || lengths.contains(n - 4) else { return [] }
        let word = Array(bytes[t])
        var out: [(Int, [UInt8])] = lengths.contains(n) ? [(0, word)] : []
        // Arabic letters are two bytes: و D988, ف D981, ب D8A8, ك D983, ل D984.
        func clitic(_ k: Int) -> Bool {
            k + 1 < word.count && (word[k] == 0xD9 && [0x88, 0x81, 0x83, 0x84].contains(word[k + 1])
                || word[k] == 0xD8 && word[k + 1] == 0xA8)
        }
        var k = 0
        while k < 4 && clitic(k) && word.count - (k + 2) >= 4 {
            k += 2
            if lengths.contains(n - k) { out.append((k, Array(word[k...]))) }
            // لل: ل + ال with the alef dropped
            if lengths.contains(n - k + 2) && word[k - 2] == 0xD9 && word[k - 1] == 0x84 && word.count > k + 1
                && word[k] == 0xD9 && word[k + 1] == 0x84 {
                out.append((k, [0xD8, 0xA7] + Array(word[k...])))
            }
        }
        return out
    }

    static func follows(_ seed: Seed, _ bytes: [UInt8], _ tokens: [Range<Int>], _ i: Int) -> Bool {
        guard i + seed.words.count <= tokens.count else { return false }
        for j in 1..<max(seed.words.count, 1) {
            let prev = tokens[i + j - 1], cur = tokens[i + j]
            guard cur.lowerBound == prev.upperBound + 1, bytes[prev.upperBound] == 0x20,
                  bytes[cur].elementsEqual(seed.words[j]) else { return false }
        }
        return true
    }

    /// Byte ranges of the words (letters, marks, digits and in-word hyphens) of UTF-8 text.
    static func words(_ bytes: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start: Int? = nil
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            let len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            var scalar: Unicode.Scalar? = nil
            if b < 0x80 {
                scalar = Unicode.Scalar(b)
            } else if k + len <= bytes.count {
                var v = UInt32(b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
                for m in 1..<len { v = v << 6 | (UInt32(bytes[k + m]) & 0x3F) }
                scalar = Unicode.Scalar(v)
            }
            let inWord: Bool
            if let s = scalar {
                let p = s.properties
                inWord = p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            } else {
                inWord = false
            }
            if inWord { if start == nil { start = k } } else if let s0 = start { out.append(s0..<k); start = nil }
            k += len
        }
        if let s0 = start { out.append(s0..<bytes.count) }
        return out
    }
}
