import RasidModel

/// Turns the spans of all extractors into one consistent set.
///
/// Policy, in order:
/// 0. A TITLE that ends inside a LOCATION starting inside it runs to the
///    place's end (`extendTitlesOverPlaces`).
/// 1. Identical spans (same start, end, label) become one span listing every
///    provenance; the highest priority and the first known norm are kept.
/// 2. A span whose label is configured as not annotated inside another label
///    (`ORG` inside `TITLE`: the guidelines' idafa rule) is dropped when
///    contained in such a span, or when it starts inside one and runs past
///    its end (an ORG «الوكالة الدولية للطاقة الذرية» across the TITLE
///    «مدير الوكالة الدولية»: the guidelines end the TITLE at the preposition
///    and annotate no ORG for the body cut there; a PERSON «بكر لتؤكد» across
///    the LOCATION «ديار بكر»). A span that starts first and ends inside the
///    other is not dropped by this: the span started first owns the words.
///    A span whose attrs say `no_inner: LABEL` drops every shorter span of
///    that label inside it (a club's name holding a nisba that is no country).
///    A container that is itself dropped inside another drops nothing: the
///    place in a body's name inside a TITLE is kept (رئيس جامعة القاهرة);
///    but a piece of a name stays dropped (`partOfName`: the country in
///    the region «المغرب العربي» inside «اتحاد المغرب العربي»).
/// 3. Two spans of configured labels on exactly the same words keep the
///    preferred one: an ORG found by a context rule over the LOCATION of a
///    place lexicon (نادي برشلونة، صحيفة القدس), a PERSON mention over a
///    nisba read in the same letters (كينيون).
///    A span whose rule has the higher priority wins over the preferred
///    label: a place rule's LOCATION after حي over a club's name in an ORG
///    lexicon (حي الزمالك).
/// 4. Spans of the same label that overlap are resolved by priority, then
///    length (longest wins), then position (leftmost wins).
/// Spans of different labels may nest or overlap. Every dropped span is kept
/// in `discarded` with the reason and the span that won.
public struct Merger: Sendable {
    /// (inner, outer): drop an `inner` span that lies inside an `outer` one.
    public var dropInside: [(inner: String, outer: String)] {
        didSet { policy = MergerLabelPolicy(dropInside: dropInside, preferOnSameRange: preferOnSameRange, namePart: Self.partOfName) }
    }

    public static let defaultDropInside: [(inner: String, outer: String)] = [
        (Label.org, Label.title), (Label.person, Label.org), (Label.title, Label.org),
        (Label.location, Label.org), (Label.rank, Label.title), (Label.title, Label.person),
        (Label.org, Label.person), (Label.location, Label.person), (Label.country, Label.person),
        (Label.person, Label.location), (Label.title, Label.location), (Label.person, Label.date),
        (Label.person, Label.rank), (Label.location, Label.country),
        // A given name inside a country's name is no person (ساو تومي
        // وبرينسيب، سانت فنسنت والغرينادين، سانت لوسيا).
        (Label.person, Label.country),
        // A country's name inside a place's name is no mention of the
        // country (جبل لبنان، نهر السنغال، المحيط الهندي، أرض الصومال).
        (Label.country, Label.location),
        // A ship named after a person or a city (حاملة الطائرات دوايت
        // أيزنهاور، الفرقاطة آي إن إس كولكاتا): VESSEL is the label
        // rules/vessels.yaml defines, not one of the guidelines.
        (Label.person, "VESSEL"), (Label.location, "VESSEL"),
        // … and no office or country of its own (الفرقاطة «الملك عبد العزيز»).
        (Label.title, "VESSEL"), (Label.country, "VESSEL"),
        // A date in a place's name is part of the name (قاعدة 3 يوليو
        // البحرية، ميدان 30 يونيو), not a date the text gives.
        (Label.date, Label.location),
        // … and a rank in the name of a mosque or a base named after an
        // officer is no rank held (مسجد المشير طنطاوي).
        (Label.rank, Label.location),
        // A body in a place's name is part of the name (ملعب تويوتا،
        // مسرح كازينو لبنان، مطار أمبولي الدولي): the set never nests an
        // ORG inside a LOCATION.
        (Label.org, Label.location),
    ]

    /// (inner, outer) pairs of `dropInside` where the inner span is a piece
    /// of the outer one's name, never a mention of its own: dropped inside
    /// such a span even when that span is dropped itself (the COUNTRY
    /// «المغرب» of the region «المغرب العربي» inside the ORG «اتحاد المغرب
    /// العربي»), unlike a place inside a body inside a TITLE.
    public static let partOfName: [(inner: String, outer: String)] = [
        (Label.country, Label.location), (Label.date, Label.location),
    ]

