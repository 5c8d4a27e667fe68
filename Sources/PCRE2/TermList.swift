import CPCRE2

/// A long list of literal terms that a pattern matches through a lookup
/// instead of spelling it out as an alternation.
///
/// PCRE2 (as packaged, with 2-byte links) refuses a compiled pattern over
/// 64 KB, and a few thousand place names written as an alternation come
/// close to that on their own. Written with `TermList.pattern(list:caseless:)`,
/// the list costs a few bytes in each pattern that uses it, whatever its length,
/// and matches exactly the same strings, longest first.
public final class TermList: @unchecked Sendable {
    /// Byte trie: node `n`'s children are the edges `edgeStart[n] ..< edgeStart[n + 1]`,
    /// sorted by byte; `terminal[n]` when a term ends there.
    /// (Plain memory, freed in deinit: read from PCRE2's callout, where an
    /// array would be retained and released at every read.)
    private let edgeStart: UnsafeMutableBufferPointer<Int32>
    private let edgeByte: UnsafeMutableBufferPointer<UInt8>
    private let edgeTarget: UnsafeMutableBufferPointer<Int32>
    private let terminal: UnsafeMutableBufferPointer<Bool>
    /// Bytes in the longest term: at most this many terms start at one place.
    let longestBytes: Int
    /// Terms compared with ASCII letters folded to lower case (other cased
    /// letters are compared as they are, unlike PCRE2's CASELESS).
    public let caseless: Bool
    /// Scalars in the longest term.
    public let longest: Int
    /// Ranges of term lengths in scalars, longest first: the pattern tries
    /// one run of characters per range, so that after a term is found the
    /// run is cut back a few characters, not from the longest term's length.
    public let buckets: [ClosedRange<Int>]
    /// Widest range of lengths in one bucket.
    static let bucketWidth = 4

    public init(_ terms: [String], caseless: Bool = false) {
        self.caseless = caseless
        // Built from the terms in byte order, each sharing the path of its
        // longest common prefix with the one before: nodes come in depth-first
        // order, each node's children in byte order (no table per node).
        var keys = Set<[UInt8]>()
        var longest = 0
        var lengths = Set<Int>()
        for t in terms where !t.isEmpty {
            guard keys.insert(t.utf8.map { caseless ? Self.fold($0) : $0 }).inserted else { continue }
            let length = UTF8Scalars.count(t.utf8)
            longest = max(longest, length)
            lengths.insert(length)
        }
        let sorted = keys.sorted { $0.lexicographicallyPrecedes($1) }
        var parent: [Int32] = [-1], byte: [UInt8] = [0], isTerminal = [false]
        var path: [Int32] = [0]  // path[d]: the node at depth d of the previous term
        var previous: [UInt8] = []
        for key in sorted {
            var common = 0
            while common < previous.count, common < key.count, previous[common] == key[common] { common += 1 }
            path.removeLast(path.count - 1 - common)
            for b in key[common...] {
                parent.append(path[path.count - 1])
                byte.append(b)
                isTerminal.append(false)
                path.append(Int32(parent.count - 1))
            }
            isTerminal[Int(path[path.count - 1])] = true
            previous = key
        }
        // Edges grouped by parent; creation order keeps each group in byte order.
        var start = [Int32](repeating: 0, count: parent.count + 1)
        for n in 1..<parent.count { start[Int(parent[n]) + 1] += 1 }
        for n in 0..<parent.count { start[n + 1] += start[n] }
        var fill = start
        var bytes = [UInt8](repeating: 0, count: parent.count - 1), targets = [Int32](repeating: 0, count: parent.count - 1)
        for n in 1..<parent.count {
            let p = Int(parent[n])
            bytes[Int(fill[p])] = byte[n]
            targets[Int(fill[p])] = Int32(n)
            fill[p] += 1
        }
        func copy<T>(_ a: [T]) -> UnsafeMutableBufferPointer<T> {
            let p = UnsafeMutableBufferPointer<T>.allocate(capacity: max(a.count, 1))
            _ = p.initialize(from: a)
            return p
        }
        edgeStart = copy(start)
        edgeByte = copy(bytes)
        edgeTarget = copy(targets)
        terminal = copy(isTerminal)
        longestBytes = keys.map(\.count).max() ?? 0
        self.longest = longest
        var buckets: [ClosedRange<Int>] = []
        for n in lengths.sorted(by: >) {
            if let last = buckets.last, last.upperBound - n < Self.bucketWidth {
                buckets[buckets.count - 1] = n...last.upperBound
            } else {
                buckets.append(n...n)
            }
        }
        self.buckets = buckets
    }

