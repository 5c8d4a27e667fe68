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
        // عمان named as Amman by its context (العاصمة الأردنية عمان, a
        // dateline, a Jordanian word in the paragraph): a later bare عمان
        // of the same story is Amman too (it is Oman only in an Omani story).
        "locations/amman",
        "locations/amman-dateline",
        "locations/amman-in-jordan-story",
        "locations/amman-in-jordan-sentence",
        "orgs/quoted-name-after-head",
        "orgs/latin-name-after-head",
        "orgs/name-before-nisba",
        "orgs/company-with-purpose",
        "orgs/foreign-outlet-after-head",
    ]

    /// Context rules whose one-word name is a common word (`common-words.txt`
    /// lists عمان so that it stops person names) but is the same place again
    /// wherever it stands bare in the story: عمان named as Amman by its
    /// context is Amman in the rest of the document.
    static let commonWordSeedRules = [
        "locations/amman",
        "locations/amman-dateline",
        "locations/amman-in-jordan-story",
        "locations/amman-in-jordan-sentence",
    ]

    static func repeatsACommonWord(_ rule: String) -> Bool {
        commonWordSeedRules.contains { Label.same($0, rule) }
    }

    /// `contextRules` as a list, searched by length first.
    private static let contextRuleList = Array(contextRules)

    /// Whether `rule` is one of `contextRules`: a handful of lengths
    /// compared, and the bytes of an equally long one, where a set look-up
    /// hashed the id of every LOCATION and ORG span of every document.
    static func isContextRule(_ rule: String) -> Bool {
        contextRuleList.contains { Label.same($0, rule) }
    }

    private let options: NormalizationOptions
    private let common: Set<[UInt8]>
    private let provenance = [Provenance(extractor: RefindExtractor.extractorName, rule: "refind/same-document")]

    public init(commonWords: Set<String> = [], normalization: NormalizationOptions = NormalizationOptions()) {
        options = normalization
        let n = Normalizer.shared(normalization)
        common = Set(commonWords.map { Array(n.normalizeString($0).utf8) })
    }

    /// The words refind never repeats bare, from a lexicon folder's
    /// `common-words.txt` and `refind-ambiguous.txt` (one word a line, `#`
    /// comments): the first stops person names too, the second lists place
    /// and body names that are ordinary words (مشهد "scene", النصر
    /// "victory"), found after a head but never repeated bare.
    public static func loadStopWords(directory: String) -> Set<String> {
        var out: Set<String> = []
        for file in ["common-words.txt", "refind-ambiguous.txt"] {
            out.formUnion(NameLexicons.entries((directory as NSString).appendingPathComponent(file)))
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
        // (Fields read in place: copying each span of the document would
        // retain and release all its strings.)
        let seedSpans = previous.indices.filter { k in
            (Label.same(previous[k].label, Label.location) || Label.same(previous[k].label, Label.org)) && !previous[k].provenance.isEmpty
                && previous[k].provenance.allSatisfy { $0.rule.map(Self.isContextRule) ?? false }
        }
        if seedSpans.isEmpty { return [] }
        let text = context.normalized(options)
        let bytes = text.bytes
        var collected: [Seed] = []
        var byFingerprint: [UInt64: [Int]] = [:]  // fingerprint of a seed's first word → seeds
        var headLengths = [Bool](repeating: false, count: 64)  // a seed's first word has this many bytes
        var seen: Set<[UInt8]> = []
        for k in seedSpans where previous[k].start < previous[k].end {
            let s = previous[k]
            // The span's normalized bytes: origins grow with the byte offset.
            let lo = Self.firstByte(atOrAfter: s.start, text.byteOrigin)
            let hi = Self.firstByte(atOrAfter: s.end, text.byteOrigin)
            guard lo < hi else { continue }
            let key = Array(bytes[lo..<hi])
            guard seen.insert(Array(s.label.utf8) + [0] + key).inserted else { continue }
            let words = key.split(separator: 0x20).map { Array($0) }
            guard let first = words.first, first.count >= 4, first.count < headLengths.count else { continue }  // two Arabic letters at least
            if words.count == 1 && common.contains(first)
                && !s.provenance.contains(where: { $0.rule.map(Self.repeatsACommonWord) ?? false }) { continue }
            let fingerprint = first.withUnsafeBufferPointer { Self.fingerprint($0, 0, $0.count, alef: false) }
            byFingerprint[fingerprint, default: []].append(collected.count)
            collected.append(Seed(words: words, label: s.label, norm: s.norm))
            headLengths[first.count] = true
        }
        if collected.isEmpty { return [] }
        // Read-only from here: nested functions then capture values, not
        // boxed variables checked for exclusive access on every read (once
        // per word of the document).
        let seeds = collected, table = byFingerprint, headLength = headLengths

        // The document's words, as split for every extractor; each looked up
        // as it stands and without one or two proclitics, by a fingerprint of
        // its bytes (no word is copied), then compared byte for byte.
        let tokens = context.words(options)
        var found: [(Range<Int>, Int)] = []
        bytes.withUnsafeBufferPointer { b in
            func isHead(_ seed: Int, _ from: Int, _ end: Int, alef: Bool) -> Bool {
                let head = seeds[seed].words[0]
                guard head.count == end - from + (alef ? 2 : 0) else { return false }
                var h = 0
                if alef {
                    guard head[0] == 0xD8, head[1] == 0xA7 else { return false }
                    h = 2
                }
                for k in from..<end {
                    if head[h] != b[k] { return false }
                    h += 1
                }
                return true
            }
            /// The seed's other words follow token `i`, one space apart.
            func follows(_ seed: Int, _ i: Int) -> Bool {
                let words = seeds[seed].words
                guard i + words.count <= tokens.count else { return false }
                for j in 1..<max(words.count, 1) {
                    let prev = tokens[i + j - 1].bytes, cur = tokens[i + j].bytes
                    guard cur.lowerBound == prev.upperBound + 1, b[prev.upperBound] == 0x20,
                          cur.count == words[j].count, b[cur].elementsEqual(words[j]) else { return false }
                }
                return true
            }
            /// A proclitic (و ف ب ك ل, two bytes each) at byte `k`.
            func clitic(_ k: Int) -> Bool {
                b[k] == 0xD9 && (b[k + 1] == 0x88 || b[k + 1] == 0x81 || b[k + 1] == 0x83 || b[k + 1] == 0x84)
                    || b[k] == 0xD8 && b[k + 1] == 0xA8
            }
            func isLam(_ k: Int) -> Bool { b[k] == 0xD9 && b[k + 1] == 0x84 }
            var lastEnd = -1
            for i in tokens.indices where tokens[i].bytes.lowerBound >= lastEnd {
                let t = tokens[i].bytes
                var hit: (Range<Int>, Int)? = nil
                /// The longest seed found at `skip` bytes into the word, if longer than `best`.
                func look(_ skip: Int, alef: Bool, _ best: (Range<Int>, Int)?) -> (Range<Int>, Int)? {
                    let from = t.lowerBound + skip
                    let length = t.upperBound - from + (alef ? 2 : 0)
                    guard length < headLength.count, headLength[length],
                          let candidates = table[Self.fingerprint(b, from, t.upperBound, alef: alef)] else { return best }
                    var best = best
                    for seed in candidates where isHead(seed, from, t.upperBound, alef: alef) && follows(seed, i) {
                        let r = from..<tokens[i + seeds[seed].words.count - 1].bytes.upperBound
                        if best == nil || r.count > best!.0.count { best = (r, seed) }
                    }
                    return best
                }
                hit = look(0, alef: false, hit)
                // One or two proclitics; لل + X is ل + الX, the span starting at the second ل.
                var k = 0
                while k < 4 && t.count - (k + 2) >= 4 && clitic(t.lowerBound + k) {
                    k += 2
                    hit = look(k, alef: false, hit)
                    if isLam(t.lowerBound + k - 2) && isLam(t.lowerBound + k) { hit = look(k, alef: true, hit) }
                }
                if let hit { found.append(hit); lastEnd = hit.0.upperBound }
            }
        }
        if found.isEmpty { return [] }
        let ranges = text.originalRanges(found.map(\.0))
        // Spans found before, by start, with the largest end up to each: one
        // binary search tells whether a candidate overlaps any of them. A
        // TITLE may hold the name (حاكم بلاتو): the merger decides there.
        var blocking: [(Int, Int)] = []
        blocking.reserveCapacity(previous.count)
        for k in previous.indices where !Label.same(previous[k].label, Label.title) { blocking.append((previous[k].start, previous[k].end)) }
        blocking.sort { $0.0 < $1.0 }
        var maxEnd: [Int] = []
        maxEnd.reserveCapacity(blocking.count)
        for (k, b) in blocking.enumerated() { maxEnd.append(k == 0 ? b.1 : max(maxEnd[k - 1], b.1)) }
        var out: [Span] = []
        for (f, r) in zip(found, ranges) {
            var lo = 0, hi = blocking.count  // first span starting at or after r's end
            while lo < hi { let m = (lo + hi) / 2; if blocking[m].0 < r.upperBound { lo = m + 1 } else { hi = m } }
            if lo > 0 && maxEnd[lo - 1] > r.lowerBound { continue }
            let seed = seeds[f.1]
            out.append(Span(start: r.lowerBound, end: r.upperBound, label: seed.label, text: "", norm: seed.norm,
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

    /// FNV-1a of bytes `from..<end` of `b`, after ا ل (`alef`: the article
    /// whose alef a لل contraction dropped).
    @inline(__always)
    static func fingerprint(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int, alef: Bool) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        @inline(__always) func add(_ x: UInt8) { h = (h ^ UInt64(x)) &* 0x0000_0100_0000_01B3 }
        if alef { add(0xD8); add(0xA7) }
        for k in from..<end { add(b[k]) }
        return h
    }
}
