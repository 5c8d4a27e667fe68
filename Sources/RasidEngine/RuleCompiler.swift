import Foundation
import PCRE2
import RasidModel

/// Turns parsed rule files into a `CompiledRuleSet`: expands definitions,
/// normalizes terms and patterns, compiles patterns with PCRE2, builds the
/// literal automaton, and reports every problem with its position.
public struct RuleCompiler {
    public private(set) var diagnostics: [Diagnostic] = []

    /// Try pattern rules only where one of their start literals occurs
    /// (off: scan every pattern over the whole text; same matches, slower).
    public var prefilter = true

    /// How many threads compile the patterns (PCRE2 compile and JIT, the
    /// start-literal analysis): most of start-up, and the part that does not
    /// shrink when documents are spread over cores. The compiled set and
    /// the diagnostics are the same for any number.
    public var threads = 1

    /// `{{@LABEL}}` and list definitions as alternations, and the tries of
    /// those looked up, built once per compile (or once for the compilers
    /// that share the cache: see `RuleExampleRunner`).
    var lists = ListCache()
    /// Definitions resolved, by file and name, with the definitions they
    /// reach and whether they hold a long list (see `resolve`).
    private var resolvedCache: [String: (resolved: Resolved, used: Set<String>, longList: Bool)] = [:]

    /// A list (`{{@LABEL}}`, or a definition's list of words) whose
    /// alternation is longer than this many bytes may be matched through a
    /// lookup (`TermList`) instead: PCRE2 refuses a compiled pattern over
    /// 64 KB, which the place names alone approach.
    public var externalListMinimum = 1024

    /// When the long lists of a pattern are looked up rather than compiled in.
    public enum ListLookup: Sendable {
        /// Only in a pattern that would otherwise come within a tenth of
        /// PCRE2's size limit (or over it); compiled in elsewhere. Kept to
        /// check that both ways match the same.
        case nearLimit
        /// In every pattern: PCRE2 compiles and JIT-compiles the lists' text
        /// in each pattern that names them, which cost more at start-up,
        /// in memory and (round 48) per MB than the callouts do.
        case always
    }
    public var listLookup = ListLookup.always

    /// While expanding: write long lists as lookups; and whether one was met.
    private var expandingLookups = false
    private var metLongList = false

    /// The looked-up lists of the pattern being expanded and their callout
    /// numbers (each pattern numbers its own lists, so PCRE2's 255 callout
    /// numbers bound one pattern, not the rule set). Their tries are built
    /// once, in `lists`, by `TermListKey`: label, case and normalization.
    private var patternLists = TermLists()
    private var patternListIndex: [TermListKey: Int] = [:]
    struct TermListKey: Hashable { var label: String, caseless: Bool, normalization: NormalizationOptions }

    /// Start-literal analyses of big groups, shared by every pattern of a compile.
    private let prefixMemo = PatternPrefix.GroupMemo()

    /// Patterns expanded and compiled ahead, by the threads (see `precompile`).
    private var ahead: [RuleRef: Ahead] = [:]

    /// A rule by its file's and its own position.
    struct RuleRef: Hashable { var file: Int, rule: Int }
    /// A pattern expanded without a diagnostic, the definitions it used, and what compiling it gave.
    struct Ahead { var expanded: Expanded, used: Set<String>, build: PatternBuild }

    public init() {}

    private mutating func referenceAlternation(_ name: String, _ terms: [String], file: RuleFile, rule: Rule) -> String {
        let t = lists.alternation("@" + name) { RegexSource.trieAlternation(terms) }
        return lookUp("@" + name, t, terms, file: file, rule: rule)
    }

    /// A list's alternation `t` as it goes into the pattern being expanded:
    /// itself, or when long and lookups are being written, the lookup.
    private mutating func lookUp(_ name: String, _ t: String, _ terms: [String], file: RuleFile, rule: Rule) -> String {
        guard t.utf8.count > externalListMinimum else { return t }
        metLongList = true
        guard expandingLookups else { return t }
        let key = TermListKey(label: name, caseless: rule.caseInsensitive, normalization: file.normalization)
        if let k = patternListIndex[key] { return k < 0 ? t : patternLists.pattern(k) }
        let list = lists.termList(key) {
            // The terms as the file's normalizer leaves them, as it leaves the pattern around them.
            let normalizer = Normalizer(options: file.normalization)
            return TermList(terms.map { normalizer.normalizeString($0) }, caseless: rule.caseInsensitive)
        }
        guard let text = patternLists.add(list) else {
            patternListIndex[key] = -1  // callout numbers used up: written out
            return t
        }
        patternListIndex[key] = patternLists.lists.count - 1
        return text
    }

