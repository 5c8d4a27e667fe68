import Foundation
import Yams
import RasidModel

/// A project's configuration (`rasid.yaml`): the rule folder, the extractors
/// to run in order with their options, and the merge policy. Without a
/// file, the bundled defaults apply.
public struct Configuration: Sendable {
    /// One entry of `extractors:`: a built-in name, or a plugin with how to run it.
    public struct ExtractorConfig: Sendable {
        public var name: String
        /// Set for external extractors (plugins); nil for built-in ones.
        public var plugin: PluginSpec?
        public init(name: String, plugin: PluginSpec? = nil) {
            self.name = name
            self.plugin = plugin
        }
    }

    public var rules: String?
    public var extractors: [ExtractorConfig]
    public var dropInside: [(inner: String, outer: String)]
    public var preferOnSameRange: [(winner: String, loser: String)] = Merger.defaultPreferOnSameRange
    public var limits = (match: UInt32(1_000_000), depth: UInt32(10_000))
    /// Normalization for every rule file (a file's own `normalize:` wins) and extractor.
    public var normalization = NormalizationOptions()

    public static let defaultExtractors = ["rules", "date", "person", "refind"]

    public init(rules: String? = nil, extractors: [ExtractorConfig] = defaultExtractors.map { ExtractorConfig(name: $0) },
                dropInside: [(inner: String, outer: String)] = Merger.defaultDropInside) {
        self.rules = rules
        self.extractors = extractors
        self.dropInside = dropInside
    }

    static let keys = ["rules", "extractors", "merge", "limits", "normalize"]

    /// The absolute folder a file is in: plugins' relative paths start there.
    static func absoluteFolder(of path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (FilePath.parent(absolute) as NSString).standardizingPath
    }

