import Foundation
import RasidModel

/// How input files are read: each file one document, or JSON Lines records
/// `{"id": …, "text": …}`.
public enum InputFormat: String, CaseIterable, Sendable {
    case text, jsonl
}

/// Expands the command line's paths into a stream of documents or input
/// errors, in order, reading one document at a time (bounded memory).
public struct DocumentSource: Sequence {
    public let paths: [String]
    public let format: InputFormat

    public init(paths: [String], format: InputFormat) {
        self.paths = paths
        self.format = format
    }

    public func makeIterator() -> Iterator { Iterator(source: self) }

    public struct Iterator: IteratorProtocol {
        let format: InputFormat
        var pending: [String]
        var files: [String] = []
        var lines: LineReader?
        var linesName = ""
        var lineNumber = 0
        var parser = JSONLineParser()

        init(source: DocumentSource) {
            format = source.format
            pending = source.paths
        }

        public mutating func next() -> Result<Document, InputError>? {
            while true {
                if let reader = lines {
                    if let line = reader.nextLine() {
                        lineNumber += 1
                        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                        return JSONLRecord.parse(line, source: "\(linesName):\(lineNumber)", truncated: reader.lastLineUnterminated, parser: &parser)
                    }
                    if let e = reader.error {
                        lines = nil
                        return .failure(InputError(source: linesName, message: e))
                    }
                    lines = nil
                    continue
                }
                if !files.isEmpty {
                    let f = files.removeFirst()
                    if format == .jsonl {
                        if let r = LineReader(path: f) { lines = r; linesName = f; lineNumber = 0; continue }
                        return .failure(InputError(source: f, message: "cannot open the file"))
                    }
                    return Self.readText(f)
                }
                guard !pending.isEmpty else { return nil }
                let p = pending.removeFirst()
                if p == "-" {
                    if format == .jsonl {
                        lines = LineReader(fileDescriptor: 0); linesName = "-"; lineNumber = 0; continue
                    }
                    let data = FileHandle.standardInput.readDataToEndOfFile()
                    return Self.decode([UInt8](data), id: "stdin", source: "-")
                }
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else {
                    return .failure(InputError(source: p, message: "no such file or folder"))
                }
                if isDir.boolValue {
                    let found = Self.textFiles(in: p, format: format)
                    if found.isEmpty {
                        return .failure(InputError(source: p, message: "the folder has no \(format == .jsonl ? "*.jsonl" : "*.txt") files"))
                    }
                    files = found
                } else {
                    files = [p]
                }
            }
        }

        static func textFiles(in dir: String, format: InputFormat) -> [String] {
            let ext = format == .jsonl ? "jsonl" : "txt"
            guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
            var out: [String] = []
            while let rel = e.nextObject() as? String {
                if rel.hasSuffix(".\(ext)") { out.append((dir as NSString).appendingPathComponent(rel)) }
            }
            return out.sorted()
        }

        static func readText(_ path: String) -> Result<Document, InputError> {
            guard FileManager.default.isReadableFile(atPath: path),
                let data = FileManager.default.contents(atPath: path)
            else {
                return .failure(InputError(source: path, message: "cannot read the file (permission denied or not a regular file)"))
            }
            let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            return decode([UInt8](data), id: id, source: path)
        }

        static func decode(_ bytes: [UInt8], id: String, source: String) -> Result<Document, InputError> {
            if bytes.isEmpty { return .failure(InputError(source: source, message: "the file is empty")) }
            if let bad = UTF8Validation.firstInvalidOffset(bytes) {
                return .failure(InputError(
                    source: source,
                    message: "not valid UTF-8 at byte offset \(bad) (byte 0x\(String(bytes[bad], radix: 16, uppercase: true))): convert it to UTF-8, e.g. iconv -f WINDOWS-1256 -t UTF-8"))
            }
            return .success(Document(id: id, text: bytes.withUnsafeBufferPointer { String(validUTF8: $0) }, source: source))
        }
    }
}
