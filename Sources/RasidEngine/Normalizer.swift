import Foundation

/// Produces the normalized copy of a text that matchers run on, with a map
/// from every normalized scalar back to the original scalar it came from.
public struct Normalizer: Sendable {
    public let options: NormalizationOptions

    public init(options: NormalizationOptions = NormalizationOptions()) {
        self.options = options
    }

    /// Normalizes `text`. One pass; the result's buffers are sized up front.
    public func normalize(_ text: String) -> NormalizedText {
        var out = NormalizedText.Builder(capacity: text.utf8.count)
        var index: Int32 = 0
        for scalar in text.unicodeScalars {
            emit(scalar.value, origin: index, into: &out)
            index += 1
        }
        return out.finish(originalCount: Int(index))
    }

    /// Normalizes a term or pattern source (no offset map needed).
    public func normalizeString(_ text: String) -> String {
        let n = normalize(text)
        return String(decoding: n.bytes, as: UTF8.self)
    }

    @inline(__always)
    private func emit(_ v: UInt32, origin: Int32, into out: inout NormalizedText.Builder) {
        // ASCII fast path.
        if v < 0x80 { out.append(v, origin: origin); return }
        // Arabic block.
        if v >= 0x0600 && v <= 0x06FF {
            switch v {
            case 0x064B...0x065F, 0x0670:
                if options.nfc, v >= 0x0653, v <= 0x0655, out.composeLast(with: v, normalizer: self) {
                    return
                }
                if options.diacritics { return }
            case 0x0640:
                if options.tatweel { return }
            case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673:
                if options.alef { out.append(0x0627, origin: origin); return }
            case 0x0649:
                if options.alefMaqsura { out.append(0x064A, origin: origin); return }
            case 0x0629:
                if options.taMarbuta { out.append(0x0647, origin: origin); return }
            case 0x0660...0x0669:
                if options.digits { out.append(0x30 + v - 0x0660, origin: origin); return }
            case 0x06F0...0x06F9:
                if options.digits { out.append(0x30 + v - 0x06F0, origin: origin); return }
            case 0x06CC:
                if options.persianLetters { out.append(0x064A, origin: origin); return }
            case 0x06A9:
                if options.persianLetters { out.append(0x0643, origin: origin); return }
            default: break
            }
            out.append(v, origin: origin)
            return
        }
        if options.presentationForms,
            (v >= 0xFB50 && v <= 0xFDFF) || (v >= 0xFE70 && v <= 0xFEFE),
            let base = PresentationForms.table[v]
        {
            for b in base { emit(b, origin: origin, into: &out) }
            return
        }
        if options.nfc, let s = Unicode.Scalar(v), s.properties.generalCategory == .nonspacingMark,
            out.composeLast(with: v, normalizer: self)
        {
            return
        }
        out.append(v, origin: origin)
    }

    /// The normalized form of a single composed scalar, used after composition.
    func normalizedScalar(_ v: UInt32) -> [UInt32] {
        var b = NormalizedText.Builder(capacity: 8)
        emit(v, origin: 0, into: &b)
        return b.scalars
    }
}

/// Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) → their base letters,
/// computed once from Unicode's compatibility decomposition (NFKC).
enum PresentationForms {
    static let table: [UInt32: [UInt32]] = {
        var t: [UInt32: [UInt32]] = [:]
        for range in [0xFB50...0xFDFF, 0xFE70...0xFEFE] as [ClosedRange<UInt32>] {
            for v in range {
                guard let s = Unicode.Scalar(v), s.properties.isAlphabetic || s.properties.generalCategory == .otherSymbol
                        || s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .modifierSymbol
                else { continue }
                let mapped = String(Character(s)).precomposedStringWithCompatibilityMapping
                let scalars = mapped.unicodeScalars.map(\.value).filter { $0 != 0x20 || mapped.unicodeScalars.count == 1 }
                if scalars != [v], !scalars.isEmpty { t[v] = scalars }
            }
        }
        return t
    }()
}

