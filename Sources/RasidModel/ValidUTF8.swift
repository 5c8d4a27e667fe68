/// Making a `String` from bytes already known to be well-formed UTF-8 — a
/// document checked by the reader, a slice of a `String` at scalar
/// boundaries — without the standard library validating them again, which
/// costs several instructions per byte of Arabic text.
extension String {
    /// `bytes` must be well-formed UTF-8: callers have checked them, or cut
    /// them from a `String` at scalar boundaries.
    @inlinable
    public init(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        #if os(Linux)
        // The standard library on Linux ships with the toolchain, so these
        // APIs (Swift 6.2) are there whatever the availability says.
        if #available(macOS 26.0, *) {
            let span = unsafe Swift.Span<UInt8>(_unsafeElements: bytes)
            self = String(copying: unsafe UTF8Span(unchecked: span))
            return
        }
        #endif
        self = String(decoding: bytes, as: UTF8.self)
    }
}
