import Foundation
import RasidModel
import Yams

/// Reads rule files from disk into `RuleFile`s, collecting every problem
/// with its file, line and column instead of stopping at the first.
public struct RuleLoader {
    static let fileKeys = ["description", "labels", "defaults", "normalize", "definitions", "rules"]
    static let ruleKeys = [
        "id", "label", "terms", "pattern", "gazetteer", "norm", "attrs", "priority",
        "case_insensitive", "bare_alef", "written_marks", "description", "examples",
    ]
    static let defaultKeys = ["label", "priority", "norm", "attrs", "case_insensitive"]
    static let termKeys = ["term", "norm", "attrs"]
    static let exampleKeys = ["match", "no_match"]

    public private(set) var diagnostics: [Diagnostic] = []
    /// The normalization a file starts from (the project's); its own `normalize:` overrides it.
    public var baseNormalization: NormalizationOptions

    public init(baseNormalization: NormalizationOptions = NormalizationOptions()) {
        self.baseNormalization = baseNormalization
    }

    /// The `*.yaml` files directly inside `directory`, sorted by name.
    public static func ruleFiles(in directory: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .filter { $0 != "rasid.yaml" }
            .sorted().map { (directory as NSString).appendingPathComponent($0) }
    }

    /// Loads every rule file of `directory`, naming them under
    /// `displayDirectory` in messages. Files is nil when the folder cannot be
    /// read or holds no rule file (one error says which).
    /// Files are read and parsed on up to `threads` threads (each file on
    /// its own); files and diagnostics come in the files' order.
    public static func loadFolder(_ directory: String, displayDirectory: String? = nil,
                                  normalization: NormalizationOptions = NormalizationOptions(),
                                  threads: Int = 1) -> (files: [RuleFile]?, diagnostics: [Diagnostic]) {
        let shownDirectory = displayDirectory ?? directory
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (nil, [Diagnostic(.error, SourceLocation(file: shownDirectory, line: 1, column: 1),
                                     "no such folder: give the folder that holds the rule files (*.yaml), like rules")])
        }
        let paths: [String]
        do { paths = try ruleFiles(in: directory) } catch {
            return (nil, [Diagnostic(.error, SourceLocation(file: shownDirectory, line: 1, column: 1),
                                     "cannot read the rules folder: \(error.localizedDescription)")])
        }
        if paths.isEmpty {
            return (nil, [Diagnostic(.error, SourceLocation(file: shownDirectory, line: 1, column: 1),
                                     "no rule files (*.yaml) in this folder")])
        }
        let loaded = ParallelJobs.map(paths.count, threads: threads) { k -> (RuleFile?, [Diagnostic]) in
            let p = paths[k]
            let shown = displayDirectory.map { ($0 as NSString).appendingPathComponent((p as NSString).lastPathComponent) } ?? p
            var loader = RuleLoader(baseNormalization: normalization)
            let f = loader.load(path: p, displayPath: shown)
            return (f, loader.diagnostics)
        }
        return (loaded.compactMap(\.0), loaded.flatMap(\.1))
    }

    /// Loads one file; problems go to `diagnostics`. Returns nil when the file
    /// cannot be read or parsed at all.
    public mutating func load(path: String, displayPath: String? = nil) -> RuleFile? {
        let shown = displayPath ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            error(SourceLocation(file: shown, line: 1, column: 1), "cannot read the rule file")
            return nil
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            error(SourceLocation(file: shown, line: 1, column: 1), "the rule file is not valid UTF-8")
            return nil
        }
        return parse(yaml: yaml, path: shown, directory: FilePath.parent(path))
    }

    /// No tag resolution: every value is read as text (`scalar.string`), and
    /// Yams' default resolver ran seven regular expressions on every scalar
    /// of every rule file (a fifth of start-up with the bundled rules).
    static let resolver = Resolver.basic

    /// Parses rule-file text. `path` names it in messages and sets its domain.
    public mutating func parse(yaml: String, path: String, directory: String = ".") -> RuleFile? {
        let domain = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml, Self.resolver) else {
                error(SourceLocation(file: path, line: 1, column: 1), "the rule file is empty: add a `rules:` list")
                return nil
            }
            root = node
        } catch let e as YamlError {
            let (loc, message) = Self.describe(e, file: path)
            error(loc, message)
            return nil
        } catch {
            self.error(SourceLocation(file: path, line: 1, column: 1), "YAML: \(error)")
            return nil
        }
        var ctx = Context(file: path, directory: directory)
        guard let top = root.mapping else {
            error(ctx.loc(root), "a rule file is a mapping with a `rules:` list, not a \(Self.kind(root))")
            return nil
        }
        checkKeys(top, allowed: Self.fileKeys, what: "rule file", ctx: ctx)

        var file = RuleFile(
            path: path, domain: domain, description: nil, labels: [], definitions: [:],
            normalization: baseNormalization, rules: [])
        file.description = string(top["description"], "description", ctx)
        if let labels = top["labels"] {
            if let seq = labels.sequence {
                for item in seq {
                    if let s = string(item, "labels", ctx) {
                        if s.range(of: "^[A-Z][A-Z0-9_]*$", options: .regularExpression) == nil {
                            error(ctx.loc(item), "label '\(s)' must be upper case letters, digits and _ (like WEAPON)")
                        } else { file.labels.append(s) }
                    }
                }
            } else { error(ctx.loc(labels), "`labels` must be a list of label names") }
        }
        if let norm = top["normalize"] {
            file.normalization = normalization(norm, ctx)
        }
        var defaults = Defaults()
        if let d = top["defaults"] {
            if let m = d.mapping {
                checkKeys(m, allowed: Self.defaultKeys, what: "defaults", ctx: ctx)
                defaults.label = string(m["label"], "label", ctx)
                defaults.priority = int(m["priority"], "priority", ctx)
                defaults.norm = string(m["norm"], "norm", ctx)
                defaults.attrs = attrs(m["attrs"], ctx)
                defaults.caseInsensitive = bool(m["case_insensitive"], "case_insensitive", ctx)
            } else { error(ctx.loc(d), "`defaults` must be a mapping (label:, priority:, …)") }
        }
        if let defs = top["definitions"] {
            if let m = defs.mapping {
                for (k, v) in m {
                    guard let name = k.scalar?.string else { continue }
                    if name.range(of: "^[A-Za-z_][A-Za-z0-9_]*$", options: .regularExpression) == nil {
                        error(ctx.loc(k), "definition name '\(name)' must be letters, digits and _")
                        continue
                    }
                    if let s = v.scalar?.string {
                        file.definitions[name] = Definition(name: name, pattern: s, location: ctx.loc(v), alternatives: nil)
                    } else if let seq = v.sequence {
                        let alts = seq.compactMap { $0.scalar?.string }
                        if alts.count != seq.count || alts.isEmpty {
                            error(ctx.loc(v), "definition '\(name)': a list definition holds non-empty strings only")
                        }
                        file.definitions[name] = Definition(
                            name: name, pattern: "", location: ctx.loc(v), alternatives: alts)
                    } else {
                        error(ctx.loc(v), "definition '\(name)' must be a pattern string or a list of strings")
                    }
                }
            } else { error(ctx.loc(defs), "`definitions` must be a mapping of NAME: pattern") }
        }
        guard let rulesNode = top["rules"] else {
            error(ctx.loc(root), "missing `rules:` list")
            return file
        }
        guard let seq = rulesNode.sequence else {
            error(ctx.loc(rulesNode), "`rules` must be a list of rules (each item starts with `- id:`)")
            return file
        }
        var seen: [String: SourceLocation] = [:]
        for (position, item) in seq.enumerated() {
            ctx.rule = nil
            guard let rule = parseRule(item, position: position + 1, file: file, defaults: defaults, ctx: &ctx) else { continue }
            if let first = seen[rule.id] {
                error(rule.location, "duplicate rule id '\(rule.id)' (first defined at \(first.line):\(first.column)): give each rule its own id")
                continue
            }
            seen[rule.id] = rule.location
            file.rules.append(rule)
        }
        return file
    }

    // MARK: - Rules

    struct Defaults {
        var label: String?
        var priority: Int?
        var norm: String?
        var attrs: [String: String]?
        var caseInsensitive: Bool?
    }

    struct Context {
        var file: String
        var directory: String
        var rule: String?
        func loc(_ node: Node?) -> SourceLocation {
            let m = node?.mark
            return SourceLocation(file: file, line: m?.line ?? 1, column: m?.column ?? 1)
        }
    }

    /// Parses one rule. A rule without `id` or `label` is still parsed (with
    /// `isComplete` false) so the compiler can report its pattern's errors too.
    private mutating func parseRule(_ node: Node, position: Int, file: RuleFile, defaults: Defaults, ctx: inout Context) -> Rule? {
        guard let m = node.mapping else {
            error(ctx.loc(node), "a rule must be a mapping (id:, label:, terms: or pattern:), not a \(Self.kind(node))")
            return nil
        }
        checkKeys(m, allowed: Self.ruleKeys, what: "rule", ctx: ctx)
        var complete = true
        let id: String
        if let idNode = m["id"], let s = string(idNode, "id", ctx) {
            id = s
            if id.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) == nil {
                error(ctx.loc(idNode), "rule id '\(id)' must be lower-case letters, digits and '-'")
            }
        } else {
            if m["id"] == nil { error(ctx.loc(node), "rule without `id`: add `id: some-name`") }
            id = "#\(position)"
            complete = false
        }
        ctx.rule = "\(file.domain)/\(id)"
        let label: String
        if let l = string(m["label"], "label", ctx) ?? defaults.label {
            label = l
        } else {
            if m["label"] == nil {
                error(ctx.loc(node), "rule '\(id)' has no `label`: add `label: RANK` (or set `defaults: {label: …}`)")
            }
            label = ""
            complete = false
        }
        let known = Label.builtInSet.union(file.labels)
        if complete && !known.contains(label) {
            let hint = Self.suggest(label, among: Array(known)).map { " (did you mean '\($0)'?)" } ?? ""
            error(ctx.loc(m["label"] ?? node), "unknown label '\(label)'\(hint): use one of \(Label.builtInOrder.joined(separator: ", ")) or declare it under `labels:`")
        }
        let bodies = ["terms", "pattern", "gazetteer"].filter { m[$0] != nil }
        if bodies.count != 1 {
            error(ctx.loc(node), bodies.isEmpty
                ? "rule '\(id)' needs `terms:`, `pattern:` or `gazetteer:`"
                : "rule '\(id)' has \(bodies.joined(separator: " and ")): use exactly one")
            if bodies.isEmpty { return nil }
        }
        let body: RuleBody
        if let t = m["terms"] {
            body = .terms(RuleTerms(terms(t, ctx)))
        } else if let p = m["pattern"] {
            guard let s = string(p, "pattern", ctx) else { return nil }
            if s.isEmpty { error(ctx.loc(p), "empty pattern") }
            body = .pattern(s, patternLocation(p, ctx))
        } else {
            let g = m["gazetteer"]!
            guard let rel = string(g, "gazetteer", ctx) else { return nil }
            body = .terms(gazetteer(rel, node: g, ctx: ctx))
        }
        var attrs = defaults.attrs ?? [:]
        if let a = m["attrs"] { attrs.merge(self.attrs(a, ctx) ?? [:]) { $1 } }
        var rule = Rule(
            domain: file.domain, id: id, label: label, body: body,
            norm: string(m["norm"], "norm", ctx) ?? defaults.norm, attrs: attrs,
            priority: int(m["priority"], "priority", ctx) ?? defaults.priority ?? 0,
            caseInsensitive: bool(m["case_insensitive"], "case_insensitive", ctx) ?? defaults.caseInsensitive ?? false,
            description: string(m["description"], "description", ctx),
            examples: examples(m["examples"], ctx), location: ctx.loc(m["id"] ?? node), isComplete: complete)
        if bool(m["bare_alef"], "bare_alef", ctx) == true {
            rule.bareAlef = true
            // Only literal terms, written with bare alefs: the check looks
            // at every alef of the match.
            if case .terms(let list) = body {
                for t in list where t.text.unicodeScalars.contains(where: { Self.hamzaAlefs.contains($0.value) }) {
                    error(t.location, "term '\(t.text)' of a `bare_alef` rule writes an alef with hamza or madda: write it bare (ا) or move it to another rule")
                }
            } else {
                error(ctx.loc(m["bare_alef"]), "`bare_alef` needs `terms:` or `gazetteer:` (a pattern cannot say which alefs are bare)")
            }
        }
        if bool(m["written_marks"], "written_marks", ctx) == true {
            rule.writtenMarks = true
            if case .terms(let list) = body {
                for t in list where Self.markSignature(t.text.unicodeScalars).isEmpty {
                    error(t.location, "term '\(t.text)' of a `written_marks` rule writes no diacritic: move it to another rule")
                }
            } else {
                error(ctx.loc(m["written_marks"]), "`written_marks` needs `terms:` or `gazetteer:` (a pattern cannot say which marks a match must write)")
            }
        }
        return rule
    }

    /// The diacritics normalization removes (harakat, tanwin, shadda, sukun,
    /// dagger alef), each with the index of the letter it sits on: what a
    /// `written_marks` rule's match must write. Tatweel counts as no letter.
    static func markSignature<S: Sequence>(_ scalars: S) -> [UInt64] where S.Element == Unicode.Scalar {
        var sig: [UInt64] = []
        var letters: UInt64 = 0
        for s in scalars {
            let v = s.value
            if (0x064B...0x065F).contains(v) || v == 0x0670 {
                sig.append((letters &- 1) << 32 | UInt64(v))
            } else if v != 0x0640 {
                letters += 1
            }
        }
        return sig
    }

    /// Where the first character of a pattern scalar is in the file.
    private func patternLocation(_ node: Node, _ ctx: Context) -> SourceLocation {
        var loc = ctx.loc(node)
        if let s = node.scalar, s.style == .singleQuoted || s.style == .doubleQuoted { loc.column += 1 }
        return loc
    }

    private mutating func terms(_ node: Node, _ ctx: Context) -> [RuleTerm] {
        guard let seq = node.sequence else {
            error(ctx.loc(node), "`terms` must be a list")
            return []
        }
        var out: [RuleTerm] = []
        for item in seq {
            if let s = item.scalar?.string {
                if s.trimmingCharacters(in: .whitespaces).isEmpty { error(ctx.loc(item), "empty term"); continue }
                out.append(RuleTerm(text: s, norm: nil, attrs: [:], location: ctx.loc(item)))
            } else if let m = item.mapping {
                checkKeys(m, allowed: Self.termKeys, what: "term", ctx: ctx)
                guard let t = string(m["term"], "term", ctx), !t.isEmpty else {
                    error(ctx.loc(item), "a term map needs `term: …`")
                    continue
                }
                out.append(RuleTerm(text: t, norm: string(m["norm"], "norm", ctx), attrs: attrs(m["attrs"], ctx) ?? [:], location: ctx.loc(item)))
            } else {
                error(ctx.loc(item), "a term is a string or a map {term:, norm:}")
            }
        }
        return out
    }

    /// Reads a plain list (`.txt`/`.tsv`: term[TAB norm]) or a `.csv`
    /// (term,norm; an optional `term,norm` header; RFC 4180 quotes). Every
    /// bad line is reported as GAZETTEER:LINE:COLUMN and skipped.
    private mutating func gazetteer(_ relative: String, node: Node, ctx: Context) -> RuleTerms {
        let path = relative.hasPrefix("/") ? relative : (ctx.directory as NSString).appendingPathComponent(relative)
        let shown = relative.hasPrefix("/") ? relative : (FilePath.parent(ctx.file) as NSString).appendingPathComponent(relative)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            error(ctx.loc(node), "gazetteer file '\(relative)' not found (paths are relative to the rule file)")
            return []
        }
        // Only regular files: a folder, FIFO or device (/dev/zero) would fail or never end.
        let type = (try? FileManager.default.attributesOfItem(atPath: path)[.type]) as? FileAttributeType
        guard !isDir.boolValue, type == .typeRegular, let bytes = Self.contents(path) else {
            error(ctx.loc(node), "gazetteer '\(relative)' is not a readable regular file")
            return []
        }
        let isCSV = relative.lowercased().hasSuffix(".csv")
        if !isCSV, bytes.count < Int32.max, let list = plainList(bytes, shown: shown) { return RuleTerms(list) }
        return RuleTerms(listLines(Data(bytes), isCSV: isCSV, shown: shown))
    }

    /// A file's bytes, read straight into an array (a gazetteer can be tens
    /// of megabytes: no Data to copy from).
    static func contents(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        var result: [UInt8] = []
        // One more byte than the size, to see the end (or a file that grew).
        var want = max(Int(info.st_size), 0) + 1
        while true {
            var failed = false
            let chunk = [UInt8](unsafeUninitializedCapacity: want) { buffer, initialized in
                var n = 0
                while n < want {
                    let r = read(fd, buffer.baseAddress! + n, want - n)
                    if r < 0 {
                        if errno == EINTR { continue }
                        failed = true
                        break
                    }
                    if r == 0 { break }
                    n += r
                }
                initialized = n
            }
            if failed { return nil }
            if result.isEmpty { result = chunk } else { result += chunk }
            if chunk.count < want { return result }
            want = 1 << 16
        }
    }

    /// The terms of a list read line by line (CSV, or not valid UTF-8).
    mutating func listLines(_ data: Data, isCSV: Bool, shown: String) -> [RuleTerm] {
        var out: [RuleTerm] = []
        var lineNo = 0
        for raw in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNo += 1
            guard var line = String(validating: raw, as: UTF8.self) else {
                let bad = Self.firstInvalidUTF8(Array(raw))
                error(SourceLocation(file: shown, line: lineNo, column: bad.column),
                      "not valid UTF-8 (byte 0x\(String(bad.byte, radix: 16, uppercase: true))): save the gazetteer as UTF-8")
                continue
            }
            if line.hasSuffix("\r") { line.removeLast() }
            if lineNo == 1 && line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            let trimmed = Self.trimSpaces(line[...])
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields: [Substring]
            if isCSV {
                switch Self.csvFields(line) {
                case .success(let f): fields = f.map { Substring($0) }
                case .failure(let e):
                    error(SourceLocation(file: shown, line: lineNo, column: e.column), "CSV: \(e.message)")
                    continue
                }
                if out.isEmpty, fields.first.map({ Self.trimSpaces($0).lowercased() }) == "term" { continue }  // header
            } else {
                fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            }
            if fields.count > 2 {
                error(SourceLocation(file: shown, line: lineNo, column: 1),
                      "\(fields.count) fields; a line is a term and an optional norm (\(isCSV ? "term,norm" : "term<TAB>norm"))")
                continue
            }
            let term = String(Self.trimSpaces(fields[0]))
            if term.isEmpty {
                error(SourceLocation(file: shown, line: lineNo, column: 1), "empty term")
                continue
            }
            let norm = fields.count > 1 ? String(Self.trimSpaces(fields[1])) : ""
            out.append(RuleTerm(text: term, norm: norm.isEmpty ? nil : norm, attrs: [:], location: SourceLocation(file: shown, line: lineNo, column: 1)))
        }
        return out
    }

    /// A plain list (term[TAB norm] per line) read as bytes: the same terms
    /// and messages as the line-by-line reading above, without a string per
    /// line. Nil when the file is not valid UTF-8 (the line-by-line reading
    /// then names the bad lines).
    mutating func plainList(_ bytes: [UInt8], shown: String) -> GazetteerList? {
        var entries: [GazetteerList.Entry] = []
        let valid = bytes.withUnsafeBufferPointer { b -> Bool in
            guard Self.isValidUTF8(b) else { return false }
            entries.reserveCapacity(b.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) })
            var lineNo = 0
            var lineStart = 0
            while lineStart <= b.count {
                var lineEnd = lineStart
                while lineEnd < b.count && b[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                lineNo += 1
                var s = lineStart, e = lineEnd
                if e > s && b[e - 1] == 0x0D { e -= 1 }
                if lineNo == 1 && e - s >= 3 && b[s] == 0xEF && b[s + 1] == 0xBB && b[s + 2] == 0xBF { s += 3 }
                let trimmed = Self.trimSpaces(b, s..<e)
                if trimmed.isEmpty || Self.startsWithHash(b, trimmed) { continue }
                var tab = -1, fields = 1
                for i in s..<e where b[i] == 0x09 {
                    if tab < 0 { tab = i }
                    fields += 1
                }
                if fields > 2 {
                    error(SourceLocation(file: shown, line: lineNo, column: 1),
                          "\(fields) fields; a line is a term and an optional norm (term<TAB>norm)")
                    continue
                }
                let term = Self.trimSpaces(b, s..<(tab < 0 ? e : tab))
                if term.isEmpty {
                    error(SourceLocation(file: shown, line: lineNo, column: 1), "empty term")
                    continue
                }
                let norm = tab < 0 ? e..<e : Self.trimSpaces(b, (tab + 1)..<e)
                entries.append(GazetteerList.Entry(
                    termStart: Int32(term.lowerBound), termEnd: Int32(term.upperBound),
                    normStart: Int32(norm.lowerBound), normEnd: Int32(norm.upperBound), line: Int32(lineNo)))
            }
            return true
        }
        return valid ? GazetteerList(file: shown, bytes: bytes, entries: entries) : nil
    }

    /// `trimSpaces` on bytes (valid UTF-8): the range without leading and
    /// trailing spaces, tabs and other space separators.
    static func trimSpaces(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int> {
        func isSpace(_ v: UInt32) -> Bool {
            // (The Arabic block has no space separators: most terms end in it.)
            v == 0x20 || v == 0x09 || (v > 0x7F && !(v >= 0x0600 && v <= 0x06FF)
                && Unicode.Scalar(v).map { $0.properties.generalCategory == .spaceSeparator } ?? false)
        }
        var s = r.lowerBound, e = r.upperBound
        while s < e {
            let (v, n) = TextScan.scalar(at: s, in: b)
            guard isSpace(v) else { break }
            s += n
        }
        while e > s {
            let (v, at) = TextScan.scalar(before: e, in: b)
            guard isSpace(v) else { break }
            e = at
        }
        return s..<e
    }

    /// Whether the text's first character is `#` (as `hasPrefix("#")` sees
    /// it: not when a combining mark follows).
    static func startsWithHash(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard b[r.lowerBound] == 0x23 else { return false }
        if r.count == 1 || b[r.lowerBound + 1] < 0x80 { return true }
        return String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self).hasPrefix("#")
    }

    /// Whether `b` is well-formed UTF-8 (what `String(validating:)` accepts).
    static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            @inline(__always) func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
            switch c {
            case 0xC2...0xDF:
                guard cont(1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard cont(1), cont(2) else { return false }
                let c1 = b[i + 1]
                if (c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) { return false }
                i += 3
            case 0xF0...0xF4:
                guard cont(1), cont(2), cont(3) else { return false }
                let c1 = b[i + 1]
                if (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90) { return false }
                i += 4
            default:
                return false
            }
        }
        return true
    }

    /// Without leading and trailing spaces and tabs (what `.whitespaces`
    /// trims), for lists of a million lines.
    static func trimSpaces(_ s: Substring) -> Substring {
        func isSpace(_ u: Unicode.Scalar) -> Bool { u == " " || u == "\t" || (u.value > 0x7F && u.properties.generalCategory == .spaceSeparator) }
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return s[s.endIndex...] }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return Substring(scalars[first...last])
    }

    struct CSVError: Error {
        var column: Int
        var message: String
    }

    /// The fields of one CSV line (RFC 4180 quoting; a quoted field cannot
    /// span lines). Columns count Unicode scalars from 1.
    static func csvFields(_ line: String) -> Result<[String], CSVError> {
        var fields: [String] = []
        var cur = String.UnicodeScalarView()
        let chars = Array(line.unicodeScalars)
        var i = 0
        var fieldStart = 0
        while true {
            fieldStart = i
            if i < chars.count && chars[i] == "\"" {
                // Quoted field: "" is a quote; it must end with a quote followed by , or the line end.
                i += 1
                var closed = false
                while i < chars.count {
                    if chars[i] == "\"" {
                        if i + 1 < chars.count && chars[i + 1] == "\"" { cur.append("\""); i += 2; continue }
                        closed = true
                        i += 1
                        break
                    }
                    cur.append(chars[i]); i += 1
                }
                if !closed {
                    return .failure(CSVError(column: fieldStart + 1, message: "the quote opened here is not closed on this line (write a quote inside a field as \"\")"))
                }
                if i < chars.count && chars[i] != "," {
                    return .failure(CSVError(column: i + 1, message: "text after a closing quote; put the whole field in quotes"))
                }
            } else {
                while i < chars.count && chars[i] != "," {
                    if chars[i] == "\"" {
                        return .failure(CSVError(column: i + 1, message: "a quote inside an unquoted field; quote the field and double the quote (\"\")"))
                    }
                    cur.append(chars[i]); i += 1
                }
            }
            fields.append(String(cur))
            cur = String.UnicodeScalarView()
            if i >= chars.count { return .success(fields) }
            i += 1  // the comma
        }
    }

    /// The column (in scalars, from 1) and value of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (column: Int, byte: UInt8) {
        var it = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        var column = 1, offset = 0
        while case .scalarValue(let s) = decoder.decode(&it) {
            column += 1
            offset += UTF8.width(s)
        }
        return (column, offset < bytes.count ? bytes[offset] : 0)
    }

    private mutating func examples(_ node: Node?, _ ctx: Context) -> [RuleExample] {
        guard let node else { return [] }
        guard let m = node.mapping else {
            error(ctx.loc(node), "`examples` must be a mapping with `match:` and/or `no_match:` lists")
            return []
        }
        checkKeys(m, allowed: Self.exampleKeys, what: "examples", ctx: ctx)
        var out: [RuleExample] = []
        for (key, should) in [("match", true), ("no_match", false)] {
            guard let list = m[key] else { continue }
            guard let seq = list.sequence else {
                error(ctx.loc(list), "`\(key)` must be a list of example texts")
                continue
            }
            for item in seq {
                guard let s = item.scalar?.string else {
                    error(ctx.loc(item), "an example is a string")
                    continue
                }
                out.append(RuleExample(text: s, location: ctx.loc(item), shouldMatch: should))
            }
        }
        return out
    }

    private mutating func normalization(_ node: Node, _ ctx: Context) -> NormalizationOptions {
        var o = baseNormalization
        guard let m = node.mapping else {
            error(ctx.loc(node), "`normalize` must be a mapping of switch: true|false")
            return o
        }
        for (k, v) in m {
            guard let key = k.scalar?.string else { continue }
            guard let path = NormalizationOptions.keys[key] else {
                let hint = Self.suggest(key, among: Array(NormalizationOptions.keys.keys)).map { " (did you mean '\($0)'?)" } ?? ""
                error(ctx.loc(k), "unknown normalization switch '\(key)'\(hint): known are \(NormalizationOptions.keys.keys.sorted().joined(separator: ", "))")
                continue
            }
            if let b = bool(v, key, ctx) { o[keyPath: path] = b }
        }
        return o
    }

    /// Reads a `normalize:` mapping (rule file or `rasid.yaml`) on top of `base`.
    static func normalization(_ node: Node, base: NormalizationOptions, file: String) -> (NormalizationOptions, [Diagnostic]) {
        var l = RuleLoader(baseNormalization: base)
        let o = l.normalization(node, Context(file: file, directory: "."))
        return (o, l.diagnostics)
    }

    // MARK: - Scalars

    private mutating func string(_ node: Node?, _ key: String, _ ctx: Context) -> String? {
        guard let node else { return nil }
        guard let s = node.scalar else {
            error(ctx.loc(node), "`\(key)` must be a string, not a \(Self.kind(node))")
            return nil
        }
        return s.string
    }

    private mutating func int(_ node: Node?, _ key: String, _ ctx: Context) -> Int? {
        guard let node else { return nil }
        guard let s = node.scalar?.string, let v = Int(s) else {
            error(ctx.loc(node), "`\(key)` must be a whole number")
            return nil
        }
        return v
    }

    /// أ آ إ ٱ: the alefs a `bare_alef` rule's match may not write.
    static let hamzaAlefs: Set<UInt32> = [0x0622, 0x0623, 0x0625, 0x0671]

    private mutating func bool(_ node: Node?, _ key: String, _ ctx: Context) -> Bool? {
        guard let node else { return nil }
        switch node.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error(ctx.loc(node), "`\(key)` must be true or false")
            return nil
        }
    }

    private mutating func attrs(_ node: Node?, _ ctx: Context) -> [String: String]? {
        guard let node else { return nil }
        guard let m = node.mapping else {
            error(ctx.loc(node), "`attrs` must be a mapping of name: value")
            return nil
        }
        var out: [String: String] = [:]
        for (k, v) in m {
            guard let key = k.scalar?.string, let value = v.scalar?.string else {
                error(ctx.loc(k), "`attrs` values must be strings")
                continue
            }
            out[key] = value
        }
        return out
    }

    private mutating func checkKeys(_ m: Node.Mapping, allowed: [String], what: String, ctx: Context) {
        for (k, _) in m {
            guard let key = k.scalar?.string else {
                error(ctx.loc(k), "keys must be plain strings")
                continue
            }
            if !allowed.contains(key) {
                let hint = Self.suggest(key, among: allowed).map { " (did you mean '\($0)'?)" } ?? ""
                error(ctx.loc(k), "unknown key '\(key)' in \(what)\(hint); allowed: \(allowed.joined(separator: ", "))")
            }
        }
    }

    private mutating func error(_ loc: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.error, loc, message))
    }

    // MARK: - Helpers

    static func kind(_ node: Node) -> String {
        switch node {
        case .scalar: return "string"
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .alias: return "alias"
        }
    }

    static func describe(_ e: YamlError, file: String) -> (SourceLocation, String) {
        switch e {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let ctx = context.map { " (\($0.text) at \($0.mark.line):\($0.mark.column))" } ?? ""
            return (SourceLocation(file: file, line: mark.line, column: mark.column), "YAML syntax: \(problem)\(ctx)")
        case let .reader(problem, offset, _, yaml):
            var line = 1, col = 1
            if let offset {
                for (i, ch) in yaml.unicodeScalars.enumerated() {
                    if i >= offset { break }
                    if ch == "\n" { line += 1; col = 1 } else { col += 1 }
                }
            }
            return (SourceLocation(file: file, line: line, column: col), "YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return (SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                    "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in a mapping: keep one")
        default:
            return (SourceLocation(file: file, line: 1, column: 1), "YAML: \(e)")
        }
    }

    /// Lines as YAML counts them (and so as diagnostics number them): CR LF,
    /// CR, LF, NEL, LS and PS each end a line.
    public static func lineCount(_ text: String) -> Int {
        var lines = 1
        var afterCR = false
        for u in text.unicodeScalars {
            switch u.value {
            case 0x0A: if !afterCR { lines += 1 }
            case 0x0D, 0x85, 0x2028, 0x2029: lines += 1
            default: break
            }
            afterCR = u.value == 0x0D
        }
        return lines
    }

    /// The closest allowed word, when it is close enough to be a typo.
    public static func suggest(_ word: String, among candidates: [String]) -> String? {
        func distance(_ a: [Character], _ b: [Character]) -> Int {
            var prev = Array(0...b.count)
            for (i, ca) in a.enumerated() {
                var cur = [i + 1]
                for (j, cb) in b.enumerated() {
                    cur.append(min(prev[j + 1] + 1, cur[j] + 1, prev[j] + (ca == cb ? 0 : 1)))
                }
                prev = cur
            }
            return prev[b.count]
        }
        let w = Array(word.lowercased())
        let best = candidates.map { ($0, distance(w, Array($0.lowercased()))) }.min { $0.1 < $1.1 }
        guard let best, best.1 <= max(2, w.count / 3), best.1 < w.count else { return nil }
        return best.0
    }
}

extension Label {
    static let builtInSet = Set(builtIn)
    static let builtInOrder = builtIn
}
