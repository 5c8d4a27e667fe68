#if canImport(Glibc)
import Glibc
#endif

/// The process's malloc policy: give the memory start-up frees back to the
/// system.
///
/// Start-up builds texts of megabytes (expanded patterns, start-literal
/// analyses) and frees them before the first document. glibc's default
/// raises its mmap threshold each time such a block is freed, so later
/// ones come from the heap, which is not trimmed while anything above them
/// lives, and keeps what it freed for allocations a stream of documents
/// never asks back: the start-up peak stays resident for the whole run.
/// Fixed thresholds hand big blocks back at once (documents make no blocks
/// that big), and a trim after start-up returns the rest.
///
/// The rule compiler also trims once its patterns are compiled, before it
/// builds the literal automaton (start-up's peak): the threads that
/// compiled patterns keep what they freed in their own malloc arenas,
/// which the main thread's automaton cannot reuse (20 MB of the bundled
/// rules' 150 MB peak with two threads).
public enum ProcessMemory {
    /// Before start-up (the process's policy: the CLI's choice, not the library's).
    public static func returnBigBlocks() {
        #if canImport(Glibc)
        // mallopt and malloc_trim are in <malloc.h>, which Swift's Glibc module leaves out.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }  // RTLD_DEFAULT
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3  // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
        _ = mallopt(mmapThreshold, 128 * 1024)
        _ = mallopt(trimThreshold, 1024 * 1024)
        #endif
    }

    /// Gives the memory malloc holds free back to the system (after start-up,
    /// and between its compiling and its automaton).
    public static func trim() {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)(0)
        #endif
    }
}
