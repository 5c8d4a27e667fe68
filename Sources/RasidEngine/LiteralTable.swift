import Foundation

/// Every literal that goes into the rule groups' automata — rule terms, their
/// `لل` forms, patterns' start literals — collected in the order they are
/// added, as byte ranges of one buffer. `build` sorts them once: equal
/// literals become one pattern (its payloads in the order they were added),
/// the duplicate-term lint runs over the runs of equal terms, and the sorted
/// patterns go straight to the automaton builder. Nothing is hashed or kept
/// as a string per term, which is what a million-term gazetteer needs.
struct LiteralTable {
    /// Normalized literals, back to back.
    private(set) var bytes: [UInt8] = []
    /// Every literal added, in order (its index is its place in that order).
    private var entries: [Entry] = []
    private struct Entry {
        var start: Int
        var length: Int32
        var group: Int32
        /// `term`, `startLiteral`, or (≥ 0) the term entry whose `لل` form
        /// this is: it is in the automaton only when that term is.
        var link: Int32
        /// For terms: which rule (an index into `instances`) and which of its terms.
        var instance: Int32
        var term: Int32
        /// A term of a complete rule (an incomplete rule's terms are only checked).
        var include: Bool
        /// A term written in the rule file itself (not in a gazetteer).
        var inRuleFile: Bool
        /// `exact` is 0 when the hit's bytes must be compared (the offset is
        /// set when the pattern is built).
        var payload: TermPayload
    }
    private static let term: Int32 = -1
    private static let startLiteral: Int32 = -2
    /// Rules with terms, in the order they were compiled.
    private var instances: [Instance] = []
    private struct Instance {
        var file: Int
        var rule: Int
        /// How many diagnostics the compiler had when it got to this rule:
        /// where the rule's term diagnostics go among the others.
        var position: Int
    }
    /// Norms and attributes of terms that have them, by `TermPayload.meta`.
    private(set) var meta: [TermMeta] = []
    /// Diagnostics about terms: their place among the compiler's (the
    /// rule's position), then the rule instance and the term.
    private(set) var diagnostics: [(position: Int, instance: Int32, term: Int32, diagnostic: Diagnostic)] = []

    init(expectedBytes: Int = 0, expectedTerms: Int = 0) {
        bytes.reserveCapacity(expectedBytes)
        entries.reserveCapacity(expectedTerms)
    }

    /// The bytes and terms of every gazetteer in `files`: enough to reserve the buffers once.
    static func expected(_ files: [RuleFile]) -> (bytes: Int, terms: Int) {
        var n = 0, t = 0
        for f in files {
            for r in f.rules {
                if case .terms(let terms) = r.body, case .gazetteer(let g) = terms.storage {
                    n += g.bytes.count
                    t += g.entries.count
                }
            }
        }
        return (n, t)
    }

    /// A pattern's start literal.
    mutating func addStartLiteral(_ literal: [UInt8], group g: Int32, payload p: TermPayload) {
        let s = bytes.count
        bytes.append(contentsOf: literal)
        entries.append(Entry(start: s, length: Int32(literal.count), group: g, link: Self.startLiteral, instance: -1, term: -1,
                             include: false, inRuleFile: false, payload: p))
    }

    /// The terms of rule `r` (rule `ruleIndex` of file `fileIndex`, compiled
    /// as rule number `index` when `include`).
    mutating func addTerms(
        _ terms: RuleTerms, of r: Rule, fileIndex: Int, ruleIndex: Int, path: String, index: Int32, include: Bool,
        group g: Int32, normalizer: Normalizer, position: Int
    ) {
        let instance = Int32(instances.count)
        instances.append(Instance(file: fileIndex, rule: ruleIndex, position: position))
        switch terms.storage {
        case .list(let list):
            for (i, t) in list.enumerated() {
                var text = t.text
                text.withUTF8 { raw in
                    addTerm(raw, text: { t.text }, norm: { t.norm }, attrs: t.attrs.isEmpty ? nil : t.attrs,
                            location: { t.location }, of: r, instance: instance, term: Int32(i), index: index,
                            include: include, inRuleFile: t.location.file == path, group: g, normalizer: normalizer)
                }
            }
        case .gazetteer(let list):
            let inRuleFile = list.file == path
            // Room for every term (and its `لل` form) at once: a long list
            // would otherwise regrow and copy these arrays many times.
            bytes.reserveCapacity(bytes.count + list.bytes.count)
            entries.reserveCapacity(entries.count + 2 * list.entries.count)
            list.bytes.withUnsafeBufferPointer { b in
                for (i, e) in list.entries.enumerated() {
                    addTerm(UnsafeBufferPointer(rebasing: b[Int(e.termStart)..<Int(e.termEnd)]), text: { list.text(e) },
                            norm: { list.norm(e) }, attrs: nil, location: { list.term(i).location }, of: r,
                            instance: instance, term: Int32(i), index: index, include: include, inRuleFile: inRuleFile,
                            group: g, normalizer: normalizer)
                }
            }
        }
    }

