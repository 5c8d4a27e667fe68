/// The entity labels of the annotation guidelines. A rule file may define
/// more; labels are plain strings so that such labels need no code change.
public enum Label {
    public static let rank = "RANK"
    public static let title = "TITLE"
    public static let person = "PERSON"
    public static let country = "COUNTRY"
    public static let org = "ORG"
    public static let location = "LOCATION"
    public static let date = "DATE"

    /// The seven labels of the guidelines, in their canonical order.
    public static let builtIn = [rank, title, person, country, org, location, date]

    /// The index of `label` in `builtIn`, or nil for a label of a rule file.
    /// Told by the length and one letter, then one comparison: a `switch`
    /// over the label strings would compare them one after another, each
    /// unequal pair through the standard library's slow path (every span of
    /// every document is classified like this).
    /// (Inlinable: called for every span by other modules.)
    @inlinable @inline(__always)
    public static func builtInIndex(_ label: String) -> Int? {
        let i: Int
        switch label.utf8.count {
        case 3: i = 4
        case 4: i = label.utf8.first == UInt8(ascii: "R") ? 0 : 6
        case 5: i = 1
        case 6: i = 2
        case 7: i = 3
        case 8: i = 5
        default: return nil
        }
        return label == builtIn[i] ? i : nil
    }

    /// Whether two labels are the same, unequal lengths told first.
    @inlinable @inline(__always)
    public static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }
}