    /// (winner, loser): of two spans on the same range, drop the `loser`.
    public var preferOnSameRange: [(winner: String, loser: String)] {
        didSet { policy = MergerLabelPolicy(dropInside: dropInside, preferOnSameRange: preferOnSameRange, namePart: Self.partOfName) }
    }

    /// Both pair lists as integer tables (kept in step with them).
    private var policy: MergerLabelPolicy

    /// The attr key by which a rule keeps spans of one label out of its own
    /// (`attrs: {no_inner: COUNTRY}`).
    public static let noInnerAttr = "no_inner"

    public static let defaultPreferOnSameRange: [(winner: String, loser: String)] = [
        (Label.org, Label.location), (Label.org, Label.country), (Label.org, Label.title),
        (Label.person, Label.country), (Label.country, Label.location),
        // A place found by a place rule on exactly the words of a name read
        // as a person (جزر طنب الكبرى وطنب الصغرى و«أبو موسى»، محافظات
        // سيستان وبلوشستان و«كرمان»): a PERSON inside a LOCATION is already
        // dropped (defaultDropInside), so is one on the same words.
        (Label.location, Label.person),
        // A company or group named after its founder (شركة عبد اللطيف جميل،
        // مجموعة يوسف بن أحمد كانو), found by an ORG rule on exactly the
        // words the PERSON extractor reads as the man: the body.
        (Label.org, Label.person),
        ("VESSEL", Label.person), ("VESSEL", Label.location),  // (see defaultDropInside)
        // A city named after a date, found by a place rule on exactly the
        // date's words (مدن الشروق وبدر والعاشر من رمضان): the place, as a
        // DATE inside a LOCATION is dropped (defaultDropInside).
        (Label.location, Label.date),
    ]

    public init(dropInside: [(inner: String, outer: String)] = Merger.defaultDropInside,
                preferOnSameRange: [(winner: String, loser: String)] = Merger.defaultPreferOnSameRange) {
        self.dropInside = dropInside
        self.preferOnSameRange = preferOnSameRange
        policy = MergerLabelPolicy(dropInside: dropInside, preferOnSameRange: preferOnSameRange, namePart: Self.partOfName)
    }

