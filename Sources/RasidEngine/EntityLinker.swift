import RasidModel

/// Groups mentions into entities per document: one COUNTRY entity per ISO
/// code, one PERSON entity per person (full name and later partial
/// mentions), with the RANK, TITLE and COUNTRY that introduce a person.
public struct EntityLinker: Sendable {
    public init() {}

    public func link(_ spans: [Span], text: String) -> [Entity] {
        var entities: [Entity] = []
        // COUNTRY by norm.
        var countryIndex = TextIndex()
        for i in spans.indices where Label.same(spans[i].label, Label.country) {  // in place: no span copies
            let key = TextKey(spans[i].norm ?? spans[i].text)
            if let e = countryIndex.value(for: key) {
                entities[e].mentions.append(i)
                // (Attributes are usually empty: looking a key up would still hash it.)
                if !spans[i].attrs.isEmpty && spans[i].attrs["form"] == "name" && entities[e].name.isEmpty == false
                    && spans[entities[e].mentions[0]].attrs["form"] != "name"
                {
                    entities[e].name = spans[i].text
                }
            } else {
                countryIndex.insert(entities.count, for: key)
                entities.append(Entity(id: "", label: Label.country, name: spans[i].text, norm: spans[i].norm, mentions: [i]))
            }
        }
        // PERSON: a mention joins the entity whose fullest name contains it as whole words.
        // Words are split once per span, and a mention text seen before joins
        // the same entity again (names never change), so a long document with
        // many repeated mentions is linked in about linear time.
        var persons: [Int] = []  // entity indices
        var nameWords: [[TextKey]] = []  // parallel to persons: the words of each one's name (an array: no hashing)
        var entityOfText = TextIndex()
        let personSpans = spans.indices.filter { Label.same(spans[$0].label, Label.person) }
        let wordsOf = personSpans.map { Self.words(spans[$0].text) }  // parallel to personSpans
        for k in personSpans.indices.sorted(by: { wordsOf[$0].count > wordsOf[$1].count }) {
            let i = personSpans[k]
            if let e = entityOfText.value(for: TextKey(spans[i].text)) {
                entities[e].mentions.append(i)
                continue
            }
            let words = wordsOf[k]
            let e: Int
            if let p = nameWords.firstIndex(where: { name in words.allSatisfy { name.contains($0) } }) {
                e = persons[p]
                entities[e].mentions.append(i)
            } else {
                e = entities.count
                persons.append(e)
                nameWords.append(words)
                entities.append(Entity(id: "", label: Label.person, name: spans[i].text, mentions: [i]))
            }
            entityOfText.insert(e, for: TextKey(spans[i].text))
        }
        // Rank, title, country introducing a person mention: the spans right
        // before it, separated by spaces or quotes only.
        // Only a RANK, TITLE or COUNTRY can introduce a person: the gaps after
        // other spans are never read.
        func introduces(_ label: String) -> Bool { Label.same(label, Label.rank) || Label.same(label, Label.title) || Label.same(label, Label.country) }
        let gaps = persons.isEmpty
            ? GapScalars() : GapScalars(text: text, ends: spans.indices.compactMap { introduces(spans[$0].label) ? spans[$0].end : nil })
        /// Up to three spaces, quotes or commas, nothing else (`r` starts at a span's end).
        func isJoiningGap(_ r: Range<Int>) -> Bool {
            guard r.count <= 3 else { return false }
            let first = gaps.index(ofEnd: r.lowerBound)
            for k in 0..<r.count {
                switch gaps.scalars[first + k] {
                case 0x20, 0xAB, 0xBB, 0x22, 0x201C, 0x201D, 0x27, 0x060C, 0x2C: continue
                default: return false
                }
            }
            return true
        }
        // Collected per role in plain arrays and stored once per entity: a
        // dictionary keyed by the role's name hashed it for every related span.
        var ranks: [Int] = [], titles: [Int] = [], countries: [Int] = []
        for e in persons {
            for m in entities[e].mentions {
                var cursor = spans[m].start
                var j = m - 1
                while j >= 0 {
                    if spans[j].end > cursor { j -= 1; continue }  // in place: no span copies
                    let label = spans[j].label
                    guard introduces(label), isJoiningGap(spans[j].end..<cursor) else { break }
                    if Label.same(label, Label.rank) {
                        ranks.append(j)
                    } else if Label.same(label, Label.title) {
                        titles.append(j)
                    } else {
                        countries.append(j)
                    }
                    cursor = spans[j].start
                    j -= 1
                }
            }
            for (role, list) in [("rank", ranks), ("title", titles), ("country", countries)] where !list.isEmpty {
                entities[e].related[role] = Self.sortedUnique(list)
            }
            ranks.removeAll(keepingCapacity: true)
            titles.removeAll(keepingCapacity: true)
            countries.removeAll(keepingCapacity: true)
        }
        for i in entities.indices {
            entities[i].mentions.sort()
            entities[i].id = "\(entities[i].label == Label.person ? "P" : "C")\(i + 1)"
        }
        return entities
    }

    /// The three scalars after every span end (`none` past the text): all
    /// that the joining-gap check reads, found in one forward walk over the
    /// UTF-8 instead of decoding the whole text.
    struct GapScalars {
        static let none = UInt32.max
        private(set) var ends: [Int] = []
        /// Three per end, in the order of `ends`.
        private(set) var scalars: [UInt32] = []

        init() {}

        init(text: String, ends unsorted: [Int]) {
            var sorted = unsorted
            sorted.sort()
            ends.reserveCapacity(sorted.count)
            for e in sorted where e != ends.last { ends.append(e) }
            scalars.reserveCapacity(3 * ends.count)
            var text = text
            text.withUTF8 { buf in
                var byte = 0, scalar = 0
                for end in ends {
                    TextScan.advance(buf, byte: &byte, scalar: &scalar, to: end)
                    var b = byte
                    for _ in 0..<3 {
                        if scalar == end && b < buf.count {
                            let (v, n) = TextScan.scalar(at: b, in: buf)
                            scalars.append(v)
                            b += n
                        } else {
                            scalars.append(Self.none)
                        }
                    }
                }
            }
        }

        /// Where the scalars after span end `end` start in `scalars`.
        func index(ofEnd end: Int) -> Int {
            var lo = 0, hi = ends.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if ends[mid] < end { lo = mid + 1 } else { hi = mid }
            }
            precondition(lo < ends.count && ends[lo] == end, "a gap starts at a span's end")
            return 3 * lo
        }
    }

    /// `v` sorted, without repeats: what `Array(Set(v)).sorted()` gives,
    /// without hashing (the lists are a few span indices long).
    static func sortedUnique(_ v: [Int]) -> [Int] {
        var out = v
        out.sort()
        var kept = 0
        for k in out.indices where k == 0 || out[k] != out[kept - 1] {
            out[kept] = out[k]
            kept += 1
        }
        out.removeLast(out.count - kept)
        return out
    }

    /// The words of a name, split at spaces on its UTF-8 (no grapheme
    /// breaking) and compared by their bytes.
    static func words(_ text: String) -> [TextKey] {
        var text = text
        return text.withUTF8 { b in
            b.split(separator: 0x20).map { TextKey(String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self)) }
        }
    }
}
