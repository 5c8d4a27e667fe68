/// Why one input could not be annotated. The run goes on with the others.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// The file (or `-`, or `FILE:LINE` of a JSONL record).
    public var source: String
    public var message: String
    public init(source: String, message: String) {
        self.source = source
        self.message = message
    }
    public var description: String { "\(source): error: \(message)" }
}
