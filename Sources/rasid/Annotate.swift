import ArgumentParser
import Foundation
import RasidEngine
import RasidIO
import RasidModel
import RasidReport

/// `rasid annotate`: documents in, one merged report out.
struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Annotate files, folders (*.txt, recursively) or standard input (-).")

    @Argument(help: "Files, folders or - for standard input.")
    var paths: [String] = []

    @OptionGroup var options: RuleOptions

    @Option(name: .long, help: "Input format: text (one document per file) or jsonl ({\"id\",\"text\"} per line).")
    var input: String = "text"

    @Option(name: .long, help: "Report format: json or jsonl.")
    var format: String = "json"

    @Option(name: [.customShort("o"), .long], help: "Write the report here (default: standard output).")
    var output: String?

    @Flag(name: .long, help: "Leave the document text out of the report.")
    var noText = false

    @Flag(name: .long, help: "No progress line on standard error.")
    var quiet = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file, folder, or - for standard input") }
        guard InputFormat(rawValue: input) != nil else { throw ValidationError("--input must be text or jsonl") }
        guard ReportFormat(rawValue: format) != nil else { throw ValidationError("--format must be json or jsonl") }
    }

    func run() throws {
        let (config, configDiags) = options.loadConfiguration()
        for d in configDiags { Stderr.line(d.description) }
        if configDiags.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
        let rulesDir = options.rulesDirectory(config)
        let (annotator, diags) = ExtractorRegistry.makeAnnotator(config: config, rulesDirectory: rulesDir)
        guard let annotator else {
            for d in diags where d.severity == .error { Stderr.line(d.description) }
            Stderr.line("rasid: the rules in \(rulesDir) have errors; run `rasid check \(rulesDir)` for all of them")
            throw ExitCode(2)
        }
        let out = try OutputFile(path: output)
        var reportOptions = ReportOptions()
        reportOptions.includeText = !noText
        let writer = ReportWriter(format: ReportFormat(rawValue: format)!, options: reportOptions) { try out.write($0) }
        try writer.begin()
        let scratch = annotator.makeScratch()
        var failed = 0, done = 0, withProblems = 0
        var perLabel: [String: Int] = [:]
        let progress = Progress(enabled: !quiet && Stderr.isTerminal)
        for item in DocumentSource(paths: paths, format: InputFormat(rawValue: input)!) {
            switch item {
            case .failure(let e):
                failed += 1
                progress.clear()
                Stderr.line(e.description)
            case .success(let doc):
                let report = annotator.annotate(doc, scratch: scratch)
                if !report.problems.isEmpty {
                    withProblems += 1
                    progress.clear()
                    for p in report.problems { Stderr.line("\(doc.source ?? doc.id): warning: \(p.message)") }
                }
                try writer.write(report)
                for sp in report.spans { perLabel[sp.label, default: 0] += 1 }
                done += 1
                progress.update(done: done, bytes: doc.text.utf8.count)
            }
        }
        try writer.finish()
        try out.commit()
        progress.finish(done: done)
        if !quiet {
            let labels = Label.builtIn.filter { perLabel[$0] != nil } + perLabel.keys.filter { !Label.builtIn.contains($0) }.sorted()
            let counts = labels.map { "\($0) \(perLabel[$0]!)" }.joined(separator: ", ")
            Stderr.line("rasid: \(done) document\(done == 1 ? "" : "s"), \(perLabel.values.reduce(0, +)) spans (\(counts))\(output.map { " → \($0)" } ?? "")")
        }
        if failed > 0 || withProblems > 0 {
            Stderr.line("rasid: \(done) documents annotated, \(failed) inputs failed, \(withProblems) with problems")
            throw ExitCode(1)
        }
    }
}

/// Standard output, or a file written to a temporary name and renamed when
/// complete, so an interrupted run never leaves a half-written report.
final class OutputFile {
    let handle: FileHandle
    let path: String?
    let temp: String?

    init(path: String?) throws {
        self.path = path
        guard let path else { handle = FileHandle.standardOutput; temp = nil; return }
        let dir = (path as NSString).deletingLastPathComponent
        let folder = dir.isEmpty ? "." : dir
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir) else {
            Stderr.line("\(path): error: the folder \(folder) does not exist; create it first")
            throw ExitCode(2)
        }
        guard isDir.boolValue else {
            Stderr.line("\(path): error: \(folder) is not a folder; write the report somewhere else")
            throw ExitCode(2)
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            Stderr.line("\(path): error: this is a folder; give the report a file name (e.g. \((path as NSString).appendingPathComponent("report.json")))")
            throw ExitCode(2)
        }
        let t = (folder as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).tmp-\(getpid())")
        let fd = open(t, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            Stderr.line("\(path): error: cannot write in \(folder): \(String(cString: strerror(errno)))")
            throw ExitCode(2)
        }
        let h = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        handle = h
        temp = t
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        try handle.write(contentsOf: Data(bytes))
    }

    func commit() throws {
        guard let temp, let path else { return }
        try handle.close()
        if rename(temp, path) != 0 {
            Stderr.line("\(path): error: cannot move the finished report into place: \(String(cString: strerror(errno)))")
            throw ExitCode(2)
        }
    }
}

/// A one-line progress report on standard error, for terminals only.
final class Progress {
    let enabled: Bool
    let started = Date()
    var last = Date.distantPast
    var bytes = 0
    init(enabled: Bool) { self.enabled = enabled }

    func update(done: Int, bytes b: Int) {
        bytes += b
        guard enabled, Date().timeIntervalSince(last) > 0.2 else { return }
        last = Date()
        let secs = max(Date().timeIntervalSince(started), 0.001)
        FileHandle.standardError.write(String(format: "\r%d documents, %.1f MB, %.1f MB/s", done, Double(bytes) / 1e6, Double(bytes) / 1e6 / secs).data(using: .utf8)!)
    }

    func clear() { if enabled { FileHandle.standardError.write("\r\u{1B}[K".data(using: .utf8)!) } }
    func finish(done: Int) { if enabled { clear() } }
}
