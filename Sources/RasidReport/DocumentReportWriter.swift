import RasidModel

/// Takes document reports one at a time, as `rasid annotate` produces them,
/// and writes them in one format. `begin` once, `write` per document,
/// `finish` once (it writes whatever needs the whole corpus, and flushes).
public protocol DocumentReportWriter: AnyObject {
    func begin() throws
    func write(_ report: DocumentReport) throws
    func finish() throws
}

/// A writer whose output for a document does not depend on the others: the
/// bytes can be encoded ahead, on any thread (`encode` is thread-safe), so a
/// parallel run serializes in its workers and only appends in order.
public protocol PreEncodingReportWriter: DocumentReportWriter {
    func encode(_ report: DocumentReport) -> [UInt8]
    func write(encoded: [UInt8]) throws
}

/// A writer's problem with its output: one line naming the path and the fix.
public struct ReportWriteError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Text and bytes on their way to a sink, handed over in 64 KiB pieces.
final class StreamBuffer {
    private var bytes: [UInt8] = []
    private let sink: (UnsafeRawBufferPointer) throws -> Void

    init(sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.sink = sink
        bytes.reserveCapacity(1 << 16)
    }

    func append(_ s: String) { bytes.append(contentsOf: s.utf8) }
    func append(bytes b: [UInt8]) { bytes.append(contentsOf: b) }

    /// Hands the bytes over once there are enough of them.
    func flushIfLarge() throws { if bytes.count >= 1 << 16 { try flush() } }

    func flush() throws {
        guard !bytes.isEmpty else { return }
        try bytes.withUnsafeBytes { try sink($0) }
        bytes.removeAll(keepingCapacity: true)
    }
}
