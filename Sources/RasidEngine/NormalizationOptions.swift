/// Which normalizations run before matching. Text, terms and patterns are
/// normalized with the same options so a rule written one way matches all.
public struct NormalizationOptions: Hashable, Sendable {
    public var diacritics = true
    public var tatweel = true
    public var alef = true
    public var alefMaqsura = true
    public var taMarbuta = false
    public var digits = true
    public var presentationForms = true
    public var persianLetters = true
    public var nfc = true

    public init() {}

    /// YAML key → keypath, for rule files and `rasid.yaml`.
    public static let keys: [String: WritableKeyPath<NormalizationOptions, Bool>] = [
        "diacritics": \.diacritics, "tatweel": \.tatweel, "alef": \.alef,
        "alef_maqsura": \.alefMaqsura, "ta_marbuta": \.taMarbuta, "digits": \.digits,
        "presentation_forms": \.presentationForms, "persian_letters": \.persianLetters,
        "nfc": \.nfc,
    ]
}
