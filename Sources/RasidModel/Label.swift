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
}