    public func merge(_ input: consuming [Span]) -> (kept: [Span], discarded: [DiscardedSpan]) {
        Self.extendTitlesOverPlaces(&input)
        // Labels as small integers (a document has a handful), so that the
        // steps below compare and group integers, never hash strings.
        // Numbered in order of first appearance; a built-in label is told
        // by `Label.builtInIndex` (one comparison of equal strings).
        var labels: [String] = []
        // (Read in place: a span passed to a closure is copied.)
        var numberOfBuiltIn = [Int](repeating: -1, count: Label.builtIn.count)
        var labelOf: [Int] = []
        labelOf.reserveCapacity(input.count)
        for i in input.indices {
            let builtIn = Label.builtInIndex(input[i].label)
            if let b = builtIn, numberOfBuiltIn[b] >= 0 { labelOf.append(numberOfBuiltIn[b]); continue }
            if let k = labels.firstIndex(where: { Label.same($0, input[i].label) }) { labelOf.append(k); continue }
            labels.append(input[i].label)
            if let b = builtIn { numberOfBuiltIn[b] = labels.count - 1 }
            labelOf.append(labels.count - 1)
        }
        // 1. Identical spans: sorted by (start, end, label, input order), each
        // run of equal keys folds into its first span, which keeps its place.
        var unique: [Span] = []
        var uniqueLabel: [Int] = []
        unique.reserveCapacity(input.count)
        uniqueLabel.reserveCapacity(input.count)
        // The unique spans sorted by range (then label): step 3 finds spans
        // on the same words as neighbours here, without sorting again.
        var byRange: [Int] = []
        do {
            // Plain integer keys: comparing spans themselves would copy them.
            let starts = input.map(\.start), ends = input.map(\.end)
            func before(_ a: Int, _ b: Int) -> Bool {
                if starts[a] != starts[b] { return starts[a] < starts[b] }
                if ends[a] != ends[b] { return ends[a] < ends[b] }
                if labelOf[a] != labelOf[b] { return labelOf[a] < labelOf[b] }
                return a < b
            }
            var order = Array(input.indices)
            var sorted = true
            for k in order.indices.dropFirst() where !before(k - 1, k) { sorted = false; break }
            if !sorted { order.sort(by: before) }
            var firstOf = [Int](repeating: -1, count: input.count)  // -1: a run's first span
            var k = 0
            while k < order.count {
                let head = order[k]
                var j = k + 1
                while j < order.count, starts[order[j]] == starts[head], ends[order[j]] == ends[head],
                    labelOf[order[j]] == labelOf[head]
                {
                    firstOf[order[j]] = head
                    j += 1
                }
                k = j
            }
            var slot = [Int](repeating: -1, count: input.count)
            if !firstOf.contains(where: { $0 >= 0 }) {
                // No duplicates (the usual case): the input as it is, shared, not copied span by span.
                unique = consume input  // moved: the in-place steps below then copy nothing
                uniqueLabel = labelOf
            } else {
                for (i, span) in input.enumerated() {
                    if firstOf[i] < 0 {
                        slot[i] = unique.count
                        unique.append(span)
                        uniqueLabel.append(labelOf[i])
                        continue
                    }
                    let t = slot[firstOf[i]]
                    var u = unique[t]
                    for p in span.provenance where !u.provenance.contains(p) { u.provenance.append(p) }
                    if u.norm == nil { u.norm = span.norm }
                    for (a, v) in span.attrs where u.attrs[a] == nil { u.attrs[a] = v }
                    if span.priority > u.priority { u.priority = span.priority }
                    unique[t] = u
                }
            }
            let duplicates = unique.count < firstOf.count
            byRange = order.compactMap { firstOf[$0] < 0 ? (duplicates ? slot[$0] : $0) : nil }
        }
        let uStart = unique.map(\.start), uEnd = unique.map(\.end)
        var discarded: [DiscardedSpan] = []
        // 2. Labels not annotated inside others.
        var candidates: [Int] = []  // indices into unique
        candidates.reserveCapacity(unique.count)
        // innerOf[l][m]: a span labelled l is dropped inside one labelled m.
        let policyIndex = labels.map { policy.index(of: $0) }
        let innerOf: [[Bool]] = policyIndex.map { inner in
            policyIndex.map { outer in policy.dropsInside(inner, outer) }
        }
        // partOf[l][m]: … and is part of its name (`partOfName`).
        let partOf: [[Bool]] = policyIndex.map { inner in
            policyIndex.map { outer in policy.isNamePart(inner, outer) }
        }
        let isOuter = labels.indices.map { m in labels.indices.contains { innerOf[$0][m] } }
        let isInner = labels.indices.map { l in innerOf[l].contains(true) }
        // Outers sorted by start; a container of a span starts at most
        // `longest` before it, so only a window is searched. Among the
        // containers, the first in input order wins (as a scan would).
        let outerIndices = unique.indices.filter { isOuter[uniqueLabel[$0]] }.sorted { uStart[$0] < uStart[$1] }
        // beats[w][l]: on the same range, a span labelled w drops one labelled l.
        let beats: [[Bool]] = policyIndex.map { w in
            policyIndex.map { l in policy.prefers(w, over: l) }
        }
        let preferring = labels.indices.map { l in labels.indices.contains { beats[$0][l] || beats[l][$0] } }
        // The spans of those labels by range: equal ranges are neighbours.
        let sameRangeOrder = byRange.filter { preferring[uniqueLabel[$0]] }
        var preferredOver = [Int](repeating: -1, count: unique.count)  // the winner on the same range
        var k = 0
        while k < sameRangeOrder.count {
            var j = k + 1
            while j < sameRangeOrder.count, uStart[sameRangeOrder[j]] == uStart[sameRangeOrder[k]],
                uEnd[sameRangeOrder[j]] == uEnd[sameRangeOrder[k]] { j += 1 }
            if j - k > 1 {
                for a in k..<j {
                    let i = sameRangeOrder[a]
                    let li = uniqueLabel[i], pi = unique[i].priority
                    for b in k..<j {
                        let o = sameRangeOrder[b], lo = uniqueLabel[o], po = unique[o].priority
                        // the preferred label wins unless the other span's rule
                        // has the higher priority (a context rule over a lexicon)
                        guard (beats[lo][li] && po >= pi) || (beats[li][lo] && po > pi) else { continue }
                        preferredOver[i] = o
                        break
                    }
                }
            }
            k = j
        }
        var longest = 0
        for k in outerIndices { longest = max(longest, uEnd[k] - uStart[k]) }
        // A span whose rule says `no_inner: LABEL` in its attrs keeps no span
        // of that label inside it: a club whose name holds a nisba that names
        // no country (المصري البورسعيدي: no COUNTRY «المصري»). Rare, so a list.
        var blockers: [(span: Int, inner: Int)] = []
        for i in unique.indices where !unique[i].attrs.isEmpty {
            guard let v = unique[i].attrs[Self.noInnerAttr],
                let l = labels.firstIndex(where: { Label.same($0, v) }) else { continue }
            blockers.append((i, l))
        }
        /// The first span (in input order) that drops span `i` by containing
        /// it, or with `farthest` the one that reaches furthest; a span
        /// dropped itself contains nothing that ends at or before its `dead`
        /// offset (Int.max: nothing at all; empty: none is dropped).
        // (Constants: a `var` captured by the function below is boxed, and
        // every read of it checked for exclusive access.)
        let window = longest, uniqueLabels = uniqueLabel
        func container(of i: Int, dead: [Int], whole: Bool = false, farthest: Bool = false) -> Int? {
            let l = uniqueLabels[i]
            guard isInner[l] else { return nil }
            var found = Int.max
            let si = uStart[i], ei = uEnd[i]
            var lo = 0, hi = outerIndices.count
            let from = si - window
            while lo < hi {
                let mid = (lo + hi) / 2
                if uStart[outerIndices[mid]] < from { lo = mid + 1 } else { hi = mid }
            }
            let inner = innerOf[l], namePart = partOf[l]
            while lo < outerIndices.count {
                let k = outerIndices[lo]
                let sk = uStart[k]
                guard sk <= si else { break }
                lo += 1
                let ek = uEnd[k]
                // k contains i, and is not the same range; or i starts
                // inside k and ends after it.
                guard si < ek, farthest || k < found, sk != si || ek != ei, ei <= ek || sk < si, !whole || ei <= ek,
                    dead.isEmpty || ei > dead[k] || namePart[uniqueLabels[k]], inner[uniqueLabels[k]]
                else { continue }
                if !farthest || found == Int.max || ek > uEnd[found] || ek == uEnd[found] && k < found { found = k }
            }
            return found == Int.max ? nil : found
        }
        // A container that is itself dropped inside another drops nothing:
        // the place in a body's name inside a TITLE (رئيس جامعة القاهرة:
        // the ORG جامعة القاهرة is not annotated inside the TITLE, so the
        // LOCATION القاهرة is judged against the TITLE alone, and kept).
        var dead: [Int] = []
        // A body that starts inside a TITLE and runs past its end is dropped
        // too, and holds only what lies past that end: «مدرب بايرن» + ORG
        // «بايرن ميونيخ» still holds its place «ميونيخ», while in «رئيس هيئة
        // الشارقة» + ORG «هيئة الشارقة للكتاب» the place «الشارقة» is judged
        // against the TITLE alone (and kept, as in رئيس غرفة تجارة جدة).
        for k in outerIndices where isInner[uniqueLabel[k]] {
            let end: Int
            if container(of: k, dead: [], whole: true) != nil {
                end = Int.max
            } else if let c = container(of: k, dead: [], farthest: true), uEnd[k] > uEnd[c] {
                end = uEnd[c]
            } else {
                continue
            }
            if dead.isEmpty { dead = [Int](repeating: -1, count: unique.count) }
            dead[k] = end
        }
        for i in unique.indices {
            if !blockers.isEmpty,
                let b = blockers.first(where: { b in
                    b.inner == uniqueLabel[i] && b.span != i && uStart[b.span] <= uStart[i] && uEnd[i] <= uEnd[b.span]
                        && uEnd[b.span] - uStart[b.span] > uEnd[i] - uStart[i]
                })
            {
                let span = unique[i], c = unique[b.span]
                discarded.append(DiscardedSpan(
                    span: span, reason: Self.sentence(span.label, " inside ", c, " is part of its name", ""), winner: c))
                continue
            }
            if preferredOver[i] >= 0 {
                let span = unique[i], w = unique[preferredOver[i]]
                discarded.append(DiscardedSpan(
                    span: span, reason: Self.sentence(span.label, " on the same words as ", w, " is not annotated", ""),
                    winner: w))
                continue
            }
            if let container = container(of: i, dead: dead) {
                let span = unique[i], c = unique[container]
                let reason = uEnd[i] <= uEnd[container]
                    ? Self.sentence(span.label, " inside ", c, " is not annotated separately", "")
                    : Self.sentence(span.label, " starting inside ", c, " and running past it is not annotated", "")
                discarded.append(DiscardedSpan(span: span, reason: reason, winner: c))
            } else {
                candidates.append(i)
            }
        }
        // 4. Same-label overlaps. Candidates by label, then start; spans that
        // overlap, directly or through others, form a cluster; a span can only
        // lose to a span of its own cluster, so each cluster is decided alone
        // (same result, no quadratic scan).
        candidates.sort { a, b in
            uniqueLabel[a] != uniqueLabel[b] ? uniqueLabel[a] < uniqueLabel[b] : uStart[a] < uStart[b]
        }
        var kept: [Int] = []
        kept.reserveCapacity(candidates.count)
        var cluster: [Int] = []
        var accepted: [Int] = []
        func decide() {
            if cluster.count == 1 { kept.append(cluster[0]); cluster.removeAll(keepingCapacity: true); return }
            cluster.sort {
                let x = unique[$0].priority, y = unique[$1].priority
                if x != y { return x > y }
                let lx = uEnd[$0] - uStart[$0], ly = uEnd[$1] - uStart[$1]
                if lx != ly { return lx > ly }
                return uStart[$0] < uStart[$1]
            }
            accepted.removeAll(keepingCapacity: true)
            for i in cluster {
                if let wi = accepted.first(where: { uStart[$0] < uEnd[i] && uStart[i] < uEnd[$0] }) {
                    let s = unique[i], w = unique[wi]
                    let why: String
                    if w.priority != s.priority {
                        why = "has higher priority (\(w.priority) > \(s.priority))"
                    } else if w.length != s.length {
                        why = "is longer"
                    } else {
                        why = "starts first"
                    }
                    discarded.append(DiscardedSpan(
                        span: s, reason: Self.sentence("overlaps", " ", w, ", which ", why), winner: w))
                } else {
                    accepted.append(i)
                }
            }
            kept.append(contentsOf: accepted)
            cluster.removeAll(keepingCapacity: true)
        }
        var clusterEnd = Int.min
        var clusterLabel = -1
        for i in candidates {
            if !cluster.isEmpty && (uniqueLabel[i] != clusterLabel || uStart[i] >= clusterEnd) { decide() }
            if cluster.isEmpty { clusterEnd = uEnd[i]; clusterLabel = uniqueLabel[i] } else { clusterEnd = max(clusterEnd, uEnd[i]) }
            cluster.append(i)
        }
        if !cluster.isEmpty { decide() }
        // Report order: start, then longest first, then label (by name).
        discarded.sort { Span.reportOrder($0.span, $1.span) }
        // Constants, not the captured `var`s: each read of those is checked for exclusive access.
        let labelNames = labels, labelIndex = uniqueLabel
        kept.sort { a, b in
            if uStart[a] != uStart[b] { return uStart[a] < uStart[b] }
            if uEnd[a] != uEnd[b] { return uEnd[a] > uEnd[b] }
            return labelNames[labelIndex[a]] < labelNames[labelIndex[b]]
        }
        // The kept spans are moved into report order at the front, then the
        // rest is dropped: swaps move spans, where building a new array
        // would copy each one (reference counting on every field).
        var position = Array(unique.indices)  // original index → where it is now
        var original = Array(unique.indices)  // where it is now → original index
        unique.withUnsafeMutableBufferPointer { buf in
            for (k, wanted) in kept.enumerated() {
                let from = position[wanted]
                if from == k { continue }
                buf.swapAt(k, from)
                let displaced = original[k]
                original[from] = displaced
                position[displaced] = from
                original[k] = wanted
                position[wanted] = k
            }
        }
        unique.removeLast(unique.count - kept.count)
        return (unique, discarded)
    }

