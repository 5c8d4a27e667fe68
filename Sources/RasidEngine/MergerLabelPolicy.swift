/// The merger's label pairs (`dropInside`, `preferOnSameRange`) as tables of
/// small integers, built once per merger. A document's labels are looked up
/// here once each; asking every pair list about every two labels of every
/// document compared about a thousand strings per document (unequal small
/// strings take the standard library's slow path).
struct MergerLabelPolicy: Sendable {
    /// Every label a pair names, in first-seen order.
    let names: [String]
    /// `inner[l * names.count + m]`: a span labelled `names[l]` is dropped
    /// inside one labelled `names[m]`.
    private let inner: [Bool]
    /// `beats[w * names.count + l]`: on the same range, `names[w]` drops `names[l]`.
    private let beats: [Bool]
    /// `namePart[l * names.count + m]`: a `names[l]` span inside a `names[m]`
    /// one is a piece of its name (`Merger.partOfName`).
    private let namePart: [Bool]

    init(dropInside: [(inner: String, outer: String)], preferOnSameRange: [(winner: String, loser: String)],
         namePart partOfName: [(inner: String, outer: String)] = []) {
        var names: [String] = []
        func index(_ label: String) -> Int {
            if let k = names.firstIndex(of: label) { return k }
            names.append(label)
            return names.count - 1
        }
        let drop = dropInside.map { (index($0.inner), index($0.outer)) }
        let prefer = preferOnSameRange.map { (index($0.winner), index($0.loser)) }
        let parts = partOfName.map { (index($0.inner), index($0.outer)) }
        let n = names.count
        var inner = [Bool](repeating: false, count: n * n), beats = inner, namePart = inner
        for (l, m) in drop { inner[l * n + m] = true }
        for (w, l) in prefer { beats[w * n + l] = true }
        for (l, m) in parts { namePart[l * n + m] = true }
        self.names = names
        self.inner = inner
        self.beats = beats
        self.namePart = namePart
    }

    /// The index of `label` among `names`, or nil when no pair names it.
    func index(of label: String) -> Int? {
        names.firstIndex { $0 == label }
    }

    /// Whether a span of policy label `l` is dropped inside one of `m` (nil: no pair names it).
    func dropsInside(_ l: Int?, _ m: Int?) -> Bool {
        guard let l, let m else { return false }
        return inner[l * names.count + m]
    }

    /// Whether a span of policy label `l` inside one of `m` is a piece of its name.
    func isNamePart(_ l: Int?, _ m: Int?) -> Bool {
        guard let l, let m else { return false }
        return namePart[l * names.count + m]
    }

    /// Whether on the same range a span of policy label `w` drops one of `l`.
    func prefers(_ w: Int?, over l: Int?) -> Bool {
        guard let w, let l else { return false }
        return beats[w * names.count + l]
    }
}
