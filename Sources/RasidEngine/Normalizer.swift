import Foundation
import RasidModel

/// Produces the normalized copy of a text that matchers run on, with a map
/// from every normalized byte back to the original scalar it came from.
public struct Normalizer: Sendable {
    public let options: NormalizationOptions

    /// What happens to each scalar of the Arabic block U+0600–U+06FF: the
    /// scalar it becomes, `drop`, or `compose` (a combining hamza or madda
    /// that NFC may fold into the previous letter).
    private var arabic: [UInt32] = []
    private static let drop: UInt32 = 0xFFFF_FFFF
    private static let compose: UInt32 = 0xFFFF_FFFE

    /// Bit k % 64 of word k / 64: U+0600+k is kept as it is (the fast path's common case).
    private var keepWords = [UInt64](repeating: 0, count: 4)

    /// The same-width foldings these options make, as (second byte of the
    /// letter, its first byte, the folded letter's two bytes); nil if one of
    /// them does not keep the width.
    private var foldedPairs: [(UInt8, UInt8, UInt8, UInt8)]? = []

    public init(options: NormalizationOptions = NormalizationOptions()) {
        self.options = options
        arabic = (UInt32(0x0600)...0x06FF).map { Self.arabicAction($0, options) }
        for k in 0..<256 where arabic[k] == UInt32(0x0600 + k) { keepWords[k >> 6] |= 1 << UInt64(k & 63) }
        for (_, v) in Self.sameWidthFoldings {
            let w = arabic[Int(v - 0x0600)]
            guard w != v else { continue }
            guard w >= 0x80 && w < 0x800 else { foldedPairs = nil; break }
            foldedPairs?.append((UInt8(0x80 | (v & 0x3F)), UInt8(0xC0 | (v >> 6)), UInt8(0xC0 | (w >> 6)), UInt8(0x80 | (w & 0x3F))))
        }
    }

    private static let cache = NormalizerCache()

    /// The normalizer for `options`, built once per process and shared.
    public static func shared(_ options: NormalizationOptions) -> Normalizer { cache.get(options) }

    /// Normalizes `text`: one pass over its UTF-8 into buffers sized up front.
    /// Only presentation forms make a text longer; a text with those, or with
    /// combining marks outside the Arabic block to compose, takes the general
    /// path, which gives the same result one scalar at a time.
    public func normalize(_ text: String) -> NormalizedText {
        var text = text
        if let fast = text.withUTF8({ fastNormalize($0) }) { return fast }
        return generalNormalize(text)
    }

