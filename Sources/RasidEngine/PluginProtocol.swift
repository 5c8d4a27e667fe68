import Foundation
import RasidModel

/// The external-extractor protocol: one JSON line per document each way.
///
/// Request: `{"id": "…", "text": "…", "spans": [{"start", "end", "label",
/// "text", "norm"?, "rule"?, "extractor"}]}` — the spans found so far.
/// Answer: `{"spans": [{"start", "end", "label", "norm"?, "rule"?, "text"?,
/// "attrs"?, "priority"?}]}`, optionally with the request's `"id"`.
/// Offsets are Unicode scalars into `text` (Python string indices).
public enum PluginProtocol {
    public static let spanKeys: Set<String> = ["start", "end", "label", "norm", "rule", "text", "attrs", "priority"]

    /// The request line for `document`, newline included.
    public static func request(_ document: Document, previous: [Span]) -> [UInt8] {
        let spans: [[String: Any]] = previous.map { s in
            var o: [String: Any] = ["start": s.start, "end": s.end, "label": s.label, "text": s.text, "extractor": s.extractor]
            if let n = s.norm { o["norm"] = n }
            if let r = s.rule { o["rule"] = r }
            if !s.attrs.isEmpty { o["attrs"] = s.attrs }
            return o
        }
        let object: [String: Any] = ["id": document.id, "text": document.text, "spans": spans]
        // Cannot fail: only strings, integers, arrays and dictionaries.
        var data = (try? JSONSerialization.data(withJSONObject: object, options: [])) ?? Data("{}".utf8)
        data.append(0x0A)
        return [UInt8](data)
    }

    /// A problem with an answer, as one sentence.
    public struct Malformed: Error, Equatable {
        public var message: String
        /// False when the line is not a JSON object at all: then the plugin may
        /// be printing other output, and later lines cannot be trusted.
        public var inStep = true
    }

    /// Decodes an answer line for `document` into spans credited to `extractor`.
    /// Any problem rejects the whole answer: spans outside the text, a `text`
    /// that is not the document's text at the offsets, unknown keys or a label
    /// outside `allowedLabels`.
    public static func decode(_ line: [UInt8], document: Document, extractor: String,
                              allowedLabels: [String]?) -> Result<[Span], Malformed> {
        func bad(_ m: String) -> Result<[Span], Malformed> { .failure(Malformed(message: m)) }
        func outOfStep(_ m: String) -> Result<[Span], Malformed> { .failure(Malformed(message: m, inStep: false)) }
        if String(validating: line, as: UTF8.self) == nil { return outOfStep("its answer is not valid UTF-8") }
        let parsed: Any
        do { parsed = try JSONSerialization.jsonObject(with: Data(JSONByteOrderMarks.escaped(line)), options: []) } catch {
            return outOfStep("its answer is not JSON (\(preview(line))); answer one line {\"spans\": [...]} per document")
        }
        guard let object = parsed as? [String: Any] else {
            return outOfStep("its answer is JSON but not an object; answer {\"spans\": [...]}")
        }
        for key in object.keys where key != "spans" && key != "id" {
            return bad("its answer has an unknown key '\(key)'; allowed: spans, id")
        }
        if let id = object["id"], (id as? String) != document.id {
            return bad("its answer is for id \(String(describing: id)), not \(document.id)")
        }
        guard let list = object["spans"] as? [Any] else { return bad("its answer has no \"spans\" list") }
        let length = TextScan.scalarCount(document.text)
        var spans: [Span] = []
        var expectedTexts: [(Int, String)] = []
        for (i, item) in list.enumerated() {
            let n = i + 1
            guard let o = item as? [String: Any] else { return bad("span \(n) is not an object") }
            if let k = o.keys.first(where: { !spanKeys.contains($0) }) {
                return bad("span \(n) has an unknown key '\(k)'; allowed: \(spanKeys.sorted().joined(separator: ", "))")
            }
            guard let start = integer(o["start"]), let end = integer(o["end"]) else {
                return bad("span \(n) needs whole-number \"start\" and \"end\"")
            }
            guard let label = o["label"] as? String, label.range(of: "^[A-Z][A-Z0-9_]*$", options: .regularExpression) != nil else {
                return bad("span \(n) needs a \"label\" in upper case (PERSON, DATE, WEAPON …)")
            }
            if let allowed = allowedLabels, !allowed.contains(label) {
                return bad("span \(n) has label \(label), not one of its configured labels \(allowed.joined(separator: ", "))")
            }
            guard start >= 0, end <= length, start < end else {
                return bad("span \(n) (\(start)..\(end)) is outside the text (0..\(length) Unicode scalars) or empty")
            }
            if o["norm"] != nil && !(o["norm"] is NSNull) && !(o["norm"] is String) { return bad("span \(n): \"norm\" must be a string") }
            if o["rule"] != nil && !(o["rule"] is String) { return bad("span \(n): \"rule\" must be a string") }
            var attrs: [String: String] = [:]
            if let a = o["attrs"] {
                guard let m = a as? [String: Any], m.values.allSatisfy({ $0 is String }) else {
                    return bad("span \(n): \"attrs\" must be an object of strings")
                }
                if let k = m.keys.first(where: { spanKeys.contains($0) || $0 == "extractor" || $0 == "sources" }) {
                    return bad("span \(n): \"attrs\" cannot hold '\(k)', a span field of the report")
                }
                attrs = m.mapValues { $0 as! String }
            }
            var priority = 0
            if let p = o["priority"] {
                guard let v = integer(p) else { return bad("span \(n): \"priority\" must be a whole number") }
                priority = v
            }
            if let t = o["text"] {
                guard let t = t as? String else { return bad("span \(n): \"text\" must be a string") }
                expectedTexts.append((i, t))
            }
            spans.append(Span(start: start, end: end, label: label, text: "", norm: o["norm"] as? String, attrs: attrs,
                              provenance: [Provenance(extractor: extractor, rule: o["rule"] as? String)], priority: priority))
        }
        if !expectedTexts.isEmpty {
            TextSlicer.fill(&spans, from: document.text)
            for (i, t) in expectedTexts where spans[i].text != t {
                return bad("span \(i + 1) says text '\(t)' but the document has '\(spans[i].text)' at \(spans[i].start)..\(spans[i].end): offsets are Unicode scalars (Python str indices)")
            }
        }
        return .success(spans)
    }

    /// A JSON number that is a whole number (not a boolean, not 1.5).
    static func integer(_ v: Any?) -> Int? {
        guard let n = v as? NSNumber else { return nil }
        switch String(cString: n.objCType) {
        case "c", "B": return nil  // true / false
        case "d", "f":
            let d = n.doubleValue
            return d.rounded() == d && abs(d) < 1e15 ? Int(d) : nil
        default:
            return n.intValue  // out-of-range values fail the caller's bounds checks
        }
    }

    static func preview(_ line: [UInt8]) -> String {
        if line.isEmpty { return "an empty line" }
        let s = String(decoding: line.prefix(60), as: UTF8.self)
        return "starts with \"\(s)\(line.count > 60 ? "…" : "")\""
    }
}
