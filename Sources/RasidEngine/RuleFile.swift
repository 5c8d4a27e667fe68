/// A literal term of a rule, with its own norm or attributes when it has them.
public struct RuleTerm: Sendable {
    public var text: String
    public var norm: String?
    public var attrs: [String: String]
    public var location: SourceLocation
}

/// What a rule matches: literal terms (from YAML or a gazetteer) or one pattern.
public enum RuleBody: Sendable {
    case terms(RuleTerms)
    case pattern(String, SourceLocation)
}

/// The terms of a rule. A plain gazetteer list is kept as the file's bytes
/// and each term's place in them, not as a million strings: the compiler
/// reads the bytes, and a `RuleTerm` is made only when one is asked for.
public struct RuleTerms: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
    enum Storage: Sendable {
        case list([RuleTerm])
        case gazetteer(GazetteerList)
    }
    let storage: Storage

    public init(_ terms: [RuleTerm]) { storage = .list(terms) }
    public init(arrayLiteral terms: RuleTerm...) { storage = .list(terms) }
    init(_ list: GazetteerList) { storage = .gazetteer(list) }

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch storage {
        case .list(let terms): return terms.count
        case .gazetteer(let list): return list.entries.count
        }
    }
    public subscript(i: Int) -> RuleTerm {
        switch storage {
        case .list(let terms): return terms[i]
        case .gazetteer(let list): return list.term(i)
        }
    }
}

/// The terms of a plain gazetteer list: its bytes (valid UTF-8) and, per
/// term, where its text and norm are and its line.
final class GazetteerList: Sendable {
    struct Entry: Sendable {
        var termStart: Int32, termEnd: Int32
        var normStart: Int32, normEnd: Int32   // equal: no norm
        var line: Int32
    }
    /// The file as named in messages (every term's location).
    let file: String
    let bytes: [UInt8]
    let entries: [Entry]

    init(file: String, bytes: [UInt8], entries: [Entry]) {
        self.file = file
        self.bytes = bytes
        self.entries = entries
    }

    func text(_ e: Entry) -> String {
        String(decoding: bytes[Int(e.termStart)..<Int(e.termEnd)], as: UTF8.self)
    }

    func norm(_ e: Entry) -> String? {
        e.normEnd > e.normStart ? String(decoding: bytes[Int(e.normStart)..<Int(e.normEnd)], as: UTF8.self) : nil
    }

    func term(_ i: Int) -> RuleTerm {
        let e = entries[i]
        return RuleTerm(text: text(e), norm: norm(e), attrs: [:], location: SourceLocation(file: file, line: Int(e.line), column: 1))
    }
}

/// A rule's own examples: texts it must match (optionally with the exact
/// span marked `[[…]]`) and texts it must not match.
public struct RuleExample: Sendable {
    public var text: String
    public var location: SourceLocation
    public var shouldMatch: Bool
}

/// One rule as written in a rule file.
public struct Rule: Sendable {
    public var domain: String
    public var id: String
    public var label: String
    public var body: RuleBody
    public var norm: String?
    public var attrs: [String: String]
    public var priority: Int
    public var caseInsensitive: Bool
    public var description: String?
    public var examples: [RuleExample]
    public var location: SourceLocation
    /// False when the rule has no `id` or no `label`: the compiler still
    /// checks its terms or pattern, so every error shows at once, but leaves
    /// it out of the compiled set.
    public var isComplete = true
    /// `bare_alef: true`: the rule's terms write their alefs bare (ا), and a
    /// match whose text writes one of them أ, إ, آ or ٱ is refused (the city
    /// فاس, not بفأس «with an axe»: normalized, both read بفاس).
    public var bareAlef = false
    /// `written_marks: true`: the rule's terms write diacritics that
    /// normalization removes (the shadda of عمّان, Amman — Oman is عُمان),
    /// and a match is kept only when its text writes a term's marks on the
    /// same letters (more marks may be written: عَمّان).
    public var writtenMarks = false

    /// `DOMAIN/ID`: the `rule` of every span it makes.
    public var fullID: String { "\(domain)/\(id)" }
}

/// A named pattern fragment, used in patterns as `{{NAME}}`.
public struct Definition: Sendable {
    public var name: String
    public var pattern: String
    public var location: SourceLocation
    /// Set for list-valued definitions, which become an alternation.
    public var alternatives: [String]?
}

/// A parsed rule file: one domain of rules.
public struct RuleFile: Sendable {
    public var path: String
    public var domain: String
    public var description: String?
    public var labels: [String]
    public var definitions: [String: Definition]
    public var normalization: NormalizationOptions
    public var rules: [Rule]
}
