import Foundation
import PCRE2

/// The lists a compile writes into patterns (trie alternations) or looks up
/// (`TermList` tries), by name, shared by the compilers of one rule set:
/// rule examples compile each rule alone, on several threads, and without
/// it every rule naming a long list built that list's trie again (most of
/// `rasid check`'s time).
final class ListCache: @unchecked Sendable {
    private let lock = NSLock()
    private var alternations: [String: String] = [:]
    private var termLists: [RuleCompiler.TermListKey: TermList] = [:]

    /// The alternation stored under `key`, made by `make` the first time.
    /// (Made outside the lock: two threads may make the same one, and the
    /// first stored is kept.)
    func alternation(_ key: String, _ make: () -> String) -> String {
        if let t = lock.withLock({ alternations[key] }) { return t }
        let t = make()
        return lock.withLock {
            if let first = alternations[key] { return first }
            alternations[key] = t
            return t
        }
    }

    /// The term list stored under `key`, built by `make` the first time.
    func termList(_ key: RuleCompiler.TermListKey, _ make: () -> TermList) -> TermList {
        if let list = lock.withLock({ termLists[key] }) { return list }
        let list = make()
        return lock.withLock {
            if let first = termLists[key] { return first }
            termLists[key] = list
            return list
        }
    }
}
