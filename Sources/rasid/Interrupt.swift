import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM during a run: the first one asks the run to
/// stop reading input and to finish the documents already read, so every
/// document written is complete and the report stays valid; a second one
/// exits at once.
final class Interrupt: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private var sources: [DispatchSourceSignal] = []

    init() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [unowned self] in self.received(sig) }
            source.resume()
            sources.append(source)
        }
    }

    private func received(_ sig: Int32) {
        lock.lock()
        count += 1
        let first = count == 1
        lock.unlock()
        if first {
            Stderr.line("rasid: stopping: finishing the documents already read (press Ctrl-C again to quit at once)")
        } else {
            signal(sig, SIG_DFL)
            kill(getpid(), sig)
        }
    }

    /// True once a stop was requested.
    var requested: Bool { lock.lock(); defer { lock.unlock() }; return count > 0 }
}
