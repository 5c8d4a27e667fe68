import RasidModel

/// What changed from one report to another over the same documents (or
/// between a report and gold): per document the spans added, removed and
/// changed, and counts per label. How spans pair up, in this order:
///
/// 1. same start, end and label: unchanged, or a **norm** change when the norms differ;
/// 2. same start and end, different label: a **label** change;
/// 3. same label and overlapping: a **boundary** change (each span paired
///    once, the old spans in text order, each with the new span it overlaps most);
/// 4. whatever is left is **removed** (only in OLD) or **added** (only in NEW).
public struct ReportDiff: Sendable {
    public enum Kind: String, Sendable, Encodable { case added, removed, boundary, label, norm }

    /// A span as the diff shows it.
    public struct Side: Sendable, Encodable {
        public var start: Int
        public var end: Int
        public var label: String
        public var text: String
        public var norm: String?
        /// The rule, else the extractor, that made it (absent in gold).
        public var source: String?
    }

    public struct Change: Sendable, Encodable {
        public var kind: Kind
        public var old: Side?
        public var new: Side?
        /// Around both spans, from the document text (empty when no report holds the text).
        public var context: TextSnippet?
    }

    public struct DocumentDiff: Sendable, Encodable {
        public var id: String
        public var changes: [Change]
    }

    public struct LabelSummary: Sendable, Encodable {
        public var label: String
        public var old = 0
        public var new = 0
        public var added = 0
        public var removed = 0
        public var boundary = 0
        public var norm = 0
        /// Spans that had this label in OLD and another in NEW, and the reverse.
        public var relabelledAway = 0
        public var relabelledHere = 0
        public var changes: Int { added + removed + boundary + norm + relabelledAway + relabelledHere }

        enum CodingKeys: String, CodingKey {
            case label, old, new, added, removed, boundary, norm
            case relabelledAway = "relabelled_away", relabelledHere = "relabelled_here"
        }
    }

    /// Documents with at least one change, in NEW's order.
    public var documents: [DocumentDiff]
    /// How many documents both sides have (and were compared).
    public var compared: Int
    public var onlyInOld: [String]
    public var onlyInNew: [String]
    /// Documents whose texts differ between the sides: their spans are not compared.
    public var textsDiffer: [String]
    /// One row per label seen on either side: built-in labels first, then others by name.
    public var summary: [LabelSummary]

    public var changeCount: Int { documents.reduce(0) { $0 + $1.changes.count } }
    public var isEmpty: Bool { changeCount == 0 && onlyInOld.isEmpty && onlyInNew.isEmpty && textsDiffer.isEmpty }

    /// Compares by document id. `ignoreNorms` pairs spans without looking at
    /// their norms (gold often leaves norms out).
    public static func compare(old: [DocumentReport], new: [DocumentReport], ignoreNorms: Bool = false) -> ReportDiff {
        var oldByID: [String: DocumentReport] = [:]
        for d in old { oldByID[d.id] = d }
        let newIDs = Set(new.map(\.id))
        var diff = ReportDiff(documents: [], compared: 0, onlyInOld: old.map(\.id).filter { !newIDs.contains($0) },
                              onlyInNew: [], textsDiffer: [], summary: [])
        var rows: [String: LabelSummary] = [:]
        var seen = Set<String>()
        for n in new where seen.insert(n.id).inserted {
            guard let o = oldByID[n.id] else { diff.onlyInNew.append(n.id); continue }
            if !o.text.isEmpty && !n.text.isEmpty && o.text != n.text { diff.textsDiffer.append(n.id); continue }
            diff.compared += 1
            for s in o.spans { rows[s.label, default: LabelSummary(label: s.label)].old += 1 }
            for s in n.spans { rows[s.label, default: LabelSummary(label: s.label)].new += 1 }
            let changes = compare(o, n, ignoreNorms: ignoreNorms)
            for c in changes {
                switch c.kind {
                case .added: rows[c.new!.label]!.added += 1
                case .removed: rows[c.old!.label]!.removed += 1
                case .boundary: rows[c.old!.label]!.boundary += 1
                case .norm: rows[c.old!.label]!.norm += 1
                case .label:
                    rows[c.old!.label]!.relabelledAway += 1
                    rows[c.new!.label]!.relabelledHere += 1
                }
            }
            if !changes.isEmpty { diff.documents.append(DocumentDiff(id: n.id, changes: changes)) }
        }
        diff.summary = Label.builtIn.compactMap { rows[$0] } + rows.keys.filter { !Label.builtIn.contains($0) }.sorted().map { rows[$0]! }
        return diff
    }

