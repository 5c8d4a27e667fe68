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

    @Option(name: .long, help: "Report format: json, jsonl, html, markdown, brat (-o names a folder) or conll.")
    var format: String = "json"

    @Option(name: [.customShort("o"), .long], help: "Write the report here (default, or -: standard output).")
    var output: String?

    /// The report file; nil for standard output (no -o, or -o -).
    var target: String? { output == "-" ? nil : output }

    @Flag(name: .long, help: "Leave the document text out of the report.")
    var noText = false

    @Flag(name: .long, help: "No progress line on standard error.")
    var quiet = false

    @Flag(name: .long, help: "After the run, print on standard error the pattern rules that took the most time (the 25 slowest), with the candidate starts they were tried at and their matches (patterns are compiled before the run, not at their first match).")
    var profileRules = false

    @Option(name: .long, help: "With --profile-rules: how many rules to list, slowest first (0: every rule that was tried).")
    var profileTop: Int = 25

    @Option(name: [.customShort("j"), .long], help: "Documents annotated in parallel (default: the number of cores; at most 4 per core). The report keeps the input order.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    /// Worker threads: more than a few per core only cost memory (each holds
    /// a document and an 8 MB stack); `-j 100000` had started 100,000 threads.
    var workers: Int { min(jobs, 4 * max(1, ProcessInfo.processInfo.activeProcessorCount)) }

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file, folder, or - for standard input") }
        guard InputFormat(rawValue: input) != nil else { throw ValidationError("--input must be text or jsonl") }
        guard let f = ReportFormat(rawValue: format) else { throw ValidationError("--format must be \(ReportFormat.names)") }
        if let problem = f.problem(output: target, includeText: !noText) { throw ValidationError(problem) }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard profileTop >= 0 else { throw ValidationError("--profile-top must be 0 (every rule) or more") }
    }

    func run() throws {
        let annotator = try options.makeAnnotator(threads: min(workers, ProcessInfo.processInfo.activeProcessorCount))
        let profile = profileRules ? RuleProfile() : nil
        annotator.ruleProfile = profile
        if profileRules {  // (compiled now, so that a pattern's first match is not charged with it)
            for case let engine as RuleEngineExtractor in annotator.extractors { engine.ruleSet.compileAllPatterns() }
        }
        let reportFormat = ReportFormat(rawValue: format)!
        let out = try OutputFile(path: reportFormat.writesFolder ? nil : target)  // brat writes its own folder
        var reportOptions = ReportOptions()
        reportOptions.includeText = !noText
        let writer: any DocumentReportWriter
        do { writer = try reportFormat.makeWriter(options: reportOptions, output: target) { try out.write($0) } } catch {
            Stderr.line("\(error)")
            throw ExitCode(2)
        }
        try writer.begin()
        var failed = 0, done = 0, withProblems = 0
        var tally = LabelTally()
        let progress = Progress(enabled: !quiet && Stderr.isTerminal)
        let interrupt = Interrupt()
        // With several workers, a writer that can encodes each report in the
        // worker that made it; the consumer, one at a time, only appends.
        if workers < jobs && !quiet {
            Stderr.line("rasid: --jobs \(jobs) is more than this machine can use; running \(workers) (4 per core)")
        }
        let preEncoder = workers > 1 ? writer as? PreEncodingReportWriter : nil
        // In flight: up to 16 documents per worker and 4 MB of text per worker
        // (one document is always let in, whatever its size).
        let pipeline = OrderedParallelMap(jobs: workers, weightLimit: workers * (4 << 20),
                                          weight: { (item: Result<Document, InputError>) in (try? item.get())?.text.utf8.count ?? 0 },
                                          makeState: annotator.makeScratch) {
            (item: Result<Document, InputError>, scratch) -> Result<(DocumentReport, [UInt8]?), InputError> in
            item.map { document in
                let report = annotator.annotate(document, scratch: scratch)
                return (report, preEncoder?.encode(report))
            }
        }
        try pipeline.run(DocumentSource(paths: paths, format: InputFormat(rawValue: input)!),
                         shouldStop: { interrupt.requested }) { item in
            switch item {
            case .failure(let e):
                failed += 1
                progress.clear()
                Stderr.line(e.description)
            case .success(let (report, encoded)):
                if !report.problems.isEmpty {
                    withProblems += 1
                    progress.clear()
                    for p in report.problems { Stderr.line("\(report.source ?? report.id): warning: \(p.message)") }
                }
                if let encoded, let preEncoder { try preEncoder.write(encoded: encoded) } else { try writer.write(report) }
                tally.add(report.spans)
                done += 1
                progress.update(done: done, bytes: report.text.utf8.count)
            }
        }
        try writer.finish()
        progress.finish(done: done)
        if interrupt.requested {
            let kept = try out.commitInterrupted()
            Stderr.line("rasid: interrupted: \(done) complete document\(done == 1 ? "" : "s") written\(kept.map { " to \($0); \(target!) was left as it was" } ?? "")")
            throw ExitCode(130)
        }
        try out.commit()
        if let profile { Stderr.line("rasid: time in the rule engine, by rule (CPU time, all workers):\n" + profile.table(top: profileTop == 0 ? Int.max : profileTop)) }
        if !quiet {
            let counts = tally.summary.map { "\($0.label) \($0.count)" }.joined(separator: ", ")
            Stderr.line("rasid: \(done) document\(done == 1 ? "" : "s"), \(tally.total) spans (\(counts))\(target.map { " → \($0)" } ?? "")")
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
        let dir = FilePath.parent(path)
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
        // A device or a pipe (`-o /dev/null`, a FIFO) is written in place:
        // there is no file to replace, and renaming over it would.
        var info = stat()
        if stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG {
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else {
                Stderr.line("\(path): error: cannot write to it: \(String(cString: strerror(errno)))")
                throw ExitCode(2)
            }
            handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            temp = nil
            return
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

    /// Straight to the descriptor: no copy into a `Data` per flush.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard var p = bytes.baseAddress else { return }
        var left = bytes.count
        let fd = handle.fileDescriptor
        while left > 0 {
            let n = Foundation.write(fd, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                Stderr.line("\(path ?? "standard output"): error: cannot write the report: \(String(cString: strerror(errno)))")
                throw ExitCode(2)
            }
            p += n
            left -= n
        }
    }

    /// After an interrupt: the complete documents go to `PATH.partial`, so
    /// a good report already at PATH is not replaced by an incomplete one.
    func commitInterrupted() throws -> String? {
        guard let temp, let path else { return nil }
        try handle.close()
        let partial = path + ".partial"
        if rename(temp, partial) != 0 {
            Stderr.line("\(partial): error: cannot move the partial report into place: \(String(cString: strerror(errno)))")
            throw ExitCode(2)
        }
        return partial
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
