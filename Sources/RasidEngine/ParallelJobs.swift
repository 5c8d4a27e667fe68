import Foundation

/// Independent jobs run on a few threads, their results in job order:
/// compiling rule patterns and running rule examples, which are most of
/// start-up and of `rasid check`.
enum ParallelJobs {
    /// `job(0) … job(count - 1)`, run on up to `threads` threads (the calling
    /// one included), each job taken by whichever thread is free: list the
    /// expensive ones first. `job` must be safe to call from several threads.
    static func map<T>(_ count: Int, threads: Int, _ job: (Int) -> T) -> [T] {
        if threads <= 1 || count <= 1 { return (0..<count).map(job) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        let lock = NSLock()
        var next = 0
        withoutActuallyEscaping(job) { job in
            DispatchQueue.concurrentPerform(iterations: min(threads, count)) { _ in
                while true {
                    lock.lock()
                    let k = next
                    next += 1
                    lock.unlock()
                    guard k < count else { return }
                    results[k] = job(k)  // each slot is written by one thread, once
                }
            }
        }
        return results.map { $0! }
    }
}
