import Foundation

/// Word lists the PERSON extractor uses, normalized like the text:
/// given names, given names that are also ordinary words, family names, and
/// common words that stop a name. Loaded from `rules/lexicons/`.
public struct NameLexicons: Sendable {
    public var given: Set<String> = []
    public var givenAmbiguous: Set<String> = []
    public var family: Set<String> = []
    public var common: Set<String> = []

    public init() {}

    public static func load(directory: String, normalization: NormalizationOptions = NormalizationOptions()) -> NameLexicons {
        var l = NameLexicons()
        l.given = read(directory, "person-given.txt", normalization)
        l.givenAmbiguous = read(directory, "person-given-ambiguous.txt", normalization)
        l.family = read(directory, "person-family.txt", normalization)
        l.common = read(directory, "common-words.txt", normalization)
        return l
    }

    static func read(_ dir: String, _ name: String, _ options: NormalizationOptions) -> Set<String> {
        let path = (dir as NSString).appendingPathComponent(name)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        let n = Normalizer(options: options)
        var out = Set<String>()
        for line in text.split(whereSeparator: \.isNewline) {
            let t = line.split(separator: "\t").first.map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
            if t.isEmpty || t.hasPrefix("#") { continue }
            out.insert(n.normalizeString(t))
        }
        return out
    }
}
