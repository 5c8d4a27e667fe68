import FuzzDriver
import RasidEngine

/// The normalizer's offset map for any input: the first byte picks the
/// normalization switches, the rest is the text (invalid UTF-8 is replaced,
/// as no reader lets it through). Every range is checked when the normalized
/// text has at most 16 scalars; longer ones on 100 ranges spread over it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNormalizer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    guard let bits = bytes.first else { return 0 }
    var options = NormalizationOptions()
    options.diacritics = bits & 1 == 0
    options.tatweel = bits & 2 == 0
    options.alef = bits & 4 == 0
    options.taMarbuta = bits & 8 != 0
    options.presentationForms = bits & 16 == 0
    options.nfc = bits & 32 == 0
    options.digits = bits & 64 == 0
    options.persianLetters = bits & 128 == 0
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let count = Normalizer(options: options).normalize(text).origin.count
    var ranges: [Range<Int>]? = nil
    if count > 16 {
        ranges = (0..<100).map { i in
            let a = (i &* 7919) % (count + 1), b = (i &* 104_729 &+ 13) % (count + 1)
            return min(a, b)..<max(a, b)
        }
    }
    if let problem = OffsetMapCheck.violation(original: text, options: options, ranges: ranges) {
        fatalError("offset map: \(problem); text scalars: \(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
    return 0
}

/// SwiftPM links executables with `main` aliased to `FuzzNormalizer_main`; this is it:
/// it hands the command line to libFuzzer's driver with the function above.
@_cdecl("FuzzNormalizer_main")
public func FuzzNormalizerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runLibFuzzer(argc, argv, fuzzNormalizer)
}
