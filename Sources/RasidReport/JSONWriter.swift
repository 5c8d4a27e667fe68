import RasidModel

/// Appends JSON to a byte buffer with fixed key order: fast, allocation-light
/// and stable, so two runs' reports diff cleanly.
public struct JSONBuffer {
    public var bytes: [UInt8] = []
    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    @inline(__always) public mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func int(_ v: Int) { bytes.append(contentsOf: String(v).utf8) }

    public mutating func string(_ s: String) {
        bytes.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            default: bytes.append(b)
            }
        }
        bytes.append(0x22)
    }

    public mutating func key(_ k: StaticString) {
        bytes.append(0x22); raw(k); bytes.append(0x22); bytes.append(0x3A)
    }
}

/// What a report writer includes besides the contract's fields.
public struct ReportOptions: Sendable {
    public var includeText = true
    public var includeDiscarded = true
    public var includeEntities = true
    public init() {}
}

/// Writes `DocumentReport`s as the report contract's JSON document objects.
public enum ReportJSON {
    public static func write(_ r: DocumentReport, options: ReportOptions = ReportOptions(), into j: inout JSONBuffer) {
        j.raw("{"); j.key("id"); j.string(r.id)
        if let src = r.source { j.raw(","); j.key("source"); j.string(src) }
        if options.includeText { j.raw(","); j.key("text"); j.string(r.text) }
        j.raw(","); j.key("spans"); j.raw("[")
        for (i, s) in r.spans.enumerated() {
            if i > 0 { j.raw(",") }
            span(s, into: &j)
        }
        j.raw("]")
        if options.includeEntities && !r.entities.isEmpty {
            j.raw(","); j.key("entities"); j.raw("[")
            for (i, e) in r.entities.enumerated() {
                if i > 0 { j.raw(",") }
                j.raw("{"); j.key("id"); j.string(e.id)
                j.raw(","); j.key("label"); j.string(e.label)
                j.raw(","); j.key("name"); j.string(e.name)
                if let n = e.norm { j.raw(","); j.key("norm"); j.string(n) }
                j.raw(","); j.key("mentions"); intList(e.mentions, into: &j)
                for role in e.related.keys.sorted() {
                    j.raw(","); j.bytes.append(0x22); j.bytes.append(contentsOf: role.utf8); j.raw("\":")
                    intList(e.related[role]!, into: &j)
                }
                j.raw("}")
            }
            j.raw("]")
        }
        if options.includeDiscarded && !r.discarded.isEmpty {
            j.raw(","); j.key("discarded"); j.raw("[")
            for (i, d) in r.discarded.enumerated() {
                if i > 0 { j.raw(",") }
                var s = d.span
                s.attrs["reason"] = d.reason
                span(s, into: &j)
            }
            j.raw("]")
        }
        if !r.problems.isEmpty {
            j.raw(","); j.key("problems"); j.raw("[")
            for (i, p) in r.problems.enumerated() {
                if i > 0 { j.raw(",") }
                j.raw("{"); j.key("kind"); j.string(p.kind)
                j.raw(","); j.key("message"); j.string(p.message)
                if let s = p.source { j.raw(","); j.key("source"); j.string(s) }
                j.raw("}")
            }
            j.raw("]")
        }
        j.raw("}")
    }

    static func intList(_ v: [Int], into j: inout JSONBuffer) {
        j.raw("[")
        for (i, x) in v.enumerated() { if i > 0 { j.raw(",") }; j.int(x) }
        j.raw("]")
    }

    static func span(_ s: Span, into j: inout JSONBuffer) {
        j.raw("{"); j.key("start"); j.int(s.start)
        j.raw(","); j.key("end"); j.int(s.end)
        j.raw(","); j.key("label"); j.string(s.label)
        j.raw(","); j.key("text"); j.string(s.text)
        if let n = s.norm { j.raw(","); j.key("norm"); j.string(n) }
        for k in s.attrs.keys.sorted() where !reserved.contains(k) {
            j.raw(","); j.string(k); j.raw(":"); j.string(s.attrs[k]!)
        }
        if let r = s.rule { j.raw(","); j.key("rule"); j.string(r) }
        j.raw(","); j.key("extractor"); j.string(s.extractor)
        if s.provenance.count > 1 {
            j.raw(","); j.key("sources"); j.raw("[")
            for (i, p) in s.provenance.enumerated() {
                if i > 0 { j.raw(",") }
                j.raw("{"); j.key("extractor"); j.string(p.extractor)
                if let r = p.rule { j.raw(","); j.key("rule"); j.string(r) }
                j.raw("}")
            }
            j.raw("]")
        }
        j.raw("}")
    }

    static let reserved: Set<String> = ["start", "end", "label", "text", "norm", "rule", "extractor", "sources"]
}
