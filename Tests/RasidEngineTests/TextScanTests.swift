import Testing
@testable import RasidEngine
import TestSupport

/// The precomputed character tables answer exactly what their definitions do.
struct TextScanTests {
    @Test func wordBitmapAgreesWithProperties() {
        var wrong: [UInt32] = []
        for v in UInt32(0)..<0x10000 where TextScan.isWord(v) != TextScan.isWordByProperties(v) { wrong.append(v) }
        for v in [UInt32(0x1F44D), 0x10400, 0x1D400, 0x20000] where TextScan.isWord(v) != TextScan.isWordByProperties(v) {
            wrong.append(v)
        }
        #expect(wrong.isEmpty, "isWord differs at \(wrong.prefix(10).map { String($0, radix: 16) })")
        #expect(TextScan.isWord(0x0645) && TextScan.isWord(0x00E9) && !TextScan.isWord(0x00AB) && !TextScan.isWord(0x060C))
    }

    @Test func nonspacingBitmapAgreesWithProperties() {
        var wrong: [UInt32] = []
        for v in UInt32(0)..<0x10000 {
            let mark = Unicode.Scalar(v).map { $0.properties.generalCategory == .nonspacingMark } ?? false
            let bit = Normalizer.nonspacingBMP[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
            if mark != bit { wrong.append(v) }
        }
        #expect(wrong.isEmpty, "nonspacing bitmap differs at \(wrong.prefix(10).map { String($0, radix: 16) })")
    }

    @Test func procliticSwitchAgreesWithTheSet() {
        for v in UInt32(0)..<0x0800 { #expect(TextScan.isProclitic(v) == TextScan.proclitics.contains(v)) }
    }

    @Test func scalarCountsAndDecoding() {
        for text in ["", "a", "قال المشير", "é👍🏽\r\n\u{FEFF}x", String(repeating: "ب ", count: 1000),
                     String(repeating: "👍ب€a", count: 3000)] {
            #expect(TextScan.scalarCount(text) == text.unicodeScalars.count)
            #expect(TextScan.scalars(text) == text.unicodeScalars.map(\.value))
            var t = text
            let steps: Int = t.withUTF8 { b in
                var i = 0, n = 0
                while i < b.count { i += TextScan.sequenceLength(b[i]); n += 1 }
                return n
            }
            #expect(steps == text.unicodeScalars.count)
        }
    }

    /// Block-wise advancing lands where stepping one scalar at a time does.
    @Test func advancingAgreesWithStepping() {
        var rng = SplitMix64(seed: 99)
        let pool: [String] = ["a", " ", "ب", "م", "€", "👍", "\u{0301}", "ـ"]
        for k in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 0...(k % 3 == 0 ? 6000 : 80), using: &rng) { text += pool.randomElement(using: &rng)! }
            let bytes = Array(text.utf8)
            var starts: [Int] = []  // byte offset of every scalar, then the end
            var i = 0
            while i < bytes.count { starts.append(i); i += TextScan.sequenceLength(bytes[i]) }
            starts.append(bytes.count)
            bytes.withUnsafeBufferPointer { buf in
                for _ in 0..<5 {
                    let a = Int.random(in: 0..<starts.count, using: &rng), b = Int.random(in: a..<starts.count, using: &rng)
                    var byte = starts[a], scalar = a
                    TextScan.advance(buf, byte: &byte, scalar: &scalar, to: b)
                    #expect(byte == starts[b] && scalar == b)
                }
            }
        }
    }
}
