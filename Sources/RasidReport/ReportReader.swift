import Foundation
import RasidModel

/// Reads reports and gold files: JSON Lines, or one object with `documents`.
public enum ReportReader {
    public struct ReadError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func read(path: String) throws -> [DocumentReport] {
        guard let data = FileManager.default.contents(atPath: path) else { throw ReadError(description: "\(path): error: cannot read the file") }
        return try read(data: data, name: path)
    }

    public static func read(data: Data, name: String) throws -> [DocumentReport] {
        // A cut multi-byte character at the end of the prefix decodes as U+FFFD, which is harmless here.
        let head = String(decoding: data.prefix(20000), as: UTF8.self)
        if head.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{"),
           head.contains("\"documents\""), let obj = try? JSONSerialization.jsonObject(with: Data(JSONByteOrderMarks.escaped([UInt8](data)))) as? [String: Any],
           let list = obj["documents"] {
            guard let docs = list as? [Any] else { throw ReadError(description: "\(name): error: \"documents\" must be a list of document objects") }
            return try docs.enumerated().map {
                let loc = "\(name): document \($0.offset + 1)"
                guard let d = $0.element as? [String: Any] else { throw ReadError(description: "\(loc): error: not a JSON object") }
                return try document(d, where: loc)
            }
        }
        var out: [DocumentReport] = []
        var lineNo = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNo += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            guard let obj = try? JSONSerialization.jsonObject(with: Data(JSONByteOrderMarks.escaped([UInt8](line)))) as? [String: Any] else {
                throw ReadError(description: "\(name):\(lineNo): error: not a JSON object (a report is JSON Lines or {\"documents\": [...]})")
            }
            out.append(try document(obj, where: "\(name):\(lineNo)"))
        }
        return out
    }

    static func document(_ o: [String: Any], where loc: String) throws -> DocumentReport {
        guard let id = o["id"] as? String else { throw ReadError(description: "\(loc): error: document without a string \"id\"") }
        let shownID = quoted(id)
        if let t = o["text"], !(t is String) { throw ReadError(description: "\(loc): error: document \(shownID): \"text\" must be a string") }
        let text = o["text"] as? String ?? ""
        let length = text.isEmpty ? nil : text.unicodeScalars.count
        func spans(_ key: String) throws -> [Span] {
            guard o[key] == nil || o[key] is [Any] else {
                throw ReadError(description: "\(loc): error: document \(shownID): \"\(key)\" must be a list")
            }
            let what = key == "spans" ? "span" : "discarded span"
            return try ((o[key] as? [Any]) ?? []).enumerated().map { i, item in
                func bad(_ m: String) -> ReadError { ReadError(description: "\(loc): error: \(what) \(i + 1) of document \(shownID) \(m)") }
                guard let s = item as? [String: Any] else { throw bad("is not an object") }
                guard let span = span(s) else { throw bad("needs whole-number start and end and a string label") }
                guard 0 <= span.start, span.start < span.end else {
                    throw bad("has start \(span.start) and end \(span.end): it needs 0 ≤ start < end")
                }
                if let length, span.end > length {
                    throw bad("ends at \(span.end), past the text's \(length) Unicode scalars (offsets are Unicode scalars, Python str indices)")
                }
                return span
            }
        }
        let discarded = try spans("discarded").map { s -> DiscardedSpan in
            var s = s
            let reason = s.attrs.removeValue(forKey: "reason") ?? ""
            return DiscardedSpan(span: s, reason: reason)
        }
        return DocumentReport(id: id, text: text, spans: try spans("spans"), discarded: discarded,
                              source: o["source"] as? String)
    }

    static let reserved: Set<String> = ["start", "end", "label", "text", "norm", "rule", "extractor", "sources"]

    /// A span object; `sources` (several producers) wins over `rule`/`extractor`.
    static func span(_ s: [String: Any]) -> Span? {
        guard let start = wholeNumber(s["start"]), let end = wholeNumber(s["end"]),
              let label = s["label"] as? String else { return nil }
        var attrs: [String: String] = [:]
        for (k, v) in s where !reserved.contains(k) {
            if let v = v as? String { attrs[k] = v }
        }
        var provenance = ((s["sources"] as? [[String: Any]]) ?? []).map {
            Provenance(extractor: $0["extractor"] as? String ?? "", rule: $0["rule"] as? String)
        }
        if provenance.isEmpty { provenance = [Provenance(extractor: s["extractor"] as? String ?? "", rule: s["rule"] as? String)] }
        return Span(start: start, end: end, label: label, text: s["text"] as? String ?? "",
                    norm: s["norm"] as? String, attrs: attrs, provenance: provenance)
    }

    /// A JSON number that is a whole number: not a boolean, not 1.5, not 1e300.
    static func wholeNumber(_ v: Any?) -> Int? {
        guard let n = v as? NSNumber else { return nil }
        switch String(cString: n.objCType) {
        case "c", "B": return nil
        case "d", "f":
            let d = n.doubleValue
            return d.rounded() == d && abs(d) < 1e15 ? Int(d) : nil
        case "Q": return n.uint64Value <= UInt64(Int.max) ? Int(n.uint64Value) : nil
        default: return n.intValue
        }
    }

    /// An id as it can be shown on one line.
    static func quoted(_ id: String) -> String {
        var out = "'"
        for u in id.unicodeScalars {
            if u.value < 0x20 || u.value == 0x7F || u.value == 0x2028 || u.value == 0x2029 {
                out += u.escaped(asASCII: true)
            } else { out.unicodeScalars.append(u) }
        }
        return out + "'"
    }
}