    /// The changes of one document, in text order.
    static func compare(_ o: DocumentReport, _ n: DocumentReport, ignoreNorms: Bool) -> [Change] {
        let text = n.text.isEmpty ? o.text : n.text
        let scalars = Array(text.unicodeScalars)
        func side(_ s: Span) -> Side {
            var t = s.text
            if t.isEmpty && s.start >= 0 && s.end <= scalars.count && s.start < s.end {
                t = String(String.UnicodeScalarView(scalars[s.start..<s.end]))
            }
            return Side(start: s.start, end: s.end, label: s.label, text: t, norm: s.norm, source: s.sourceName)
        }
        func change(_ k: Kind, _ a: Span?, _ b: Span?) -> Change {
            let start = min(a?.start ?? Int.max, b?.start ?? Int.max), end = max(a?.end ?? 0, b?.end ?? 0)
            return Change(kind: k, old: a.map(side), new: b.map(side),
                          context: scalars.isEmpty ? nil : TextSnippet(scalars, start: start, end: end))
        }
        let olds = o.spans.sorted(by: Span.reportOrder), news = n.spans.sorted(by: Span.reportOrder)
        var oldLeft = Array(olds.indices), newUsed = Set<Int>()
        var changes: [Change] = []
        struct Key: Hashable { let start: Int, end: Int }
        var byRange: [Key: [Int]] = [:]
        for (j, s) in news.enumerated() { byRange[Key(start: s.start, end: s.end), default: []].append(j) }
        /// Pairs each old span left with the first unused new span of the same range that `fits`.
        func pairByRange(_ fits: (Span, Span) -> Bool, _ record: (Span, Span) -> Void) {
            oldLeft = oldLeft.filter { i in
                let s = olds[i]
                guard let j = byRange[Key(start: s.start, end: s.end)]?.first(where: { !newUsed.contains($0) && fits(s, news[$0]) })
                else { return true }
                newUsed.insert(j)
                record(s, news[j])
                return false
            }
        }
        // 1. Same range and label: unchanged, or the norm changed.
        pairByRange({ $0.label == $1.label }) { a, b in if !ignoreNorms && a.norm != b.norm { changes.append(change(.norm, a, b)) } }
        // 2. Same range, another label.
        pairByRange({ $0.label != $1.label }) { a, b in changes.append(change(.label, a, b)) }
        // 3. Same label, overlapping: the new span overlapping most.
        oldLeft = oldLeft.filter { i in
            let s = olds[i]
            var best: (overlap: Int, index: Int)?
            for (j, t) in news.enumerated() where !newUsed.contains(j) && t.label == s.label && t.overlaps(s) {
                let ov = min(s.end, t.end) - max(s.start, t.start)
                if best == nil || ov > best!.overlap { best = (ov, j) }
            }
            guard let best else { return true }
            newUsed.insert(best.index)
            changes.append(change(.boundary, s, news[best.index]))
            return false
        }
        // 4. The rest.
        for i in oldLeft { changes.append(change(.removed, olds[i], nil)) }
        for j in news.indices where !newUsed.contains(j) { changes.append(change(.added, nil, news[j])) }
        return changes.sorted {
            let a = $0.old ?? $0.new!, b = $1.old ?? $1.new!
            return (a.start, -a.end, a.label) < (b.start, -b.end, b.label)
        }
    }
}

extension ReportDiff: Encodable {
    enum CodingKeys: String, CodingKey {
        case documents, compared, onlyInOld = "only_in_old", onlyInNew = "only_in_new", textsDiffer = "texts_differ", summary
    }
}