/// A normalized copy of a text as UTF-8, and the way back to the original.
public struct NormalizedText: Sendable {
    /// The normalized text, UTF-8 encoded (valid by construction).
    public let bytes: [UInt8]
    /// For every normalized scalar, the index of the original scalar it came from.
    public let origin: [Int32]
    /// Number of scalars in the original text.
    public let originalCount: Int

    /// Maps ranges of normalized *byte* offsets to ranges of original *scalar*
    /// offsets, in one pass over the text whatever the number of ranges.
    /// A range end takes the trailing removed marks (diacritics, tatweel) with it.
    public func originalRanges(_ ranges: [Range<Int>]) -> [Range<Int>] {
        if ranges.isEmpty { return [] }
        // Every range end once, in byte order: sorted already for tokens and
        // most matchers (then no sort at all), else sorted once. No hashing.
        var ends = [Int]()
        ends.reserveCapacity(ranges.count * 2)
        for r in ranges { ends.append(r.lowerBound); ends.append(r.upperBound) }
        var order = Array(0..<ends.count)
        var monotone = true
        for k in 1..<ends.count where ends[k] < ends[k - 1] { monotone = false; break }
        if !monotone { order.sort { ends[$0] < ends[$1] } }
        var scalarAt = [Int](repeating: 0, count: ends.count)  // scalar index of each byte offset in `ends`
        var scalarIndex = 0
        var byte = 0
        bytes.withUnsafeBufferPointer { buf in
            for k in order {
                let target = ends[k]
                while byte < target && byte < buf.count {
                    byte += 1
                    while byte < buf.count && buf[byte] & 0xC0 == 0x80 { byte += 1 }
                    scalarIndex += 1
                }
                scalarAt[k] = scalarIndex
            }
        }
        return ranges.indices.map { i in
            let s = scalarAt[2 * i], e = scalarAt[2 * i + 1]
            return originalOffset(ofScalar: s)..<originalEnd(ofScalarEnd: e, start: s)
        }
    }

    @inline(__always)
    func originalOffset(ofScalar i: Int) -> Int {
        i < origin.count ? Int(origin[i]) : originalCount
    }

    @inline(__always)
    func originalEnd(ofScalarEnd e: Int, start s: Int) -> Int {
        if e <= s { return originalOffset(ofScalar: s) }
        let next = originalOffset(ofScalar: e)
        let last = Int(origin[e - 1])
        // A ligature expanded to several scalars: the range ends after it.
        return next > last ? next : last + 1
    }

    struct Builder {
        var bytes: [UInt8]
        var origin: [Int32]
        var lastStart = -1

        init(capacity: Int) {
            bytes = []
            bytes.reserveCapacity(capacity)
            origin = []
            origin.reserveCapacity(capacity)
        }

        var scalars: [UInt32] {
            String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value)
        }

        @inline(__always)
        mutating func append(_ v: UInt32, origin o: Int32) {
            lastStart = bytes.count
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if v < 0x800 {
                bytes.append(UInt8(0xC0 | (v >> 6)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                bytes.append(UInt8(0xE0 | (v >> 12)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                bytes.append(UInt8(0xF0 | (v >> 18)))
                bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            }
            origin.append(o)
        }

        /// Canonically composes the last emitted scalar with a combining mark
        /// (NFC), re-normalizing the result. False when they do not compose.
        mutating func composeLast(with mark: UInt32, normalizer: Normalizer) -> Bool {
            guard lastStart >= 0 else { return false }
            let lastBytes = bytes[lastStart...]
            guard let last = String(decoding: lastBytes, as: UTF8.self).unicodeScalars.first,
                let m = Unicode.Scalar(mark)
            else { return false }
            var pair = String.UnicodeScalarView()
            pair.append(last)
            pair.append(m)
            let composed = String(pair).precomposedStringWithCanonicalMapping.unicodeScalars
            guard composed.count == 1, let c = composed.first else { return false }
            let o = origin[origin.count - 1]
            bytes.removeSubrange(lastStart...)
            origin.removeLast()
            let normalized = normalizer.normalizedScalar(c.value)
            for v in normalized { append(v, origin: o) }
            return true
        }

        func finish(originalCount: Int) -> NormalizedText {
            NormalizedText(bytes: bytes, origin: origin, originalCount: originalCount)
        }
    }
}
