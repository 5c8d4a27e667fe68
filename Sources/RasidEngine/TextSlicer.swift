import RasidModel

/// Fills span texts from scalar offsets in one pass over the document,
/// whatever the number of spans.
enum TextSlicer {
    static func fill(_ spans: inout [Span], from text: String) {
        let needed = spans.indices.filter { spans[$0].text.isEmpty }
        if needed.isEmpty { return }
        // Boundaries sorted by scalar offset, converted to UTF-8 offsets in
        // one walk over the bytes.
        var order = [(scalar: Int, slot: Int)]()
        order.reserveCapacity(needed.count * 2)
        for (k, i) in needed.enumerated() {
            order.append((spans[i].start, 2 * k))
            order.append((spans[i].end, 2 * k + 1))
        }
        order.sort { $0.scalar < $1.scalar }
        var byteAt = [Int](repeating: -1, count: order.count)
        var text = text
        text.withUTF8 { buf in
            var byte = 0, scalar = 0
            for (target, slot) in order {
                TextScan.advance(buf, byte: &byte, scalar: &scalar, to: target)
                if scalar == target { byteAt[slot] = byte }
            }
            for (k, i) in needed.enumerated() {
                let a = byteAt[2 * k], b = byteAt[2 * k + 1]
                guard a >= 0, b >= a else { continue }
                spans[i].text = String(validUTF8: UnsafeBufferPointer(rebasing: buf[a..<b]))  // cut at scalar boundaries
            }
        }
    }
}
