import Foundation
import Testing
import RasidModel
@testable import RasidIO
import TestSupport

/// `JSONLRecord.parse` (the byte-level `JSONLineParser`) against the record
/// parser it replaced (Foundation's `JSONSerialization`, kept below as the
/// reference): the same document or the same error message for every line,
/// crafted or random.
struct JSONLineParserTests {

    /// The record parser before `JSONLineParser`, verbatim.
    static func reference(_ line: [UInt8], source: String, truncated: Bool) -> Result<Document, InputError> {
        if let bad = UTF8Validation.firstInvalidOffset(line) {
            return .failure(InputError(source: source, message: "not valid UTF-8 at byte offset \(bad) of the line; the record was skipped"))
        }
        let obj: Any
        do {
            obj = try JSONSerialization.jsonObject(with: Data(JSONByteOrderMarks.escaped(line)), options: [])
        } catch {
            let hint = truncated ? " (the last line has no newline: the input looks truncated)" : ""
            return .failure(InputError(source: source, message: "not a JSON object\(hint): each line must be {\"id\": \"…\", \"text\": \"…\"}"))
        }
        guard let dict = obj as? [String: Any] else {
            return .failure(InputError(source: source, message: "the line is JSON but not an object: each line must be {\"id\": \"…\", \"text\": \"…\"}"))
        }
        guard let text = dict["text"] as? String else {
            return .failure(InputError(source: source, message: "the record has no string field \"text\""))
        }
        let id: String
        if let s = dict["id"] as? String { id = s } else if let n = dict["id"] as? NSNumber { id = n.stringValue } else {
            return .failure(InputError(source: source, message: "the record has no \"id\" field"))
        }
        return .success(Document(id: id, text: text, source: source))
    }

    /// A result as text, strings as their scalars (String's == would call
    /// canonically equivalent texts equal).
    static func describe(_ r: Result<Document, InputError>) -> String {
        switch r {
        case .success(let d):
            let scalars = { (s: String) in s.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }
            return "ok id=[\(scalars(d.id))] text=[\(scalars(d.text))] source=\(d.source ?? "nil")"
        case .failure(let e):
            return "error \(e.description)"
        }
    }

    /// Checks one line both ways, as a middle line and as a truncated last line.
    static func check(_ line: [UInt8], _ comment: Comment? = nil) {
        var parser = JSONLineParser()
        for truncated in [false, true] {
            let new = line.withUnsafeBufferPointer { JSONLRecord.parse($0, source: "in.jsonl:7", truncated: truncated, parser: &parser) }
            let old = reference(line, source: "in.jsonl:7", truncated: truncated)
            #expect(describe(new) == describe(old), "line \(line.map { String($0, radix: 16) }) \(comment?.description ?? "")")
        }
    }

    static func check(_ line: String) { check(Array(line.utf8), Comment(rawValue: line.debugDescription)) }

