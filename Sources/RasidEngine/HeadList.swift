import Foundation

/// A pattern that begins with a whole word list (`{{@ORG}} ?["“]…`,
/// `{{AMBIGUOUS_PLACE}}(?<!…)…`): the list's words, and what the text must
/// begin with right after one of them.
///
/// The start literals of such a pattern are its list's first letters (a long
/// list is cut to a few), so it was tried wherever one of the list's words
/// begins: `orgs/short-name-in-plain-quotes-after-listed-body` 358,000 times
/// in the fresh set for 41 matches. With the whole words as its start
/// literals, the literal automaton reports where each word ends, and a
/// candidate is kept only when the text there begins with one of the few
/// strings the rest of the pattern can begin with (here `"`, `“`, ` "`,
/// ` “`). Every match still begins with one of the words followed by one of
/// those strings, so no match is lost; PCRE2 still checks each candidate.
struct HeadList: Sendable {
    /// The list's words, normalized as the pattern is.
    var words: [String]
    /// The normalized pattern after the list.
    var rest: String

    /// More strings than this for what follows the list: no filter (a
    /// candidate is checked against each of them).
    static let followLimit = 64

    /// What must follow a word of the list, as UTF-8 strings; nil when it
    /// cannot be proved or would filter nothing (the rest may match the empty
    /// string, or is an alternative of the whole pattern).
    func follow(caseless: Bool) -> [[UInt8]]? {
        // A caseless pattern folds cased letters the automaton does not.
        guard !caseless, !rest.isEmpty, !RegexSource.hasTopLevelAlternation(rest),
              let literals = PatternPrefix.literals(of: rest, limit: Self.followLimit) else { return nil }
        return literals.map { Array($0.utf8) }
    }
}
