import CPCRE2

/// A compiled PCRE2 pattern (UTF + UCP, JIT-compiled when the platform allows).
///
/// Compiled once and shared read-only between threads; matching needs a
/// per-thread `MatchScratch` that holds the match data, limits and JIT stack.
public final class Regex: @unchecked Sendable {
    /// Compile-time switches.
    public struct Options: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let caseless = Options(rawValue: PCRE2_CASELESS)
        public static let multiline = Options(rawValue: PCRE2_MULTILINE)
        public static let dotAll = Options(rawValue: PCRE2_DOTALL)
        public static let extended = Options(rawValue: PCRE2_EXTENDED)
        /// Matches only at the start offset (JIT supports this at compile time only).
        public static let anchored = Options(rawValue: PCRE2_ANCHORED)
    }

    let code: OpaquePointer
    /// The pattern as compiled.
    public let pattern: String
    /// When the pattern is JIT-compiled.
    public enum JIT: Sendable {
        /// Not at all: a pattern compiled only to be checked.
        case never
        /// While it is compiled.
        case now
        /// Before its first match, by the thread that gets there first (the
        /// others wait for it): a set of patterns of which one run tries only
        /// some pays only for those, and the rest of the compiling is spread
        /// over the threads that match.
        case onFirstMatch
    }
    /// See `JIT`; `jitState` says how far `.onFirstMatch` has got.
    private let jitMode: JIT
    private let jitState: UnsafeMutablePointer<Int32>
    private var jitCompiled = false
    /// Whether the pattern has been JIT-compiled (so far).
    public var isJIT: Bool { rasid_jit_state(jitState) == 2 && jitCompiled }
    /// Number of capture groups (without group 0).
    public let captureCount: Int
    /// Named groups → group number.
    public let namedGroups: [String: Int]
    /// True when the pattern can match the empty string.
    public let canMatchEmpty: Bool
    /// Bytes of the compiled pattern (PCRE2_INFO_SIZE): header, code and
    /// name table. About what `compiledSizeLimit` bounds.
    public let compiledSize: Int

    /// The largest compiled pattern this PCRE2 accepts ("regular expression
    /// is too large" beyond it): 64 KB with the 2-byte links of the
    /// distributions' packages.
    public static let compiledSizeLimit: Int = {
        var linkSize: UInt32 = 2
        _ = pcre2_config_8(UInt32(PCRE2_CONFIG_LINKSIZE), &linkSize)
        return linkSize >= 4 ? Int(Int32.max) : 1 << (8 * Int(linkSize))
    }()

    /// Compiles `pattern` with UTF and UCP, and JIT-compiles it unless `jit`
    /// is false (a pattern compiled only to be checked, or kept for a rare
    /// fallback, need not pay for the JIT). Throws `RegexCompileError` with
    /// PCRE2's own message and the offset inside the pattern.
    public convenience init(_ pattern: String, options: Options = [], jit: Bool, termLists: TermLists? = nil) throws {
        try self.init(pattern, options: options, jit: jit ? .now : .never, termLists: termLists)
    }

    /// The long term lists the pattern's list callouts refer to (see `TermList`).
    public let termLists: TermLists?
    /// The same, unretained, as the callout gets it on every match.
    private let termListsReference: Unmanaged<TermLists>?

    public init(_ pattern: String, options: Options = [], jit: JIT = .now, termLists: TermLists? = nil) throws {
        self.pattern = pattern
        self.termLists = termLists
        termListsReference = termLists.map { Unmanaged.passUnretained($0) }
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        let flags = PCRE2_UTF | PCRE2_UCP | options.rawValue
        let utf8 = Array(pattern.utf8)
        let compiled = utf8.withUnsafeBufferPointer { buf -> OpaquePointer? in
            pcre2_compile_8(buf.baseAddress, buf.count, flags, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            throw RegexCompileError(
                message: PCRE2Message.text(for: errorCode),
                code: Int(errorCode),
                byteOffset: errorOffset,
                characterOffset: UTF8Scalars.count(utf8.prefix(min(errorOffset, utf8.count))),
                pattern: pattern)
        }
        code = compiled
        jitMode = jit
        jitState = .allocate(capacity: 1)
        jitState.initialize(to: 0)
        if jit == .now {
            jitCompiled = pcre2_jit_compile_8(compiled, PCRE2_JIT_COMPLETE) == 0
            jitState.pointee = 2
        }

        var count: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
        captureCount = Int(count)
        var empty: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_MATCHEMPTY), &empty)
        canMatchEmpty = empty != 0
        var size = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_SIZE), &size)
        compiledSize = size
        namedGroups = Regex.readNames(compiled)
    }

    deinit {
        pcre2_code_free_8(code)
        jitState.deallocate()
    }

    /// JIT-compiles an `.onFirstMatch` pattern now rather than at its first
    /// match (so that timing its matches does not count its compiling).
    public func compileJITNow() {
        if jitMode == .onFirstMatch && rasid_jit_state(jitState) != 2 { compileJIT() }
    }

    /// JIT-compiles an `.onFirstMatch` pattern once: the first thread to get
    /// here compiles, the others wait (matching while the code is being
    /// compiled would race with it).
    @inline(never)
    private func compileJIT() {
        if rasid_jit_claim(jitState) != 0 {
            jitCompiled = pcre2_jit_compile_8(code, PCRE2_JIT_COMPLETE) == 0
            rasid_jit_done(jitState)
            return
        }
        while rasid_jit_state(jitState) != 2 { rasid_yield() }
    }

    private static func readNames(_ code: OpaquePointer) -> [String: Int] {
        var count: UInt32 = 0
        var entrySize: UInt32 = 0
        var table: UnsafeMutablePointer<UInt8>? = nil
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMECOUNT), &count)
        guard count > 0 else { return [:] }
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard let table else { return [:] }
        var names: [String: Int] = [:]
        for i in 0..<Int(count) {
            let entry = table + i * Int(entrySize)
            let number = Int(entry[0]) << 8 | Int(entry[1])
            var nameBytes: [UInt8] = []
            var j = 2
            while j < Int(entrySize), entry[j] != 0 { nameBytes.append(entry[j]); j += 1 }
            names[String(decoding: nameBytes, as: UTF8.self)] = number
        }
        return names
    }

    /// Searches `subject[start...]`. The subject must already be valid UTF-8
    /// (checked once per document by the caller): matching skips PCRE2's check.
    /// `start` must be on a character boundary.
    @inline(__always)
    public func match(
        _ subject: UnsafeBufferPointer<UInt8>, from start: Int, scratch: MatchScratch,
        anchored: Bool = false
    ) -> MatchOutcome {
        if jitMode == .onFirstMatch && rasid_jit_state(jitState) != 2 { compileJIT() }
        var opts = PCRE2_NO_UTF_CHECK
        if anchored { opts |= PCRE2_ANCHORED }
        scratch.listState.frame.pointee.lists = termListsReference?.toOpaque()
        scratch.reserve(groups: captureCount)
        // JIT code is entered directly (pcre2_match would only check the
        // arguments and call it): a tenth of the cost of a failed attempt,
        // which is what most prefiltered tries are. A match-time anchor is
        // not something JIT code can do; PCRE2's interpreter does it.
        let rc = jitCompiled && !anchored
            ? pcre2_jit_match_8(code, subject.baseAddress, subject.count, start, opts, scratch.matchData, scratch.context)
            : pcre2_match_8(code, subject.baseAddress, subject.count, start, opts, scratch.matchData, scratch.context)
        if rc >= 0 {
            return .match
        }
        switch rc {
        case PCRE2_ERROR_NOMATCH: return .noMatch
        case PCRE2_ERROR_MATCHLIMIT, PCRE2_ERROR_DEPTHLIMIT, PCRE2_ERROR_HEAPLIMIT,
            PCRE2_ERROR_JIT_STACKLIMIT:
            return .limitExceeded(PCRE2Message.text(for: rc))
        default:
            return .error(Int(rc), PCRE2Message.text(for: rc))
        }
    }
}

/// What one `Regex.match` call found. Group offsets are read from the scratch.
public enum MatchOutcome: Equatable, Sendable {
    case match
    case noMatch
    /// The match or depth limit stopped the search (catastrophic backtracking).
    case limitExceeded(String)
    case error(Int, String)
}

/// A pattern PCRE2 refused, with its message and position.
public struct RegexCompileError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public let code: Int
    /// Offset in UTF-8 bytes into the pattern where PCRE2 stopped.
    public let byteOffset: Int
    /// The same position in Unicode scalars.
    public let characterOffset: Int
    public let pattern: String
    public var description: String { "\(message) at offset \(characterOffset)" }
}

enum PCRE2Message {
    static func text(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = buffer.withUnsafeMutableBufferPointer {
            pcre2_get_error_message_8(code, $0.baseAddress, $0.count)
        }
        return n > 0 ? String(decoding: buffer.prefix(Int(n)), as: UTF8.self) : "PCRE2 error \(code)"
    }
}