    @inline(__always)
    private mutating func addTerm(
        _ raw: UnsafeBufferPointer<UInt8>, text: () -> String, norm: () -> String?, attrs: [String: String]?,
        location: () -> SourceLocation, of r: Rule, instance: Int32, term: Int32, index: Int32, include: Bool,
        inRuleFile: Bool, group g: Int32, normalizer: Normalizer
    ) {
        let s = bytes.count
        // Where the `لل` form starts (after the first character of an `ال` term), or -1.
        var contracted = -1
        if PlainText.isPlain(raw) {
            // Normalizing changes nothing, and every scalar is a character.
            bytes.append(contentsOf: raw)
            if raw.count > 4 && raw[0] == 0xD8 && raw[1] == 0xA7 && raw[2] == 0xD9 && raw[3] == 0x84
                && PlainText.scalarCount(raw) > 3 {
                // A stem in ل loses the article's ل too: اللاذقية → للاذقية
                // is ل + «لاذقية».
                contracted = raw.count > 6 && raw[4] == 0xD9 && raw[5] == 0x84 ? s + 4 : s + 2
            }
        } else {
            let normalized = normalizer.normalizeString(text())
            bytes.append(contentsOf: normalized.utf8)
            if normalized.hasPrefix("ال") && normalized.count > 3 {
                let drop = normalized.hasPrefix("الل") ? 2 : 1
                contracted = bytes.count - normalized.dropFirst(drop).utf8.count
            }
        }
        let n = bytes.count - s
        if n == 0 {
            diagnostics.append((instances[Int(instance)].position, instance, term,
                                Diagnostic(.error, location(), "term '\(text())' is empty after normalization", rule: r.fullID)))
            return
        }
        var p = TermPayload(rule: index, contracted: false)
        if include {
            let norm = norm()
            if norm != nil || attrs != nil {
                p.meta = Int32(meta.count)
                meta.append(TermMeta(norm: norm, attrs: attrs))
            }
            if !r.caseInsensitive && raw.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) {
                p.exact = 0
            }
        }
        let entry = Int32(entries.count)
        entries.append(Entry(start: s, length: Int32(n), group: g, link: Self.term, instance: instance, term: term,
                             include: include, inRuleFile: inRuleFile, payload: p))
        if include && contracted >= 0 {
            p.contracted = true
            entries.append(Entry(start: contracted, length: Int32(s + n - contracted), group: g, link: entry, instance: -1,
                                 term: -1, include: false, inRuleFile: false, payload: p))
        }
    }

    /// One group's share of the literals: patterns sorted for the automaton
    /// builder (with how many bytes each shares with the one before) and
    /// each pattern's payloads.
    struct Group {
        var start: [Int] = []
        var length: [Int32] = []
        var lcp: [Int32] = []
        var payloadStart: [Int32] = [0]
        var payloads: [TermPayload] = []
        var exactBytes: [UInt8] = []
    }

    /// Sorts the literals, checks the terms for duplicates (adding the
    /// warnings to `diagnostics`) and returns each group's patterns.
    /// Consumes the literals (`bytes` stays).
    mutating func build(groupCount: Int, files: [RuleFile]) -> [Group] {
        let count = entries.count
        let (order, lcp) = ByteStrings.sort(bytes: bytes, start: entries.map(\.start), length: entries.map(\.length), raw: true)
        // The entries in sorted order (one pass of independent loads), and
        // where each one went, for the `لل` forms to find their terms.
        let sorted = order.map { entries[Int($0)] }
        var position = [Int32](repeating: 0, count: count)
        for (k, e) in order.enumerated() { position[Int(e)] = Int32(k) }
        entries = []
        // Per sorted position: 0 the same bytes as the literal before, 1
        // equal to it under ASCII case folding only, 2 neither.
        var boundary = [UInt8](repeating: 2, count: count)
        bytes.withUnsafeBufferPointer { b in
            for k in 1..<max(1, count) where lcp[k] == sorted[k].length && sorted[k].length == sorted[k - 1].length {
                let x = sorted[k - 1].start, y = sorted[k].start
                boundary[k] = memcmp(b.baseAddress! + x, b.baseAddress! + y, Int(sorted[k].length)) == 0 ? 0 : 1
            }
        }

        // Which terms go into the automaton, the way one pass in order would
        // decide: a term already listed by the same rule is skipped (warned);
        // a term of an incomplete rule is not added; the first rule to add a
        // term owns it, and another rule listing it is warned about when the
        // labels differ, or when both list it in their rule files.
        var valid = [Bool](repeating: false, count: count)
        var seen: [Int32] = []
        var run = 0
        while run < count {
            var end = run + 1
            while end < count && boundary[end] == 0 { end += 1 }
            defer { run = end }
            if end - run == 1 {
                if sorted[run].link == Self.term { valid[run] = sorted[run].include }
                continue
            }
            seen.removeAll(keepingCapacity: true)
            var owner = -1
            for k in run..<end {
                let o = sorted[k]
                guard o.link == Self.term else { continue }
                if seen.contains(o.instance) {
                    let (rule, t) = describe(o, files)
                    diagnostics.append((instances[Int(o.instance)].position, o.instance, o.term, Diagnostic(
                        .warning, t.location, "term '\(t.text)' is listed twice in rule '\(rule.id)'", rule: rule.fullID)))
                    continue
                }
                seen.append(o.instance)
                guard o.include else { continue }
                valid[k] = true
                guard owner >= 0 else { owner = k; continue }
                let (ownerRule, ownerTerm) = describe(sorted[owner], files)
                let (rule, t) = describe(o, files)
                guard ownerRule.fullID != rule.fullID else { continue }
                let loc = ownerTerm.location
                if ownerRule.label != rule.label {
                    diagnostics.append((instances[Int(o.instance)].position, o.instance, o.term, Diagnostic(
                        .warning, t.location,
                        "term '\(t.text)' is also in rule '\(ownerRule.fullID)' (\(loc.file):\(loc.line)) under label \(ownerRule.label)",
                        rule: rule.fullID)))
                } else if sorted[owner].inRuleFile, o.inRuleFile {
                    // Same label, both written in rule files (a generated gazetteer may overlap curated terms).
                    diagnostics.append((instances[Int(o.instance)].position, o.instance, o.term, Diagnostic(
                        .warning, t.location,
                        "term '\(t.text)' is listed twice: also in rule '\(ownerRule.fullID)' (\(loc.file):\(loc.line)), same label \(ownerRule.label); keep one",
                        rule: rule.fullID)))
                }
            }
        }
        @inline(__always) func isIn(_ k: Int) -> Bool {
            let l = sorted[k].link
            return l == Self.term ? valid[k] : l == Self.startLiteral ? true : valid[Int(position[Int(l)])]
        }

        // The patterns, cluster by cluster of literals equal under case
        // folding (sorted order for the automaton); within a cluster, a
        // group's patterns in the order they were first added, which is the
        // order the old one-pattern-per-new-literal numbering reported them.
        var groups = [Group](repeating: Group(), count: groupCount)
        var payloadCount = [Int](repeating: 0, count: groupCount)
        for k in 0..<count where isIn(k) { payloadCount[Int(sorted[k].group)] += 1 }
        for g in 0..<groupCount {
            groups[g].payloads.reserveCapacity(payloadCount[g])
            groups[g].start.reserveCapacity(payloadCount[g])
            groups[g].length.reserveCapacity(payloadCount[g])
            groups[g].lcp.reserveCapacity(payloadCount[g])
            groups[g].payloadStart.reserveCapacity(payloadCount[g] + 1)
        }
        // Per group: the fewest leading bytes shared since its last pattern.
        var shared = [Int32](repeating: 0, count: groupCount)
        var candidates: [(group: Int32, first: Int, lo: Int, hi: Int)] = []
        var cluster = 0
        bytes.withUnsafeBufferPointer { b in
            while cluster < count {
                for g in 0..<groupCount { shared[g] = min(shared[g], lcp[cluster]) }
                var clusterEnd = cluster + 1
                while clusterEnd < count && boundary[clusterEnd] != 2 { clusterEnd += 1 }
                candidates.removeAll(keepingCapacity: true)
                var lo = cluster
                while lo < clusterEnd {
                    var hi = lo + 1
                    while hi < clusterEnd && boundary[hi] == 0 { hi += 1 }
                    let from = candidates.count
                    for k in lo..<hi where isIn(k) {
                        if !candidates[from...].contains(where: { $0.group == sorted[k].group }) {
                            candidates.append((sorted[k].group, k, lo, hi))
                        }
                    }
                    lo = hi
                }
                if candidates.count > 1 {
                    candidates.sort { a, c in
                        a.group != c.group ? a.group < c.group : order[a.first] < order[c.first]
                    }
                }
                for c in candidates {
                    let gi = Int(c.group)
                    let first = sorted[c.first]
                    groups[gi].start.append(first.start)
                    groups[gi].length.append(first.length)
                    groups[gi].lcp.append(groups[gi].lcp.count == 0 ? 0 : shared[gi])
                    shared[gi] = first.length
                    var exactAt: Int32 = -1
                    for k in c.lo..<c.hi where sorted[k].group == c.group && isIn(k) {
                        var p = sorted[k].payload
                        if p.exact >= 0 {
                            if exactAt < 0 {
                                exactAt = Int32(groups[gi].exactBytes.count)
                                groups[gi].exactBytes.append(contentsOf: b[first.start..<(first.start + Int(first.length))])
                            }
                            p.exact = exactAt
                        }
                        groups[gi].payloads.append(p)
                    }
                    groups[gi].payloadStart.append(Int32(groups[gi].payloads.count))
                }
                cluster = clusterEnd
            }
        }
        return groups
    }

    private func describe(_ o: Entry, _ files: [RuleFile]) -> (Rule, RuleTerm) {
        let i = instances[Int(o.instance)]
        let r = files[i.file].rules[i.rule]
        guard case .terms(let terms) = r.body else { preconditionFailure("a term entry of a rule without terms") }
        return (r, terms[Int(o.term)])
    }
}