    /// The fast path; nil when the text needs the general one.
    func fastNormalize(_ input: UnsafeBufferPointer<UInt8>) -> NormalizedText? {
        let n = input.count
        guard let inP = input.baseAddress, n > 0 else { return NormalizedText(bytes: [], byteOrigin: [], originalCount: 0) }
        var ok = true
        var composed = false
        var origin: [Int32] = []
        var scalarCount: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: n) { out, outCount in
            origin = [Int32](unsafeUninitializedCapacity: n) { org, orgCount in
                arabic.withUnsafeBufferPointer { table in
                keepWords.withUnsafeBufferPointer { keep in
                    // Plain pointers held in registers: the buffers themselves
                    // are captured in place and would be reloaded at every store.
                    let outP = out.baseAddress!, orgP = org.baseAddress!, keepP = keep.baseAddress!
                    let outRaw = UnsafeMutableRawPointer(outP), orgRaw = UnsafeMutableRawPointer(orgP)
                    let inRaw = UnsafeRawPointer(inP)
                    var i = 0, o = 0
                    var scalar: Int32 = 0
                    loop: while i < n {
                        let b0 = inP[i]
                        if b0 < 0x80 {
                            outP[o] = b0; orgP[o] = scalar; o &+= 1
                            i &+= 1; scalar &+= 1
                            continue
                        }
                        if b0 & 0xFC == 0xD8 {  // U+0600–U+06FF
                            let b1 = inP[i &+ 1]
                            // Most letters stay as they are: one bit test, no table load.
                            if keepP[Int(b0 & 3)] & (1 << UInt64(b1 & 0x3F)) != 0 {
                                // Both bytes in one store, both origins in another.
                                (outRaw + o).storeBytes(of: inRaw.loadUnaligned(fromByteOffset: i, as: UInt16.self), as: UInt16.self)
                                (orgRaw + 4 &* o).storeBytes(of: UInt64(UInt32(bitPattern: scalar)) &* 0x1_0000_0001, as: UInt64.self)
                                o &+= 2
                                i &+= 2; scalar &+= 1
                                continue
                            }
                            let index = Int(b0 & 3) << 6 | Int(b1 & 0x3F)
                            let v = UInt32(0x0600 + index)
                            var w = table[index]
                            if w == Self.compose {
                                composed = true
                                // The last scalar written starts after the continuation bytes before `o`.
                                var lastStart = o - 1
                                while lastStart > 0 && outP[lastStart] & 0xC0 == 0x80 { lastStart -= 1 }
                                let last = lastStart >= 0 ? TextScan.scalar(at: lastStart, in: UnsafeBufferPointer(start: outP, count: o)).0 : nil
                                switch compose(last: last, mark: v) {
                                case .none:
                                    w = options.diacritics ? Self.drop : v
                                case .some(let c) where c < 0x800:
                                    // The composed letter replaces the last one, keeping its origin.
                                    o = lastStart
                                    let kept = orgP[o]
                                    if c < 0x80 {
                                        outP[o] = UInt8(c); orgP[o] = kept; o += 1
                                    } else {
                                        outP[o] = UInt8(0xC0 | (c >> 6)); outP[o + 1] = UInt8(0x80 | (c & 0x3F))
                                        orgP[o] = kept; orgP[o + 1] = kept; o += 2
                                    }
                                    i += 2; scalar += 1
                                    continue loop
                                default:
                                    ok = false; break loop
                                }
                            }
                            if w == v {
                                outP[o] = b0; outP[o + 1] = b1; orgP[o] = scalar; orgP[o + 1] = scalar; o += 2
                            } else if w == Self.drop {
                                // removed (a diacritic, tatweel): no output, no origin
                            } else if w < 0x80 {
                                outP[o] = UInt8(w); orgP[o] = scalar; o += 1
                            } else {
                                outP[o] = UInt8(0xC0 | (w >> 6)); outP[o + 1] = UInt8(0x80 | (w & 0x3F))
                                orgP[o] = scalar; orgP[o + 1] = scalar; o += 2
                            }
                            i += 2; scalar += 1
                            continue
                        }
                        let len = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
                        let v = TextScan.scalar(at: i, in: input).0
                        if (v >= 0xFB50 && v <= 0xFDFF) || (v >= 0xFE70 && v <= 0xFEFE) || mayCompose(v) {
                            ok = false; break loop
                        }
                        for k in 0..<len { outP[o + k] = inP[i + k]; orgP[o + k] = scalar }
                        o += len
                        i += len; scalar += 1
                    }
                    outCount = ok ? o : 0
                    orgCount = ok ? o : 0
                    scalarCount = scalar
                }}
            }
        }
        guard ok else { return nil }
        return NormalizedText(bytes: bytes, byteOrigin: origin, originalCount: Int(scalarCount), scalarwise: !composed)
    }

    /// The letter foldings that keep a letter's width (two UTF-8 bytes both
    /// sides), by the option that turns each on: ى → ي, ة → ه, ی → ي, ک → ك.
    static let sameWidthFoldings: [(option: WritableKeyPath<NormalizationOptions, Bool>, letter: UInt32)] = [
        (\.alefMaqsura, 0x0649), (\.taMarbuta, 0x0629), (\.persianLetters, 0x06CC), (\.persianLetters, 0x06A9),
    ]

    /// `options` without the same-width foldings: the one normalization a
    /// document needs for all the option sets that differ only in those.
    static func unfolded(_ options: NormalizationOptions) -> NormalizationOptions {
        var o = options
        for (k, _) in sameWidthFoldings { o[keyPath: k] = false }
        return o
    }

    /// The text normalized with these options, made from `base` (the same
    /// text normalized with `Normalizer.unfolded(options)`) by replacing the
    /// letters these options fold, in place: offsets and origins are the
    /// same. nil when `base` cannot be reused that way.
    func folding(_ base: NormalizedText) -> NormalizedText? {
        guard base.scalarwise, let pairs = foldedPairs else { return nil }
        var bytes = base.bytes
        if !pairs.isEmpty {
            bytes.withUnsafeMutableBufferPointer { b in
                guard let p = b.baseAddress else { return }
                let n = b.count
                for (second, first, w0, w1) in pairs {
                    // memchr finds the candidates (vectorized); the byte before
                    // must be the lead byte (a lead byte never follows as a continuation).
                    var from = 1
                    while from < n, let hit = memchr(p + from, Int32(second), n - from) {
                        let i = p.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                        if p[i - 1] == first { p[i - 1] = w0; p[i] = w1 }
                        from = i + 1
                    }
                }
            }
        }
        return NormalizedText(bytes: bytes, byteOrigin: base.byteOrigin, originalCount: base.originalCount, scalarwise: true)
    }

    /// True for a combining mark outside the Arabic block that NFC may compose.
    @inline(__always)
    private func mayCompose(_ v: UInt32) -> Bool {
        guard options.nfc else { return false }
        if v < 0x10000 { return Self.nonspacingBMP[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.generalCategory == .nonspacingMark
    }

    /// Nonspacing marks of the Basic Multilingual Plane as a bitmap, built once.
    static let nonspacingBMP: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for v in UInt32(0)..<0x10000 {
            switch v {
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xD800...0xDFFF: continue  // letters, surrogates
            default: break
            }
            if let s = Unicode.Scalar(v), s.properties.generalCategory == .nonspacingMark { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) }
        }
        return bits
    }()

    /// The normalized scalar `last` + `mark` compose to (NFC), or nil.
    private func compose(last: UInt32?, mark: UInt32) -> UInt32? {
        guard let last else { return nil }
        var b = NormalizedText.Builder(capacity: 8)
        b.append(last, origin: 0)
        guard b.composeLast(with: mark, normalizer: self) else { return nil }
        let scalars = b.scalars
        return scalars.count == 1 ? scalars[0] : 0xFFFF_FFFF
    }

    /// The general path, one scalar at a time.
    func generalNormalize(_ text: String) -> NormalizedText {
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
        // (Scalars of a valid string, re-encoded: valid UTF-8, not checked again.)
        return n.bytes.withUnsafeBufferPointer { String(validUTF8: $0) }
    }

    @inline(__always)
    private func emit(_ v: UInt32, origin: Int32, into out: inout NormalizedText.Builder) {
        // ASCII fast path.
        if v < 0x80 { out.append(v, origin: origin); return }
        // Arabic block.
        if v >= 0x0600 && v <= 0x06FF {
            switch Self.arabicAction(v, options) {
            case Self.drop:
                return
            case Self.compose:
                if out.composeLast(with: v, normalizer: self) { return }
                if options.diacritics { return }
                out.append(v, origin: origin)
            case let w:
                out.append(w, origin: origin)
            }
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

    /// What a scalar of the Arabic block becomes: another scalar (itself when
    /// kept), `drop`, or `compose` for a combining hamza or madda under NFC.
    static func arabicAction(_ v: UInt32, _ options: NormalizationOptions) -> UInt32 {
        switch v {
        case 0x064B...0x065F, 0x0670:
            if options.nfc, v >= 0x0653, v <= 0x0655 { return compose }
            if options.diacritics { return drop }
        case 0x0640:
            if options.tatweel { return drop }
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673:
            if options.alef { return 0x0627 }
        case 0x0649:
            if options.alefMaqsura { return 0x064A }
        case 0x0629:
            if options.taMarbuta { return 0x0647 }
        case 0x0660...0x0669:
            if options.digits { return 0x30 + v - 0x0660 }
        case 0x06F0...0x06F9:
            if options.digits { return 0x30 + v - 0x06F0 }
        case 0x06CC:
            if options.persianLetters { return 0x064A }
        case 0x06A9:
            if options.persianLetters { return 0x0643 }
        default: break
        }
        return v
    }

    /// The normalized form of a single composed scalar, used after composition.
    func normalizedScalar(_ v: UInt32) -> [UInt32] {
        var b = NormalizedText.Builder(capacity: 8)
        emit(v, origin: 0, into: &b)
        return b.scalars
    }
}

/// Normalizers by options, so that a document does not rebuild the tables.
final class NormalizerCache: @unchecked Sendable {
    private let lock = NSLock()
    private var byOptions: [NormalizationOptions: Normalizer] = [:]

    func get(_ options: NormalizationOptions) -> Normalizer {
        lock.lock()
        defer { lock.unlock() }
        if let n = byOptions[options] { return n }
        let n = Normalizer(options: options)
        byOptions[options] = n
        return n
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
    /// For every normalized *byte*, the index of the original scalar its
    /// scalar came from: a byte offset maps back without counting scalars.
    public let byteOrigin: [Int32]
    /// Number of scalars in the original text.
    public let originalCount: Int
    /// Every original scalar became its normalized form on its own (no mark
    /// composed with the letter before it, no general-path step): another
    /// same-width letter folding can then be applied to these bytes.
    let scalarwise: Bool

    public init(bytes: [UInt8], byteOrigin: [Int32], originalCount: Int) {
        self.init(bytes: bytes, byteOrigin: byteOrigin, originalCount: originalCount, scalarwise: false)
    }

    init(bytes: [UInt8], byteOrigin: [Int32], originalCount: Int, scalarwise: Bool) {
        precondition(bytes.count == byteOrigin.count, "one origin per normalized byte")
        self.bytes = bytes
        self.byteOrigin = byteOrigin
        self.originalCount = originalCount
        self.scalarwise = scalarwise
    }

    /// For every normalized scalar, the index of the original scalar it came from.
    public var origin: [Int32] {
        var out: [Int32] = []
        for (k, b) in bytes.enumerated() where b & 0xC0 != 0x80 { out.append(byteOrigin[k]) }
        return out
    }

    /// Maps ranges of normalized *byte* offsets (scalar boundaries) to ranges
    /// of original *scalar* offsets: a lookup per range, no walk over the text.
    /// A range end takes the trailing removed marks (diacritics, tatweel) with it.
    public func originalRanges(_ ranges: [Range<Int>]) -> [Range<Int>] {
        byteOrigin.withUnsafeBufferPointer { org in
            ranges.map { r in
                Self.originalOffset(ofByte: r.lowerBound, org, originalCount)
                    ..< Self.originalEnd(ofByteEnd: r.upperBound, start: r.lowerBound, org, originalCount)
            }
        }
    }

    @inline(__always)
    static func originalOffset(ofByte b: Int, _ org: UnsafeBufferPointer<Int32>, _ originalCount: Int) -> Int {
        b < org.count ? Int(org[b]) : originalCount
    }

    @inline(__always)
    static func originalEnd(ofByteEnd e: Int, start s: Int, _ org: UnsafeBufferPointer<Int32>, _ originalCount: Int) -> Int {
        if e <= s { return originalOffset(ofByte: s, org, originalCount) }
        let next = originalOffset(ofByte: e, org, originalCount)
        let last = Int(org[e - 1])  // the last byte of the range's last scalar carries its origin
        // A ligature expanded to several scalars: the range ends after it.
        return next > last ? next : last + 1
    }

    struct Builder {
        var bytes: [UInt8]
        var byteOrigin: [Int32]
        var lastStart = -1

        init(capacity: Int) {
            bytes = []
            bytes.reserveCapacity(capacity)
            byteOrigin = []
            byteOrigin.reserveCapacity(capacity)
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
            while byteOrigin.count < bytes.count { byteOrigin.append(o) }
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
            let o = byteOrigin[byteOrigin.count - 1]
            bytes.removeSubrange(lastStart...)
            byteOrigin.removeSubrange(lastStart...)
            let normalized = normalizer.normalizedScalar(c.value)
            for v in normalized { append(v, origin: o) }
            return true
        }

        func finish(originalCount: Int) -> NormalizedText {
            NormalizedText(bytes: bytes, byteOrigin: byteOrigin, originalCount: originalCount)
        }
    }
}
