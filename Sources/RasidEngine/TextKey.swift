import Foundation

/// A dictionary key that compares and hashes a text by its UTF-8 bytes: a
/// span's text as it stands in the document, without the canonical-equivalence
/// work that `String` hashing does on every non-ASCII key. The bytes are
/// hashed once (FNV-1a), when the key is made; the dictionary mixes that word.
struct TextKey: Hashable {
    let text: String
    let digest: UInt64

    init(_ text: String) {
        var t = text
        digest = t.withUTF8 { b in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in b { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return h
        }
        self.text = t
    }

    static func == (a: TextKey, b: TextKey) -> Bool {
        guard a.digest == b.digest else { return false }
        var x = a.text, y = b.text
        return x.withUTF8 { p in
            y.withUTF8 { q in p.count == q.count && (p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) }
        }
    }

    func hash(into hasher: inout Hasher) { hasher.combine(digest) }
}

/// A map from texts to small integers that starts as a short list (a
/// document names a handful of countries; comparing a few digests costs
/// less than hashing) and becomes a dictionary when it grows long.
struct TextIndex {
    private var keys: [TextKey] = []
    private var values: [Int] = []
    private var table: [TextKey: Int]?
    private static let listLimit = 32

    func value(for key: TextKey) -> Int? {
        if let table { return table[key] }
        for k in keys.indices where keys[k] == key { return values[k] }
        return nil
    }

    /// Adds `value` for a key not yet present.
    mutating func insert(_ value: Int, for key: TextKey) {
        if table != nil { table![key] = value; return }
        keys.append(key)
        values.append(value)
        if keys.count > Self.listLimit {
            table = Dictionary(uniqueKeysWithValues: zip(keys, values))
            keys = []
            values = []
        }
    }
}
