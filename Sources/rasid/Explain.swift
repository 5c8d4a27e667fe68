import ArgumentParser
import Foundation
import RasidEngine
import RasidIO
import RasidModel
import RasidReport

/// `rasid explain`: why the spans at a position, or of a rule, are what they are.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain spans: at a position, or every span of one rule, with their sources and what the merger discarded and why.",
        discussion: """
            --at 921 (or --at 921..927): every span over that offset or range — the kept ones with every rule and \
            extractor that produced them, the discarded ones with the merger's reason. Needs one document.

            --rule ranks/field-marshal: every span that rule (or an extractor, like person) produced in every \
            document, kept or discarded.

            The spans come from annotating the files given, or from an existing report with --report REPORT \
            (--id DOC picks one document). Offsets are Unicode scalars, as in reports.
            """)

    @Argument(help: "Files, folders or - for standard input to annotate (not with --report).")
    var paths: [String] = []

    @Option(help: "An offset (921) or a range (921..927): explain the spans there; needs one document.")
    var at: String?

    @Option(help: "A rule id (ranks/field-marshal) or extractor name (person): explain every span it produced.")
    var rule: String?

    @Option(help: "Explain from this report (JSON or JSONL) instead of annotating.")
    var report: String?

    @Option(help: "Only the document with this id.")
    var id: String?

    @Option(name: .long, help: "Input format: text (one document per file) or jsonl ({\"id\",\"text\"} per line).")
    var input: String = "text"

    @Option(help: "Output format: text or json.")
    var format: String = "text"

    @OptionGroup var options: RuleOptions

    func validate() throws {
        try CommandIO.validateFormat(format)
        guard (at == nil) != (rule == nil) else { throw ValidationError("give either --at OFFSET or --rule RULE") }
        if report == nil && paths.isEmpty { throw ValidationError("give a file, folder or - to annotate, or --report REPORT") }
        if report != nil && !paths.isEmpty { throw ValidationError("give either files to annotate or --report REPORT, not both") }
        guard InputFormat(rawValue: input) != nil else { throw ValidationError("--input must be text or jsonl") }
        if let at { _ = try Self.range(at) }
    }

    /// `921` → 921..<922, `921..927` → 921..<927.
    static func range(_ s: String) throws -> Range<Int> {
        let parts = s.components(separatedBy: "..")
        guard let a = Int(parts[0]), a >= 0 else { throw ValidationError("--at \(s): give an offset like 921 or a range like 921..927") }
        if parts.count == 1 { return a..<(a + 1) }
        guard parts.count == 2, let b = Int(parts[1]), b > a else { throw ValidationError("--at \(s): a range is START..END with END > START, like 921..927") }
        return a..<b
    }

    func run() throws {
        let (documents, known) = try loadDocuments()
        if let at {
            let range = try Self.range(at)
            guard documents.count == 1, let doc = documents.first else {
                Stderr.line("rasid: error: --at explains one document, and \(documents.count) were given; choose one with --id ID")
                throw ExitCode(2)
            }
            let length = doc.text.unicodeScalars.count
            if !doc.text.isEmpty && range.lowerBound >= length {
                Stderr.line("rasid: error: --at \(at) is past the end of \(doc.id), which has \(length) characters (offsets are Unicode scalars)")
                throw ExitCode(2)
            }
            let e = Explanation.at(range, in: doc)
            if format == "json" {
                try CommandIO.printJSON(AtOutput(id: doc.id, start: range.lowerBound, end: range.upperBound, items: e.items))
            } else {
                let scalars = Array(doc.text.unicodeScalars)
                let where_ = scalars.isEmpty ? "" : " " + TextSnippet(scalars, start: range.lowerBound, end: min(range.upperBound, scalars.count)).line
                print("\(doc.id) at \(range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound)..\(range.upperBound)"):\(where_)")
                if e.items.isEmpty { print("  no rule or extractor produced a span here") }
                for item in e.items { printItem(item, withContext: false) }
            }
        } else if let rule {
            try checkKnown(rule, in: documents, known: known)
            var items: [Explanation.Item] = []
            for d in documents { items += Explanation.source(rule, in: d).items }
            if format == "json" {
                try CommandIO.printJSON(RuleOutput(rule: rule, documents: documents.count, items: items))
            } else {
                let kept = items.filter(\.kept).count
                let docs = Set(items.map(\.id)).count
                print("\(rule): \(kept) kept, \(items.count - kept) discarded, in \(docs) of \(documents.count) document\(documents.count == 1 ? "" : "s")")
                for item in items { printItem(item, withContext: true) }
            }
        }
    }

    struct AtOutput: Encodable { var id: String; var start: Int; var end: Int; var items: [Explanation.Item] }
    struct RuleOutput: Encodable { var rule: String; var documents: Int; var items: [Explanation.Item] }

    func printItem(_ item: Explanation.Item, withContext: Bool) {
        let sources = item.sources.map { $0.rule ?? $0.extractor }.joined(separator: ", ")
        let norm = item.norm.map { " norm=\($0)" } ?? ""
        let head = withContext ? "  \(item.id)  " : "  "
        print("\(head)\(item.kept ? "kept     " : "discarded") \(item.label) \(item.start)..\(item.end) '\(item.text)'\(norm) ← \(sources)")
        if withContext { print("             \(item.context.line)") }
        if let reason = item.reason { print("             why: \(reason)") }
    }

    /// A rule or extractor name that produced no span anywhere may be a typo: say so, with close names.
    /// `known` holds the names the run could have produced (rule ids and extractor names).
    func checkKnown(_ name: String, in documents: [DocumentReport], known: Set<String>) throws {
        var known = known
        for d in documents {
            for s in d.spans + d.discarded.map(\.span) {
                for p in s.provenance { known.insert(p.extractor); if let r = p.rule { known.insert(r) } }
            }
        }
        guard !known.contains(name) else { return }
        let tail = name.split(separator: "/").last.map(String.init) ?? name
        let close = Set(known.filter { $0.contains(tail) } + [RuleLoader.suggest(name, among: Array(known))].compactMap { $0 }).sorted().prefix(5)
        Stderr.line("rasid: error: no rule or extractor named '\(name)'\(close.isEmpty ? "" : " (did you mean \(close.joined(separator: ", "))?)"); rule ids are DOMAIN/ID, like ranks/field-marshal")
        throw ExitCode(2)
    }

    /// The documents to explain, read from --report or annotated now, and
    /// the rule ids and extractor names of the run (none for a report).
    func loadDocuments() throws -> ([DocumentReport], Set<String>) {
        if let report {
            let docs = try CommandIO.readReport(report).filter { id == nil || $0.id == id }
            if docs.isEmpty {
                Stderr.line("\(report): error: \(id.map { "no document with id \($0)" } ?? "the report holds no document")")
                throw ExitCode(2)
            }
            return (docs, [])
        }
        let annotator = try options.makeAnnotator()
        var known = Set<String>()
        for e in annotator.extractors {
            known.insert(e.name)
            if let rules = e as? RuleEngineExtractor { known.formUnion(rules.ruleSet.rules.map(\.fullID)) }
        }
        let scratch = annotator.makeScratch()
        var docs: [DocumentReport] = []
        var failed = false
        for item in DocumentSource(paths: paths, format: InputFormat(rawValue: input)!) {
            switch item {
            case .failure(let e):
                Stderr.line(e.description)
                failed = true
            case .success(let doc):
                if let id, doc.id != id { continue }
                let r = annotator.annotate(doc, scratch: scratch)
                for p in r.problems { Stderr.line("\(doc.source ?? doc.id): warning: \(p.message)") }
                docs.append(r)
            }
        }
        if docs.isEmpty {
            Stderr.line("rasid: error: \(id.map { "no document with id \($0)" } ?? "no document to explain")")
            throw ExitCode(2)
        }
        if failed { Stderr.line("rasid: some inputs could not be read; explaining the others") }
        return (docs, known)
    }
}