    /// Loads and compiles every rule file of `directory`.
    public static func load(directory: String, displayDirectory: String? = nil,
                            normalization: NormalizationOptions = NormalizationOptions(),
                            threads: Int = 1) -> (CompiledRuleSet?, [Diagnostic]) {
        let (files, loadDiagnostics) = RuleLoader.loadFolder(directory, displayDirectory: displayDirectory,
                                                             normalization: normalization, threads: threads)
        guard let files else { return (nil, loadDiagnostics) }
        var compiler = RuleCompiler()
        compiler.threads = threads
        let set = compiler.compile(files)
        return (set, loadDiagnostics + compiler.diagnostics)
    }

    /// Compiles `files`. Rules with errors are left out; the set is still
    /// returned so a caller can decide whether errors are fatal.
    public mutating func compile(_ files: [RuleFile], only: ((Rule) -> Bool)? = nil,
                                 references: [String: [String]]? = nil) -> CompiledRuleSet {
        compile(files, only: only, references: references.map { TermReferences(fixed: $0) } ?? TermReferences(files: files))
    }

    mutating func compile(_ files: [RuleFile], only: ((Rule) -> Bool)?, references: TermReferences) -> CompiledRuleSet {
        if threads > 1 { precompile(files, only: only, references: references) }
        defer { ahead = [:] }
        var rules: [CompiledRule] = []
        let expected = only == nil ? LiteralTable.expected(files) : (bytes: 0, terms: 0)
        var literals = LiteralTable(expectedBytes: expected.bytes, expectedTerms: expected.terms)
        var groupOf: [NormalizationOptions: Int32] = [:]
        var groupOptions: [NormalizationOptions] = []
        var compiled: [[CompiledPattern]] = []
        var ruleIDs: [String: (Rule, String)] = [:]

        for (fileIndex, f) in files.enumerated() {
            let normalizer = Normalizer(options: f.normalization)
            let group: Int32
            if let g = groupOf[f.normalization] {
                group = g
            } else {
                group = Int32(groupOptions.count)
                groupOf[f.normalization] = group
                groupOptions.append(f.normalization)
                compiled.append([])
            }
            var usedDefinitions = Set<String>()
            for (ruleIndex, r) in f.rules.enumerated() {
                if let only, !only(r) { continue }
                if let (_, path) = ruleIDs[r.fullID], path != f.path {
                    error(r.location, "duplicate rule id '\(r.fullID)' (also in \(path))", r)
                    continue
                }
                ruleIDs[r.fullID] = (r, f.path)
                // An incomplete rule (no id or label) is checked but not compiled into the set.
                let include = r.isComplete
                let index = Int32(rules.count)
                switch r.body {
                case .terms(let terms):
                    // Empty and duplicate terms are reported by `literals` (in this place among the diagnostics).
                    literals.addTerms(terms, of: r, fileIndex: fileIndex, ruleIndex: ruleIndex, path: f.path, index: index,
                                      include: include, group: group, normalizer: normalizer, position: diagnostics.count)
                case .pattern(let source, let loc):
                    let expanded: Expanded, build: PatternBuild
                    if let done = ahead[RuleRef(file: fileIndex, rule: ruleIndex)] {
                        (expanded, build) = (done.expanded, done.build)
                        usedDefinitions.formUnion(done.used)
                    } else {
                        metLongList = false
                        guard let e = expand(source, at: loc, file: f, refs: references, used: &usedDefinitions, rule: r) else { continue }
                        expanded = e
                        let (lookedUp, tight) = lookedUpForms(source, at: loc, file: f, refs: references, rule: r,
                                                              normalizer: normalizer, inline: e)
                        build = Self.build(PatternKey(normalized: normalizer.normalizeString(e.text),
                                                      skeleton: normalizer.normalizeString(e.skeleton), caseless: r.caseInsensitive,
                                                      include: include, lookedUp: lookedUp, tightLookedUp: tight,
                                                      lookUpAlways: listLookup == .always,
                                                      head: headList(source, file: f, refs: references, inline: e, normalizer: normalizer)),
                                           prefilter: prefilter, memo: prefixMemo)
                    }
                    if let callout = source.range(of: "(?C") {
                        var l = loc; l.column += source.unicodeScalars.distance(from: source.unicodeScalars.startIndex, to: callout.lowerBound)
                        error(l, "pattern of rule '\(r.id)' has a callout (?C…): callouts are the engine's own (it looks long lists up through them); remove it", r)
                        continue
                    }
                    // The bare pattern first, so PCRE2's error offset points into the author's text.
                    let matchesEmpty: Bool
                    switch build.bare {
                    case .failure(let e as RegexCompileError):
                        error(expanded.location(ofOffset: e.characterOffset, base: loc), "PCRE2: \(e.message) (at offset \(e.characterOffset) in the pattern\(expanded.definitionNote(ofOffset: e.characterOffset)))", r)
                        continue
                    case .failure:
                        continue
                    case .success(let empty):
                        matchesEmpty = empty
                        if empty {
                            warning(loc, "pattern of rule '\(r.id)' can match the empty string: make at least one part required", r)
                        }
                        if Self.hasNestedQuantifier(source) {
                            warning(loc, "pattern of rule '\(r.id)' nests quantifiers (like (a+)+), which invites catastrophic backtracking", r)
                        }
                    }
                    guard include, let wrapped = build.wrapped else { continue }
                    do {
                        // With start literals only the anchored form is compiled:
                        // it is tried where they occur (see PatternScan).
                        let starts = build.starts
                        if prefilter && starts == nil && !matchesEmpty {  // (an empty match is warned about already)
                            warning(loc, "pattern of rule '\(r.id)' does not begin with a literal or a small set of words, so it is run over the whole text of every document (slow); begin it with its words and put the context before them in a lookbehind (?<=…)", r)
                        }
                        let regex = try wrapped.get()
                        let limit = Regex.compiledSizeLimit
                        if regex.compiledSize * 10 >= limit * 9 {
                            warning(loc, "pattern of rule '\(r.id)' compiles to \(regex.compiledSize) bytes, \(regex.compiledSize * 100 / limit)% of the \(limit) PCRE2 accepts: a few more words in it or its definitions (or `normalize: alef: false`, which keeps more letters apart) will make it fail to compile; put long word lists in a rule's terms and use {{@LABEL}}, which is looked up rather than compiled in, or split the rule", r)
                        }
                        let spanGroup = regex.namedGroups["span"]
                        if let starts {
                            let patternIndex = Int32(compiled[Int(group)].count)
                            for (literal, contracted) in starts {
                                literals.addStartLiteral(Array(literal.utf8), group: group, payload: TermPayload(
                                    rule: index, patternStart: patternIndex, contracted: contracted))
                            }
                        }
                        compiled[Int(group)].append(CompiledPattern(rule: index, regex: regex, prefiltered: starts != nil, spanGroup: spanGroup,
                                                                     lookbehind: build.lookbehind, follow: starts == nil ? nil : build.follow))
                    } catch {
                        self.error(loc, "internal: the wrapped pattern failed to compile: \(error)", r)
                        continue
                    }
                }
                guard include else { continue }
                rules.append(CompiledRule(
                    fullID: r.fullID, label: r.label, norm: r.norm, attrs: r.attrs, priority: r.priority,
                    caseInsensitive: r.caseInsensitive, source: r))
            }
            if only == nil {
                for (name, d) in f.definitions where !usedDefinitions.contains(name) {
                    warning(d.location, "definition '\(name)' is never used", nil)
                }
            }
        }
        prefixMemo.removeAll()  // (its analyses are only for the big groups of patterns, all compiled now)
        // Every pattern is compiled: what only expanding and compiling them
        // needed goes before the literal automaton is built, start-up's
        // peak (the start literals as strings, the resolved definitions and
        // the lists' alternations: about 10 MB of the bundled rules').
        ahead = [:]
        resolvedCache = [:]
        if only == nil {
            lists.forgetAlternations()
            ProcessMemory.trim()  // (what the compiling threads freed, in their arenas)
        }
        let built = literals.build(groupCount: groupOptions.count, files: files)
        if !literals.diagnostics.isEmpty {
            // The term diagnostics, each where the compiler was when it got to the term's rule.
            let terms = literals.diagnostics.sorted { ($0.position, $0.instance, $0.term) < ($1.position, $1.instance, $1.term) }
            var merged: [Diagnostic] = []
            merged.reserveCapacity(diagnostics.count + terms.count)
            var k = 0
            for i in 0...diagnostics.count {
                while k < terms.count && terms[k].position == i { merged.append(terms[k].diagnostic); k += 1 }
                if i < diagnostics.count { merged.append(diagnostics[i]) }
            }
            diagnostics = merged
        }
        let meta = literals.meta
        let bytes = literals.bytes
        literals = LiteralTable()
        let groups = groupOptions.indices.map { g -> RuleGroup in
            let b = built[g]
            let matcher = LiteralMatcher(sorted: LiteralMatcher.SortedPatterns(bytes: bytes, start: b.start, length: b.length,
                                                                               ids: nil, lcp: b.lcp))
            return RuleGroup(options: groupOptions[g], literal: matcher, payloadStart: b.payloadStart, payloads: b.payloads,
                             exactBytes: b.exactBytes, meta: meta, patterns: compiled[g])
        }
        return CompiledRuleSet(rules: rules, groups: groups)
    }

