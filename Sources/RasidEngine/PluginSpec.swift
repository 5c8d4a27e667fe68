import Foundation
import Yams

/// How to run one external extractor (a plugin), as `rasid.yaml` gives it:
///
/// ```yaml
/// extractors:
///   - rules
///   - hijri:
///       command: [python3, examples/plugins/hijri_dates.py]
///       timeout: 10        # seconds per document
/// ```
///
/// Relative paths (`cwd`, a program written with a `/`) are relative to the
/// folder of `rasid.yaml`, so a project can be run from anywhere.
public struct PluginSpec: Sendable, Equatable {
    /// The program as resolved (an absolute path) and its arguments.
    public var executable: String
    public var arguments: [String]
    /// The plugin's working folder (default: the folder of `rasid.yaml`).
    public var directory: String
    /// Variables added to (or replacing in) rasid's environment.
    public var environment: [String: String]
    /// How long one document may take, from sending it to the answer's newline.
    public var timeout: Double
    /// After this many failed documents in a row the plugin is disabled for the run.
    public var maxFailures: Int
    /// When given, the only labels the plugin may return.
    public var labels: [String]?

    public static let defaultTimeout = 10.0
    public static let defaultMaxFailures = 3
    static let keys = ["command", "args", "cwd", "env", "timeout", "max_failures", "labels"]

    public init(executable: String, arguments: [String] = [], directory: String = ".", environment: [String: String] = [:],
                timeout: Double = defaultTimeout, maxFailures: Int = defaultMaxFailures, labels: [String]? = nil) {
        self.executable = executable
        self.arguments = arguments
        self.directory = directory
        self.environment = environment
        self.timeout = timeout
        self.maxFailures = maxFailures
        self.labels = labels
    }

    /// Reads a plugin's option mapping; every problem is a positioned diagnostic.
    static func parse(_ options: Node.Mapping, name: String, at nameNode: Node, configDirectory: String, file: String) -> (PluginSpec?, [Diagnostic]) {
        var diags: [Diagnostic] = []
        func loc(_ n: Node?) -> SourceLocation {
            SourceLocation(file: file, line: n?.mark?.line ?? 1, column: n?.mark?.column ?? 1)
        }
        func err(_ n: Node?, _ m: String) { diags.append(Diagnostic(.error, loc(n), "extractor '\(name)': \(m)")) }
        func strings(_ n: Node, _ key: String) -> [String]? {
            if let s = n.scalar?.string { return [s] }
            if let seq = n.sequence {
                let items = seq.compactMap { $0.scalar?.string }
                if items.count == seq.count { return items }
            }
            err(n, "`\(key)` must be a string or a list of strings")
            return nil
        }
        for (k, _) in options {
            let key = k.scalar?.string ?? ""
            if !keys.contains(key) {
                let hint = RuleLoader.suggest(key, among: keys).map { " (did you mean '\($0)'?)" } ?? ""
                err(k, "unknown option '\(key)'\(hint); allowed: \(keys.joined(separator: ", "))")
            }
        }
        var directory = configDirectory
        if let c = options["cwd"] {
            if let s = c.scalar?.string, !s.isEmpty {
                directory = s.hasPrefix("/") ? s : (configDirectory as NSString).appendingPathComponent(s)
                var isDir: ObjCBool = false
                if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDir) || !isDir.boolValue {
                    err(c, "`cwd` folder '\(s)' does not exist (it is relative to the configuration file)")
                }
            } else { err(c, "`cwd` must be a folder path") }
        }
        var command: [String] = []
        if let c = options["command"] {
            if let s = c.scalar?.string {
                // A string is split at spaces; a list keeps arguments with spaces whole.
                command = s.split(separator: " ").map(String.init)
            } else if let parts = strings(c, "command") { command = parts }
            if command.isEmpty { err(c, "`command` is empty: give the program to run, e.g. [python3, plugins/x.py]") }
        } else {
            return (nil, diags + [Diagnostic(.error, loc(nameNode), "extractor '\(name)' is not built in (built-in are \(ExtractorRegistry.known.joined(separator: ", "))): give it a `command:` to run it as a plugin")])
        }
        if let a = options["args"], let more = strings(a, "args") { command += more }
        var environment: [String: String] = [:]
        if let e = options["env"] {
            if let m = e.mapping {
                for (k, v) in m {
                    guard let key = k.scalar?.string, !key.isEmpty, !key.contains("="), let value = v.scalar?.string else {
                        err(k, "`env` entries are NAME: value strings"); continue
                    }
                    environment[key] = value
                }
            } else { err(e, "`env` must be a mapping of NAME: value") }
        }
        var timeout = defaultTimeout
        if let t = options["timeout"] {
            if let v = t.scalar.flatMap({ Double($0.string) }), v > 0, v <= 86_400 { timeout = v } else {
                err(t, "`timeout` must be a number of seconds greater than 0 (e.g. 10 or 0.5)")
            }
        }
        var maxFailures = defaultMaxFailures
        if let f = options["max_failures"] {
            if let v = f.scalar.flatMap({ Int($0.string) }), v >= 1 { maxFailures = v } else {
                err(f, "`max_failures` must be a whole number of at least 1")
            }
        }
        var labels: [String]?
        if let l = options["labels"] {
            if let ls = strings(l, "labels") {
                for s in ls where s.range(of: "^[A-Z][A-Z0-9_]*$", options: .regularExpression) == nil {
                    err(l, "label '\(s)' must be upper case letters, digits and _ (like WEAPON)")
                }
                labels = ls
            }
        }
        guard let program = command.first, !program.isEmpty else { return (nil, diags) }
        guard let executable = resolve(program, directory: directory, environment: environment) else {
            err(options["command"], program.contains("/")
                ? "program '\(program)' is not an executable file (relative paths start at the folder of the configuration file or `cwd`)"
                : "program '\(program)' not found in PATH")
            return (nil, diags)
        }
        if diags.contains(where: { $0.severity == .error }) { return (nil, diags) }
        return (PluginSpec(executable: executable, arguments: Array(command.dropFirst()), directory: directory,
                           environment: environment, timeout: timeout, maxFailures: maxFailures, labels: labels), diags)
    }

    /// The absolute path of `program`: relative to `directory` when it holds a
    /// `/`, else the first match in PATH (the plugin's PATH when `env` sets one).
    static func resolve(_ program: String, directory: String, environment: [String: String]) -> String? {
        let fm = FileManager.default
        func executableFile(_ p: String) -> Bool {
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: p, isDirectory: &isDir) && !isDir.boolValue && fm.isExecutableFile(atPath: p)
        }
        if program.contains("/") {
            let p = program.hasPrefix("/") ? program : (directory as NSString).appendingPathComponent(program)
            let absolute = p.hasPrefix("/") ? p : (fm.currentDirectoryPath as NSString).appendingPathComponent(p)
            return executableFile(absolute) ? (absolute as NSString).standardizingPath : nil
        }
        let path = environment["PATH"] ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = (String(dir) as NSString).appendingPathComponent(program)
            if executableFile(candidate) {
                return candidate.hasPrefix("/") ? candidate : (fm.currentDirectoryPath as NSString).appendingPathComponent(candidate)
            }
        }
        return nil
    }
}
