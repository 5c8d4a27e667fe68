import Foundation

/// Word lists the PERSON extractor uses, normalized like the text:
/// given names, given names that are also ordinary words, family names, and
/// common words that stop a name. Loaded from `rules/lexicons/`.
public struct NameLexicons: Sendable {
    public var given: Set<String> = []
    public var givenAmbiguous: Set<String> = []
    public var family: Set<String> = []
    public var common: Set<String> = []
    /// Words of address before a name (السيد، الشيخ، الدكتور): not a span,
    /// but what follows them is read as a name.
    public var honorifics: Set<String> = []
    /// Family names of three letters taken alone as a mention (بوش، كيم):
    /// a family name alone otherwise needs four letters.
    public var familyShort: Set<String> = []
    /// Nouns of a role, occupation or relation before a name (اللاعب،
    /// الممثلة، حارس المرمى، زميله): not a span, but what follows them is
    /// read as a name when it looks like one.
    public var roles: Set<String> = []
    /// Verbs of saying before their subject (وقال، وتوقع، وشدد): two
    /// name-like words after one are read as a name.
    public var speechVerbs: Set<String> = []

    public init() {}

    public static func load(directory: String, normalization: NormalizationOptions = NormalizationOptions()) -> NameLexicons {
        var l = NameLexicons()
        l.given = read(directory, "person-given.txt", normalization)
        l.givenAmbiguous = read(directory, "person-given-ambiguous.txt", normalization)
        l.family = read(directory, "person-family.txt", normalization)
        l.common = read(directory, "common-words.txt", normalization)
        l.honorifics = read(directory, "person-honorifics.txt", normalization)
        l.familyShort = read(directory, "person-family-short.txt", normalization)
        l.roles = read(directory, "person-roles.txt", normalization)
        l.speechVerbs = read(directory, "person-speech-verbs.txt", normalization)
        return l
    }

    static func read(_ dir: String, _ name: String, _ options: NormalizationOptions) -> Set<String> {
        let n = Normalizer.shared(options)
        var out = Set<String>()
        for t in entries((dir as NSString).appendingPathComponent(name)) { out.insert(n.normalizeString(t)) }
        return out
    }

    /// The entries of a lexicon file as written: each line's first
    /// tab-separated field, trimmed, without blank lines and `#` comments;
    /// none when the file cannot be read.
    static func entries(_ path: String) -> [String] {
        guard var text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var out: [String] = []
        // Lines split on bytes: splitting the whole file into Characters
        // took longer than everything else the lexicons need.
        text.withUTF8 { b in
            var lineStart = 0
            for i in 0...b.count where i == b.count || b[i] == 0x0A || b[i] == 0x0D {
                var end = lineStart
                while end < i && b[end] != 0x09 { end += 1 }  // the first tab-separated field
                let t = trimmed(String(decoding: UnsafeBufferPointer(rebasing: b[lineStart..<end]), as: UTF8.self))
                lineStart = i + 1
                if t.isEmpty || t.hasPrefix("#") { continue }
                out.append(t)
            }
        }
        return out
    }

    /// `s` without leading or trailing spaces (tab and Unicode's Zs).
    static func trimmed(_ s: String) -> String {
        func space(_ c: Unicode.Scalar) -> Bool { c == "\t" || c.properties.generalCategory == .spaceSeparator }
        let u = s.unicodeScalars
        guard let first = u.firstIndex(where: { !space($0) }), let last = u.lastIndex(where: { !space($0) }) else { return "" }
        return String(u[first...last])
    }
}