/// Terms that normalization leaves as they are, recognized on their bytes:
/// printable ASCII and Arabic letters that no normalization switch maps
/// (not alef forms, alef maqsura, ta marbuta, Persian letters), no marks, no
/// digits, no tatweel. Each such scalar is also a character of its own, so
/// `hasPrefix` and `count` can be done on bytes.
enum PlainText {
    /// U+0600…U+06FF: whether the scalar is plain.
    static let arabic: [Bool] = (0x0600...0x06FF).map { (v: UInt32) -> Bool in
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0629, 0x0649, 0x06A9, 0x06CC: return false
        case 0x0621...0x063A, 0x0641...0x064A, 0x066E...0x066F, 0x0674...0x06D3: return true
        default: return false
        }
    }

    @inline(__always)
    static func isPlain(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        // The table read once: a static read in the loop checks its lazy
        // initialization at every character (a million terms: 16 M checks).
        arabic.withUnsafeBufferPointer { arabic in
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c < 0x80 {
                    guard c >= 0x20 && c < 0x7F else { return false }
                    i += 1
                    continue
                }
                guard c >= 0xD8 && c <= 0xDB, i + 1 < n else { return false }
                let v = Int(c & 0x1F) << 6 | Int(b[i + 1] & 0x3F)
                guard arabic[v - 0x600] else { return false }
                i += 2
            }
            return true
        }
    }

    @inline(__always)
    static func scalarCount(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for c in b where c & 0xC0 != 0x80 { n += 1 }
        return n
    }
}

