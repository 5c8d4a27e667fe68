import RasidModel

/// Fills span texts from scalar offsets in one pass over the document,
/// whatever the number of spans.
enum TextSlicer {
    static func fill(_ spans: inout [Span], from text: String) {
        let needed = spans.indices.filter { spans[$0].text.isEmpty }
        if needed.isEmpty { return }
        var offsets = Set<Int>()
        for i in needed { offsets.insert(spans[i].start); offsets.insert(spans[i].end) }
        let sorted = offsets.sorted()
        var indexOf: [Int: String.UnicodeScalarView.Index] = [:]
        let scalars = text.unicodeScalars
        var idx = scalars.startIndex
        var n = 0
        for target in sorted {
            while n < target && idx < scalars.endIndex { idx = scalars.index(after: idx); n += 1 }
            indexOf[target] = idx
        }
        for i in needed {
            guard let a = indexOf[spans[i].start], let b = indexOf[spans[i].end], a <= b else { continue }
            spans[i].text = String(scalars[a..<b])
        }
    }
}