    deinit {
        edgeStart.deallocate()
        edgeByte.deallocate()
        edgeTarget.deallocate()
        terminal.deallocate()
    }

    @inline(__always) private static func fold(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

    /// Calls `found(end)` for every term that starts at `from` in `subject`
    /// (shortest first).
    @inline(__always)
    func ends(in subject: UnsafePointer<UInt8>, count n: Int, from: Int, _ found: (Int) -> Void) {
        var node = 0, i = from
        while i < n {
            let b = caseless ? Self.fold(subject[i]) : subject[i]
            var lo = Int(edgeStart[node]), hi = Int(edgeStart[node + 1])
            while lo < hi {
                let mid = (lo + hi) >> 1
                if edgeByte[mid] < b { lo = mid + 1 } else { hi = mid }
            }
            guard lo < Int(edgeStart[node + 1]), edgeByte[lo] == b else { return }
            node = Int(edgeTarget[lo])
            i += 1
            if terminal[node] { found(i) }
        }
    }

    /// The byte offsets at which a term starting at `from` ends (for tests
    /// and diagnostics; matching uses the callout).
    public func ends(in subject: [UInt8], from: Int) -> [Int] {
        var out: [Int] = []
        subject.withUnsafeBufferPointer { ends(in: $0.baseAddress!, count: $0.count, from: from) { out.append($0) } }
        return out
    }

}

/// The long term lists one pattern looks up (see `TermList`), and what
/// each callout number means. Lists are added while the patterns are
/// compiled, never while they match.
public final class TermLists: @unchecked Sendable {
    public private(set) var lists: [TermList] = []
    /// Per callout number: the list, and what to check (see `Kind`).
    private(set) var actions: [Action] = [Action(list: -1, kind: .start, bucket: 0...0)]
    /// The pattern text of each list.
    private var patterns: [String] = []

    enum Kind: UInt8 { case start, bucket, end }
    struct Action {
        var list: Int
        var kind: Kind
        var bucket: ClosedRange<Int>
    }

    /// `actions` and `lists` again as plain memory, for the callout: there
    /// an array read is a retain and a release, a class a retain.
    let actionTable = UnsafeMutablePointer<Action>.allocate(capacity: TermLists.maximumCallout + 1)
    let listTable = UnsafeMutablePointer<Unmanaged<TermList>>.allocate(capacity: TermLists.maximumCallout + 1)

    public init() {
        // Every callout number is readable; one no list added means nothing
        // (a `(?C…)` a rule author wrote).
        actionTable.initialize(repeating: Action(list: -1, kind: .start, bucket: 0...0), count: TermLists.maximumCallout + 1)
    }

    deinit {
        actionTable.deallocate()
        listTable.deallocate()
    }

    /// PCRE2's callout numbers stop at 255.
    static let maximumCallout = 255

    /// Adds `list`, and returns the pattern text that matches one of its
    /// terms, or nil when the callout numbers are used up (the caller then
    /// writes the list out as an alternation). The text is a callout that
    /// finds where terms start here and end (failing at once where none
    /// starts), then per range of lengths, longest first: a callout that
    /// passes only if a term of that length range is there, a greedy run of
    /// characters (one unnamed capturing group), and a callout that accepts
    /// the run only where a term ends. The same strings as the alternation,
    /// in the same order. The runs of all ranges share one group number
    /// (`(?|…)`, a branch reset): PCRE2's JIT copies every group of the
    /// pattern into the callout block at each callout, so a group per range
    /// made every callout of a pattern with several lists cost hundreds of
    /// instructions more.
    public func add(_ list: TermList) -> String? {
        let needed = 1 + 2 * list.buckets.count
        guard actions.count + needed - 1 <= Self.maximumCallout else { return nil }
        let index = lists.count
        lists.append(list)
        (listTable + index).initialize(to: Unmanaged.passUnretained(list))  // (`lists` holds it)
        var text = "(?C\(actions.count))(?|"
        actions.append(Action(list: index, kind: .start, bucket: 0...0))
        for (k, b) in list.buckets.enumerated() {
            if k > 0 { text += "|" }
            text += "(?C\(actions.count))([^\\n]{\(b.lowerBound),\(b.upperBound)})(?C\(actions.count + 1))"
            actions.append(Action(list: index, kind: .bucket, bucket: b))
            actions.append(Action(list: index, kind: .end, bucket: b))
        }
        text += ")"
        patterns.append(text)
        for k in (actions.count - needed)..<actions.count { actionTable[k] = actions[k] }
        return text
    }

