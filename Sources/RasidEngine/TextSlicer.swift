import RasidModel

/// Fills span texts from scalar offsets in one pass over the document,
/// whatever the number of spans.
enum TextSlicer {
    static func fill(_ spans: inout [Span], from text: String) {
        var needed = spans.indices.filter { spans[$0].text.isEmpty }
        if needed.isEmpty { return }
        // By start (spans mostly arrive so already): one walk forward over the
        // bytes finds every start; each end is a short step from its start.
        var sorted = true
        for k in needed.indices.dropFirst() where spans[needed[k]].start < spans[needed[k - 1]].start {
            sorted = false
            break
        }
        if !sorted { needed.sort { spans[$0].start < spans[$1].start } }
        var text = text
        text.withUTF8 { buf in
            var byte = 0, scalar = 0
            for i in needed {
                let start = spans[i].start, end = spans[i].end
                TextScan.advance(buf, byte: &byte, scalar: &scalar, to: start)
                guard scalar == start, end >= start else { continue }
                var endByte = byte, endScalar = scalar
                TextScan.advance(buf, byte: &endByte, scalar: &endScalar, to: end)
                guard endScalar == end else { continue }
                spans[i].text = String(decoding: UnsafeBufferPointer(rebasing: buf[byte..<endByte]), as: UTF8.self)
            }
        }
    }
}