    /// Reads `rasid.yaml`; problems come back as positioned diagnostics.
    public static func load(path: String) -> (Configuration?, [Diagnostic]) {
        var diags: [Diagnostic] = []
        func err(_ n: Node?, _ m: String) {
            diags.append(Diagnostic(.error, SourceLocation(file: path, line: n?.mark?.line ?? 1, column: n?.mark?.column ?? 1), m))
        }
        /// 'ORG in TITLE' / 'ORG over LOCATION' → its two labels.
        func pair(_ item: Node, _ separator: String) -> (String, String)? {
            let parts = (item.scalar?.string ?? "").components(separatedBy: separator)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
            // A label a plugin or a rule file adds may be any name; one a
            // letter or two off a built-in label is a typo that would
            // silently change nothing.
            for label in parts where !Label.builtIn.contains(label) {
                if let near = RuleLoader.suggest(label, among: Label.builtIn), near != label {
                    err(item, "unknown label '\(label)' (did you mean '\(near)'?)")
                }
            }
            return (parts[0], parts[1])
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
        let directory = Self.absoluteFolder(of: path)
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
                config.rules = s.hasPrefix("/") ? s : (FilePath.parent(path) as NSString).appendingPathComponent(s)
            } else { err(r, "`rules` must be the path of a rule folder") }
        }
        if let ex = m["extractors"] {
            let (list, d) = extractors(ex, configDirectory: directory, file: path)
            if let list { config.extractors = list }
            diags += d
        }
        if let merge = m["merge"] {
            if let mm = merge.mapping, !mm.keys.isEmpty,
                mm.keys.allSatisfy({ $0.string == "drop_inside" || $0.string == "prefer" })
            {
                /// A list of label pairs ('ORG in TITLE'), or nil (reported) when the key is not a list.
                func pairs(_ key: String, _ separator: String, _ a: String, _ b: String) -> [(String, String)]? {
                    guard let node = mm[key] else { return nil }
                    guard let seq = node.sequence else {
                        err(node, "`\(key)` must be a list such as ['\(a)', '\(b)']")
                        return nil
                    }
                    return seq.compactMap { item in
                        let p = pair(item, separator)
                        if p == nil { err(item, "write a \(key) entry as '\(a)'") }
                        return p
                    }
                }
                if let list = pairs("drop_inside", " in ", "ORG in TITLE", "PERSON in ORG") { config.dropInside = list.map { ($0.0, $0.1) } }
                if let list = pairs("prefer", " over ", "ORG over LOCATION", "PERSON over COUNTRY") {
                    config.preferOnSameRange = list.map { ($0.0, $0.1) }
                }
            } else {
                err(merge, "`merge` takes `drop_inside: ['ORG in TITLE', …]` and `prefer: ['ORG over LOCATION', …]`, nothing else")
            }
        }
        if let n = m["normalize"] {
            let (o, d) = RuleLoader.normalization(n, base: NormalizationOptions(), file: path)
            config.normalization = o
            diags += d
        }
        if let lim = m["limits"] {
            if let lm = lim.mapping {
                for (k, v) in lm {
                    let key = k.scalar?.string ?? ""
                    guard key == "match" || key == "depth" else {
                        err(k, "unknown key '\(key)' in limits; allowed: match, depth"); continue
                    }
                    guard let n = v.scalar.flatMap({ UInt32($0.string) }), n > 0 else {
                        err(v, "`limits.\(key)` must be a whole number greater than 0"); continue
                    }
                    if key == "match" { config.limits.match = n } else { config.limits.depth = n }
                }
            } else { err(lim, "`limits` takes `{match: 1000000, depth: 10000}`") }
        }
        return (config, diags)
    }

    /// Reads the `extractors:` list: built-in names, and plugins as `- name: {command: …}`.
    static func extractors(_ node: Node, configDirectory: String, file: String) -> ([ExtractorConfig]?, [Diagnostic]) {
        var diags: [Diagnostic] = []
        func err(_ n: Node?, _ m: String) {
            diags.append(Diagnostic(.error, SourceLocation(file: file, line: n?.mark?.line ?? 1, column: n?.mark?.column ?? 1), m))
        }
        guard let seq = node.sequence else {
            err(node, "`extractors` must be a list, e.g. [rules, date, person]")
            return (nil, diags)
        }
        var list: [ExtractorConfig] = []
        var seen = Set<String>()
        for item in seq {
            let entry: ExtractorConfig
            var nameNode = item
            if let name = item.scalar?.string {
                guard ExtractorRegistry.known.contains(name) else {
                    let hint = RuleLoader.suggest(name, among: ExtractorRegistry.known).map { " (did you mean '\($0)'?)" } ?? ""
                    err(item, "unknown extractor '\(name)'\(hint): built-in are \(ExtractorRegistry.known.joined(separator: ", ")); a plugin needs `- \(name): {command: …}`")
                    continue
                }
                entry = ExtractorConfig(name: name)
            } else if let im = item.mapping, im.count == 1, let (k, v) = im.first, let name = k.scalar?.string {
                nameNode = k
                if ExtractorRegistry.known.contains(name) {
                    err(k, "'\(name)' is a built-in extractor and takes no options; give a plugin another name")
                    continue
                }
                if name.range(of: "^[A-Za-z0-9][A-Za-z0-9_.-]*$", options: .regularExpression) == nil {
                    err(k, "extractor name '\(name)' must be letters, digits, '_', '.' and '-'")
                    continue
                }
                guard let options = v.mapping else {
                    err(v, "options of extractor '\(name)' must be a mapping with at least `command:`")
                    continue
                }
                let (spec, d) = PluginSpec.parse(options, name: name, at: k, configDirectory: configDirectory, file: file)
                diags += d
                guard let spec else { continue }
                entry = ExtractorConfig(name: name, plugin: spec)
            } else {
                err(item, "an extractor is a built-in name (`- person`) or a plugin (`- name: {command: [...]}`)")
                continue
            }
            if !seen.insert(entry.name).inserted {
                err(nameNode, "extractor '\(entry.name)' is listed twice")
                continue
            }
            list.append(entry)
        }
        return (list, diags)
    }
}
