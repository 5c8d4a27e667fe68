import Foundation
import Testing
@testable import RasidIO
import TestSupport

/// `LineReader` hands out exactly the input's lines, across read and
/// buffer boundaries, from a file and from a pipe.
struct LineReaderTests {
    static func lines(of bytes: [UInt8], viaPipe: Bool) throws -> (lines: [[UInt8]], unterminated: Bool, error: String?) {
        let reader: LineReader
        var keep: AnyObject?
        if viaPipe {
            let pipe = Pipe()
            let writer = Thread {
                // Small, uneven writes so that reads end mid-line.
                var at = 0
                var size = 1
                while at < bytes.count {
                    let n = min(size, bytes.count - at)
                    pipe.fileHandleForWriting.write(Data(bytes[at..<at + n]))
                    at += n
                    size = size * 7 % 300_001 + 1
                }
                try? pipe.fileHandleForWriting.close()
            }
            writer.start()
            keep = pipe
            reader = LineReader(fileDescriptor: pipe.fileHandleForReading.fileDescriptor)
        } else {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("rasid-linereader-\(UUID().uuidString)")
            try Data(bytes).write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            reader = try #require(LineReader(path: url.path))
        }
        var out: [[UInt8]] = []
        while let line = reader.nextLine() { out.append(Array(line)) }
        _ = keep
        return (out, reader.lastLineUnterminated, reader.error)
    }

    /// What splitting on "\n" gives, without the empty piece after a final newline.
    static func expected(_ bytes: [UInt8]) -> (lines: [[UInt8]], unterminated: Bool) {
        var parts = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        if bytes.last == 0x0A || bytes.isEmpty { parts.removeLast() }
        return (parts, !bytes.isEmpty && bytes.last != 0x0A)
    }

    @Test func linesOfEveryLengthAcrossBoundaries() throws {
        var rng = SplitMix64(seed: 5)
        var bytes: [UInt8] = []
        let sizes = [0, 1, 0, 5000, (1 << 20) - 3, 1 << 20, (1 << 20) + 1, 3 << 20, 17, 0, 0, (5 << 20) + 123, 2, 900_000]
        for size in sizes {
            for _ in 0..<size { bytes.append(UInt8.random(in: 0x20...0x7E, using: &rng)) }
            bytes.append(0x0A)
        }
        for tail in [[], [0x61, 0x62], [0x0D]] as [[UInt8]] {
            for viaPipe in [false, true] {
                let got = try Self.lines(of: bytes + tail, viaPipe: viaPipe)
                let want = Self.expected(bytes + tail)
                #expect(got.lines.count == want.lines.count)
                #expect(got.lines == want.lines)
                #expect(got.unterminated == want.unterminated)
                #expect(got.error == nil)
            }
        }
    }

    @Test func emptyInputAndLoneNewlines() throws {
        for input in [[], [0x0A], [0x0A, 0x0A], [0x61], [0x0D, 0x0A]] as [[UInt8]] {
            let got = try Self.lines(of: input, viaPipe: false)
            let want = Self.expected(input)
            #expect(got.lines == want.lines)
            #expect(got.unterminated == want.unterminated)
        }
    }

    @Test func readErrorIsReported() {
        let dir = FileManager.default.temporaryDirectory.path
        guard let reader = LineReader(path: dir) else { return }   // a folder opens, then read fails with EISDIR
        #expect(reader.nextLine() == nil)
        #expect(reader.error?.hasPrefix("read error: ") == true)
    }
}
