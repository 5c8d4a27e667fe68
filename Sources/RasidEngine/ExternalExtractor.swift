import Foundation
import RasidModel

/// Any executable as an extractor (a plugin): started once per run, sent each
/// document with the spans found so far as one JSON line on its standard
/// input, and read one JSON line of spans back (see `PluginProtocol`).
///
/// A plugin that crashes, hangs past its timeout, answers out of step or
/// writes a malformed answer loses its spans for that document only: the
/// problem goes into the document's `problems` with the plugin's name, the
/// process is restarted for the next document when it has to be, and after
/// `maxFailures` failed documents in a row the plugin is disabled for the
/// rest of the run. Safe to call from several threads: one process serves
/// the run, so documents are sent to it one at a time.
public final class ExternalExtractor: Extractor, @unchecked Sendable {
    public let name: String
    public let spec: PluginSpec
    public var labels: [String] { spec.labels ?? [] }

    private let lock = NSLock()
    private var process: PluginProcess?
    private var failuresInARow = 0
    private var disabled: String?

    public init(name: String, spec: PluginSpec) {
        self.name = name
        self.spec = spec
    }

    deinit { process?.stop(grace: 2) }

    public func extract(_ context: DocumentContext, previous: [Span]) -> [Span] {
        let request = PluginProtocol.request(context.document, previous: previous)
        lock.lock()
        defer { lock.unlock() }
        if let reason = disabled {
            context.problems.append(problem("plugin-disabled", "plugin \(name) is disabled (\(reason)); its spans are missing"))
            return []
        }
        switch run(request, context.document) {
        case .success(let spans):
            failuresInARow = 0
            return spans
        case .failure(let f):
            failuresInARow += 1
            var message = "plugin \(name): \(f.message); its spans for this document were dropped"
            if failuresInARow >= spec.maxFailures {
                disabled = "it failed on \(failuresInARow) documents in a row"
                process?.stop(grace: 0.5)
                process = nil
                message += "; it failed on \(failuresInARow) documents in a row and is disabled for the rest of the run"
            } else if f.restarts {
                message += "; it will be restarted for the next document"
            }
            context.problems.append(problem(f.kind, message))
            return []
        }
    }

    /// Ends the plugin: closes its input and waits briefly for it to exit.
    public func stop() {
        lock.lock()
        defer { lock.unlock() }
        process?.stop(grace: 2)
        process = nil
    }

    struct Failure: Error {
        var kind: String
        var message: String
        /// The process was stopped; the next document starts a new one.
        var restarts = false
    }

    private func run(_ request: [UInt8], _ document: Document) -> Result<[Span], Failure> {
        if process == nil {
            do {
                process = try PluginProcess.start(executable: spec.executable, arguments: spec.arguments,
                                                  directory: spec.directory, environment: spec.environment)
            } catch let e as PluginProcess.Failure {
                if case .io(let m) = e { return .failure(Failure(kind: "plugin-failed", message: m)) }
                return .failure(Failure(kind: "plugin-failed", message: "cannot start it"))
            } catch { return .failure(Failure(kind: "plugin-failed", message: "cannot start it: \(error)")) }
        }
        let answer = process!.exchange(request, timeout: spec.timeout)
        switch answer {
        case .success(let line):
            switch PluginProtocol.decode(line, document: document, extractor: name, allowedLabels: spec.labels) {
            case .success(let spans): return .success(spans)
            case .failure(let m) where m.inStep:
                return .failure(Failure(kind: "plugin-malformed", message: m.message))
            case .failure(let m):
                // Not an answer at all (a banner, a debug print): what follows cannot be trusted either.
                process?.terminate()
                process = nil
                return .failure(Failure(kind: "plugin-malformed", message: "\(m.message), so it was stopped", restarts: true))
            }
        case .failure(let f):
            // The process cannot be trusted to be in step any more: start afresh next time.
            process?.terminate()
            process = nil
            switch f {
            case .timedOut:
                return .failure(Failure(kind: "plugin-timeout", message: "no answer within \(Self.seconds(spec.timeout)) (its `timeout`), so it was stopped", restarts: true))
            case .ended(let how):
                return .failure(Failure(kind: "plugin-crashed", message: how, restarts: true))
            case .outOfStep(let why):
                return .failure(Failure(kind: "plugin-malformed", message: "\(why) (one answer line per document), so it was stopped", restarts: true))
            case .extraLines(let first):
                // Whether the rest arrived in the same read is timing: say
                // what is wrong with the first line when something is.
                if case .failure(let m) = PluginProtocol.decode(first, document: document, extractor: name, allowedLabels: spec.labels) {
                    return .failure(Failure(kind: "plugin-malformed", message: "\(m.message), so it was stopped", restarts: true))
                }
                return .failure(Failure(kind: "plugin-malformed", message: "it wrote more than one line for the document (one answer line per document), so it was stopped", restarts: true))
            case .io(let why):
                return .failure(Failure(kind: "plugin-failed", message: why, restarts: true))
            }
        }
    }

    private func problem(_ kind: String, _ message: String) -> DocumentProblem {
        DocumentProblem(kind: kind, message: message, source: name)
    }

    static func seconds(_ t: Double) -> String {
        t == t.rounded() ? "\(Int(t)) s" : "\(t) s"
    }
}