    /// A normalized pattern as the compiler compiles it.
    struct PatternKey: Sendable {
        var normalized: String
        /// The same pattern with each term list (`{{@LABEL}}`, a definition's
        /// `alternatives`) standing as one letter: the author's syntax and
        /// whether the pattern can match the empty string, checked without
        /// compiling the lists twice.
        var skeleton: String
        var caseless: Bool
        /// Whether the rule goes into the set (else only checked).
        var include: Bool
        /// The pattern with its long lists looked up (see `ListLookup`), when
        /// it has one, and the lists its callouts number.
        var lookedUp: (text: String, lists: TermLists)? = nil
        /// For a big pattern, the same with its shorter lists looked up too
        /// (see `tightListMinimum`): used when the other forms come within a
        /// tenth of PCRE2's limit.
        var tightLookedUp: (text: String, lists: TermLists)? = nil
        /// Use `lookedUp` even far from the size limit.
        var lookUpAlways = false
        /// The word list the pattern begins with, if it does (see `HeadList`).
        var head: HeadList? = nil
    }

    /// The word list `source` begins with (`{{@LABEL}}`, or a definition of
    /// `alternatives`), given its inline expansion `e`; nil when it does not
    /// begin with one, or the list is quantified (`{{@ORG}}?`).
    func headList(_ source: String, file: RuleFile, refs: TermReferences, inline e: Expanded,
                  normalizer: Normalizer) -> HeadList? {
        guard source.hasPrefix("{{"), let close = source.range(of: "}}"),
              let piece = e.pieces.first, piece.start == 0, piece.sourceOffset == 0 else { return nil }
        var name = source[source.index(source.startIndex, offsetBy: 2)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
        let after = source[close.upperBound...]
        guard let next = after.unicodeScalars.first else { return nil }
        if "?*+".unicodeScalars.contains(next) || (next == "{" && !after.hasPrefix("{{")) { return nil }
        let words: [String]
        if name.hasPrefix("@") {
            name.removeFirst()
            guard let terms = refs.terms(name) else { return nil }
            words = terms
        } else {
            guard let alternatives = file.definitions[name]?.alternatives else { return nil }
            words = alternatives
        }
        guard !words.isEmpty, !words.contains(where: \.isEmpty) else { return nil }
        let rest = String(String.UnicodeScalarView(e.text.unicodeScalars.dropFirst(piece.length)))
        return HeadList(words: words.map { normalizer.normalizeString($0) }, rest: normalizer.normalizeString(rest))
    }

    /// The normalized pattern with its long lists written as lookups, when
    /// the expansion just done (`inline`) met one (`metLongList`) and lists
    /// are looked up in every pattern, or it is long enough to come near
    /// PCRE2's limit (compiled, a pattern takes less than twice its text's
    /// bytes); nil otherwise. `tight`: the form with the shorter lists looked
    /// up too (see `lookedUpForms`), whatever the lists met.
    private mutating func lookedUpForm(_ source: String, at loc: SourceLocation, file: RuleFile, refs: TermReferences,
                                       rule: Rule, normalizer: Normalizer, inline: Expanded, tight: Bool = false) -> (String, TermLists)? {
        if !tight {
            guard metLongList, listLookup == .always || inline.text.utf8.count >= Regex.compiledSizeLimit / 4 else { return nil }
        }
        let minimum = externalListMinimum
        if tight { externalListMinimum = min(minimum, Self.tightListMinimum) }
        defer { externalListMinimum = minimum }
        expandingLookups = true
        patternLists = TermLists()
        patternListIndex = [:]
        defer { expandingLookups = false }
        var used = Set<String>()
        let before = diagnostics.count
        let e = expand(source, at: loc, file: file, refs: refs, used: &used, rule: rule)
        diagnostics.removeLast(diagnostics.count - before)  // (reported by the first expansion already)
        return e.map { (normalizer.normalizeString($0.text), patternLists) }
    }

    /// The pattern's looked-up form (`lookedUpForm`) and, when the text to
    /// be compiled is long enough that PCRE2's limit may be near (a quarter
    /// of it: compiled, a pattern takes up to about twice its bytes), its
    /// tight form, with the lists over `tightListMinimum` bytes looked up.
    mutating func lookedUpForms(_ source: String, at loc: SourceLocation, file: RuleFile, refs: TermReferences,
                                rule: Rule, normalizer: Normalizer, inline: Expanded)
        -> (lookedUp: (String, TermLists)?, tight: (String, TermLists)?) {
        let lookedUp = lookedUpForm(source, at: loc, file: file, refs: refs, rule: rule, normalizer: normalizer, inline: inline)
        guard (lookedUp?.0.utf8.count ?? inline.text.utf8.count) >= Regex.compiledSizeLimit / 4 else { return (lookedUp, nil) }
        let tight = lookedUpForm(source, at: loc, file: file, refs: refs, rule: rule, normalizer: normalizer, inline: inline, tight: true)
        return (lookedUp, tight)
    }

    /// A list this long (bytes of its alternation) is looked up in a pattern
    /// that would otherwise come within a tenth of PCRE2's limit: the big
    /// rules (`titles/head`) are many short lists, each under
    /// `externalListMinimum`, and came to 90% of the limit written out.
    static let tightListMinimum = 192

    /// What compiling one pattern gives: the bare pattern's outcome (can it
    /// match the empty string, or PCRE2's error), and for a rule that goes
    /// into the set its start literals and the wrapped, JIT-compiled regex.
    struct PatternBuild: @unchecked Sendable {
        var bare: Result<Bool, any Error>
        var starts: [(String, Bool)]?
        var wrapped: Result<Regex, any Error>?
        /// Its leading lookbehinds of plain words, checked before PCRE2 at
        /// each candidate start (prefiltered patterns only).
        var lookbehind: LookbehindFilter?
        /// When its start literals are the words of its head list: what the
        /// text must begin with after one (see `HeadList`).
        var follow: [[UInt8]]? = nil
    }

    /// Compiles one pattern: a pure function of its key, so the threads may
    /// run it in any order.
    ///
    /// The bare pattern is checked through its skeleton: the lists are
    /// machine-written and valid, so the skeleton compiles exactly when the
    /// author's syntax is right, and it can match the empty string exactly
    /// when the pattern can. Where the skeleton fails (or the whole pattern
    /// does, as with a list too long inside a lookbehind), the bare pattern
    /// itself is compiled for PCRE2's own message and offset.
    static func build(_ key: PatternKey, prefilter: Bool, memo: PatternPrefix.GroupMemo? = nil) -> PatternBuild {
        let options: Regex.Options = key.caseless ? [.caseless] : []
        func compileBare() -> Result<Bool, any Error> {
            let inline = Result { try Regex(key.normalized, options: options, jit: false).canMatchEmpty }
            guard case .failure = inline, let lookedUp = key.lookedUp else { return inline }
            return Result { try Regex(lookedUp.text, options: options, jit: false, termLists: lookedUp.lists).canMatchEmpty }
        }
        var bare = key.skeleton == key.normalized
            ? compileBare() : Result { try Regex(key.skeleton, options: options, jit: false).canMatchEmpty }
        if case .failure = bare, key.skeleton != key.normalized { bare = compileBare() }
        guard case .success = bare, key.include else {
            if !key.include, key.skeleton != key.normalized, case .success = bare { bare = compileBare() }
            return PatternBuild(bare: bare)
        }
        // Start literals of the inline form: the looked-up form matches the same strings.
        var starts = prefilter ? RegexSource.startLiterals(of: key.normalized, caseless: key.caseless, memo: memo) : nil
        // A pattern that begins with a word list: its whole words, each to
        // be followed by what the rest begins with.
        var follow: [[UInt8]]? = nil
        if prefilter, let head = key.head, let f = head.follow(caseless: key.caseless),
           key.normalized.utf8.count > head.rest.utf8.count,
           key.normalized.utf8.reversed().starts(with: head.rest.utf8.reversed()) {
            starts = head.words.map { ($0, false) }
            follow = f
        }
        let wrappedOptions = starts == nil ? options : options.union(.anchored)
        var wrapped: Result<Regex, any Error>
        func lookingUp(_ lookedUp: (text: String, lists: TermLists)) -> Result<Regex, any Error> {
            Result { try Regex(RegexSource.wrap(lookedUp.text), options: wrappedOptions, jit: .onFirstMatch, termLists: lookedUp.lists) }
        }
        if let lookedUp = key.lookedUp, key.lookUpAlways, case .success(let regex) = lookingUp(lookedUp) {
            wrapped = .success(regex)
        } else {
            wrapped = Result { try Regex(RegexSource.wrap(key.normalized), options: wrappedOptions, jit: .onFirstMatch) }
            if let lookedUp = key.lookedUp {
                // Near PCRE2's limit (or over it): the lists looked up
                // instead, unless that form does not compile (a list inside
                // a lookbehind, which must have a bounded length).
                var near = true
                if case .success(let regex) = wrapped { near = regex.compiledSize * 10 >= Regex.compiledSizeLimit * 9 }
                if near, case .success(let regex) = lookingUp(lookedUp) { wrapped = .success(regex) }
            }
        }
        if let tight = key.tightLookedUp {
            var near = true
            if case .success(let regex) = wrapped { near = regex.compiledSize * 10 >= Regex.compiledSizeLimit * 9 }
            if near, case .success(let regex) = lookingUp(tight) { wrapped = .success(regex) }
        }
        if case .failure = wrapped, key.skeleton != key.normalized {
            bare = compileBare()
            if case .failure = bare { return PatternBuild(bare: bare) }
        }
        // (Not before an article whose contracted form is matched too: there
        // the lookbehinds are checked before the preposition ل, a byte
        // before the candidate start the filter would read from.)
        let contracted = RegexSource.articleStart(key.normalized).map { !$0.lookbehinds.isEmpty } ?? false
        let lookbehind = starts == nil || contracted ? nil : LookbehindFilter(pattern: key.normalized, caseless: key.caseless)
        return PatternBuild(bare: bare, starts: starts, wrapped: wrapped, lookbehind: lookbehind, follow: follow)
    }

    /// Expands every pattern as `compile` will (on a copy: its diagnostics
    /// are `compile`'s to report, in their place) and compiles them on
    /// `threads` threads, biggest first; `compile` then takes them from `ahead`.
    ///
    /// The expansions here only measure the patterns (for the order) and
    /// keep where their pieces came from: each thread expands its pattern
    /// again when it takes it, from the definitions resolved by then. Kept
    /// from the first pass, the expanded texts of all the patterns were 45 MB
    /// alive at once, which made two threads' start-up peak 20 MB above one's.
    private mutating func precompile(_ files: [RuleFile], only: ((Rule) -> Bool)?, references: TermReferences) {
        var probe = self
        var jobs: [(ref: RuleRef, expanded: Expanded, used: Set<String>, size: Int)] = []
        for (fileIndex, f) in files.enumerated() {
            for (ruleIndex, r) in f.rules.enumerated() {
                if let only, !only(r) { continue }
                guard case .pattern(let source, let loc) = r.body else { continue }
                let before = probe.diagnostics.count
                var used = Set<String>()
                // A pattern whose expansion has something to report is expanded again by `compile`, which reports it.
                guard let expanded = probe.expand(source, at: loc, file: f, refs: references, used: &used, rule: r),
                      probe.diagnostics.count == before else { continue }
                // Kept till `compile` takes it: the positions only (for an error's place), not the text.
                jobs.append((RuleRef(file: fileIndex, rule: ruleIndex), expanded.positions, used, expanded.text.utf8.count))
            }
        }
        resolvedCache = probe.resolvedCache  // definitions resolved once (the lists, shared by class, built once)
        jobs.sort { $0.size > $1.size }
        let keys = KeyMaker(probe, files: files, references: references)
        let prefilter = self.prefilter, memo = prefixMemo
        let results = ParallelJobs.map(jobs.count, threads: threads) { k in
            Self.build(keys.key(jobs[k].ref), prefilter: prefilter, memo: memo)
        }
        for (job, build) in zip(jobs, results) { ahead[job.ref] = Ahead(expanded: job.expanded, used: job.used, build: build) }
        prefixMemo.removeAll()  // (every pattern is analysed)
    }

    /// Expands a pattern (again) for the thread that takes it, one thread at
    /// a time (the compiler's caches are not shared safely), and normalizes
    /// it in the thread: the key of each pattern lives only while its
    /// pattern is built.
    final class KeyMaker: @unchecked Sendable {
        private var compiler: RuleCompiler
        private let files: [RuleFile]
        private let references: TermReferences
        private let normalizers: [Normalizer]
        private let lookUpAlways: Bool
        private let lock = NSLock()

        init(_ compiler: RuleCompiler, files: [RuleFile], references: TermReferences) {
            self.compiler = compiler
            self.files = files
            self.references = references
            normalizers = files.map { Normalizer(options: $0.normalization) }
            lookUpAlways = compiler.listLookup == .always
        }

        /// The key of the pattern rule `ref`, whose expansion succeeded once
        /// without a diagnostic (and so succeeds again, the same).
        func key(_ ref: RuleRef) -> PatternKey {
            let f = files[ref.file], r = f.rules[ref.rule], normalizer = normalizers[ref.file]
            guard case .pattern(let source, let loc) = r.body else { preconditionFailure("a pattern rule") }
            let (text, skeleton, lookedUp, tight, head): (String, String, (String, TermLists)?, (String, TermLists)?, HeadList?) = lock.withLock {
                var used = Set<String>()
                compiler.metLongList = false
                guard let e = compiler.expand(source, at: loc, file: f, refs: references, used: &used, rule: r) else {
                    preconditionFailure("pattern of rule '\(r.id)' expanded once without a diagnostic")
                }
                let (lookedUp, tight) = compiler.lookedUpForms(source, at: loc, file: f, refs: references, rule: r,
                                                               normalizer: normalizer, inline: e)
                let head = compiler.headList(source, file: f, refs: references, inline: e, normalizer: normalizer)
                return (e.text, e.skeleton, lookedUp, tight, head)
            }
            return PatternKey(normalized: normalizer.normalizeString(text), skeleton: normalizer.normalizeString(skeleton),
                              caseless: r.caseInsensitive, include: r.isComplete, lookedUp: lookedUp,
                              tightLookedUp: tight, lookUpAlways: lookUpAlways, head: head)
        }
    }

    /// Normalized terms of every rule by `LABEL` and `LABEL/form`, for
    /// `{{@LABEL/form}}`. Compute once when compiling rules one by one.
    public static func termReferences(_ files: [RuleFile]) -> [String: [String]] {
        var refs: [String: [String]] = [:]
        for f in files {
            let n = Normalizer(options: f.normalization)
            for r in f.rules where r.isComplete {
                guard case .terms(let terms) = r.body else { continue }
                for t in terms {
                    let normalized = n.normalizeString(t.text)
                    refs[r.label, default: []].append(normalized)
                    if let form = (t.attrs["form"] ?? r.attrs["form"]) {
                        refs["\(r.label)/\(form)", default: []].append(normalized)
                    }
                }
            }
        }
        return refs
    }

    // MARK: - Definitions

    /// A pattern after `{{NAME}}` expansion, remembering where each piece came from.
    struct Expanded {
        var text = ""
        /// `text` with each term list as one letter (see `PatternKey.skeleton`).
        var skeleton = ""
        /// (offset in expanded text, length, definition name, offset in source of `{{`)
        var pieces: [(start: Int, length: Int, name: String, sourceOffset: Int)] = []
        var sourceMap: [(expanded: Int, source: Int)] = [(0, 0)]

        /// The same without its texts: what placing an error in it needs.
        var positions: Expanded {
            var e = self
            e.text = ""
            e.skeleton = ""
            return e
        }

        func location(ofOffset o: Int, base: SourceLocation) -> SourceLocation {
            var loc = base
            if let p = pieces.first(where: { o >= $0.start && o < $0.start + $0.length }) {
                loc.column += p.sourceOffset
                return loc
            }
            var source = o
            for (e, s) in sourceMap where e <= o { source = s + (o - e) }
            loc.column += source
            return loc
        }

        func definitionNote(ofOffset o: Int) -> String {
            guard let p = pieces.first(where: { o >= $0.start && o < $0.start + $0.length }) else { return "" }
            return ", inside definition '\(p.name)'"
        }
    }

    private mutating func expand(
        _ source: String, at loc: SourceLocation, file: RuleFile, refs: TermReferences,
        used: inout Set<String>, rule: Rule
    ) -> Expanded? {
        var out = Expanded()
        let scalars = Array(source.unicodeScalars)
        var i = 0
        var ok = true
        var count = 0  // scalars in out.text (counting them again each time was quadratic)
        while i < scalars.count {
            if i + 1 < scalars.count, scalars[i] == "{", scalars[i + 1] == "{" {
                var j = i + 2
                while j + 1 < scalars.count && !(scalars[j] == "}" && scalars[j + 1] == "}") { j += 1 }
                guard j + 1 < scalars.count else {
                    var l = loc; l.column += i
                    error(l, "unclosed '{{' in pattern: write {{NAME}}", rule)
                    return nil
                }
                var name = String(String.UnicodeScalarView(scalars[(i + 2)..<j])).trimmingCharacters(in: .whitespaces)
                let replacement: Resolved?
                if name.hasPrefix("@") {
                    name.removeFirst()
                    if let terms = refs.terms(name), !terms.isEmpty {
                        replacement = Resolved(list: referenceAlternation(name, terms, file: file, rule: rule))
                    } else {
                        var l = loc; l.column += i
                        error(l, "{{@\(name)}} names no terms: use {{@LABEL}} or {{@LABEL/form}} of a label whose rules have terms (e.g. {{@COUNTRY/nisba}})", rule)
                        ok = false
                        replacement = nil
                    }
                } else {
                    var stack: [String] = []
                    replacement = resolve(name, file: file, refs: refs, used: &used, stack: &stack, at: { var l = loc; l.column += i; return l }(), rule: rule)
                    if replacement == nil { ok = false }
                }
                if let replacement {
                    let text = "(?:\(replacement.text))"
                    out.skeleton += "(?:\(replacement.skeleton))"
                    let start = count
                    let length = TextScan.scalarCount(text)  // (on the UTF-8: a scalar view decoded every long list again)
                    out.pieces.append((start, length, name, i))
                    out.text += text
                    count += length
                    out.sourceMap.append((start + length, j + 2))
                }
                i = j + 2
                continue
            }
            // The pattern's own text up to the next {{, appended at once
            // (scalar by scalar, onto a text that may already hold long
            // lists, it cost hundreds of instructions a scalar).
            var k = i + 1
            while k < scalars.count, !(scalars[k] == "{" && k + 1 < scalars.count && scalars[k + 1] == "{") { k += 1 }
            let run = String(String.UnicodeScalarView(scalars[i..<k]))
            out.text += run
            out.skeleton += run
            count += k - i
            i = k
        }
        return ok ? out : nil
    }

    /// A definition's pattern text, and its skeleton (see `PatternKey.skeleton`).
    struct Resolved {
        var text: String
        var skeleton: String

        /// A term list: in the skeleton, one letter (nothing for an empty list, which matches the empty string).
        init(list: String) {
            text = list
            skeleton = list.isEmpty ? "" : "x"
        }

        init(text: String, skeleton: String) {
            self.text = text
            self.skeleton = skeleton
        }
    }

    private mutating func resolve(
        _ name: String, file: RuleFile, refs: TermReferences, used: inout Set<String>, stack: inout [String],
        at loc: SourceLocation, rule: Rule
    ) -> Resolved? {
        guard let d = file.definitions[name] else {
            let hint = RuleLoader.suggest(name, among: Array(file.definitions.keys)).map { " (did you mean '\($0)'?)" } ?? ""
            error(loc, "unknown definition '{{\(name)}}'\(hint): add it under `definitions:` in \(file.path)", rule)
            return nil
        }
        used.insert(name)
        if stack.contains(name) {
            error(d.location, "definition '\(name)' refers to itself through \(stack.joined(separator: " → "))", rule)
            return nil
        }
        if let alts = d.alternatives {
            let key = "\(file.path)#\(name)"
            let t = lists.alternation(key) { RegexSource.trieAlternation(alts) }
            return Resolved(list: lookUp(key, t, alts, file: file, rule: rule))
        }
        // Resolved before in this file (outside lookups, whose callouts
        // each pattern numbers itself): the same text, and the same
        // definitions used and long lists met.
        let cacheKey = "\(file.path)#\(name)"
        let cacheable = !expandingLookups
        if cacheable, let done = resolvedCache[cacheKey] {
            used.formUnion(done.used)
            if done.longList { metLongList = true }
            return done.resolved
        }
        stack.append(name)
        defer { stack.removeLast() }
        var mine = Set<String>()  // the definitions this one reaches
        let longBefore = metLongList
        metLongList = false
        defer {
            used.formUnion(mine)
            metLongList = metLongList || longBefore
        }
        // Nested definitions, replaced in the text and in the skeleton.
        let pattern = d.pattern
        var text = "", skeleton = ""
        var cursor = pattern.startIndex
        var from = 0  // no reference starts before this UTF-8 offset
        while let r = Self.firstReference(in: pattern, from: from) {
            let inner = String(pattern[r].dropFirst(2).dropLast(2))
            let sub: Resolved
            if inner.hasPrefix("@") {
                // {{@LABEL}} / {{@LABEL/form}} inside a definition, as in a pattern.
                let label = String(inner.dropFirst())
                guard let terms = refs.terms(label), !terms.isEmpty else {
                    error(d.location, "{{\(inner)}} in definition '\(name)' names no terms: use {{@LABEL}} or {{@LABEL/form}} of a label whose rules have terms (e.g. {{@COUNTRY/nisba}})", rule)
                    return nil
                }
                sub = Resolved(list: referenceAlternation(label, terms, file: file, rule: rule))
            } else {
                guard let s = resolve(inner, file: file, refs: refs, used: &mine, stack: &stack, at: d.location, rule: rule) else { return nil }
                sub = s
            }
            text += pattern[cursor..<r.lowerBound]
            skeleton += pattern[cursor..<r.lowerBound]
            text += "(?:\(sub.text))"
            skeleton += "(?:\(sub.skeleton))"
            cursor = r.upperBound
            from = pattern.utf8.distance(from: pattern.startIndex, to: r.upperBound)
        }
        text += pattern[cursor...]
        skeleton += pattern[cursor...]
        let resolved = Resolved(text: text, skeleton: skeleton)
        if cacheable { resolvedCache[cacheKey] = (resolved, mine, metLongList) }
        return resolved
    }

    /// The range of the first `{{NAME}}` in `text` (NAME: a letter, `_` or
    /// `@`, then letters, digits, `_` or `/`: `{{@COUNTRY/nisba}}` too).
    /// The search starts `from` UTF-8 bytes in: after a replacement, the text
    /// before it holds no reference (and the inserted `(?:` cannot end one).
    static func firstReference(in text: String, from: Int = 0) -> Range<String.Index>? {
        let u = text.utf8
        var i = u.index(u.startIndex, offsetBy: from)
        while let open = u[i...].firstIndex(of: UInt8(ascii: "{")) {
            var j = u.index(after: open)
            guard j < u.endIndex, u[j] == UInt8(ascii: "{") else { i = j; continue }
            j = u.index(after: j)
            let nameStart = j
            while j < u.endIndex, Self.isNameByte(u[j], first: j == nameStart) { j = u.index(after: j) }
            if j > nameStart, j < u.endIndex, u[j] == UInt8(ascii: "}") {
                let k = u.index(after: j)
                if k < u.endIndex, u[k] == UInt8(ascii: "}") { return open..<u.index(after: k) }
            }
            i = u.index(after: open)
        }
        return nil
    }

    private static func isNameByte(_ b: UInt8, first: Bool) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || (first && b == 0x40)
            || (!first && ((b >= 0x30 && b <= 0x39) || b == 0x2F))
    }

    /// `(…+)+`-like: a group, without nested parentheses, whose content ends
    /// in `+` or `*` and which is itself followed by `+`, `*` or `{`.
    private static let nestedQuantifier = try! Regex(#"\((?:\?:)?[^()]*[+*]\)[+*{]"#, jit: false)

    /// A quantified group that itself ends in a quantifier: `(a+)+`, `(?:\w*)*`.
    static func hasNestedQuantifier(_ p: String) -> Bool {
        let scratch = MatchScratch()
        let bytes = Array(p.utf8)
        return bytes.withUnsafeBufferPointer { nestedQuantifier.match($0, from: 0, scratch: scratch) == .match }
    }

    private mutating func error(_ loc: SourceLocation, _ m: String, _ r: Rule?) {
        diagnostics.append(Diagnostic(.error, loc, m, rule: r?.fullID))
    }

    private mutating func warning(_ loc: SourceLocation, _ m: String, _ r: Rule?) {
        diagnostics.append(Diagnostic(.warning, loc, m, rule: r?.fullID))
    }
}
