/// A position in a source file (1-based line and column, in Unicode scalars).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
    public var description: String { "\(file):\(line):\(column)" }
}

/// A problem found in a rule file or configuration, with where it is and
/// what to do: printed as `FILE:LINE:COLUMN: error|warning: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Error {
    public enum Severity: String, Sendable { case error, warning }
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// The rule the problem belongs to, when there is one.
    public var rule: String?

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String, rule: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = Self.oneLine(message)
        self.rule = rule
    }

    /// A message quotes the user's text (a key, a name, a pattern): line
    /// breaks and other control characters in it are shown escaped, so every
    /// diagnostic stays one line.
    static func oneLine(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0x85 || $0.value == 0x2028 || $0.value == 0x2029 })
        else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u.value < 0x20 || u.value == 0x7F || u.value == 0x85 || u.value == 0x2028 || u.value == 0x2029 {
                out.append(contentsOf: u.escaped(asASCII: true).unicodeScalars)
            } else { out.append(u) }
        }
        return String(out)
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
