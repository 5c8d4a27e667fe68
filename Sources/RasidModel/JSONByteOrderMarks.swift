/// Foundation's JSON parser on Linux silently drops a U+FEFF (byte order
/// mark) at the start of every string it decodes, which would shift every
/// offset in a text that starts with one. Writing each raw BOM as the JSON
/// escape `\ufeff` before parsing keeps it: the escape decodes faithfully.
public enum JSONByteOrderMarks {
    /// `json` with every UTF-8 BOM (EF BB BF) replaced by `\ufeff`; one
    /// before the first `{` or `[` (a file's encoding mark) is dropped.
    /// Returns the input unchanged (no copy) when it has no BOM.
    public static func escaped(_ json: [UInt8]) -> [UInt8] {
        guard let first = json.firstIndex(of: 0xEF) else { return json }
        var out: [UInt8] = []
        out.reserveCapacity(json.count + 16)
        out.append(contentsOf: json[..<first])
        let leadingOnly = json[..<first].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
        var i = first
        while i < json.count {
            if json[i] == 0xEF, i + 2 < json.count, json[i + 1] == 0xBB, json[i + 2] == 0xBF {
                if !(leadingOnly && i == first) { out.append(contentsOf: Array(#"\ufeff"#.utf8)) }
                i += 3
            } else {
                out.append(json[i])
                i += 1
            }
        }
        return out
    }
}
