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
/// word (`common-words.txt`: الخمس "the five") is not looked for bare. A
/// document without seeds costs one look at its spans.
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
        let seedSpans = previous.filter { s in
            (s.label == Label.location || s.label == Label.org)
                && s.provenance.contains { $0.rule.map(Self.contextRules.contains) ?? false }
        }
        if seedSpans.isEmpty { return [] }
        let scalars = Array(context.document.text.unicodeScalars)
        let normalizer = Normalizer.shared(options)
        var table: [[UInt8]: [Seed]] = [:]
        var seen: Set<String> = []
        for s in seedSpans where s.start < s.end && s.end <= scalars.count {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[s.start..<s.end])
            let key = normalizer.normalizeString(String(view))
            guard seen.insert(s.label + "\u{0}" + key).inserted else { continue }
            let words = key.split(separator: " ").map { Array($0.utf8) }
            guard let first = words.first, first.count >= 4 else { continue }  // two Arabic letters at least
            if words.count == 1 && common.contains(first) { continue }
            table[first, default: []].append(Seed(words: words, label: s.label, norm: s.norm))
        }
        if table.isEmpty { return [] }

        let text = context.normalized(options)
        let tokens = Self.words(text.bytes)
        var found: [(Range<Int>, Seed)] = []
        for (i, t) in tokens.enumerated() {
            for (skip, head) in Self.heads(text.bytes, t) {
                guard let seeds = table[head] else { continue }
                for seed in seeds where Self.follows(seed, text.bytes, tokens, i) {
                    found.append(((t.lowerBound + skip)..<tokens[i + seed.words.count - 1].upperBound, seed))
                }
            }
        }
        if found.isEmpty { return [] }
        let ranges = text.originalRanges(found.map(\.0))
        var out: [Span] = []
        for (f, r) in zip(found, ranges) {
            // A TITLE may hold the name (حاكم بورنو): the merger decides there.
            if previous.contains(where: { $0.label != Label.title && $0.start < r.upperBound && r.lowerBound < $0.end }) { continue }
            if out.contains(where: { $0.start < r.upperBound && r.lowerBound < $0.end }) { continue }
            out.append(Span(start: r.lowerBound, end: r.upperBound, label: f.1.label, text: "", norm: f.1.norm,
                            provenance: provenance))
        }
        return out
    }

    /// The first word of a token without proclitics: (bytes skipped, word).
    /// و ف ب ك ل, one or two of them; لل + X gives ال + X, the span starting
    /// at the second ل.
    static func heads(_ bytes: [UInt8], _ t: Range<Int>) -> [(Int, [UInt8])] {
        let word = Array(bytes[t])
        var out: [(Int, [UInt8])] = [(0, word)]
        // Arabic letters are two bytes: و D988, ف D981, ب D8A8, ك D983, ل D984.
        func clitic(_ k: Int) -> Bool {
            k + 1 < word.count && (word[k] == 0xD9 && [0x88, 0x81, 0x83, 0x84].contains(word[k + 1])
                || word[k] == 0xD8 && word[k + 1] == 0xA8)
        }
        var k = 0
        while k < 4 && clitic(k) && word.count - (k + 2) >= 4 {
            k += 2
            out.append((k, Array(word[k...])))
            // لل: ل + ال with the alef dropped
            if word[k - 2] == 0xD9 && word[k - 1] == 0x84 && word.count > k + 1 && word[k] == 0xD9 && word[k + 1] == 0x84 {
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
