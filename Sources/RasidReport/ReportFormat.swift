import RasidModel

/// The report formats `rasid annotate` writes, and which writer writes each.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// `{"documents": [...]}` (the report contract).
    case json
    /// One document object per line (the report contract).
    case jsonl
    /// One self-contained page: highlighted text, entities, in-page review.
    case html
    /// A summary for people: counts, entities and spans per document.
    case markdown
    /// brat standoff: `ID.txt` and `ID.ann` per document in the folder `-o` names.
    case brat
    /// CoNLL BIO: one token and its tag per line.
    case conll

    /// "json, jsonl, html, markdown, brat or conll", for help and errors.
    public static var names: String {
        let all = allCases.map(\.rawValue)
        return all.dropLast().joined(separator: ", ") + " or " + all.last!
    }

    /// brat writes a folder of files; the others write one stream.
    public var writesFolder: Bool { self == .brat }

    /// Whether the format is made of the document text (so `--no-text` cannot apply).
    public var needsText: Bool { self == .html || self == .brat || self == .conll }

    /// What is wrong with writing this format to `output` (nil: standard output),
    /// as one line for the user, or nil when nothing is.
    public func problem(output: String?, includeText: Bool) -> String? {
        if writesFolder && output == nil {
            return "--format \(rawValue) writes a folder of .txt and .ann files; name it with -o FOLDER"
        }
        if needsText && !includeText {
            return "--no-text cannot be used with --format \(rawValue): that format is made of the text"
        }
        return nil
    }

    /// The writer for this format. Stream formats hand their bytes to `sink`;
    /// brat writes the folder `output` itself.
    public func makeWriter(
        options: ReportOptions = ReportOptions(), output: String?,
        sink: @escaping (UnsafeRawBufferPointer) throws -> Void
    ) throws -> any DocumentReportWriter {
        if let p = problem(output: output, includeText: options.includeText) { throw ReportWriteError("rasid: \(p)") }
        switch self {
        case .json, .jsonl: return ReportWriter(format: self, options: options, sink: sink)
        case .html: return HTMLReportWriter(title: Self.title(output), sink: sink)
        case .markdown: return MarkdownWriter(title: Self.title(output), sink: sink)
        case .brat: return try BratWriter(folder: output!)
        case .conll: return CoNLLWriter(sink: sink)
        }
    }

    /// The report's title: the output file's name without its extension.
    static func title(_ output: String?) -> String {
        guard let output, let name = output.split(separator: "/").last, !name.isEmpty else { return "Rasid report" }
        if let dot = name.lastIndex(of: "."), dot > name.startIndex { return String(name[..<dot]) }
        return String(name)
    }
}
