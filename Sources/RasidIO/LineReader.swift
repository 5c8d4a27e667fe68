import Foundation

/// Reads a file or descriptor line by line into one growing buffer. Reads
/// land directly in the buffer, and a line is handed out as a view of it (no
/// copy per line); the unfinished line is moved to the front only when the
/// free space runs short. A line is searched for a newline only once, however
/// many reads it takes (a 100 MB line is scanned once, not once per read).
final class LineReader {
    let fd: Int32
    let owns: Bool
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The first byte of the next line.
    private var start = 0
    /// The end of the bytes read so far.
    private var end = 0
    /// Bytes from `start` up to here are known to hold no newline.
    private var scanned = 0
    private var eof = false
    private var closed = false
    private(set) var error: String?
    private(set) var lastLineUnterminated = false

    /// Each read asks for at least this much.
    static let readSize = 1 << 20

    init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return nil }
        self.fd = fd
        owns = true
        capacity = 2 * Self.readSize
        storage = .allocate(capacity: capacity)
    }

    init(fileDescriptor: Int32) {
        fd = fileDescriptor
        owns = false
        capacity = 2 * Self.readSize
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deallocate()
        if owns && !closed { close(fd) }
    }

    /// The next line without its newline, or nil at the end of the input
    /// (or after a read error: see `error`). The bytes are valid only until
    /// the next call.
    func nextLine() -> UnsafeBufferPointer<UInt8>? {
        while true {
            if scanned < end, let hit = memchr(storage + scanned, 0x0A, end - scanned) {
                let nl = storage.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                let line = UnsafeBufferPointer(start: storage + start, count: nl - start)
                start = nl + 1
                scanned = start
                return line
            }
            scanned = end
            if eof {
                if start < end {
                    let line = UnsafeBufferPointer(start: storage + start, count: end - start)
                    start = end
                    scanned = end
                    lastLineUnterminated = true
                    return line
                }
                if owns && !closed { close(fd); closed = true }
                return nil
            }
            makeRoom()
            let n = read(fd, storage + end, capacity - end)
            if n < 0 {
                if errno == EINTR { continue }
                error = "read error: \(String(cString: strerror(errno)))"
                eof = true
                continue
            }
            if n == 0 { eof = true; continue }
            end += n
        }
    }

    /// Makes at least `readSize` bytes free after `end`: moves the unfinished
    /// line to the front (it is short unless the line is long), and doubles
    /// the buffer when that line fills most of it.
    private func makeRoom() {
        if capacity - end >= Self.readSize { return }
        if start > 0 {
            let pending = end - start
            if pending > 0 { memmove(storage, storage + start, pending) }
            scanned -= start
            end = pending
            start = 0
        }
        if capacity - end < Self.readSize {
            let bigger = max(capacity * 2, end + Self.readSize)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
            grown.initialize(from: storage, count: end)
            storage.deallocate()
            storage = grown
            capacity = bigger
        }
    }
}
