import RasidModel

/// One colour per label, shared by the HTML report and brat's visual.conf so
/// a label looks the same everywhere. Labels a rule file adds get a colour
/// from a spare list, chosen by a stable hash of the name.
public enum LabelPalette {
    static let builtIn: [String: String] = [
        Label.rank: "#c2410c",
        Label.title: "#7c3aed",
        Label.person: "#1d4ed8",
        Label.country: "#047857",
        Label.org: "#be185d",
        Label.location: "#0e7490",
        Label.date: "#a16207",
    ]
    static let spare = ["#4d7c0f", "#b91c1c", "#6d28d9", "#0f766e", "#9a3412", "#1e40af", "#86198f", "#3f6212"]

    /// A dark colour (readable as text on white, and as a tint behind text).
    public static func colour(for label: String) -> String {
        if let c = builtIn[label] { return c }
        var h: UInt32 = 2166136261
        for b in label.utf8 { h = (h ^ UInt32(b)) &* 16777619 }
        return spare[Int(h % UInt32(spare.count))]
    }
}