    static let crafted: [String] = [
        // Plain records, whitespace everywhere, field order, extra fields of every type.
        #"{"id":"a","text":"x"}"#,
        #"{"text":"x","id":"a"}"#,
        " \t\r{ \"id\" \t:\r \"a\" ,\n\"text\"  : \"x\" } \t\r",
        #"{"id":"a","text":"","extra":{"nested":[1,2,{"text":5}],"e":{}},"arr":[],"t":true,"f":false,"n":null}"#,
        #"{"id":"a","text":"x","deep":[[[[{"a":[{"b":null}]}]]]]}"#,
        #"{"id":"","text":""}"#,
        #"{}"#, #"{ }"#, #"[]"#, #"[1,2]"#, #"[{"id":"a","text":"x"}]"#, #"[1,]"#, #"[,]"#,
        // Escapes, surrogates.
        #"{"id":"a","text":"\" \\ \/ \b \f \n \r \t"}"#,
        #"{"id":"a","text":"\u0041\u00e9\u00E9\u0627\u2028\u2029\uFEFF\ufeff\u0000\u001f"}"#,
        #"{"id":"a","text":"\ud83d\ude00 \uD83D\uDE00 \udbff\udfff"}"#,
        #"{"id":"a","text":"x\ud800y"}"#, #"{"id":"a","text":"x\udc00y"}"#, #"{"id":"a","text":"\ud83dx"}"#,
        #"{"id":"a","text":"\ud83d\u0041"}"#, #"{"id":"a","text":"\ud83d\ud83d\ude00"}"#, #"{"id":"a","text":"\ud83d"}"#,
        #"{"id":"a","text":"\ud83d\"}"#, #"{"id":"a","text":"\ud83d\u"}"#, #"{"id":"a","text":"x\ud800y","other":1}"#,
        #"{"id":"a","text":"ok","other":"\udc00"}"#, #"{"id":"a","text":"ok","other":"\ud83d\ude00"}"#,
        #"{"id":"a","text":"x\q"}"#, #"{"id":"a","text":"x\u00"}"#, #"{"id":"a","text":"x\u00G0"}"#, #"{"id":"a","text":"x\"#,
        #"{"id":"a","text":"x\U0041"}"#, #"{"id":"a","text":"x\'"}"#, #"{"id":"a","text":"x\ "}"#,
        "{\"id\":\"a\",\"text\":\"x\ty\"}", "{\"id\":\"a\",\"text\":\"x\u{1}y\"}", "{\"id\":\"a\",\"text\":\"x\u{7F}y\"}",
        "{\"id\":\"a\",\"text\":\"x\u{1F}\"}", "{\"id\":\"a\",\"text\":\"x\u{85}\u{2028}\"}",
        #"{"id":"a","te\u0078t":"escaped key"}"#, #"{"\u0069d":"a","text":"x"}"#, #"{"id":"a","text\u0000":"x"}"#,
        #"{"id":"a","Text":"x"}"#, #"{"ID":"a","text":"x"}"#, #"{"id ":"a","text":"x"}"#,
        // Byte order marks: leading (dropped), inside strings (kept), elsewhere (an error).
        "\u{FEFF}{\"id\":\"a\",\"text\":\"x\"}", "  \u{FEFF} {\"id\":\"a\",\"text\":\"x\"}",
        "\u{FEFF}\u{FEFF}{\"id\":\"a\",\"text\":\"x\"}", "{\"id\":\"a\",\"text\":\"x\"}\u{FEFF}",
        "{\u{FEFF}\"id\":\"a\",\"text\":\"x\"}", "{\"id\":\"a\",\"text\":\u{FEFF}\"x\"}",
        "{\"id\":\"\u{FEFF}a\",\"text\":\"\u{FEFF}x\u{FEFF}\\n\u{FEFF}\"}", "{\"id\":\"a\",\"text\":\"\u{FEFF}\"}",
        "{\"id\":\"a\",\"text\":\"\\u0041\u{FEFF}\"}", "{\"id\":\"a\",\"\u{FEFF}text\":\"x\"}",
        "\u{FEFF}", " \u{FEFF} ", "\u{FEFF}[]",
        // A backslash before a raw U+FEFF: Foundation saw `\\ufeff`.
        "{\"id\":\"a\",\"text\":\"x\\\u{FEFF}y\"}", "{\"id\":\"a\",\"text\":\"x\\\u{FEFF}\"}",
        "{\"id\":\"a\",\"te\\\u{FEFF}\":\"x\"}", "{\"id\":\"a\",\"text\":\"x\",\"k\":\"\\\u{FEFF}\"}",
        "{\"id\":\"a\",\"text\":\"x\\\\\u{FEFF}\"}", "{\"id\":\"a\",\"text\":\"x\\u\u{FEFF}\"}",
        "{\"id\":\"a\",\"text\":\"\\ud83d\\\u{FEFF}\"}", "{\"id\":\"a\",\"text\":\"\\ud83d\u{FEFF}\"}",
        "{\"id\":\"a\",\"text\":\"x\\\u{FEFF}",
        // Duplicate keys: the last wins, whatever its type.
        #"{"id":"a","text":"1","text":"2"}"#, #"{"text":"1","id":"a","id":"b"}"#, #"{"text":"1","id":"a","id":null}"#,
        #"{"id":"a","text":"1","text":2}"#, #"{"id":"a","text":2,"text":"3"}"#, #"{"id":1,"id":"s","text":"x"}"#,
        // Missing or wrongly typed fields.
        #"{"id":"a"}"#, #"{"text":"x"}"#, #"{"id":"a","text":null}"#, #"{"id":"a","text":["x"]}"#, #"{"id":"a","text":{"x":1}}"#,
        #"{"id":null,"text":"x"}"#, #"{"id":[1],"text":"x"}"#, #"{"id":{},"text":"x"}"#,
        #"{"id":true,"text":"x"}"#, #"{"id":false,"text":"x"}"#, #"{"text":5}"#,
        // Numbers as ids, and numbers elsewhere.
        #"{"id":1,"text":"x"}"#, #"{"id":-0,"text":"x"}"#, #"{"id":0,"text":"x"}"#, #"{"id":-7,"text":"x"}"#,
        #"{"id":1.0,"text":"x"}"#, #"{"id":1.5,"text":"x"}"#, #"{"id":1e2,"text":"x"}"#, #"{"id":1E+2,"text":"x"}"#,
        #"{"id":0.1,"text":"x"}"#, #"{"id":-0.0,"text":"x"}"#, #"{"id":1e-400,"text":"x"}"#, #"{"id":1e400,"text":"x"}"#,
        #"{"id":1E400,"text":"x"}"#, #"{"id":123456789012345678,"text":"x"}"#, #"{"id":-12345678901234567,"text":"x"}"#,
        #"{"id":1234567890123456789,"text":"x"}"#, #"{"id":9223372036854775807,"text":"x"}"#,
        #"{"id":9223372036854775808,"text":"x"}"#, #"{"id":18446744073709551615,"text":"x"}"#,
        #"{"id":18446744073709551616,"text":"x"}"#, #"{"id":-9223372036854775808,"text":"x"}"#,
        #"{"id":-9223372036854775809,"text":"x"}"#, #"{"id":123456789012345678901234567890,"text":"x"}"#,
        #"{"id":123456789.123456789,"text":"x"}"#, #"{"id":100000000000000000000.0,"text":"x"}"#, #"{"id":1e20,"text":"x"}"#,
        #"{"id":12345678901234567.5,"text":"x"}"#, #"{"id":0.000000000000001,"text":"x"}"#, #"{"id":1.7976931348623157e308,"text":"x"}"#,
        #"{"id":"a","text":"x","n":1e400}"#, #"{"id":"a","text":"x","n":[1e400]}"#, #"{"id":"a","text":"x","n":-1e-400}"#,
        #"{"id":"a","text":"x","n":12345678901234567890123}"#, #"{"id":"a","text":"x","n":99999999999999999.9}"#,
        #"{"id":"a","text":"x","n":0.5e1}"#, #"{"id":"a","text":"x","n":1e308}"#, #"{"id":"a","text":"x","n":1e309}"#,
        #"{"id":01,"text":"x"}"#, #"{"id":00,"text":"x"}"#, #"{"id":-01,"text":"x"}"#, #"{"id":-,"text":"x"}"#,
        #"{"id":1.,"text":"x"}"#, #"{"id":.5,"text":"x"}"#, #"{"id":+1,"text":"x"}"#, #"{"id":1e,"text":"x"}"#,
        #"{"id":1.e5,"text":"x"}"#, #"{"id":1.5e,"text":"x"}"#, #"{"id":1e+-2,"text":"x"}"#, #"{"id":1-2,"text":"x"}"#,
        #"{"id":12a,"text":"x"}"#, #"{"id":1.5.3,"text":"x"}"#, #"{"id":1e5e3,"text":"x"}"#, #"{"id":0x10,"text":"x"}"#,
        #"{"id":-a,"text":"x"}"#, #"{"id":NaN,"text":"x"}"#, #"{"id":Infinity,"text":"x"}"#, #"{"id":1"text":"x"}"#,
        // A number Foundation cannot represent fails the line only if no later duplicate key drops it.
        #"{"id":1e400,"id":"a","text":"x"}"#, #"{"id":"a","id":1e400,"text":"x"}"#, #"{"id":"a","text":1e400,"text":"x"}"#,
        #"{"id":"a","text":"x","n":1e400,"n":1}"#, #"{"id":"a","text":"x","n":1,"n":1e400}"#,
        #"{"id":"a","text":"x","o":{"k":1e400,"k":2}}"#, #"{"id":"a","text":"x","o":{"k":1e400,"k":2,"k":-1E999}}"#,
        #"{"id":"a","text":"x","o":{"k":[1e400],"j":2,"k":{}}}"#, #"{"id":"a","text":"x","o":[{"k":1e400,"k":2}]}"#,
        #"{"id":"a","text":"x","o":{"k":1e400},"o":3}"#, #"{"id":"a","text":"x","o":{"k":1e400},"p":3}"#,
        #"{"id":"a","text":"x","k":1e400,"k":3}"#, #"{"id":"a","text":"x","é":1e400,"é":3}"#,
        #"{"id":"a","text":"x","é":1e400,"é":3}"#, #"{"id":"a","text":"x","é":1e400,"e":3}"#,
        #"[1e400]"#, #"[{"a":1e400,"a":1}]"#, #"[{"a":1e400,"b":1}]"#,
        // Literals.
        #"{"id":"a","text":"x","a":tru}"#, #"{"id":"a","text":"x","a":True}"#, #"{"id":"a","text":"x","a":nulll}"#,
        #"{"id":"a","text":"x","a":nul}"#, #"{"id":"a","text":"x","a":fals}"#, #"{"id":"a","text":"x","a":truefalse}"#,
        // Commas, colons, brackets.
        #"{"id":"a","text":"x",}"#, #"{"id":"a","text":"x",,}"#, #"{,"id":"a","text":"x"}"#, #"{"id":"a",,"text":"x"}"#,
        #"{"id":"a" "text":"x"}"#, #"{"id" "a","text":"x"}"#, #"{"id"::"a","text":"x"}"#, #"{"id":"a","text":"x","a":[1,]}"#,
        #"{"id":"a","text":"x","a":[,]}"#, #"{"id":"a","text":"x","a":[1,,2]}"#, #"{"id":"a","text":"x","a":{,}}"#,
        #"{"id":"a","text":"x","a":{"b":1,}}"#, #"{"id":"a","text":"x","a":{"b"}}"#, #"{"id":"a","text":"x","a":{"b":}}"#,
        #"{"id":"a","text":"x","a":{1:2}}"#, #"{"id":"a","text":"x","a":[}"#, #"{"id":"a","text":"x","a":{]}"#,
        #"{"id":"a","text":"x"}x"#, #"{"id":"a","text":"x"}{}"#, #"{"id":"a","text":"x"}]"#, #"{"id":"a","text":"x"}}"#,
        #"{"id":"a","text":"x""#, #"{"id":"a","text":"x"#, #"{"id":"a","text":"#, #"{"id":"a","text""#, #"{"id":"a","#, "{",
        #"{1:2}"#, "{'id':'a'}", #"{id:"a"}"#, #""x""#, "3", "null", "true", "-", "\"", "{\"", "[", "]", "}", ":", ",",
        // Whitespace JSON does not have.
        "\u{0C}{\"id\":\"a\",\"text\":\"x\"}", "\u{0B}{\"id\":\"a\",\"text\":\"x\"}", "{\"id\":\"a\",\"text\":\"x\"\u{A0}}",
        "{\"id\":\"a\",\"text\":\"x\"}\u{2028}", "{\"id\":\"a\",\u{3000}\"text\":\"x\"}",
        // Non-ASCII outside strings, and in skipped keys and values.
        "{\"id\":\"a\",\"text\":\"x\"}ا", "{ا:1}", "{\"id\":\"a\",\"text\":\"x\",\"مفتاح\":\"قيمة\",\"😀\":[\"😀\"]}",
        "{\"id\":\"معرّف\",\"text\":\"زار الرئيس المصري ليبيا 😀\"}",
    ]

