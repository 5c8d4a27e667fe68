#if canImport(Glibc)
import Glibc
#endif

/// The process's malloc policy: give freed memory back to the system.
///
/// Start-up builds texts of megabytes (expanded patterns, start-literal
/// analyses) and frees them before the first document. glibc's default
/// raises its mmap threshold each time such a block is freed, so later
/// ones come from the heap, which is not trimmed while anything above them
/// lives: the start-up peak stays resident for the whole run (about 30 MB
/// with two workers). Fixed thresholds hand big blocks back at once.
enum ProcessMemory {
    static func returnFreedMemory() {
        #if canImport(Glibc)
        // mallopt is in <malloc.h>, which Swift's Glibc module leaves out.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }  // RTLD_DEFAULT
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3  // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
        _ = mallopt(mmapThreshold, 128 * 1024)
        _ = mallopt(trimThreshold, 1024 * 1024)
        #endif
    }
}
