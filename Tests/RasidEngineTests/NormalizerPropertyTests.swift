import Testing
@testable import RasidEngine
import TestSupport

/// The offset map's contract (`OffsetMapCheck`) on thousands of random texts
/// built from the characters normalization touches, with random switches.
/// Seeded, so a failure is reproducible; the fuzzer (Fuzz/) explores further.
struct NormalizerPropertyTests {

    /// Letters, every kind of mark and variant the normalizer handles, and
    /// characters that stress offsets (astral, CR LF, NUL, BOM).
    static let alphabet: [UInt32] = [
        0x0627, 0x0644, 0x0645, 0x064A, 0x0648, 0x0629, 0x0647, 0x0649,   // ا ل م ي و ة ه ى
        0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673,                   // alef forms
        0x064B, 0x064E, 0x0650, 0x0651, 0x0652, 0x0670,                   // harakat, dagger alef
        0x0653, 0x0654, 0x0655,                                           // composing maddah / hamza
        0x0640, 0x0660, 0x0669, 0x06F5, 0x06CC, 0x06A9,                   // tatweel, digits, Persian
        0xFEFB, 0xFEDF, 0xFE8E, 0xFDF2, 0xFC5E, 0xFE80, 0xFEF5, 0xFB50,   // presentation forms, ligatures
        0x0061, 0x0065, 0x0301, 0x0308, 0x0020, 0x000A, 0x000D, 0x0000,   // Latin, combining, space, CR LF NUL
        0xFEFF, 0x1F44D, 0x1F3FD, 0x00E9, 0x0041,                         // BOM, emoji + skin tone, é
    ]

    @Test func offsetMapHoldsOnRandomTexts() {
        var rng = SplitMix64(seed: 20_261_123)
        var checked = 0
        for _ in 0..<3000 {
            let length = Int.random(in: 0...12, using: &rng)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length { scalars.append(Unicode.Scalar(Self.alphabet.randomElement(using: &rng)!)!) }
            var options = NormalizationOptions()
            for key in NormalizationOptions.keys.values where Bool.random(using: &rng) { options[keyPath: key].toggle() }
            let text = String(scalars)
            if let problem = OffsetMapCheck.violation(original: text, options: options) {
                Issue.record("\(problem) — text \(text.unicodeScalars.map { String($0.value, radix: 16) }), options \(options)")
                return
            }
            checked += 1
        }
        #expect(checked == 3000)
    }

    /// The byte-level fast path gives exactly what the general, one scalar at
    /// a time, path gives (bytes, offset map, length), whenever it applies;
    /// and it applies to ordinary Arabic text.
    @Test func fastPathEqualsGeneralPath() {
        var rng = SplitMix64(seed: 7_160_553)
        // Without presentation forms and Latin combining marks the fast path must apply.
        let common = Self.alphabet.filter { !($0 >= 0xFB50 && $0 <= 0xFEFE) && $0 != 0x0301 && $0 != 0x0308 }
        var fastRuns = 0
        for round in 0..<6000 {
            let pool = round % 2 == 0 ? common : Self.alphabet
            let length = Int.random(in: 0...16, using: &rng)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length { scalars.append(Unicode.Scalar(pool.randomElement(using: &rng)!)!) }
            var options = NormalizationOptions()
            for key in NormalizationOptions.keys.values where Bool.random(using: &rng) { options[keyPath: key].toggle() }
            var text = String(scalars)
            let normalizer = Normalizer(options: options)
            let general = normalizer.generalNormalize(text)
            let fast = text.withUTF8 { normalizer.fastNormalize($0) }
            if pool == common { #expect(fast != nil, "fast path refused \(text.unicodeScalars.map { String($0.value, radix: 16) })") }
            guard let fast else { continue }
            fastRuns += 1
            let same = fast.bytes == general.bytes && fast.origin == general.origin && fast.originalCount == general.originalCount
            if !same {
                Issue.record("fast ≠ general for \(text.unicodeScalars.map { String($0.value, radix: 16) }), options \(options): \(fast.bytes) \(fast.origin) vs \(general.bytes) \(general.origin)")
                return
            }
        }
        #expect(fastRuns >= 3000)
    }
}