    @Test func craftedLines() {
        for line in Self.crafted { Self.check(line) }
    }

    @Test func invalidUTF8Everywhere() {
        let bad: [[UInt8]] = [[0xFF], [0xC3], [0xC3, 0x28], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                              [0xC0, 0xAF], [0x80], [0xEF, 0xBB], [0xF0, 0x9F, 0x98], [0xFE]]
        let templates = [#"{"id":"a","text":"xBADy"}"#, #"{"id":"aBAD","text":"x"}"#, #"{"id":"a","text":"x","kBAD":1}"#,
                         #"{"id":"a","text":"x","k":"BAD"}"#, #"{"id":"a","text":"x","k":["\nBAD"]}"#, #"BAD{"id":"a","text":"x"}"#,
                         #"{"id":"a","text":"x"}BAD"#, #"{"id":"a","text":"x\nBAD\t"}"#, #"{"id":"a","text":"\u0041BAD"}"#,
                         #"{"id":"a","text":"x",BAD}"#, #"{"id":"a","text":"x",,"k":"BAD"}"#, #"[BAD]"#, #"["BAD"]"#,
                         #"{"id":"a","text":"x\q","k":"BAD"}"#, "{\"id\":\"a\",\"text\":\"\u{FEFF}BAD\"}"]
        for template in templates {
            for b in bad {
                let parts = template.components(separatedBy: "BAD")
                Self.check(Array(parts[0].utf8) + b + Array(parts[1].utf8))
            }
        }
    }

    @Test func controlCharactersAndEscapesOfEveryByte() {
        for b in 0...0xFF {
            Self.check(Array(#"{"id":"a","text":"x"#.utf8) + [UInt8(b)] + Array(#"y"}"#.utf8))
            Self.check(Array(#"{"id":"a","text":"x\"#.utf8) + [UInt8(b)] + Array(#"y"}"#.utf8))
            Self.check(Array(#"{"id":"a","text":"x"#.utf8) + [UInt8(b)] + Array(#"y"}"#.utf8) + [UInt8(b)])
        }
    }

    /// Foundation guesses UTF-16 and UTF-32 from NUL bytes at the start, and
    /// then reads a UTF-16 line; such lines keep Foundation's answer.
    @Test func linesFoundationReadsAsUTF16() {
        let record = #"{"id":"a","text":"x"}"#
        Self.check(Array(record.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        Self.check(Array(record.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }))
        Self.check([0x7B, 0, 0x7D, 0])
        Self.check([0x7B, 0x7D, 0, 0])
        Self.check([0x20, 0x7B, 0x7D, 0])
        Self.check([0, 0x7B, 0x7D])
        Self.check([0xEF, 0xBB, 0xBF, 0x7B, 0, 0x7D, 0])
    }

    /// Foundation allows 512 nested arrays and objects, not 513.
    @Test func nestingLimit() {
        for depth in [510, 511, 512, 513, 600] {
            let arrays = String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1)
            Self.check(#"{"id":"a","text":"x","deep":\#(arrays)}"#)
            let objects = String(repeating: #"{"k":"#, count: depth - 1) + "1" + String(repeating: "}", count: depth - 1)
            Self.check(#"{"id":"a","text":"x","deep":\#(objects)}"#)
            Self.check(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        }
    }

    @Test func longStringsWithAndWithoutEscapes() {
        var rng = SplitMix64(seed: 7)
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 4096, 100_000] {
            var text = ""
            for _ in 0..<length { text.append(["ب", "a", " ", "😀", "\u{FEFF}"].randomElement(using: &rng)!) }
            Self.check(#"{"id":"a","text":"\#(text)"}"#)
            Self.check(#"{"id":"a","text":"\#(text)\n\#(text)\"\#(text)"}"#)
            Self.check(#"{"id":"a","text":"x","skipped":"\#(text)\n\#(text)"}"#)
        }
    }

    // MARK: Random records

    /// Characters that stress the decoder: what must be escaped, what may
    /// be, multi-byte and astral ones, byte order marks, separators.
    static let alphabet: [UInt32] = [
        0x61, 0x62, 0x20, 0x22, 0x5C, 0x2F, 0x7B, 0x7D, 0x5B, 0x5D, 0x3A, 0x2C, 0x75, 0x30,
        0x00, 0x01, 0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x1F, 0x7F, 0x85, 0xA0, 0xE9, 0x301,
        0x627, 0x644, 0x645, 0x64A, 0x651, 0x2028, 0x2029, 0xFEFF, 0xFFFD, 0xFFFF, 0xD7FF, 0xE000,
        0x1F600, 0x1F3FD, 0x10FFFF, 0x10000,
    ]

    struct Generator {
        var rng: SplitMix64

        mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }

        mutating func ws() -> String {
            chance(0.6) ? "" : ["", " ", "\t", "\r", "\n", "  ", " \t\r\n "].randomElement(using: &rng)!
        }

        mutating func text(maxLength: Int) -> String {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...maxLength, using: &rng) {
                s.append(Unicode.Scalar(JSONLineParserTests.alphabet.randomElement(using: &rng)!)!)
            }
            return String(s)
        }

        func hex(_ v: UInt32, upper: Bool) -> String {
            let h = String(v, radix: 16, uppercase: upper)
            return String(repeating: "0", count: 4 - h.count) + h
        }

        /// JSON for `s`, each character escaped or not at random.
        mutating func quoted(_ s: String) -> String {
            var out = "\""
            for u in s.unicodeScalars {
                let v = u.value
                let short: String? = [0x22: "\\\"", 0x5C: "\\\\", 0x08: "\\b", 0x0C: "\\f", 0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t"][v]
                let mustEscape = v < 0x20 || v == 0x22 || v == 0x5C
                if !mustEscape && !chance(0.2) {
                    out.unicodeScalars.append(u)
                } else if let short, chance(0.6) {
                    out += short
                } else if v == 0x2F && chance(0.5) {
                    out += "\\/"
                } else if v >= 0x10000 {
                    let w = v - 0x10000
                    let upper = chance(0.5)
                    out += "\\u" + hex(0xD800 + (w >> 10), upper: upper) + "\\u" + hex(0xDC00 + (w & 0x3FF), upper: upper)
                } else {
                    out += "\\u" + hex(v, upper: chance(0.5))
                }
            }
            return out + "\""
        }

        static let numbers = ["0", "-0", "7", "-7", "42", "1.5", "-0.25", "1e2", "1E-2", "2.5e+3", "1.0", "100000000000000000000",
                              "123456789012345678", "9223372036854775808", "1e400", "0.1", "3.14159265358979323846", "-1e-400"]

        mutating func value(depth: Int) -> String {
            switch Int.random(in: 0..<(depth > 3 ? 6 : 8), using: &rng) {
            case 0, 1: return quoted(text(maxLength: 8))
            case 2: return Self.numbers.randomElement(using: &rng)!
            case 3: return "true"
            case 4: return "false"
            case 5: return "null"
            case 6:
                let items = (0..<Int.random(in: 0...3, using: &rng)).map { _ in ws() + value(depth: depth + 1) + ws() }
                return "[" + items.joined(separator: ",") + (chance(0.1) && !items.isEmpty ? "," : "") + ws() + "]"
            default:
                return object(depth: depth + 1, members: [])
            }
        }

        mutating func key() -> String {
            chance(0.3) ? ["id", "text", "ID", "txt", "", "\u{FEFF}text"].randomElement(using: &rng)! : text(maxLength: 5)
        }

        mutating func object(depth: Int, members given: [(String, String)]) -> String {
            var members = given
            for _ in 0..<Int.random(in: 0...3, using: &rng) { members.append((key(), value(depth: depth))) }
            members.shuffle(using: &rng)
            let parts = members.map { ws() + quoted($0.0) + ws() + ":" + ws() + $0.1 + ws() }
            return "{" + parts.joined(separator: ",") + (chance(0.1) && !parts.isEmpty ? "," : "") + ws() + "}"
        }

        mutating func record() -> String {
            var members: [(String, String)] = []
            if chance(0.9) {
                members.append(("id", chance(0.7) ? quoted(text(maxLength: 6)) : value(depth: 1)))
            }
            if chance(0.9) {
                members.append(("text", chance(0.85) ? quoted(text(maxLength: 40)) : value(depth: 1)))
            }
            if chance(0.1) { members.append((["id", "text"].randomElement(using: &rng)!, value(depth: 1))) }
            let lead = chance(0.1) ? "\u{FEFF}" : ""
            return ws() + lead + ws() + object(depth: 0, members: members) + ws()
        }

        static let noise: [UInt8] = Array("{}[]\":,\\u0e1-. \tntf".utf8) + [0x00, 0x0A, 0x80, 0xBB, 0xBF, 0xC3, 0xEF, 0xFF, 0xED, 0xF0]

        /// A few random byte edits: most lines become malformed somewhere.
        mutating func mutate(_ line: [UInt8]) -> [UInt8] {
            var b = line
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                let at = Int.random(in: 0...b.count, using: &rng)
                switch Int.random(in: 0..<4, using: &rng) {
                case 0 where at < b.count: b.remove(at: at)
                case 1: b.insert(Self.noise.randomElement(using: &rng)!, at: at)
                case 2 where at < b.count: b[at] = Self.noise.randomElement(using: &rng)!
                default: b = Array(b[..<at])
                }
            }
            return b
        }
    }

    @Test func randomRecordsDecodeAsFoundationDecodesThem() {
        var g = Generator(rng: SplitMix64(seed: 20_251_123))
        var ok = 0
        for _ in 0..<10_000 {
            let line = Array(g.record().utf8)
            Self.check(line)
            if case .success = JSONLRecord.parse(line, source: "s", truncated: false) { ok += 1 }
        }
        #expect(ok > 5_000)   // most random records are whole, well-formed records
    }

    @Test func randomlyDamagedRecordsFailAsFoundationFails() {
        var g = Generator(rng: SplitMix64(seed: 424_242))
        for _ in 0..<10_000 {
            Self.check(g.mutate(Array(g.record().utf8)))
        }
    }

    /// Records serialised by Foundation itself decode to what was written.
    @Test func recordsWrittenByJSONSerializationRoundTrip() throws {
        var g = Generator(rng: SplitMix64(seed: 99))
        var parser = JSONLineParser()
        for _ in 0..<3000 {
            let id = g.text(maxLength: 6)
            let text = g.text(maxLength: 60)
            let data = try JSONSerialization.data(withJSONObject: ["id": id, "text": text, "n": 1.5, "a": [1, "x"]] as [String: Any])
            let outcome = parser.parse(Array(data))
            guard case .object(let gotID, let gotText) = outcome else { Issue.record("\(outcome)"); return }
            #expect(gotID.map { Array($0.unicodeScalars) } == Array(id.unicodeScalars))
            #expect(gotText.map { Array($0.unicodeScalars) } == Array(text.unicodeScalars))
        }
    }
}
