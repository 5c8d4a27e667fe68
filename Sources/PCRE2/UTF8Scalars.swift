/// Counting Unicode scalars on UTF-8 bytes, without decoding them: every
/// byte that is no continuation byte (10xxxxxx) starts one. (Offsets in
/// reports and diagnostics are scalars; the engine's own, vectorized count
/// is `TextScan.scalarCount`, above this module.)
enum UTF8Scalars {
    @inline(__always)
    static func count<S: Sequence>(_ bytes: S) -> Int where S.Element == UInt8 {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
