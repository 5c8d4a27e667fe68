import Testing
import RasidModel
@testable import RasidIO
import TestSupport

/// The word-at-a-time UTF-8 check against the scalar-by-scalar one and the
/// standard library: the same first invalid offset, on crafted and random
/// bytes biased toward Arabic text and its edge cases.
struct UTF8ValidationTests {
    static func check(_ bytes: [UInt8]) {
        let fast = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) }
        let slow = UTF8Validation.general(bytes)
        #expect(fast == slow, "bytes \(bytes.map { String($0, radix: 16) })")
        #expect((fast == nil) == (String(validating: bytes, as: UTF8.self) != nil))
        if fast == nil {
            // The unchecked String of checked bytes is the validated one.
            let s = bytes.withUnsafeBufferPointer { String(validUTF8: $0) }
            #expect(s == String(validating: bytes, as: UTF8.self)!)
            #expect(Array(s.utf8) == bytes)
        }
    }

    @Test func crafted() {
        let arabic = Array("قال رئيس الأركان العامة — في ١٢ مايو: «نعم» 😀".utf8)
        Self.check(arabic)
        Self.check([])
        // Every cut of a valid text: truncated sequences at the end.
        for k in 0...arabic.count { Self.check(Array(arabic.prefix(k))) }
        // A lead byte at the end of an eight-byte word whose continuation is missing.
        Self.check(Array("abcdefg".utf8) + [0xD9] + Array("abcdefgh".utf8))
        Self.check(Array("قالقال".utf8).prefix(7) + [0x41] + Array("قال".utf8))
        // Overlong two-byte forms, a lone continuation, surrogates, beyond U+10FFFF.
        for bad: [UInt8] in [[0xC0, 0x80], [0xC1, 0xBF], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xD8, 0x41]] {
            for pad in 0..<9 {
                Self.check(Array(repeating: 0x41, count: pad) + bad + Array("قال".utf8))
                Self.check(Array("قالقالقال".utf8).prefix(pad * 2) + bad)
            }
        }
    }

    @Test func random() {
        var rng = SplitMix64(seed: 20261204)
        let pieces: [[UInt8]] = [
            Array("ق".utf8), Array("ا".utf8), Array("ل".utf8), [0x20], [0x41], Array("é".utf8), Array("—".utf8),
            Array("😀".utf8), Array("ۀ".utf8), [0xD9], [0x80], [0xE2, 0x80], [0xC1, 0x81], [0xED, 0xBF, 0xBF],
        ]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            let valid = Bool.random(using: &rng)
            for _ in 0..<Int.random(in: 0...40, using: &rng) {
                let k = Int.random(in: 0..<(valid ? 9 : pieces.count), using: &rng)
                bytes += pieces[k]
            }
            if !valid && Bool.random(using: &rng) { bytes.append(UInt8.random(in: 0...255, using: &rng)) }
            Self.check(bytes)
        }
    }
}
