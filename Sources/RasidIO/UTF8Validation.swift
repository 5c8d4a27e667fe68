/// Finds the first byte that is not part of valid UTF-8, so an error can
/// name the exact offset instead of "bad encoding".
public enum UTF8Validation {
    /// Byte offset of the first invalid sequence, or nil when `bytes` is valid.
    public static func firstInvalidOffset<C: Collection>(_ bytes: C) -> Int? where C.Element == UInt8, C.Index == Int {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            var need = 0
            var minCode: UInt32 = 0
            var code: UInt32 = 0
            switch b0 {
            case 0xC2...0xDF: need = 1; code = UInt32(b0 & 0x1F); minCode = 0x80
            case 0xE0...0xEF: need = 2; code = UInt32(b0 & 0x0F); minCode = 0x800
            case 0xF0...0xF4: need = 3; code = UInt32(b0 & 0x07); minCode = 0x10000
            default: return i - bytes.startIndex
            }
            if i + need >= end { return i - bytes.startIndex }
            for k in 1...need {
                let b = bytes[i + k]
                if b & 0xC0 != 0x80 { return i - bytes.startIndex }
                code = code << 6 | UInt32(b & 0x3F)
            }
            if code < minCode || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) { return i - bytes.startIndex }
            i += need + 1
        }
        return nil
    }
}
