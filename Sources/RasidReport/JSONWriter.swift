import RasidModel

/// Appends JSON to a byte buffer with fixed key order: fast, allocation-light
/// and stable, so two runs' reports diff cleanly.
public struct JSONBuffer {
    public var bytes: [UInt8] = []
    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    @inline(__always) public mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// The decimal digits of `v`, as `String(v)` writes them, without
    /// making a String.
    public mutating func int(_ v: Int) {
        JSONStage.appending(to: &bytes) { $0.int(v) }
    }

    /// `s` as a JSON string: `"`, `\`, and control characters escaped
    /// (`\n`, `\r`, `\t`, else `\u00XX`), everything else as is; the runs
    /// between escapes are copied whole.
    public mutating func string(_ s: String) {
        JSONStage.appending(to: &bytes) {
            $0.byte(0x22)
            $0.stringBody(s)
            $0.byte(0x22)
        }
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
/// (Each member's quotes are written with the constant text around it.)
public enum ReportJSON {
    public static func write(_ r: DocumentReport, options: ReportOptions = ReportOptions(), into j: inout JSONBuffer) {
        JSONStage.appending(to: &j.bytes) { write(r, options: options, into: &$0) }
    }

    static func write(_ r: DocumentReport, options: ReportOptions, into w: inout JSONStage) {
        w.raw("{\"id\":\""); w.stringBody(r.id)
        if let src = r.source { w.raw("\",\"source\":\""); w.stringBody(src) }
        if options.includeText { w.raw("\",\"text\":\""); w.stringBody(r.text) }
        w.raw("\",\"spans\":[")
        r.spans.withUnsafeBufferPointer { spans in
            for i in spans.indices {
                if i > 0 { w.raw(",") }
                span(spans.baseAddress! + i, into: &w)
            }
        }
        w.raw("]")
        if options.includeEntities && !r.entities.isEmpty {
            w.raw(",\"entities\":[")
            for (i, e) in r.entities.enumerated() {
                if i > 0 { w.raw(",") }
                w.raw("{\"id\":\""); w.stringBody(e.id)
                w.raw("\",\"label\":\""); w.stringBody(e.label)
                w.raw("\",\"name\":\""); w.stringBody(e.name)
                if let n = e.norm { w.raw("\",\"norm\":\""); w.stringBody(n) }
                w.raw("\",\"mentions\":"); intList(e.mentions, into: &w)
                if !e.related.isEmpty {
                    for role in e.related.keys.sorted() {
                        w.raw(","); w.byte(0x22); w.unescaped(role); w.raw("\":")
                        intList(e.related[role]!, into: &w)
                    }
                }
                w.raw("}")
            }
            w.raw("]")
        }
        if options.includeDiscarded && !r.discarded.isEmpty {
            w.raw(",\"discarded\":[")
            r.discarded.withUnsafeBufferPointer { discarded in
                for i in discarded.indices {
                    if i > 0 { w.raw(",") }
                    let d = discarded.baseAddress! + i
                    span(UnsafeRawPointer(d).advanced(by: discardedSpanOffset).assumingMemoryBound(to: Span.self),
                         reason: d.pointee.reason, into: &w)
                }
            }
            w.raw("]")
        }
        if !r.problems.isEmpty {
            w.raw(",\"problems\":[")
            for (i, p) in r.problems.enumerated() {
                if i > 0 { w.raw(",") }
                w.raw("{\"kind\":\""); w.stringBody(p.kind)
                w.raw("\",\"message\":\""); w.stringBody(p.message)
                if let s = p.source { w.raw("\",\"source\":\""); w.stringBody(s) }
                w.raw("\"}")
            }
            w.raw("]")
        }
        w.raw("}")
    }

    /// Where a discarded span's span lies in it: spans are written through
    /// pointers, as a copy of each (its strings, attributes and sources
    /// retained and released) cost as much as writing it.
    static let discardedSpanOffset = MemoryLayout<DiscardedSpan>.offset(of: \DiscardedSpan.span)!

    static func intList(_ v: [Int], into w: inout JSONStage) {
        w.raw("[")
        for (i, x) in v.enumerated() { if i > 0 { w.raw(",") }; w.int(x) }
        w.raw("]")
    }

    /// A span object; a discarded span's `reason` goes among its attributes
    /// (replacing an attribute of that name).
    static func span(_ p: UnsafePointer<Span>, reason: String? = nil, into w: inout JSONStage) {
        w.raw("{\"start\":"); w.int(p.pointee.start)
        w.raw(",\"end\":"); w.int(p.pointee.end)
        w.raw(",\"label\":\""); w.stringBody(p.pointee.label)
        w.raw("\",\"text\":\""); w.stringBody(p.pointee.text)
        if p.pointee.norm != nil { w.raw("\",\"norm\":\""); w.stringBody(p.pointee.norm!) }
        w.raw("\"")
        if !p.pointee.attrs.isEmpty || reason != nil { attributes(p.pointee.attrs, reason: reason, into: &w) }
        let sources = p.pointee.provenance.count
        if sources > 0 {
            if p.pointee.provenance[0].rule != nil { w.raw(",\"rule\":\""); w.stringBody(p.pointee.provenance[0].rule!); w.raw("\"") }
            w.raw(",\"extractor\":\""); w.stringBody(p.pointee.provenance[0].extractor)
        } else {
            w.raw(",\"extractor\":\"")
        }
        if sources > 1 {
            w.raw("\",\"sources\":[")
            for i in 0..<sources {
                if i > 0 { w.raw(",") }
                w.raw("{\"extractor\":\""); w.stringBody(p.pointee.provenance[i].extractor)
                if p.pointee.provenance[i].rule != nil { w.raw("\",\"rule\":\""); w.stringBody(p.pointee.provenance[i].rule!) }
                w.raw("\"}")
            }
            w.raw("]}")
        } else {
            w.raw("\"}")
        }
    }

    /// The attributes (and `reason`) in key order, the contract's own field
    /// names left out. No sorting, and no allocation, for one or none.
    static func attributes(_ attrs: [String: String], reason: String?, into w: inout JSONStage) {
        func field(_ k: String, _ v: String) {
            if isReserved(k) { return }
            w.raw(",\""); w.stringBody(k); w.raw("\":\""); w.stringBody(v); w.raw("\"")
        }
        if attrs.isEmpty {
            if let reason { field("reason", reason) }
            return
        }
        if attrs.count == 1, let (k, v) = attrs.first {
            guard let reason else { field(k, v); return }
            if k == "reason" { field(k, reason) } else if k < "reason" { field(k, v); field("reason", reason) } else { field("reason", reason); field(k, v) }
            return
        }
        var keys = Array(attrs.keys)
        if reason != nil && attrs["reason"] == nil { keys.append("reason") }
        keys.sort()
        for k in keys {
            if let reason, k == "reason" { field(k, reason) } else { field(k, attrs[k]!) }
        }
    }

    /// Whether `k` is one of the contract's own span fields. Told by the
    /// length first: a `switch` over the names compared the key with each
    /// of them, every unequal pair through the standard library's slow path.
    @inline(__always) static func isReserved(_ k: String) -> Bool {
        switch k.utf8.count {
        case 3: return k == "end"
        case 4: return k == "text" || k == "norm" || k == "rule"
        case 5: return k == "start" || k == "label"
        case 7: return k == "sources"
        case 9: return k == "extractor"
        default: return false
        }
    }
}
