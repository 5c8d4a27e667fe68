import Foundation
import RasidModel

/// One JSON Lines input record: `{"id": "...", "text": "..."}`.
enum JSONLRecord {
    static func parse(_ line: UnsafeBufferPointer<UInt8>, source: String, truncated: Bool,
                      parser: inout JSONLineParser) -> Result<Document, InputError> {
        let outcome = mayBeDetectedAsUTF16Or32(line) ? foundationOutcome(line) : parser.parse(line)
        switch outcome {
        case .malformed:
            if let bad = UTF8Validation.firstInvalidOffset(line) {
                return .failure(InputError(source: source, message: "not valid UTF-8 at byte offset \(bad) of the line; the record was skipped"))
            }
            let hint = truncated ? " (the last line has no newline: the input looks truncated)" : ""
            return .failure(InputError(source: source, message: "not a JSON object\(hint): each line must be {\"id\": \"…\", \"text\": \"…\"}"))
        case .notObject:
            return .failure(InputError(source: source, message: "the line is JSON but not an object: each line must be {\"id\": \"…\", \"text\": \"…\"}"))
        case .object(let id, let text):
            guard let text else {
                return .failure(InputError(source: source, message: "the record has no string field \"text\""))
            }
            guard let id else {
                return .failure(InputError(source: source, message: "the record has no \"id\" field"))
            }
            return .success(Document(id: id, text: text, source: source))
        }
    }

    static func parse(_ line: [UInt8], source: String, truncated: Bool) -> Result<Document, InputError> {
        var parser = JSONLineParser()
        return line.withUnsafeBufferPointer { parse($0, source: source, truncated: truncated, parser: &parser) }
    }

    /// Foundation guesses UTF-16 or UTF-32 from NUL bytes among the first
    /// four (after a leading byte order mark it drops), and then accepts such
    /// a line; those lines keep going through Foundation.
    static func mayBeDetectedAsUTF16Or32(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.prefix(7).contains(0)
    }

    /// What `JSONSerialization` makes of the line, with the byte order marks
    /// it would drop kept as escapes (`JSONByteOrderMarks`): the reference
    /// `JSONLineParser` follows.
    static func foundationOutcome(_ line: UnsafeBufferPointer<UInt8>) -> JSONLineParser.Outcome {
        let bytes = Array(line)
        if UTF8Validation.firstInvalidOffset(bytes) != nil { return .malformed }
        guard let obj = try? JSONSerialization.jsonObject(with: Data(JSONByteOrderMarks.escaped(bytes)), options: []) else {
            return .malformed
        }
        guard let dict = obj as? [String: Any] else { return .notObject }
        let id: String?
        if let s = dict["id"] as? String { id = s } else if let n = dict["id"] as? NSNumber { id = n.stringValue } else { id = nil }
        return .object(id: id, text: dict["text"] as? String)
    }
}
