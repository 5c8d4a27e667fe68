import Foundation
import Yams
import RasidModel

/// A project's configuration (`rasid.yaml`): the rule folder, the extractors
/// to run in order with their options, and the merge policy. Without a
/// file, the bundled defaults apply.
public struct Configuration: Sendable {
    public struct ExtractorConfig: Sendable {
        public var name: String
        public var options: [String: String]
        public init(name: String, options: [String: String] = [:]) {
            self.name = name
            self.options = options
        }
    }

    public var rules: String?
    public var extractors: [ExtractorConfig]
    public var dropInside: [(inner: String, outer: String)]
    public var limits = (match: UInt32(1_000_000), depth: UInt32(10_000))
    /// Normalization for every rule file (a file's own `normalize:` wins) and extractor.
    public var normalization = NormalizationOptions()

    public static let defaultExtractors = ["rules", "date", "person"]

    public init(rules: String? = nil, extractors: [ExtractorConfig] = defaultExtractors.map { ExtractorConfig(name: $0) },
                dropInside: [(inner: String, outer: String)] = Merger.defaultDropInside) {
        self.rules = rules
        self.extractors = extractors
        self.dropInside = dropInside
    }

    static let keys = ["rules", "extractors", "merge", "limits", "normalize"]

    /// Reads `rasid.yaml`; problems come back as positioned diagnostics.
    public static func load(path: String) -> (Configuration?, [Diagnostic]) {
        var diags: [Diagnostic] = []
        func err(_ n: Node?, _ m: String) {
            diags.append(Diagnostic(.error, SourceLocation(file: path, line: n?.mark?.line ?? 1, column: n?.mark?.column ?? 1), m))
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return (nil, [Diagnostic(.error, SourceLocation(file: path, line: 1, column: 1), "cannot read the configuration file")])
        }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch let e as YamlError {
            let (loc, m) = RuleLoader.describe(e, file: path)
            return (nil, [Diagnostic(.error, loc, m)])
        } catch { return (nil, [Diagnostic(.error, SourceLocation(file: path, line: 1, column: 1), "\(error)")]) }
        var config = Configuration()
        guard let m = root?.mapping else {
            if root != nil { err(root, "the configuration must be a mapping (rules:, extractors:, merge:)") }
            return (config, diags)
        }
        for (k, _) in m where !keys.contains(k.scalar?.string ?? "") {
            let key = k.scalar?.string ?? ""
            let hint = RuleLoader.suggest(key, among: keys).map { " (did you mean '\($0)'?)" } ?? ""
            err(k, "unknown key '\(key)'\(hint); allowed: \(keys.joined(separator: ", "))")
        }
        if let r = m["rules"] {
            if let s = r.scalar?.string {
                config.rules = s.hasPrefix("/") ? s : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(s)
            } else { err(r, "`rules` must be the path of a rule folder") }
        }
        if let ex = m["extractors"] {
            guard let seq = ex.sequence else { err(ex, "`extractors` must be a list"); return (config, diags) }
            config.extractors = []
            for item in seq {
                if let name = item.scalar?.string {
                    config.extractors.append(ExtractorConfig(name: name))
                } else if let im = item.mapping, im.count == 1, let (k, v) = im.first, let name = k.scalar?.string {
                    var opts: [String: String] = [:]
                    if let om = v.mapping {
                        for (ok, ov) in om {
                            if let key = ok.scalar?.string, let val = ov.scalar?.string { opts[key] = val } else {
                                err(ok, "extractor options are name: value strings")
                            }
                        }
                    } else { err(v, "options of extractor '\(name)' must be a mapping") }
                    config.extractors.append(ExtractorConfig(name: name, options: opts))
                } else {
                    err(item, "an extractor is a name (`- person`) or `- name: {option: value}`")
                }
            }
            for (i, e) in config.extractors.enumerated() where !ExtractorRegistry.known.contains(e.name) && e.options["command"] == nil {
                let hint = RuleLoader.suggest(e.name, among: ExtractorRegistry.known).map { " (did you mean '\($0)'?)" } ?? ""
                err(seq[seq.index(seq.startIndex, offsetBy: i)], "unknown extractor '\(e.name)'\(hint): built-in are \(ExtractorRegistry.known.joined(separator: ", "))")
            }
        }
        if let merge = m["merge"] {
            if let mm = merge.mapping, let di = mm["drop_inside"] {
                config.dropInside = []
                for item in di.sequence ?? [] {
                    let parts = (item.scalar?.string ?? "").components(separatedBy: " in ")
                    if parts.count == 2 {
                        config.dropInside.append((parts[0].trimmingCharacters(in: .whitespaces), parts[1].trimmingCharacters(in: .whitespaces)))
                    } else { err(item, "write a drop_inside entry as 'ORG in TITLE'") }
                }
            } else { err(merge, "`merge` takes `drop_inside: ['ORG in TITLE', …]`") }
        }
        if let n = m["normalize"] {
            let (o, d) = RuleLoader.normalization(n, base: NormalizationOptions(), file: path)
            config.normalization = o
            diags += d
        }
        if let lim = m["limits"]?.mapping {
            if let v = lim["match"]?.scalar?.string, let n = UInt32(v) { config.limits.match = n }
            if let v = lim["depth"]?.scalar?.string, let n = UInt32(v) { config.limits.depth = n }
        }
        return (config, diags)
    }
}