    /// The text `add` gave for list `index`.
    public func pattern(_ index: Int) -> String { patterns[index] }
}

/// Per-thread state of the list callout: the lists of the regex being
/// matched, and the terms found at the last list start.
///
/// The callout reads and writes a plain `Frame` through a pointer (PCRE2's
/// callout data): a class's stored properties would cost an exclusivity
/// check at every write, and arrays a retain and release at every read.
final class TermListCalloutState {
    struct Frame {
        /// The `TermLists` of the regex being matched, unretained (the regex holds it).
        var lists: UnsafeMutableRawPointer?
        var list = -1
        var start = -1
        /// Byte offsets where the terms starting at `start` end, and their
        /// lengths in scalars: `count` of each, room for `capacity`.
        var count = 0
        var capacity = 0
        var ends: UnsafeMutablePointer<Int>
        var lengths: UnsafeMutablePointer<Int>
    }

    let frame: UnsafeMutablePointer<Frame>

    init() {
        let capacity = 64
        frame = .allocate(capacity: 1)
        frame.initialize(to: Frame(capacity: capacity, ends: .allocate(capacity: capacity), lengths: .allocate(capacity: capacity)))
    }

    deinit {
        frame.pointee.ends.deallocate()
        frame.pointee.lengths.deallocate()
        frame.deallocate()
    }

    /// Finds the terms of `termList` (number `list`) that start at `from`.
    @inline(__always)
    static func compute(_ f: UnsafeMutablePointer<Frame>, _ list: Int, _ termList: TermList,
                        subject: UnsafePointer<UInt8>, count: Int, from: Int) {
        if f.pointee.capacity < termList.longestBytes {
            let capacity = termList.longestBytes
            f.pointee.ends.deallocate()
            f.pointee.lengths.deallocate()
            f.pointee.ends = .allocate(capacity: capacity)
            f.pointee.lengths = .allocate(capacity: capacity)
            f.pointee.capacity = capacity
        }
        f.pointee.list = list
        f.pointee.start = from
        let ends = f.pointee.ends, lengths = f.pointee.lengths
        var n = 0, scalars = 0, at = from
        termList.ends(in: subject, count: count, from: from) { end in
            while at < end {
                if subject[at] & 0xC0 != 0x80 { scalars += 1 }
                at += 1
            }
            ends[n] = end
            lengths[n] = scalars
            n += 1
        }
        f.pointee.count = n
    }

    /// PCRE2's callout (see `TermLists.add`); its data is a `Frame`.
    static let callout: @convention(c) (UnsafeMutablePointer<pcre2_callout_block_8>?, UnsafeMutableRawPointer?) -> Int32 = { block, data in
        guard let block, let data else { return 0 }
        let f = data.assumingMemoryBound(to: Frame.self)
        guard let listsPointer = f.pointee.lists else { return 0 }
        return Unmanaged<TermLists>.fromOpaque(listsPointer)._withUnsafeGuaranteedRef { lists -> Int32 in
            let number = Int(block.pointee.callout_number)
            guard number > 0, number <= TermLists.maximumCallout, let subject = block.pointee.subject else { return 0 }
            let action = lists.actionTable[number]
            guard action.list >= 0 else { return 0 }
            let count = Int(block.pointee.subject_length)
            let position = Int(block.pointee.current_position)
            func find(from: Int) {
                lists.listTable[action.list]._withUnsafeGuaranteedRef {
                    compute(f, action.list, $0, subject: subject, count: count, from: from)
                }
            }
            switch action.kind {
            case .start:
                find(from: position)
                return f.pointee.count == 0 ? 1 : 0
            case .bucket:
                if f.pointee.list != action.list || f.pointee.start != position { find(from: position) }
                let lengths = f.pointee.lengths
                for k in 0..<f.pointee.count where action.bucket.contains(lengths[k]) { return 0 }
                return 1
            case .end:
                let group = Int(block.pointee.capture_last)
                guard group > 0, group < Int(block.pointee.capture_top), let ov = block.pointee.offset_vector else { return 1 }
                let start = Int(ov[2 * group])
                if f.pointee.list != action.list || f.pointee.start != start { find(from: start) }
                let ends = f.pointee.ends
                for k in 0..<f.pointee.count where ends[k] == position { return 0 }
                return 1
            }
        }
    }
}
