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
    func alternation(_ key: String, _ make: () -> String) -> String { stored(\.alternations, key, make) }

    /// The term list stored under `key`, built by `make` the first time.
    func termList(_ key: RuleCompiler.TermListKey, _ make: () -> TermList) -> TermList { stored(\.termLists, key, make) }

    /// Forgets the alternations (the term lists stay: compiled patterns
    /// look them up while they match). For a compiler that has compiled
    /// the whole set, before it builds the literal automaton, so that the
    /// texts are not alive under that build's peak.
    func forgetAlternations() { lock.withLock { alternations = [:] } }

    /// (Made outside the lock: two threads may make the same value, and
    /// the first stored is kept.)
    private func stored<Key: Hashable, Value>(_ table: ReferenceWritableKeyPath<ListCache, [Key: Value]>, _ key: Key,
                                              _ make: () -> Value) -> Value {
        if let value = lock.withLock({ self[keyPath: table][key] }) { return value }
        let value = make()
        return lock.withLock {
            if let first = self[keyPath: table][key] { return first }
            self[keyPath: table][key] = value
            return value
        }
    }
}
