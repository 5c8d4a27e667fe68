import Foundation
import RasidModel

/// Streams document reports to a file handle as JSON. JSONL writes one
/// line per document as soon as it is done; JSON wraps them in
/// `{"documents": [...]}` without holding them all in memory. (Any format
/// other than `.jsonl` is written as JSON; `ReportFormat.makeWriter` picks
/// the writer for the other formats.)
public final class ReportWriter: PreEncodingReportWriter, @unchecked Sendable {
    let format: ReportFormat
    let options: ReportOptions
    let sink: (UnsafeRawBufferPointer) throws -> Void
    private var count = 0
    private var buffer = JSONBuffer(capacity: 1 << 16)

    public init(format: ReportFormat, options: ReportOptions = ReportOptions(),
                sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.format = format
        self.options = options
        self.sink = sink
    }

    public func begin() throws {
        if format != .jsonl { buffer.raw("{\"documents\":[\n") }
    }

    public func write(_ report: DocumentReport) throws {
        if format != .jsonl && count > 0 { buffer.raw(",\n") }
        ReportJSON.write(report, options: options, into: &buffer)
        if format == .jsonl { buffer.raw("\n") }
        count += 1
        if buffer.bytes.count > 1 << 16 { try flush() }
    }

    /// The document's JSON object alone (touches no state of the writer).
    public func encode(_ report: DocumentReport) -> [UInt8] {
        var j = JSONBuffer(capacity: 4096)
        ReportJSON.write(report, options: options, into: &j)
        return j.bytes
    }

    /// Writes what `encode` made, exactly as `write` would have.
    public func write(encoded: [UInt8]) throws {
        if format != .jsonl && count > 0 { buffer.raw(",\n") }
        buffer.bytes.append(contentsOf: encoded)
        if format == .jsonl { buffer.raw("\n") }
        count += 1
        if buffer.bytes.count > 1 << 16 { try flush() }
    }

    public func finish() throws {
        if format != .jsonl { buffer.raw("\n]}\n") }
        try flush()
    }

    private func flush() throws {
        try buffer.bytes.withUnsafeBytes { try sink($0) }
        buffer.bytes.removeAll(keepingCapacity: true)
    }
}
