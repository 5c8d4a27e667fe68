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
        // The head may end inside a multi-byte character: decode it leniently.
        let head = String(decoding: data.prefix(20000), as: UTF8.self)
        if head.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{"),
           head.contains("\"documents\""), let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
           let docs = obj["documents"] as? [[String: Any]] {
            return try docs.enumerated().map { try document($0.element, where: "\(name): document \($0.offset + 1)") }
        }
        var out: [DocumentReport] = []
        var lineNo = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNo += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw ReadError(description: "\(name):\(lineNo): error: not a JSON object (a report is JSON Lines or {\"documents\": [...]})")
            }
            out.append(try document(obj, where: "\(name):\(lineNo)"))
        }
        return out
    }

    static func document(_ o: [String: Any], where loc: String) throws -> DocumentReport {
        guard let id = o["id"] as? String else { throw ReadError(description: "\(loc): error: document without a string \"id\"") }
        let text = o["text"] as? String ?? ""
        func spans(_ key: String) throws -> [Span] {
            try ((o[key] as? [[String: Any]]) ?? []).enumerated().map { i, s in
                guard let span = span(s) else {
                    throw ReadError(description: "\(loc): error: \(key == "spans" ? "span" : "discarded span") \(i + 1) of \(id) needs integer start, end and a label")
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
        guard let start = (s["start"] as? NSNumber)?.intValue, let end = (s["end"] as? NSNumber)?.intValue,
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
}
