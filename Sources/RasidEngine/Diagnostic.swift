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
        self.message = message
        self.rule = rule
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
