/// The offset map's contract, checked on one text: used by the fuzzer
/// (Fuzz/) and by the seeded property test, so both test the same thing.
///
/// For `normalized = Normalizer(options).normalize(original)`:
/// 1. there is one origin per normalized scalar, never decreasing, each a
///    valid index into the original;
/// 2. every range of normalized scalars maps back to a valid, non-empty
///    range of original scalars;
/// 3. the original text covered, normalized on its own, contains the
///    normalized text of the range — and is exactly it when the range does
///    not split what one original scalar became (a ligature's letters).
public enum OffsetMapCheck {
    /// The first broken promise, or nil. `ranges` picks which ranges of
    /// normalized scalars to check (all of them for short texts).
    public static func violation(original: String, options: NormalizationOptions,
                                 ranges: [Range<Int>]? = nil) -> String? {
        let normalizer = Normalizer(options: options)
        let n = normalizer.normalize(original)
        let scalars = Array(String(decoding: n.bytes, as: UTF8.self).unicodeScalars)
        let originalScalars = Array(original.unicodeScalars)
        guard String(validating: n.bytes, as: UTF8.self) != nil else { return "normalized bytes are not UTF-8" }
        // Derived once: `origin` is built from the per-byte map on each use.
        let origin = n.origin
        guard origin.count == scalars.count else {
            return "\(origin.count) origins for \(scalars.count) normalized scalars"
        }
        // Every byte of a normalized scalar carries that scalar's origin
        // (a range end reads the origin at its last byte).
        guard n.byteOrigin.count == n.bytes.count else {
            return "\(n.byteOrigin.count) byte origins for \(n.bytes.count) normalized bytes"
        }
        var scalarOfByte = -1
        for (k, b) in n.bytes.enumerated() {
            if b & 0xC0 != 0x80 { scalarOfByte += 1 }
            if n.byteOrigin[k] != origin[scalarOfByte] {
                return "byte \(k) has origin \(n.byteOrigin[k]), its scalar \(scalarOfByte) has \(origin[scalarOfByte])"
            }
        }
        guard n.originalCount == originalScalars.count else {
            return "originalCount \(n.originalCount) but the text has \(originalScalars.count) scalars"
        }
        for (i, o) in origin.enumerated() {
            if o < 0 || Int(o) >= originalScalars.count { return "origin[\(i)] = \(o) is outside 0..<\(originalScalars.count)" }
            if i > 0 && o < origin[i - 1] { return "origin decreases at \(i): \(origin[i - 1]) then \(o)" }
        }
        // Byte offset of every normalized scalar boundary.
        var byteAt = [0]
        for s in scalars { byteAt.append(byteAt.last! + UTF8.width(s)) }
        let count = scalars.count
        let wanted = ranges ?? (0...count).flatMap { a in (a...count).map { a..<$0 } }
        let checked = wanted.filter { $0.lowerBound >= 0 && $0.upperBound <= count }
        let mapped = n.originalRanges(checked.map { byteAt[$0.lowerBound]..<byteAt[$0.upperBound] })
        for (r, o) in zip(checked, mapped) {
            guard o.lowerBound >= 0, o.upperBound <= originalScalars.count, o.lowerBound <= o.upperBound else {
                return "range \(r) maps to \(o), outside 0...\(originalScalars.count)"
            }
            if r.isEmpty { continue }
            guard !o.isEmpty else { return "non-empty range \(r) maps to the empty range \(o)" }
            let covered = String(String.UnicodeScalarView(originalScalars[o]))
            let again = Array(normalizer.normalizeString(covered).unicodeScalars)
            let expected = Array(scalars[r])
            let whole = (r.lowerBound == 0 || origin[r.lowerBound - 1] != origin[r.lowerBound])
                && (r.upperBound == count || origin[r.upperBound - 1] != origin[r.upperBound])
            if whole ? again != expected : !contains(again, expected) {
                return "range \(r) (\(describe(expected))) maps to \(o) (\(describe(Array(originalScalars[o])))), which normalizes to \(describe(again))"
            }
        }
        return nil
    }

    static func contains(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        if needle.isEmpty { return true }
        if needle.count > hay.count { return false }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle {
            return true
        }
        return false
    }

    static func describe(_ s: [Unicode.Scalar]) -> String {
        s.map { v -> String in let h = String(v.value, radix: 16, uppercase: true); return "U+" + String(repeating: "0", count: max(0, 4 - h.count)) + h }.joined(separator: " ")
    }
}
