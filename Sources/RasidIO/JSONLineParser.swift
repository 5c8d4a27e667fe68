import Foundation
import RasidModel

/// Parses one JSON Lines record's bytes into its `id` and `text`, as
/// Foundation's `JSONSerialization` (on the line with `JSONByteOrderMarks`
/// applied) would, byte for byte, without building the other fields:
///
/// - the whole line must be one JSON object or array (an array is reported
///   as `notObject`), with JSON whitespace (space, tab, CR, LF) around; one
///   U+FEFF before it (after whitespace only) is skipped; any other U+FEFF
///   outside a string is an error, and inside one it is kept;
/// - Foundation's leniencies are kept: a trailing comma before `}` or `]`;
///   a duplicate key's last value wins; at most 512 nested objects and arrays;
/// - strings: every escape, surrogate pairs; a lone surrogate escape
///   (`\ud800`, `\udc00`) is an error, as in Foundation; a raw control
///   character is an error; a backslash before a raw U+FEFF stands for a
///   backslash and "ufeff" (as Foundation read it through
///   `JSONByteOrderMarks`);
/// - numbers follow JSON's grammar; one that Foundation cannot represent
///   (`1e400`) fails the line, unless a later duplicate key drops the value
///   holding it (Foundation converts numbers after building each object);
///   an `id` number is Foundation's `NSNumber.stringValue` (`7` → "7",
///   `1.0` → "1.0", `true` → "1"): plain short integers are converted here,
///   any other number is handed to `JSONSerialization` alone, so both
///   answers are Foundation's;
/// - bytes that are not UTF-8 make the line `malformed` (the caller names the
///   offset); when the line is an object or array, it is all valid UTF-8.
///
/// Strings are scanned eight bytes at a time for `"`, `\` and control
/// characters, copied in bulk, and made a `String` in one validating step.
struct JSONLineParser {
    enum Outcome: Equatable {
        /// Not JSON, or not UTF-8.
        case malformed
        /// JSON, but an array.
        case notObject
        /// An object: its string `text`, its `id` as a string (string,
        /// number or boolean), each nil when absent or of another type.
        case object(id: String?, text: String?)
    }

    /// Decoded bytes of strings with escapes, kept between lines.
    private var scratch: [UInt8] = []

    init() {}

    mutating func parse(_ line: UnsafeBufferPointer<UInt8>) -> Outcome {
        guard let base = line.baseAddress, !line.isEmpty else { return .malformed }
        var reader = Reader(p: base, end: line.count)
        swap(&reader.scratch, &scratch)
        defer { swap(&reader.scratch, &scratch) }
        do { return try reader.document() } catch { return .malformed }
    }

    mutating func parse(_ line: [UInt8]) -> Outcome {
        line.withUnsafeBufferPointer { parse($0) }
    }
}

private struct Malformed: Error {}

private enum Key { case id, text, other }

/// The members of one object whose value holds a number Foundation cannot
/// represent. Foundation converts numbers after building each dictionary,
/// so such a value fails the line only if no later duplicate key replaces
/// it; keys compare as `String`s, as the dictionary's do. Empty (and no
/// allocation) unless such a number turns up.
private struct UnrepresentableMembers {
    var names: Set<String>?

    var isEmpty: Bool { names?.isEmpty ?? true }

    mutating func member(_ name: Range<Int>, escaped: Bool, representable: Bool, in reader: Reader) {
        if representable {
            guard names != nil, !names!.isEmpty else { return }
            names!.remove(reader.name(name, escaped: escaped))
        } else {
            names = names ?? []
            names!.insert(reader.name(name, escaped: escaped))
        }
    }
}

/// What `escape()` returns for a backslash before a raw U+FEFF (not a scalar).
private let backslashUFEFF: UInt32 = 0xFFFF_FFFF

/// Foundation's nesting limit for objects and arrays.
private let maximumDepth = 512

private struct Reader {
    let p: UnsafePointer<UInt8>
    let end: Int
    var i = 0
    var scratch: [UInt8] = []

    init(p: UnsafePointer<UInt8>, end: Int) {
        self.p = p
        self.end = end
    }

    // MARK: Structure

    mutating func document() throws -> JSONLineParser.Outcome {
        skipWhitespace()
        if i + 3 <= end && p[i] == 0xEF && p[i + 1] == 0xBB && p[i + 2] == 0xBF {
            i += 3
            skipWhitespace()
        }
        guard i < end else { throw Malformed() }
        let outcome: JSONLineParser.Outcome
        switch p[i] {
        case UInt8(ascii: "{"): outcome = try record()
        case UInt8(ascii: "["):
            guard try skipArray(depth: 0) else { throw Malformed() }
            outcome = .notObject
        default: throw Malformed()
        }
        skipWhitespace()
        guard i == end else { throw Malformed() }
        return outcome
    }

