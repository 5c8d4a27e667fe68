/// One fuzz input: bytes and their count (the pointer may be nil when empty).
public typealias FuzzInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: FuzzInput) -> Int32

/// Runs libFuzzer's driver (its flags, corpus folders, stats) on `callback`.
/// SwiftPM links every executable with `main` aliased to `<Target>_main`,
/// which libFuzzer's own `main` cannot be; each target defines that symbol
/// and calls this.
public func runLibFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
                         _ callback: FuzzInput) -> Int32 {
    var count = argc
    var vector = argv
    return LLVMFuzzerRunDriver(&count, &vector, callback)
}

/// The bytes of one input as a buffer (empty for a nil pointer).
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: size > 0 ? data : nil, count: size > 0 ? size : 0)
}