    /// A TITLE that ends inside a LOCATION starting inside it — the office's
    /// chain took one word of a place of several («مدير جامعة حفر» and the
    /// LOCATION «حفر الباطن») — runs to the place's end: the TITLE holds the
    /// place its body is named after (محافظ جنوب سيناء, رئيس جامعة القاهرة),
    /// and the LOCATION stays inside it. A PERSON that starts inside that
    /// place after the TITLE's old end and runs past the place (the name
    /// read right after the cut office: «الباطن محمد الحربي») starts after
    /// the place instead. Done before everything else, so the longer TITLE
    /// is the one the steps below see.
    static func extendTitlesOverPlaces(_ spans: inout [Span]) {
        var titles: [Int] = [], places: [Int] = [], persons: [Int] = []
        for i in spans.indices {
            let l = spans[i].label
            if Label.same(l, Label.title) { titles.append(i) }
            else if Label.same(l, Label.location) { places.append(i) }
            else if Label.same(l, Label.person) { persons.append(i) }
        }
        guard !titles.isEmpty, !places.isEmpty else { return }
        places.sort { spans[$0].start < spans[$1].start }
        persons.sort { spans[$0].start < spans[$1].start }
        /// The first of `list` (sorted by start) that starts after `offset`,
        /// or at it when `orAt`.
        func firstStarting(after offset: Int, orAt: Bool, in list: [Int]) -> Int {
            var lo = 0, hi = list.count
            while lo < hi {
                let mid = (lo + hi) / 2
                let s = spans[list[mid]].start
                if s < offset || (!orAt && s == offset) { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        for t in titles {
            let ts = spans[t].start, te = spans[t].end
            // The first place starting after the TITLE's start, then every
            // place starting inside it: the one reaching furthest.
            var lo = firstStarting(after: ts, orAt: false, in: places)
            var best = -1
            while lo < places.count, spans[places[lo]].start < te {
                let p = places[lo]
                if spans[p].end > te, best < 0 || spans[p].end > spans[best].end { best = p }
                lo += 1
            }
            guard best >= 0 else { continue }
            let placeEnd = spans[best].end
            let placeScalars = spans[best].text.unicodeScalars
            guard placeScalars.count == spans[best].length else { continue }  // no text to extend with
            var text = spans[t].text.unicodeScalars
            text.append(contentsOf: placeScalars.suffix(placeEnd - te))
            spans[t].text = String(text)
            spans[t].end = placeEnd
            // (Only the persons starting in that stretch: a long document has thousands.)
            var j = firstStarting(after: te, orAt: true, in: persons)
            while j < persons.count, spans[persons[j]].start < placeEnd {
                let k = persons[j]
                j += 1
                guard spans[k].end > placeEnd else { continue }
                let scalars = spans[k].text.unicodeScalars
                guard scalars.count == spans[k].length else { continue }
                let rest = scalars.dropFirst(placeEnd - spans[k].start)
                let name = rest.drop { $0.properties.isWhitespace }
                guard name.contains(where: { $0.properties.isAlphabetic }) else { continue }
                spans[k].start = spans[k].end - name.count
                spans[k].text = String(String.UnicodeScalarView(name))
            }
        }
    }

    /// `head` + `link` + the winner's label and description + `tail` +
    /// `why`, built in one byte buffer: thousands of these per long document,
    /// where String interpolation costs several times more.
    static func sentence(_ head: String, _ link: String, _ w: Span, _ tail: String, _ why: String) -> String {
        let rule = w.rule ?? w.extractor
        let capacity = 64 + head.utf8.count + link.utf8.count + w.label.utf8.count + w.text.utf8.count
            + rule.utf8.count + tail.utf8.count + why.utf8.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buf in
            var out = ByteWriter(base: buf.baseAddress!)
            out.put(head); out.put(link); out.put(w.label)
            out.byte(0x20)
            out.number(w.start)
            out.byte(0x2E); out.byte(0x2E)
            out.number(w.end)
            out.byte(0x20); out.byte(0x27)
            out.put(w.text)
            out.byte(0x27); out.byte(0x20); out.byte(0x28)
            out.put(rule)
            out.byte(0x29)
            out.put(tail); out.put(why)
            // Whole strings and ASCII joined: valid UTF-8.
            return String(validUTF8: UnsafeBufferPointer(start: buf.baseAddress, count: out.count))
        }
    }

    /// Appends to memory sized beforehand (no checks, no captured state).
    private struct ByteWriter {
        let base: UnsafeMutablePointer<UInt8>
        var count = 0

        mutating func byte(_ b: UInt8) { base[count] = b; count += 1 }

        mutating func put(_ s: String) {
            var s = s
            let n = s.withUTF8 { b -> Int in
                if let p = b.baseAddress { (base + count).update(from: p, count: b.count) }
                return b.count
            }
            count += n
        }

        mutating func number(_ v: Int) {
            if v < 0 { byte(0x2D) }
            var m = v.magnitude, digits = 0
            repeat { digits += 1; m /= 10 } while m > 0
            m = v.magnitude
            var k = count + digits - 1
            while k >= count { base[k] = 0x30 + UInt8(m % 10); m /= 10; k -= 1 }
            count += digits
        }
    }
}