    @inline(__always) mutating func skipWhitespace() {
        while i < end {
            let c = p[i]
            guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return }
            i += 1
        }
    }

    /// The next byte after whitespace; the end of the line is an error.
    @inline(__always) mutating func next() throws -> UInt8 {
        skipWhitespace()
        guard i < end else { throw Malformed() }
        return p[i]
    }

    /// The top-level object, at its `{`.
    mutating func record() throws -> JSONLineParser.Outcome {
        i += 1
        var id: String?
        var text: String?
        var unrepresentable = UnrepresentableMembers()
        if try next() == UInt8(ascii: "}") { i += 1; return .object(id: nil, text: nil) }
        while true {
            let (name, escaped) = try key()
            let kind = escaped ? decodedKey(name) : Self.classify(UnsafeRawBufferPointer(start: p + name.lowerBound, count: name.count))
            guard try next() == UInt8(ascii: ":") else { throw Malformed() }
            i += 1
            let c = try next()
            let representable: Bool
            switch kind {
            case .text:
                if c == UInt8(ascii: "\"") { text = try string(); representable = true } else { representable = try skipValue(depth: 1); text = nil }
            case .id:
                (id, representable) = try idValue(c)
            case .other:
                representable = try skipValue(depth: 1)
            }
            unrepresentable.member(name, escaped: escaped, representable: representable, in: self)
            if try endOfMembers(close: UInt8(ascii: "}")) {
                guard unrepresentable.isEmpty else { throw Malformed() }
                return .object(id: id, text: text)
            }
        }
    }

    /// After a member or element: true at the closing bracket (also after a
    /// trailing comma), false after a comma with more to come.
    @inline(__always) mutating func endOfMembers(close: UInt8) throws -> Bool {
        let c = try next()
        if c == close { i += 1; return true }
        guard c == UInt8(ascii: ",") else { throw Malformed() }
        i += 1
        if try next() == close { i += 1; return true }
        return false
    }

    mutating func idValue(_ c: UInt8) throws -> (String?, representable: Bool) {
        switch c {
        case UInt8(ascii: "\""): return (try string(), true)
        case UInt8(ascii: "t"): try literal("true"); return ("1", true)
        case UInt8(ascii: "f"): try literal("false"); return ("0", true)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let n = try number(wantString: true)
            return (n.string, n.representable)
        default: return (nil, try skipValue(depth: 1))
        }
    }

    /// Any value, at its first byte (after whitespace). Returns false when
    /// it holds a number Foundation cannot represent (which fails the line
    /// unless a later duplicate key replaces the value).
    mutating func skipValue(depth: Int) throws -> Bool {
        guard i < end else { throw Malformed() }
        switch p[i] {
        case UInt8(ascii: "\""): _ = try rawString(validate: true); return true
        case UInt8(ascii: "{"): return try skipObject(depth: depth)
        case UInt8(ascii: "["): return try skipArray(depth: depth)
        case UInt8(ascii: "t"): try literal("true"); return true
        case UInt8(ascii: "f"): try literal("false"); return true
        case UInt8(ascii: "n"): try literal("null"); return true
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number(wantString: false).representable
        default: throw Malformed()
        }
    }

    /// An object inside `depth` open objects and arrays, at its `{`.
    mutating func skipObject(depth: Int) throws -> Bool {
        guard depth < maximumDepth else { throw Malformed() }
        i += 1
        if try next() == UInt8(ascii: "}") { i += 1; return true }
        var unrepresentable = UnrepresentableMembers()
        while true {
            let (name, escaped) = try key()
            guard try next() == UInt8(ascii: ":") else { throw Malformed() }
            i += 1
            _ = try next()
            let representable = try skipValue(depth: depth + 1)
            unrepresentable.member(name, escaped: escaped, representable: representable, in: self)
            if try endOfMembers(close: UInt8(ascii: "}")) { return unrepresentable.isEmpty }
        }
    }

    /// An array inside `depth` open objects and arrays, at its `[`.
    mutating func skipArray(depth: Int) throws -> Bool {
        guard depth < maximumDepth else { throw Malformed() }
        i += 1
        if try next() == UInt8(ascii: "]") { i += 1; return true }
        var representable = true
        while true {
            if !(try skipValue(depth: depth + 1)) { representable = false }
            if try endOfMembers(close: UInt8(ascii: "]")) { return representable }
            _ = try next()
        }
    }

    mutating func literal(_ word: StaticString) throws {
        let n = word.utf8CodeUnitCount
        guard i + n <= end, memcmp(p + i, word.utf8Start, n) == 0 else { throw Malformed() }
        i += n
    }

    // MARK: Numbers

    /// A number, at its first byte; throws when it breaks JSON's grammar.
    /// `representable` is false for a number Foundation turns down
    /// (`1e400`); with `wantString`, `string` is Foundation's
    /// `NSNumber.stringValue` of it.
    mutating func number(wantString: Bool) throws -> (string: String?, representable: Bool) {
        let s = i
        if p[i] == UInt8(ascii: "-") { i += 1 }
        guard i < end else { throw Malformed() }
        if p[i] == UInt8(ascii: "0") {
            i += 1
        } else if isDigit(p[i]) {
            while i < end && isDigit(p[i]) { i += 1 }
        } else {
            throw Malformed()
        }
        var integer = true
        var exponent = false
        if i < end && p[i] == UInt8(ascii: ".") {
            i += 1
            guard i < end && isDigit(p[i]) else { throw Malformed() }
            while i < end && isDigit(p[i]) { i += 1 }
            integer = false
        }
        if i < end && (p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E")) {
            i += 1
            if i < end && (p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-")) { i += 1 }
            guard i < end && isDigit(p[i]) else { throw Malformed() }
            while i < end && isDigit(p[i]) { i += 1 }
            integer = false
            exponent = true
        }
        let length = i - s
        // Up to 18 characters, an integer is an Int64 and a decimal without
        // exponent a finite Double, whatever Foundation picks.
        if integer && length <= 18 {
            guard wantString else { return (nil, true) }
            var v = 0
            var k = p[s] == UInt8(ascii: "-") ? s + 1 : s
            while k < i { v = v * 10 + Int(p[k] &- 0x30); k += 1 }
            return (String(p[s] == UInt8(ascii: "-") ? -v : v), true)
        }
        if !wantString && !exponent && length <= 17 { return (nil, true) }
        let literal = Data(bytes: p + s, count: length)
        guard let n = (try? JSONSerialization.jsonObject(with: literal, options: .fragmentsAllowed)) as? NSNumber else {
            return (nil, false)
        }
        return (wantString ? n.stringValue : nil, true)
    }

    @inline(__always) func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }

    // MARK: Strings

    /// A member name, at its `"`: the range of its body, and whether it has escapes.
    mutating func key() throws -> (Range<Int>, escaped: Bool) {
        guard p[i] == UInt8(ascii: "\"") else { throw Malformed() }
        return try rawString(validate: true)
    }

    /// The name with escapes (checked already) decoded.
    func decodedName(_ body: Range<Int>) -> [UInt8] {
        var r = Reader(p: p, end: body.upperBound + 1)   // up to the closing quote
        r.i = body.lowerBound
        try! r.decodeBody()
        return r.scratch
    }

    func decodedKey(_ body: Range<Int>) -> Key {
        decodedName(body).withUnsafeBytes { Self.classify($0) }
    }

    /// A member name as the `String` Foundation's dictionary would key by.
    func name(_ body: Range<Int>, escaped: Bool) -> String {
        if escaped { return String(decoding: decodedName(body), as: UTF8.self) }
        return String(decoding: UnsafeBufferPointer(start: p + body.lowerBound, count: body.count), as: UTF8.self)
    }

    static func classify(_ name: UnsafeRawBufferPointer) -> Key {
        if name.count == 2 && name[0] == UInt8(ascii: "i") && name[1] == UInt8(ascii: "d") { return .id }
        if name.count == 4 && name.elementsEqual("text".utf8) { return .text }
        return .other
    }

    /// A string, at its `"`, decoded.
    mutating func string() throws -> String {
        i += 1
        let s = i
        var high: UInt64 = 0
        i = plainRun(from: i, high: &high)
        guard i < end else { throw Malformed() }
        if p[i] == UInt8(ascii: "\"") {
            i += 1
            return try Self.validString(UnsafeBufferPointer(start: p + s, count: i - 1 - s), ascii: high & 0x8080_8080_8080_8080 == 0)
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(start: p + s, count: i - s))
        try decodeBody()
        return try scratch.withUnsafeBufferPointer { try Self.validString($0, ascii: false) }
    }

    /// A `String` of `bytes`, checked once (by the fast check, not again by
    /// the standard library); invalid UTF-8 throws.
    static func validString(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) throws -> String {
        if !ascii && UTF8Validation.firstInvalidOffset(in: bytes) != nil { throw Malformed() }
        return String(validUTF8: bytes)
    }

    /// Decodes into `scratch` from `i` (inside a string) to the closing
    /// quote, which it consumes.
    mutating func decodeBody() throws {
        var high: UInt64 = 0
        while true {
            let run = i
            i = plainRun(from: i, high: &high)
            if i > run { scratch.append(contentsOf: UnsafeBufferPointer(start: p + run, count: i - run)) }
            guard i < end else { throw Malformed() }
            let c = p[i]
            if c == UInt8(ascii: "\"") { i += 1; return }
            guard c == UInt8(ascii: "\\") else { throw Malformed() }   // a control character
            appendUTF8(try escape())
        }
    }

    /// A string, at its `"`, checked but not decoded: the range of its body
    /// and whether it has escapes. With `validate`, invalid UTF-8 throws.
    mutating func rawString(validate: Bool) throws -> (Range<Int>, escaped: Bool) {
        i += 1
        let s = i
        var high: UInt64 = 0
        var escaped = false
        while true {
            i = plainRun(from: i, high: &high)
            guard i < end else { throw Malformed() }
            let c = p[i]
            if c == UInt8(ascii: "\"") { break }
            guard c == UInt8(ascii: "\\") else { throw Malformed() }
            _ = try escape()
            escaped = true
        }
        let body = s..<i
        i += 1
        if validate && high & 0x8080_8080_8080_8080 != 0
            && UTF8Validation.firstInvalidOffset(UnsafeBufferPointer(start: p + s, count: body.count)) != nil {
            throw Malformed()
        }
        return (body, escaped)
    }

    /// The end of the bytes from `k` that need no decoding: the next `"`,
    /// `\` or control character, or the end of the line. ORs the bytes passed
    /// into `high` (bit 7 of a byte set: not ASCII).
    @inline(__always) func plainRun(from k: Int, high: inout UInt64) -> Int {
        var k = k
        let ones: UInt64 = 0x0101_0101_0101_0101
        let tops: UInt64 = 0x8080_8080_8080_8080
        var acc: UInt64 = 0
        while k + 8 <= end {
            let w = UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self)
            let quote = w ^ (ones &* 0x22)
            let slash = w ^ (ones &* 0x5C)
            // Nonzero exactly when some byte is 0 (quote, slash) or below 0x20.
            let hit = ((quote &- ones) & ~quote) | ((slash &- ones) & ~slash) | ((w &- ones &* 0x20) & ~w)
            if hit & tops != 0 { break }
            acc |= w
            k += 8
        }
        while k < end {
            let c = p[k]
            if c == 0x22 || c == 0x5C || c < 0x20 { break }
            acc |= UInt64(c)
            k += 1
        }
        high |= acc
        return k
    }

    /// An escape, at its `\`: the scalar it stands for (a surrogate pair
    /// makes one scalar; a lone surrogate throws, as in Foundation), or
    /// `backslashUFEFF`.
    mutating func escape() throws -> UInt32 {
        guard i + 2 <= end else { throw Malformed() }
        let c = p[i + 1]
        i += 2
        switch c {
        case UInt8(ascii: "\""): return 0x22
        case UInt8(ascii: "\\"): return 0x5C
        case UInt8(ascii: "/"): return 0x2F
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        case 0xEF where i + 2 <= end && p[i] == 0xBB && p[i + 1] == 0xBF:
            // A backslash before a raw U+FEFF: Foundation read the line with
            // each raw U+FEFF written as `\ufeff` (`JSONByteOrderMarks`), so
            // this was an escaped backslash followed by the letters "ufeff".
            i += 2
            return backslashUFEFF
        case UInt8(ascii: "u"):
            let u = try hex4()
            switch u & 0xFC00 {
            case 0xD800:
                guard i + 2 <= end, p[i] == UInt8(ascii: "\\"), p[i + 1] == UInt8(ascii: "u") else { throw Malformed() }
                i += 2
                let low = try hex4()
                guard low & 0xFC00 == 0xDC00 else { throw Malformed() }
                return 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
            case 0xDC00:
                throw Malformed()
            default:
                return u
            }
        default:
            throw Malformed()
        }
    }

    mutating func hex4() throws -> UInt32 {
        guard i + 4 <= end else { throw Malformed() }
        var v: UInt32 = 0
        for k in i..<i + 4 {
            let c = p[k]
            let d: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = c - 0x30
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c - 0x57
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = c - 0x37
            default: throw Malformed()
            }
            v = v << 4 | UInt32(d)
        }
        i += 4
        return v
    }

    @inline(__always) mutating func appendUTF8(_ v: UInt32) {
        switch v {
        case backslashUFEFF:
            scratch.append(contentsOf: #"\ufeff"#.utf8)
        case ..<0x80:
            scratch.append(UInt8(v))
        case ..<0x800:
            scratch.append(UInt8(0xC0 | v >> 6))
            scratch.append(UInt8(0x80 | v & 0x3F))
        case ..<0x10000:
            scratch.append(UInt8(0xE0 | v >> 12))
            scratch.append(UInt8(0x80 | v >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | v & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | v >> 18))
            scratch.append(UInt8(0x80 | v >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | v >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | v & 0x3F))
        }
    }
}
