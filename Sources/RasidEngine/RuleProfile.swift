import Foundation

/// Where the rule engine's time goes over a run, rule by rule: for a rule
/// author who wants to see what an edit costs on a whole corpus
/// (`rasid annotate --profile-rules`), and for finding the pattern that
/// dominates a slow run. Off unless asked for: timing costs two clock reads
/// per pattern per document. Times are CPU time of the worker threads.
public final class RuleProfile: @unchecked Sendable {
    /// One pattern rule's totals, or the literal automaton's (`rule` nil).
    public struct Entry: Sendable {
        public var rule: String?
        public var nanoseconds: UInt64 = 0
        /// Candidate starts the pattern was tried at; nil for a pattern run
        /// over the whole text (no start literals).
        public var attempts: Int? = 0
        public var matches = 0
    }

    private let lock = NSLock()
    private var byRule: [String: Entry] = [:]
    private var scan = Entry(rule: nil, attempts: nil)

    public init() {}

    /// Adds one document's figures of one rule group.
    func add(_ entries: [Entry], scanNanoseconds: UInt64, termMatches: Int) {
        lock.withLock {
            scan.nanoseconds += scanNanoseconds
            scan.matches += termMatches
            for e in entries {
                guard let id = e.rule else { continue }
                var t = byRule[id] ?? Entry(rule: id, attempts: e.attempts == nil ? nil : 0)
                t.nanoseconds += e.nanoseconds
                if let a = e.attempts { t.attempts = (t.attempts ?? 0) + a }
                t.matches += e.matches
                byRule[id] = t
            }
        }
    }

    /// The literal automaton's scan over every document (all the terms, and
    /// the start literals of patterns), then the pattern rules, slowest first.
    public var entries: (scan: Entry, rules: [Entry]) {
        lock.withLock { (scan, byRule.values.sorted { ($0.nanoseconds, $1.rule ?? "") > ($1.nanoseconds, $0.rule ?? "") }) }
    }

    /// A table of the `top` slowest rules, with the automaton's line first.
    public func table(top: Int) -> String {
        let (scan, rules) = entries
        let total = rules.reduce(scan.nanoseconds) { $0 + $1.nanoseconds }
        func ms(_ ns: UInt64) -> String { String(format: "%9.1f", Double(ns) / 1e6) }
        func share(_ ns: UInt64) -> String { String(format: "%5.1f%%", total == 0 ? 0 : 100 * Double(ns) / Double(total)) }
        var lines = ["       ms  share   attempts    matches  rule"]
        lines.append("\(ms(scan.nanoseconds)) \(share(scan.nanoseconds)) \("—".leftPadded(10)) \(String(scan.matches).leftPadded(10))  (literal automaton: every term, and where patterns may start)")
        for e in rules.prefix(top) {
            let attempts = e.attempts.map(String.init) ?? "whole text"
            lines.append("\(ms(e.nanoseconds)) \(share(e.nanoseconds)) \(attempts.leftPadded(10)) \(String(e.matches).leftPadded(10))  \(e.rule ?? "")")
        }
        if rules.count > top { lines.append("(\(rules.count - top) more pattern rules)") }
        return lines.joined(separator: "\n")
    }

    /// The calling thread's CPU time: a pattern's share does not depend on
    /// what else the machine runs (wall-clock time also counts the moments
    /// the worker waited for a core, which on a shared machine land on
    /// whichever rule was running).
    static var now: UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) &* 1_000_000_000 &+ UInt64(t.tv_nsec)
    }
}

private extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}