/// The normalized terms of every rule by `LABEL` and `LABEL/form`, for
/// `{{@LABEL/form}}`, computed for a name when a pattern first asks for it.
final class TermReferences: @unchecked Sendable {
    private let files: [RuleFile]
    private var cache: [String: [String]]
    private let complete: Bool
    /// Rules' examples are compiled on several threads, all asking here.
    private let lock = NSLock()

    /// Computed from `files` as they are asked for.
    init(files: [RuleFile]) {
        self.files = files
        cache = [:]
        complete = false
    }

    /// Given in full.
    init(fixed: [String: [String]]) {
        files = []
        cache = fixed
        complete = true
    }

    func terms(_ name: String) -> [String]? {
        lock.lock()
        defer { lock.unlock() }
        if let t = cache[name] { return t }
        if complete { return nil }
        var out: [String] = []
        for f in files {
            let n = Normalizer(options: f.normalization)
            for r in f.rules where r.isComplete {
                guard case .terms(let terms) = r.body else { continue }
                if r.label == name {
                    for t in terms { out.append(n.normalizeString(t.text)) }
                } else if name.hasPrefix(r.label + "/") {
                    for t in terms {
                        if let form = t.attrs["form"] ?? r.attrs["form"], "\(r.label)/\(form)" == name {
                            out.append(n.normalizeString(t.text))
                        }
                    }
                }
            }
        }
        cache[name] = out
        return out
    }
}
