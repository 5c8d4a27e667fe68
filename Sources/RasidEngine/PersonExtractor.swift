import Foundation
import RasidModel

/// Finds PERSON names: after a RANK or TITLE (and a nationality adjective
/// that qualifies it) or an honorific (السيد، الدكتور), from a known given name followed by name-like words,
/// and later (or earlier) mentions of a name already found in the document.
public final class PersonExtractor: Extractor, @unchecked Sendable {
    public static let extractorName = "person"
    public let name = PersonExtractor.extractorName
    public let labels = [Label.person]
    let maxWords = 4
    let options: NormalizationOptions
    /// Every lexicon word and name particle with its flags, looked up by bytes.
    let table: WordTable

    /// Flag bits of `table`.
    enum Bit {
        static let given: UInt16 = 1, ambiguous: UInt16 = 2, family: UInt16 = 4, common: UInt16 = 8
        static let particle: UInt16 = 16, abdOrAbu: UInt16 = 32, compoundHead: UInt16 = 64, honorific: UInt16 = 128
        /// علي: the name when the original writes it with ي, the preposition
        /// على when it writes ى (the text here has ى folded to ي).
        static let spelledByYaa: UInt16 = 256
        /// A short family name taken alone (person-family-short.txt).
        static let shortFamily: UInt16 = 512
        /// A role noun of one word (اللاعب، الممثلة، زميله; person-roles.txt),
        /// and the first word of one of two or three words (حارس المرمى).
        static let role: UInt16 = 1024, roleHead: UInt16 = 2048
        /// A verb of saying (وقال، وتوقع; person-speech-verbs.txt).
        static let speech: UInt16 = 4096
        /// A Turkish family suffix written apart (أوغلو): the word before it
        /// is part of the family name, even an ordinary word (إمام أوغلو).
        static let familySuffix: UInt16 = 8192
        /// ان after علي, written إن in the original (set by `readOriginalSpellings`).
        static let inna: UInt16 = 16384
        /// A word written أل in the original (ألفاريز، ألبرتو): no article,
        /// so not a definite surname that ends a name (set by `readOriginalSpellings`).
        static let hamzaAl: UInt16 = 32768
        static let known: UInt16 = given | ambiguous | family
    }

    /// The quote marks that close (" ” » and a closing bracket) and those
    /// that open (" « “ and an opening bracket), as UTF-8.
    static let closingQuotes: [[UInt8]] = [[0x22], [0x29], [0xC2, 0xBB], [0xE2, 0x80, 0x9D]]
    static let openingQuotes: [[UInt8]] = [[0x22], [0x28], [0xC2, 0xAB], [0xE2, 0x80, 0x9C]]

    /// The bytes end with a quote mark that closes or one that opens.
    static func endsWithQuote(_ g: UnsafeBufferPointer<UInt8>, closing: Bool) -> Bool {
        (closing ? closingQuotes : openingQuotes).contains { q in g.count >= q.count && g.suffix(q.count).elementsEqual(q) }
    }

    /// The bytes start with a quote mark that closes or one that opens.
    static func startsWithQuote(_ g: UnsafeBufferPointer<UInt8>, closing: Bool) -> Bool {
        (closing ? closingQuotes : openingQuotes).contains { q in g.count >= q.count && g.prefix(q.count).elementsEqual(q) }
    }

    /// Prepositions after which a verb of saying is its verbal noun
    /// (إلى رد، في رد، بعد قول): normalized spellings.
    static let nounMarkingPrepositions = ["الي", "في", "من", "عن", "بعد", "قبل", "حول", "دون"]

    /// Particles inside names: جان مارك دو لا سابليير، حمد بن عيسى آل خليفة
    /// (منت is the Mauritanian بنت: فاطمتو منت الشيخ).
    /// (بني, «sons of», heads a Levantine and Gulf family name as آل does:
    /// وفاء بني مصطفى، خليل بني عطية.)
    /// (بو: the Lebanese أبو of family names, إلياس بو صعب، يوسف بو حبيب.)
    static let particles = ["بن", "ابن", "بنت", "منت", "ولد", "بله", "ابنو", "دو", "دي", "دا", "لا", "فان", "فون", "ال", "بني", "ابو", "ابي", "ابا", "ام", "ايت", "بو"]
    /// Turkish family suffixes written as a word of their own (normalized
    /// أوغلو), and the Persian and Tajik زاده (رئيس وزراء طاجيكستان قاهر رسول
    /// زاده: the ordinary word before it is part of the family name).
    static let familySuffixes = ["اوغلو", "اغلو", "زاده"]
    /// What may come between a title and the name: a space, an opening quote or bracket.
    static let quoteGaps: [[UInt8]] = [" ", " «", " “", " \"", "«", "“", " ("].map { Array($0.utf8) }

    /// The rules of this extractor, and each one's provenance, built once
    /// (a span shares it instead of allocating its own).
    enum Rule: Int, CaseIterable {
        case afterRank, afterTitle, afterHonorific, givenName, repeated, familyName, afterRole, afterNationality, coordinated, afterSpeechVerb,
            afterVerb, quotedNickname
        var id: String {
            switch self {
            case .afterRank: "person/after-rank"
            case .afterTitle: "person/after-title"
            case .afterHonorific: "person/after-honorific"
            case .givenName: "person/given-name"
            case .repeated: "person/repeat"
            case .familyName: "person/family-name"
            case .afterRole: "person/after-role"
            case .afterNationality: "person/after-nationality"
            case .coordinated: "person/coordinated"
            case .afterSpeechVerb: "person/after-verb-of-saying"
            case .afterVerb: "person/after-verb"
            case .quotedNickname: "person/quoted-nickname"
            }
        }
    }
    private let provenances: [[Provenance]]
    /// Role nouns of two or three words, whole (حارس المرمى), with their proclitic forms.
    let rolePhrases: WordTable
    /// The present forms of the verbs of saying (يقول، تؤكد), bare: see `markPresentSpeech`.
    let presentSpeech: Set<[UInt8]>

    public init(lexicons: NameLexicons, normalization: NormalizationOptions = NormalizationOptions()) {
        options = normalization
        provenances = Rule.allCases.map { [Provenance(extractor: Self.extractorName, rule: $0.id)] }
        var t = WordTable(capacity: lexicons.given.count + lexicons.family.count + lexicons.common.count + 64)
        for w in lexicons.given { t.insert(w.utf8, Bit.given) }
        for w in lexicons.givenAmbiguous { t.insert(w.utf8, Bit.ambiguous) }
        for w in lexicons.family { t.insert(w.utf8, Bit.family) }
        for w in lexicons.common { t.insert(w.utf8, Bit.common) }
        for w in lexicons.familyShort { t.insert(w.utf8, Bit.shortFamily) }
        for w in lexicons.honorifics {
            for form in Self.withProclitics(w) { t.insert(form.utf8, Bit.honorific) }
        }
        var phrases = WordTable()
        for w in lexicons.roles {
            for form in Self.withProclitics(w) {
                if let space = form.firstIndex(of: " ") {
                    phrases.insert(form.utf8, 1)
                    t.insert(form[..<space].utf8, Bit.roleHead)
                } else {
                    t.insert(form.utf8, Bit.role)
                }
            }
        }
        rolePhrases = phrases
        var present: Set<[UInt8]> = []
        for w in lexicons.speechVerbs {
            let isPresent = w.hasPrefix("ي") || w.hasPrefix("ت")
            if isPresent { present.insert(Array(w.utf8)) }
            // (A proclitic form that is a listed given name is the name:
            // فيصل is not ف + يصل.)
            for form in isPresent ? ["و" + w, "ف" + w] : [w, "و" + w, "ف" + w]
            where form == w || !lexicons.given.contains(form) {
                t.insert(form.utf8, Bit.speech)
            }
        }
        presentSpeech = present
        for w in Self.particles { t.insert(w.utf8, Bit.particle) }
        for w in Self.familySuffixes { t.insert(w.utf8, Bit.familySuffix) }
        // ابو in all three cases: ابو بكر، سعد بن ابي وقاص، ان ابا بكر.
        for w in ["عبد", "ابو", "ابي", "ابا"] { t.insert(w.utf8, Bit.abdOrAbu) }
        for w in ["عبد", "ابو", "ابي", "ابا", "بن", "ابن", "بنت", "منت", "ولد", "بله", "ابنو"] { t.insert(w.utf8, Bit.compoundHead) }
        // (Where ى is not folded, the text's «علي» is already spelled with ي:
        // `resolveAli` finds the same letter in both texts.)
        t.insert(Self.aliBytes, Bit.spelledByYaa)
        table = t
    }

    /// A token with everything the rules below ask about it, computed once.
    struct Word {
        var bytes: Range<Int>
        var original: Range<Int>
        /// Flags of the whole token.
        var raw: UInt16
        var rawShaped: Bool
        /// Proclitics (scalars) left out when the rest is a known name.
        var strip: Int
        /// The token without them, and its flags.
        var stem: Range<Int>
        var stemFlags: UInt16
        var stemShaped: Bool
        var stemScalars: Int

        /// Reads the word as `proclitics` letters and the stem `rest` with
        /// its `flags`. (Proclitics are letters, and at least three scalars
        /// are left: the stem is name-shaped exactly when the word is.)
        mutating func split(proclitics: Int, stem rest: Range<Int>, flags: UInt16) {
            strip = proclitics
            stem = rest
            stemFlags = flags
            stemShaped = rawShaped
            stemScalars -= proclitics
        }
    }

    public func extract(_ context: DocumentContext, previous: [Span]) -> [Span] {
        let text = context.normalized(options)
        let tokens = context.words(options)
        if tokens.isEmpty { return [] }
        // The text with ى kept (computed for `text` already, so a cache
        // lookup), read only at words that are علي. Its bytes line up with
        // the text's when their origins do (the same array when `text` was
        // folded from it: then == does not compare elements).
        let unfolded = context.normalized(Normalizer.unfolded(options))
        let sameLayout = unfolded.byteOrigin == text.byteOrigin
        return text.bytes.withUnsafeBufferPointer { buf in
            unfolded.bytes.withUnsafeBufferPointer { plain in
                text.byteOrigin.withUnsafeBufferPointer { org in
                    let spelling = sameLayout ? plain : UnsafeBufferPointer(start: nil, count: 0)
                    // In memory of their own, read through a pointer: the
                    // many nested steps of `find` captured a `var` array, and
                    // every read of a word went through a boxed, uninlined
                    // getter (about a tenth of this extractor's instructions).
                    let words = UnsafeMutableBufferPointer<Word>.allocate(capacity: tokens.count)
                    defer { words.deallocate() }  // (Word holds plain values only: nothing to deinitialize)
                    for k in tokens.indices { (words.baseAddress! + k).initialize(to: describe(tokens[k], buf, spelling)) }
                    readOriginalSpellings(words, buf, context.document.text)
                    markCompoundGiven(words, buf)
                    markMullah(words, buf)
                    markPresentSpeech(words, buf)
                    return find(words, buf, org, previous)
                }
            }
        }
    }

    static let aliBytes = Array("علي".utf8)
    /// Two-word given names whose tail is not الله or الدين, as normalized
    /// text writes them (see `pairedCompoundTail`).
    static let compoundGivenPairs: [(head: String, tail: String)] = [
        ("نور", "الدائم"), ("نور", "الهدي"), ("نور", "الحق"), ("نور", "الاسلام"), ("ضياء", "الحق"),
        ("جاد", "الحق"), ("جاد", "الرب"), ("جاد", "الكريم"), ("سيف", "الاسلام"), ("سيف", "النصر"),
        ("عز", "العرب"), ("زين", "العابدين"), ("فتح", "الرحمن"), ("فتح", "العليم"), ("عوض", "الكريم"),
        ("حسب", "الرسول"), ("حسب", "النبي"),
    ]
    /// Verbs of saying that take no noun as their object (normalized): the
    /// definite word after one is their subject (وقال الراعي في عظته).
    static let sayingWithoutObject = ["قال", "وقال", "فقال", "يقول", "ويقول", "اضاف", "واضاف", "تابع", "وتابع", "مضي", "ومضي"]
    /// إن، أن and their forms with a proclitic, and لكن (normalized): a
    /// noun right after one is the subject of what follows.
    static let innaBytes: [[UInt8]] = ["ان", "بان", "لان", "وان", "لكن", "ولكن"].map { Array($0.utf8) }
    /// First bytes of a gap after علي that end a name there: . , : ; ) ! and
    /// a newline, and the lead byte of ، ؛ ؟ (D8 8C, D8 9B, D8 9F).
    static let aliEndMarks: Set<UInt8> = [0x2E, 0x2C, 0x3A, 0x3B, 0x29, 0x21, 0x0A, 0xD8]
    /// Words that never follow the preposition على, but follow a name
    /// (بأن after a verb of telling: أفاد النقيب حسن علي بأن; على أن is
    /// left out, «on condition that»).
    /// (Nor إلى or مع, which the preposition never takes either: الرقيب
    /// أول حسن علي إلى موقع الحادث.) Nor a conjunction of time or cause
    /// (بسبب، بينما، عندما، بعدما، حيث: غاب مهند علي بسبب الإصابة); بعد
    /// and إثر are left out (على بعد، على إثر).
    static let afterAliNameWords = ["في", "قد", "لم", "لن", "الذي", "التي", "منذ", "عن", "بان", "بانه", "بانها", "بانهم", "خلال", "امس",
                                    "الي", "مع", "بسبب", "بينما", "عندما", "بعدما", "حيث"]
    static let alanBytes = Array("الان".utf8)
    static let anBytes = Array("ان".utf8)
    static let imamBytes = Array("امام".utf8)
    static let labanBytes = Array("لبن".utf8)

    /// Readings that normalization hides and the original spelling tells:
    /// آلان (Alan) against الآن «now», إمام against أمام, إن after علي, آن
    /// (Anne) against أن, a proclitic before a hamza (بأول، وآصف، وبأسوان)
    /// against a listed name of the same letters, and أل of a foreign name
    /// (ألفاريز) against the article, and a proclitic written apart with a
    /// tatweel (لـإكسون). (The original is read only at words of those
    /// shapes, walked forward once.)
    private func readOriginalSpellings(_ words: UnsafeMutableBufferPointer<Word>, _ buf: UnsafeBufferPointer<UInt8>, _ original: String) {
        // The original is walked forward once, from one such word to the
        // next (words come in text order): a walk from its start for each
        // was quadratic on a long document.
        var text = original
        text.withUTF8 { orig in
            var byte = 0, scalar = 0
            for k in words.indices where words[k].strip <= 1 {
                let count = words[k].bytes.count, lower = words[k].bytes.lowerBound
                // The same after و or ف split off: a listed name read in
                // وب، فل … then ا, written with hamza there in the original, is
                // two proclitics on a word (وبأم درمان، وبأسوان), not و + the name.
                if words[k].strip == 1 {
                    let stem = words[k].stem.lowerBound
                    guard count >= 8, words[k].stemFlags & Bit.known != 0, buf[stem + 2] == 0xD8, buf[stem + 3] == 0xA7,
                        buf[stem] == 0xD8 && buf[stem + 1] == 0xA8
                            || buf[stem] == 0xD9 && (buf[stem + 1] == 0x84 || buf[stem + 1] == 0x83)
                    else { continue }
                    let target = words[k].original.lowerBound + 2
                    guard target >= scalar else { continue }
                    TextScan.advance(orig, byte: &byte, scalar: &scalar, to: target)
                    if scalar == target, byte < orig.count {
                        let v = TextScan.scalar(at: byte, in: orig).0
                        if v == 0x0623 || v == 0x0625 || v == 0x0622 { words[k].stemFlags &= ~Bit.known }
                    }
                    continue
                }
                // A proclitic written apart with a tatweel (لـإكسون، وبـ…) is
                // certain: the word after it is read alone, a name only when
                // it is listed (لـمحمد بن سلمان), never the whole token
                // (لـيو بي إس is no ليو «Leo»; after «التنفيذي لـ» a body
                // follows). Only a word the normalizer shortened is read.
                if words[k].strip == 0, count >= 6, words[k].original.count > words[k].stemScalars,
                    TextScan.isProclitic(TextScan.scalar(at: lower, in: buf).0)
                {
                    var clitics = 0
                    for p in 1...2 where count >= 4 + 2 * p {
                        let target = words[k].original.lowerBound + p
                        guard target >= scalar else { break }
                        TextScan.advance(orig, byte: &byte, scalar: &scalar, to: target)
                        guard scalar == target, byte < orig.count else { break }
                        let v = TextScan.scalar(at: byte, in: orig).0
                        if v == 0x0640 { clitics = p; break }
                        guard p == 1, TextScan.isProclitic(v) else { break }
                    }
                    if clitics > 0 {
                        let rest = (lower + 2 * clitics)..<words[k].bytes.upperBound
                        let f = table.lookup(UnsafeBufferPointer(rebasing: buf[rest]))
                        if f & (Bit.known | Bit.shortFamily) != 0 {
                            words[k].split(proclitics: clitics, stem: rest, flags: f)
                        } else {
                            words[k].raw = Bit.common
                            words[k].stemFlags = Bit.common
                        }
                        continue
                    }
                }
                // وإمام (و + the name: وإمام عاشور) is listed whole among the
                // common words (وأمام): read as و + إمام by the same spelling.
                let waImam = count == 10 && buf[lower] == 0xD9 && buf[lower + 1] == 0x88
                    && buf[(lower + 2)..<words[k].bytes.upperBound].elementsEqual(Self.imamBytes)
                // ان right after علي (written with ي): إنّ with hamza below
                // in the original never follows the preposition على, so it
                // ends a name there (آبي أحمد علي إن …; see `aliFollowedByName`).
                if count == 4 && k > 0 && words[k - 1].raw & Bit.spelledByYaa != 0
                    && buf[words[k].bytes].elementsEqual(Self.anBytes)
                {
                    let target = words[k].original.lowerBound
                    guard target >= scalar else { continue }
                    TextScan.advance(orig, byte: &byte, scalar: &scalar, to: target)
                    if scalar == target, byte < orig.count, TextScan.scalar(at: byte, in: orig).0 == 0x0625 {
                        words[k].raw |= Bit.inna
                    }
                    continue
                }
                // آن (Anne, Ann) folds to ان, the particle أن/إن: written
                // with آ in the original, before a word that is no common
                // word, it is the foreign given name (آن ليندي، آن هيدالغو،
                // آن ماري); «في آن واحد»، «آن الأوان»، «آن أوان» go on with a
                // common word or one with the article.
                // (An ambiguous given name: a name word must follow.)
                if count == 4, k + 1 < words.count, words[k + 1].raw & Bit.common == 0, words[k + 1].strip == 0,
                    !Self.startsWithArticle(words[k + 1].bytes, buf),
                    words[k + 1].bytes.lowerBound == words[k].bytes.upperBound + 1, buf[words[k].bytes.upperBound] == 0x20,
                    buf[words[k].bytes].elementsEqual(Self.anBytes)
                {
                    let target = words[k].original.lowerBound
                    guard target >= scalar else { continue }
                    TextScan.advance(orig, byte: &byte, scalar: &scalar, to: target)
                    if scalar == target, byte < orig.count, TextScan.scalar(at: byte, in: orig).0 == 0x0622 {
                        words[k].raw = words[k].raw & ~Bit.common | Bit.given | Bit.ambiguous
                        words[k].stemFlags = words[k].raw
                    }
                    continue
                }
                // A listed name in ب، ل، ك، ف then ا (باول، لارا) written
                // with أ، إ or آ there in the original is the proclitic on a
                // word in hamza (أولا بأول، لأجل), never the name: names
                // spelled so are not written with a hamza after that letter.
                // (So is و: وآصف is و + آصف, not واصف.)
                if count >= 6, words[k].raw & Bit.known != 0, buf[lower + 2] == 0xD8, buf[lower + 3] == 0xA7,
                    buf[lower] == 0xD8 && buf[lower + 1] == 0xA8
                        || buf[lower] == 0xD9 && (buf[lower + 1] == 0x84 || buf[lower + 1] == 0x83 || buf[lower + 1] == 0x81 || buf[lower + 1] == 0x88)
                {
                    let target = words[k].original.lowerBound + 1
                    guard target >= scalar else { continue }
                    TextScan.advance(orig, byte: &byte, scalar: &scalar, to: target)
                    if scalar == target, byte < orig.count {
                        let v = TextScan.scalar(at: byte, in: orig).0
                        if v == 0x0623 || v == 0x0625 || v == 0x0622 {
                            words[k].raw &= ~Bit.known
                            words[k].stemFlags &= ~Bit.known
                            // (و + a word: read the word as the stem, a name
                            // of its own after the conjunction, وآصف علي زرداري.)
                            let rest = (lower + 2)..<words[k].bytes.upperBound
                            if buf[lower] == 0xD9 && buf[lower + 1] == 0x88 {
                                words[k].split(proclitics: 1, stem: rest, flags: table.lookup(UnsafeBufferPointer(rebasing: buf[rest])))
                            } else {
                                // (ب، ل، ك، ف + a listed name in hamza: the
                                // preposition and the name, التقى الوزير
                                // بأنيتا أوربان — not «بأنيتا أوربان».)
                                let f = table.lookup(UnsafeBufferPointer(rebasing: buf[rest]))
                                if f & (Bit.known | Bit.shortFamily) != 0, f & Bit.common == 0 {
                                    words[k].split(proclitics: 1, stem: rest, flags: f)
                                }
                            }
                        }
                    }
                    continue
                }
                // A word not listed as common that starts ال here and أل in
                // the original is a foreign name (ألفاريز، ألفارادو): the
                // article is never written with hamza.
                if count >= 8, words[k].raw & Bit.common == 0, buf[lower] == 0xD8, buf[lower + 1] == 0xA7,
                    buf[lower + 2] == 0xD9, buf[lower + 3] == 0x84
                {
                    let target = words[k].original.lowerBound
                    guard target >= scalar else { continue }
                    TextScan.advance(orig, byte: &byte, scalar: &scalar, to: target)
                    if scalar == target, byte < orig.count, TextScan.scalar(at: byte, in: orig).0 == 0x0623 {
                        words[k].raw |= Bit.hamzaAl
                        words[k].stemFlags |= Bit.hamzaAl
                    }
                    if count != 8 { continue }
                }
                guard count == 8 || waImam else { continue }
                // إمام (the given name, اللاعب إمام عاشور) folds to امام, the
                // preposition أمام: written with hamza below it is the name (or
                // the noun «imam»), so a given name that is also an ordinary word.
                let imam = waImam || buf[words[k].bytes].elementsEqual(Self.imamBytes)
                guard imam || buf[words[k].bytes].elementsEqual(Self.alanBytes) else { continue }
                let target = words[k].original.lowerBound + (waImam ? 1 : 0)
                guard target >= scalar else { continue }
                TextScan.advance(orig, byte: &byte, scalar: &scalar, to: target)
                guard scalar == target, byte < orig.count,
                    TextScan.scalar(at: byte, in: orig).0 == (imam ? 0x0625 : 0x0622)
                else { continue }
                if waImam {
                    words[k].raw &= ~Bit.common
                    words[k].split(proclitics: 1, stem: (lower + 2)..<words[k].bytes.upperBound, flags: Bit.given | Bit.ambiguous)
                    continue
                }
                if imam {
                    words[k].raw = words[k].raw & ~Bit.common | Bit.given | Bit.ambiguous
                    words[k].stemFlags = words[k].stemFlags & ~Bit.common | Bit.given | Bit.ambiguous
                    continue
                }
                // (Its other flags kept: a common word is no repeat of the name.)
                words[k].raw |= Bit.given
                words[k].stemFlags |= Bit.given
            }
        }
    }

    /// A present verb of saying right after أن، لن or لم is followed by
    /// its subject as a past one is (قبل أن يعلن بدوي رفع الجلسة، لم يقل
    /// فارس): it counts as a verb of saying there, as with و or ف (a bare
    /// present form more often follows its subject: الحزب يتوقع فشلا).
    private func markPresentSpeech(_ words: UnsafeMutableBufferPointer<Word>, _ buf: UnsafeBufferPointer<UInt8>) {
        guard words.count > 1 else { return }
        for k in 1..<words.count where words[k].strip == 0 && words[k].raw & Bit.speech == 0 {
            let b = words[k].bytes
            guard b.count >= 6, buf[b.lowerBound] == 0xD9 && buf[b.lowerBound + 1] == 0x8A || buf[b.lowerBound] == 0xD8 && buf[b.lowerBound + 1] == 0xAA,
                words[k - 1].bytes.upperBound + 1 == b.lowerBound, words[k - 1].bytes.count == 4,
                Self.isExactly(words[k - 1].bytes, "ان", buf) || Self.isExactly(words[k - 1].bytes, "لن", buf)
                    || Self.isExactly(words[k - 1].bytes, "لم", buf),
                presentSpeech.contains(Array(buf[b]))
            else { continue }
            words[k].raw |= Bit.speech
            words[k].stemFlags |= Bit.speech
        }
    }

    /// الملا before a given name, not after a name word, is the Afghan
    /// cleric's honorific (والي قندهار الملا شيرين أخوند، الملا هبة الله
    /// أخوند زاده): no part of the name, which it introduces as الشيخ does.
    /// After a name word it is the Gulf family name (محمد الملا), so it
    /// is not listed among the honorifics.
    private func markMullah(_ words: UnsafeMutableBufferPointer<Word>, _ buf: UnsafeBufferPointer<UInt8>) {
        guard words.count > 1 else { return }
        for k in 0..<(words.count - 1) where words[k].bytes.count == 10 && words[k].strip == 0 {
            guard Self.isExactly(words[k].bytes, "الملا", buf) else { continue }
            let next = words[k + 1]
            guard next.bytes.lowerBound == words[k].bytes.upperBound + 1, buf[words[k].bytes.upperBound] == 0x20,
                next.strip == 0, next.raw & (Bit.given | Bit.ambiguous) != 0, next.raw & Bit.common == 0
            else { continue }
            if k > 0, words[k - 1].bytes.upperBound + 1 == words[k].bytes.lowerBound,
                words[k - 1].raw & (Bit.given | Bit.family | Bit.ambiguous) != 0
            {
                continue
            }
            words[k].raw = Bit.honorific
            words[k].stemFlags = Bit.honorific
        }
    }

    /// A common word that heads a listed two-word given name in الله or
    /// الدين (قلب الدين حكمتيار، روح الله، صدر الدين، فتح الله): the build
    /// script cannot list the head alone (it is an ordinary word, قلب «heart»),
    /// so the pair is read here, whole, and the head may start a name — as an
    /// ambiguous given name, which needs the name word after it.
    private func markCompoundGiven(_ words: UnsafeMutableBufferPointer<Word>, _ buf: UnsafeBufferPointer<UInt8>) {
        guard words.count > 1 else { return }
        for k in 0..<(words.count - 1) where words[k].strip == 0 && words[k].raw & Bit.common != 0 && words[k].raw & Bit.known == 0 {
            let next = words[k + 1].bytes
            // (Also الرحمن, frequent in Sudan and South Asia: فتح الرحمن، حبيب الرحمن.)
            // (One comparison, chosen by length: this runs on every common word.)
            guard next.count == 8 || next.count == 10 || next.count == 12, next.lowerBound == words[k].bytes.upperBound + 1,
                buf[words[k].bytes.upperBound] == 0x20,
                Self.isExactly(next, next.count == 8 ? "الله" : next.count == 10 ? "الدين" : "الرحمن", buf)
            else { continue }
            let pair = table.lookup(UnsafeBufferPointer(rebasing: buf[words[k].bytes.lowerBound..<next.upperBound]))
            guard pair & Bit.given != 0 else { continue }
            // (Not before تعالى: انتقل إلى رحمة الله تعالى is God's mercy.)
            if k + 2 < words.count, Self.isExactly(words[k + 2].bytes, "تعالي", buf) { continue }
            // Only inside a name: a name word before it or after the pair
            // (بهاء حسب الله، قلب الدين حكمتيار), not «من أمر الله» «God's command».
            let before = k > 0 && words[k - 1].bytes.upperBound + 1 == words[k].bytes.lowerBound
                && words[k - 1].raw & (Bit.given | Bit.family) != 0 && words[k - 1].raw & Bit.common == 0
            let after = k + 2 < words.count && words[k + 2].bytes.lowerBound == next.upperBound + 1
                && words[k + 2].stemFlags & Bit.known != 0 && words[k + 2].stemFlags & Bit.common == 0
            guard before || after else { continue }
            words[k].raw = words[k].raw & ~Bit.common | Bit.ambiguous
            words[k].stemFlags = words[k].raw
        }
        // The tail of a listed given compound that is a title word (محمد
        // الأمين, الأمين of «الأمين العام»), between its head and a name word,
        // continues the name (رئيس الوزراء علي محمد الأمين زين، محمد الأمين
        // ولد الشيخ). (Not after عبد: عبد الأمير is read by its own steps.)
        // (After علي written with ي, also a tail listed as a family name
        // that is an ordinary word too, الأمين: after other given names such
        // a family name continues the name by itself, محمد الأمين بوصوف.)
        guard words.count > 2 else { return }
        for k in 1..<(words.count - 1)
        where words[k].strip == 0 && words[k].raw & Bit.common != 0
            && (words[k].raw & Bit.known == 0
                || words[k].raw & (Bit.given | Bit.ambiguous) == 0 && words[k - 1].raw & (Bit.spelledByYaa | Bit.common) == Bit.spelledByYaa) {
            let head = words[k - 1], next = words[k + 1]
            // (Or before إن، أن، في, a verb of saying or a mark: the name
            // ends on it, العميد ركن محمد الأمين إن الوضع مستقر; «الأمين
            // العام» is not so followed.)
            let gapMark = buf[words[k].bytes.upperBound] != 0x20 || words[k].bytes.upperBound + 1 != next.bytes.lowerBound
            // (Also علي written with ي, a name there: رئيس الوزراء علي الأمين
            // زين; the pair is listed, على الأمين العام is not so followed.)
            guard head.strip == 0, head.raw & Bit.given != 0 || head.raw & (Bit.spelledByYaa | Bit.common) == Bit.spelledByYaa,
                head.raw & Bit.abdOrAbu == 0, head.bytes.upperBound + 1 == words[k].bytes.lowerBound,
                gapMark || next.stemFlags & Bit.known != 0 && next.stemFlags & Bit.common == 0
                    || next.raw & Bit.speech != 0 || Self.isExactly(next.bytes, "ان", buf) || Self.isExactly(next.bytes, "في", buf),
                table.lookup(UnsafeBufferPointer(rebasing: buf[head.bytes.lowerBound..<words[k].bytes.upperBound])) & Bit.given != 0
            else { continue }
            words[k].raw = words[k].raw & ~Bit.common | Bit.family
            words[k].stemFlags = words[k].raw
        }
    }

    /// علي (the word or its stem): written with ي (U+064A) in `spelling`,
    /// the text with ى kept, it may be the name (collect decides); written
    /// with ى, or when `spelling` is empty, it is only the preposition على.
    @inline(__always)
    static func resolveAli(_ w: inout Word, _ spelling: UnsafeBufferPointer<UInt8>) {
        let k = w.bytes.upperBound - 2
        if k >= 0 && k + 1 < spelling.count && spelling[k] == 0xD9 && spelling[k + 1] == 0x8A {
            w.raw &= ~Bit.common
            w.stemFlags &= ~Bit.common
        } else {
            w.raw &= ~Bit.spelledByYaa
            w.stemFlags &= ~Bit.spelledByYaa
        }
    }

    /// (`spelling`: the text with ى kept, for علي; see `resolveAli`.)
    private func describe(_ t: Token, _ buf: UnsafeBufferPointer<UInt8>, _ spelling: UnsafeBufferPointer<UInt8>) -> Word {
        let raw = table.lookup(UnsafeBufferPointer(rebasing: buf[t.bytes]))
        let rawShaped = t.nameShaped
        var w = Word(bytes: t.bytes, original: t.original, raw: raw, rawShaped: rawShaped, strip: 0, stem: t.bytes,
                     stemFlags: raw, stemShaped: rawShaped, stemScalars: t.scalars)
        // وعلي is listed among the common words (a form of وعلى): it gets the
        // same reading by its spelling as علي, below.
        let waAli = t.bytes.count == 8 && buf[t.bytes.lowerBound] == 0xD9 && buf[t.bytes.lowerBound + 1] == 0x88
            && buf[(t.bytes.lowerBound + 2)..<t.bytes.upperBound].elementsEqual(Self.aliBytes)
        if raw & (Bit.known | Bit.common | Bit.shortFamily) != 0 && !(waAli && raw & Bit.known == 0) {
            if raw & Bit.spelledByYaa != 0 { Self.resolveAli(&w, spelling) }
            return w
        }
        var offset = t.bytes.lowerBound
        var first: UInt32 = 0
        for n in 1...2 where w.stemScalars > n + 2 {
            let (v, len) = TextScan.scalar(at: offset, in: buf)
            guard TextScan.isProclitic(v) else { break }
            // Two proclitics are a conjunction then a preposition (وب، فل،
            // ولك), or the لل of ل + ال (read as two here, as before):
            // ببيان is ب + بيان, never ب + ب + «يان».
            if n == 1 { first = v } else if !((first == 0x0648 || first == 0x0641) && v != 0x0648 && v != 0x0641)
                && !(first == 0x0644 && v == 0x0644) { break }
            offset += len
            let rest = offset..<t.bytes.upperBound
            let f = table.lookup(UnsafeBufferPointer(rebasing: buf[rest]))
            if f & (Bit.known | Bit.shortFamily) != 0 {
                w.split(proclitics: n, stem: rest, flags: f)
                if f & Bit.spelledByYaa != 0 { Self.resolveAli(&w, spelling) }
                return w
            }
        }
        return w
    }

    /// (`org`: the original offset of each byte of `buf`.)
    /// (`words`: the document's, described; step 5 rewrites a word with و
    /// as و + name.)
    private func find(_ words: UnsafeMutableBufferPointer<Word>, _ buf: UnsafeBufferPointer<UInt8>, _ org: UnsafeBufferPointer<Int32>,
                      _ previous: [Span]) -> [Span] {
        let count = words.count
        // The text writes the preposition على with ى at least twice: there a
        // علي written with ي is the name, before أن too (المحامي خالد علي أن).
        var alaWithMaqsura = 0
        for k in 0..<count where words[k].bytes.count == 6 && words[k].raw & (Bit.common | Bit.spelledByYaa) == Bit.common {
            if buf[words[k].bytes].elementsEqual(Self.aliBytes) { alaWithMaqsura += 1; if alaWithMaqsura == 2 { break } }
        }
        let distinguishesAla = alaWithMaqsura >= 2
        // لبن («milk», a common word) right before a listed name word is ل +
        // بن, the particle of a name: رهينة لبن غفير، دعوة لبن سلمان.
        for k in 0..<max(0, count - 1) where words[k].strip == 0 && words[k].bytes.count == 6 {
            guard buf[words[k].bytes].elementsEqual(Self.labanBytes), words[k + 1].strip == 0,
                words[k + 1].bytes.lowerBound == words[k].bytes.upperBound + 1, buf[words[k].bytes.upperBound] == 0x20,
                words[k + 1].raw & (Bit.family | Bit.given) != 0, words[k + 1].raw & Bit.common == 0
            else { continue }
            let rest = (words[k].bytes.lowerBound + 2)..<words[k].bytes.upperBound
            words[k].split(proclitics: 1, stem: rest, flags: table.lookup(UnsafeBufferPointer(rebasing: buf[rest])))
        }
        // (Read through a buffer pointer: `previous[p].label` on the array
        // copied the whole Span, every string in it retained and released.)
        var lastStart = 0, lastEnd = 0
        let others: [Other] = previous.withUnsafeBufferPointer { spans in
            var others: [Other] = []
            others.reserveCapacity(spans.count)
            for p in spans.indices {
                lastStart = max(lastStart, spans[p].start)
                lastEnd = max(lastEnd, spans[p].end)
                let kind = Other.Kind(spans[p].label)
                guard kind != .person else { continue }
                others.append(Other(kind: kind, start: spans[p].start, end: spans[p].end,
                                    nisba: kind == .country && spans[p].attrs["form"] != "name"))
            }
            return others
        }
        var entityStart = OffsetSet(upTo: lastStart)  // original starts of other labels' spans
        var nisbaStart: [Int: Int] = [:]   // original start → end of a COUNTRY adjective
        var orgStart: [Int: Int] = [:]     // original start → end of the longest ORG there
        var orgSpans = Set<Int64>()        // every ORG span, as start << 32 | end
        var orgEndStart: [Int: Int] = [:]  // original end → start of the longest ORG there
        var placeStart: [Int: Int] = [:]   // original start → end of a LOCATION
        var countryStart: [Int: Int] = [:] // original start → end of a COUNTRY name (not an adjective)
        var titleStart = OffsetSet(upTo: lastStart)  // original starts of TITLE spans
        // Original offsets inside a TITLE, RANK, ORG or LOCATION: a role noun
        // or nationality adjective there belongs to that phrase.
        var covered = OffsetSet(upTo: lastEnd)
        // Original ends of ORG and LOCATION spans: a nisba right after one qualifies it.
        var bodyOrPlaceEnd = OffsetSet(upTo: lastEnd)
        // (`others`, above: the other extractors' spans as plain values, read
        // once; the steps below go over them several times.)
        // (Sized first: grown insert by insert, they rehashed several times.)
        var nisbas = 0, orgs = 0, places = 0, countries = 0
        for o in others {
            if o.nisba { nisbas += 1 } else if o.kind == .country { countries += 1 }
            if o.kind == .org { orgs += 1 } else if o.kind == .location { places += 1 }
        }
        nisbaStart.reserveCapacity(nisbas)
        orgStart.reserveCapacity(orgs)
        orgSpans.reserveCapacity(orgs)
        orgEndStart.reserveCapacity(orgs)
        placeStart.reserveCapacity(places)
        countryStart.reserveCapacity(countries)
        for o in others {
            entityStart.insert(o.start)
            if o.kind == .org || o.kind == .location { bodyOrPlaceEnd.insert(o.end) }
            if o.nisba { nisbaStart[o.start] = o.end }
            if o.kind == .country && !o.nisba { countryStart[o.start] = max(countryStart[o.start] ?? 0, o.end) }
            if o.kind == .org {
                orgStart[o.start] = max(orgStart[o.start] ?? 0, o.end)
                orgSpans.insert(Int64(o.start) << 32 | Int64(o.end))
                orgEndStart[o.end] = min(orgEndStart[o.end] ?? Int.max, o.start)
            }
            if o.kind == .location { placeStart[o.start] = max(placeStart[o.start] ?? 0, o.end) }  // (the longest: كريفي ريغ over كريفي)
            if o.kind == .title { titleStart.insert(o.start) }
            if o.kind == .org || o.kind == .title || o.kind == .rank || o.kind == .location {
                covered.insert(o.start..<o.end)
            }
        }
        // Read-only from here, behind the bit sets of their keys: most words
        // start no span, and a bit test answers them without hashing (the
        // maps were looked up at every word's checks).
        let nisbaEnd = KeyedOffsets(nisbaStart, keys: entityStart), orgEnd = KeyedOffsets(orgStart, keys: entityStart)
        let placeEnd = KeyedOffsets(placeStart, keys: entityStart), countryEnd = KeyedOffsets(countryStart, keys: entityStart)
        let orgStartAt = KeyedOffsets(orgEndStart, keys: bodyOrPlaceEnd)
        func gap(_ a: Int, _ b: Int) -> UnsafeBufferPointer<UInt8> {
            let lo = words[a].bytes.upperBound, hi = max(lo, words[b].bytes.lowerBound)
            return UnsafeBufferPointer(rebasing: buf[lo..<hi])
        }
        func spaceBetween(_ a: Int, _ b: Int) -> Bool { let g = gap(a, b); return g.count == 1 && g[0] == 0x20 }
        /// A hyphen alone joins two words of the shape of a name, neither
        /// an ordinary word: one double name (الوزيرة كوسينياك-كاميش، جان-لوك).
        func hyphenJoined(_ a: Int, _ b: Int) -> Bool {
            let g = gap(a, b)
            guard g.count == 1 && g[0] == 0x2D else { return false }
            let stop = Bit.common | Bit.particle | Bit.speech | Bit.role | Bit.roleHead | Bit.honorific
            return words[a].rawShaped && words[b].rawShaped && words[b].strip == 0
                && words[a].raw & stop == 0 && words[b].raw & stop == 0 && !startsWithArticle(words[b].bytes)
        }
        func speechWordIsNoun(_ h: Int) -> Bool {
            let g = gap(h - 1, h)
            if Self.endsWithQuote(g, closing: false) { return true }
            guard g.count == 1 && g[0] == 0x20 else { return false }
            let before = words[h - 1].bytes
            return Self.nounMarkingPrepositions.contains { Self.isExactly(before, $0, buf) }
        }
        func startsEntity(_ i: Int) -> Bool {
            let a = words[i].original.lowerBound
            if entityStart.contains(a) { return true }
            // A span one or two letters in, on a word listed whole as a given
            // name, read a proclitic that is the name's first letter (لاوس
            // in كلاوس): the name is the word. (So on a word listed whole as
            // a family name: لعرابة is no ل + the town عرابة.)
            if words[i].strip == 0 && words[i].raw & (Bit.given | Bit.family) != 0 { return false }
            return entityStart.contains(a + 1) || entityStart.contains(a + 2)
        }
        /// The token whose original range ends at `end`.
        func token(endingAt end: Int) -> Int? {
            var lo = 0, hi = count
            while lo < hi {
                let mid = (lo + hi) / 2
                if words[mid].original.upperBound < end { lo = mid + 1 } else { hi = mid }
            }
            return lo < count && words[lo].original.upperBound == end ? lo : nil
        }
        func startsWithArticle(_ r: Range<Int>) -> Bool { Self.startsWithArticle(r, buf) }
        /// An unlisted word in ا and, after it, an unlisted indefinite word
        /// in ا or ة: a noun and its adjective in the accusative, the object
        /// of the sentence's verb (افتتح محافظ القاهرة جسرا جديدا، سوقا
        /// جديدة، قدم رئيس البلدية عرضا مفصلا), never a name (foreign names
        /// in ا such as ماريا, كلوديا are listed given names).
        func accusativeNounAndAdjective(_ k: Int) -> Bool {
            guard k + 1 < count, spaceBetween(k, k + 1) else { return false }
            let a = words[k].bytes, b = words[k + 1].bytes
            guard a.count >= 6, b.count >= 6, words[k].strip == 0,
                (words[k].raw | words[k].stemFlags) & Bit.known == 0,
                (words[k + 1].raw | words[k + 1].stemFlags) & (Bit.given | Bit.family) == 0,
                !startsWithArticle(b),
                buf[a.upperBound - 2] == 0xD8, buf[a.upperBound - 1] == 0xA7,
                buf[b.upperBound - 2] == 0xD8
            else { return false }
            return buf[b.upperBound - 1] == 0xA7 || buf[b.upperBound - 1] == 0xA9  // ا or ة
        }
        /// A word not listed that is an ordinary noun (or the verbal noun of
        /// a derived form) with the nisba ي: an adjective, never a name
        /// (واقعي، تحريضي، استثنائي), four letters at least.
        func nisbaOfOrdinaryNoun(_ r: Range<Int>) -> Bool {
            guard r.count >= 8, Self.endsWithYaa(r, buf) else { return false }
            let rest = r.lowerBound..<(r.upperBound - 2)
            let f = table.lookup(UnsafeBufferPointer(rebasing: buf[rest]))
            if f & Bit.known != 0 { return false }
            return f & Bit.common != 0 || Self.formIIMasdarShaped(rest, buf) || Self.derivedMasdarShaped(rest, buf)
        }
        /// The word ends in alef with a mark after it in the original: the
        /// tanween of an accusative (مصمماً، وفداً، تطويراً), never a name.
        func tanweenAfterAlef(_ w: Word) -> Bool {
            let e = w.bytes.upperBound
            return e >= 2 && e - 1 < org.count && buf[e - 2] == 0xD8 && buf[e - 1] == 0xA7
                && Int(org[e - 1]) + 1 < w.original.upperBound
        }

        /// After علي (written with ي) comes a name word: a known given or
        /// family name, or after a title any name-like word; inside a name,
        /// also a word with the article after a given name (محمد علي العظمي).
        func aliFollowedByName(_ i: Int, first: Bool, anchored: Bool) -> Bool {
            if persianCompound(i) { return true }
            // After a given name, علي before punctuation, the text's end, a
            // particle that cannot follow the preposition (في، قد، لم، الذي)
            // or a verb of saying is the name's last word: the preposition
            // always takes an object (المحامي خالد علي، في …).
            // (So too right after a title, rank or honorific: الإمام علي، في …)
            // (Also after a given name that is an ordinary word too, after a
            // title or rank: النقيب حسن علي بأن.)
            // (A compound's tail, الله or الدين after عبد or a name, counts as
            // a given name here: محمد عبد الله علي إن.)
            let afterGiven = words[i - 1].raw & (anchored ? Bit.given | Bit.ambiguous : Bit.given) != 0
                || i > 1 && compoundTail(i - 1) && words[i - 1].strip == 0 && spaceBetween(i - 2, i - 1)
                // (And after a family name that is no ordinary word, in a
                // text that writes the preposition with ى: حسين شيخ علي، …)
                || distinguishesAla && words[i].raw & Bit.spelledByYaa != 0 && words[i].strip == 0
                    && words[i - 1].raw & Bit.family != 0 && words[i - 1].raw & (Bit.common | Bit.particle) == 0
            if first ? anchored : afterGiven && words[i - 1].raw & Bit.particle == 0 {
                if i + 1 >= count { return true }
                let g = gap(i, i + 1)
                if let b = g.first(where: { $0 != 0x20 }), Self.aliEndMarks.contains(b) { return true }
                // (So too before a dash: كتب - محمد علي - القاهرة.)
                if Self.hasDash(g) { return true }
                if spaceBetween(i, i + 1)
                    && (words[i + 1].raw & Bit.speech != 0 || Self.listed(words[i + 1].bytes, buf, List.afterAliName)
                        // (An indefinite accusative, which على never takes:
                        // أعلن النادي تعيين رأفت علي مديرا للكرة; an office
                        // may start there, not a place: على أمريكا.)
                        || words[i + 1].raw & Bit.known == 0 && Self.indefiniteAccusative(words[i + 1].bytes, buf)
                            && (!startsEntity(i + 1) || titleStart.contains(words[i + 1].original.lowerBound))
                        // (Inside a name, من before a noun with a pronoun
                        // or the article: إعفاء اللواء أحمد محمد علي من
                        // منصبه; على من takes a verb, يجب على من يريد.)
                        || !first && Self.isExactly(words[i + 1].bytes, "من", buf) && i + 2 < count && spaceBetween(i + 1, i + 2)
                            && (Self.pronounSuffix(words[i + 2].bytes, buf) || startsWithArticle(words[i + 2].bytes))
                        // (Inside a name only: «شدد الرئيس علي إن» may be على أن misspelled.)
                        || !first && words[i + 1].raw & Bit.inna != 0
                        // (Or أن, in a text that writes the preposition with ى:
                        // أكد المحامي خالد علي أن.)
                        || !first && distinguishesAla && words[i].raw & Bit.spelledByYaa != 0 && words[i].strip == 0
                            && Self.isExactly(words[i + 1].bytes, "ان", buf)
                        // (Or و + a rank or title, the next person: المقدم
                        // محمد علي والنقيب أحمد سعيد; the preposition's
                        // object never starts with و and an entity.)
                        || Self.startsWithWaw(words[i + 1].bytes, buf) && entityStart.contains(words[i + 1].original.lowerBound + 1))
                {
                    return true
                }
            }
            // (After a title, rank or role, a nationality adjective without
            // the article that is a listed name too: الصحفي علي تركي — the
            // preposition على takes no bare adjective.)
            if anchored, i + 1 < count, spaceBetween(i, i + 1), nameNisba(i + 1, inName: false) { return true }
            guard i + 1 < count, spaceBetween(i, i + 1), !startsEntity(i + 1), words[i + 1].rawShaped else { return false }
            let next = words[i + 1].raw
            // (Inside a name, after a given name, a family name with the
            // article that is also an ordinary word still follows: محمد علي
            // النفطي.)
            // (Right after a verb of saying, a definite family name or nisba
            // before إن or أن: وقال علي الطاير إن، وقال علي السويدي إن. «قال
            // على» takes a place, على هامش, and no clause follows it.)
            if first, i > 0, spaceBetween(i - 1, i), words[i - 1].raw & Bit.speech != 0, words[i + 1].strip == 0,
                startsWithArticle(words[i + 1].bytes), next & Bit.family != 0 || Self.endsWithYaa(words[i + 1].bytes, buf),
                next & (Bit.role | Bit.roleHead | Bit.honorific) == 0,
                i + 2 < count, spaceBetween(i + 1, i + 2), Self.isExactly(words[i + 2].bytes, "ان", buf)
            {
                return true
            }
            // (Right after a title, rank or role, in a text that writes the
            // preposition with ى: علي written with ي is the name before a
            // name-shaped word that is no function word, وزير الداخلية
            // الأسبق علي العريض، وزير الاقتصاد علي مدني زاده; that text
            // would write the preposition على. Not before an ordinary word
            // that is no family name: such texts still slip, وافق رئيس
            // البنك علي إصدار سندات. A slip before a word that is a family
            // name too still reads as a name: اتفقت مع اللاعب علي العودة.)
            if first && anchored && distinguishesAla && words[i].raw & Bit.spelledByYaa != 0 && words[i].strip == 0
                && words[i + 1].strip == 0 && (next & Bit.common == 0 || next & Bit.family != 0)
                && next & (Bit.role | Bit.roleHead | Bit.honorific | Bit.speech | Bit.particle) == 0
                && !Self.listed(words[i + 1].bytes, buf, List.functionWord | List.particleAfterName)
            {
                return true
            }
            if next & Bit.common != 0 {
                // (And الشيخ inside a name of three words: وأكد علي الشيخ
                // سلمان أن; not after a title: the honorific of a second
                // person, or the preposition, هنأ الرئيس على الشيخ …)
                if !(first && anchored) && sheikhInsideName(i + 1) { return true }
                // (Right after an honorific, a definite family name that is
                // an ordinary word too: الشيخ علي الخطيب. The preposition
                // hardly follows الشيخ or السيد, and a text that writes على
                // with ي still writes ى elsewhere far more often.)
                if first && anchored && i > 0 && spaceBetween(i - 1, i) && words[i - 1].raw & Bit.honorific != 0
                    && words[i - 1].raw & (Bit.role | Bit.roleHead) == 0
                    && next & Bit.family != 0 && words[i + 1].strip == 0 && startsWithArticle(words[i + 1].bytes)
                    && words[i + 1].raw & (Bit.role | Bit.roleHead | Bit.honorific | Bit.spelledByYaa) == 0
                {
                    return true
                }
                // (Right after a title, rank or honorific, a family name
                // without the article that is an ordinary word too, where the
                // subject plainly ends after it (إن، أنه، قد, a verb of
                // saying): وقال وزير الاقتصاد علي حسيني إن. The preposition's
                // object is no bare family name before a new clause.)
                if first && anchored && next & Bit.family != 0 && words[i + 1].strip == 0
                    && !startsWithArticle(words[i + 1].bytes)
                    && next & (Bit.role | Bit.roleHead | Bit.honorific | Bit.speech | Bit.particle) == 0
                    && subjectEndsAfter(i + 1)
                {
                    return true
                }
                return !first && next & Bit.family != 0 && words[i - 1].raw & Bit.given != 0
                    && startsWithArticle(words[i + 1].bytes)
            }
            if next & (Bit.given | Bit.family | Bit.abdOrAbu) != 0 { return true }
            // (Inside a name, after a given name, a word of no list before
            // what follows a name: the Persian compound first name and its
            // family name, حسين علي أميري إن; the preposition's object is a
            // word of the lists or an entity, ركز محمد على تطوير.)
            if !first, words[i - 1].raw & Bit.given != 0, words[i - 1].raw & Bit.common == 0, next & (Bit.common | Bit.known) == 0,
                words[i + 1].strip == 0, !startsWithArticle(words[i + 1].bytes), words[i + 1].stemScalars >= 4, nameEndsAfter(i + 1)
            {
                return true
            }
            // (And a given name that is also an ordinary word before a listed
            // name: بحق علي حسن خليل, the father's and grandfather's names;
            // no adjective comes before a name after the preposition.)
            // (Also a family name with the article that is an ordinary word
            // too: علي حسن المجيد; the preposition's «حسن» «good» goes before
            // a noun, على حسن التنظيم, not a listed family name.)
            if next & Bit.ambiguous != 0, i + 2 < count, spaceBetween(i + 1, i + 2), words[i + 2].rawShaped,
                words[i + 2].raw & (Bit.given | Bit.family) != 0 && words[i + 2].raw & (Bit.common | Bit.spelledByYaa) == 0
                    || words[i + 2].raw & Bit.family != 0 && words[i + 2].raw & (Bit.spelledByYaa | Bit.role | Bit.roleHead) == 0
                        && words[i + 2].strip == 0 && startsWithArticle(words[i + 2].bytes)
            {
                return true
            }
            if first { return anchored }
            return words[i - 1].raw & Bit.given != 0 && startsWithArticle(words[i + 1].bytes)
        }

        /// A nationality adjective without the article that is a name here:
        /// an adjective agrees with a definite title in definiteness, so
        /// «العقيد تركي المالكي» and «الأدميرال شهرام إيراني» are names. First
        /// after a title only when it is a known name; inside a name, always.
        func nameNisba(_ i: Int, inName: Bool) -> Bool {
            guard nisbaEnd[words[i].original.lowerBound] == words[i].original.upperBound,
                !startsWithArticle(words[i].bytes) else { return false }
            return inName || words[i].raw & (Bit.given | Bit.ambiguous | Bit.family) != 0
        }

        /// A definite singular nationality adjective (…ي، …ية) that ends a
        /// name: after a name of two words or more nothing is left for it to
        /// qualify (محمد شياع السوداني، أبو حمزة المصري), nor after a first
        /// name alone that a title introduces (الشيخ خالد الإيرلندي). Not
        /// before الجنسية، الأصل (البريطاني الجنسية), which make it a
        /// description, nor after a name that has its family name already
        /// (بشار الأسد السوري: a word listed only as a family name).
        func nisbaEndsName(_ i: Int, nameWords: Int, firstNameAfterTitle: Bool, previousFlags: UInt16) -> Bool {
            let hasFamilyName = previousFlags & Bit.family != 0 && previousFlags & (Bit.given | Bit.ambiguous) == 0
                && !compoundTail(i - 1)
            guard nameWords >= 2 || firstNameAfterTitle, !hasFamilyName,
                nisbaEnd[words[i].original.lowerBound] == words[i].original.upperBound,
                startsWithArticle(words[i].bytes), Self.nisbaShaped(words[i].bytes, buf)
            else { return false }
            if i + 1 < count && spaceBetween(i, i + 1) {
                if Self.listed(words[i + 1].bytes, buf, List.descriptionNoun) { return false }
            }
            return true
        }

        /// A one-word place without the article before a name word is a
        /// first name (المهاجم الجزائري بغداد بونجاح): the next word is a
        /// listed family name, or a word not listed with no mark of an
        /// ordinary word (article, ending, tanween, plural). Not before a
        /// given name: there the place is the office's (رئيس بلدية باريس
        /// برتران دولانوي) and the name starts after it.
        func placeAsFirstName(_ i: Int) -> Bool {
            guard placeEnd[words[i].original.lowerBound] == words[i].original.upperBound, words[i].rawShaped,
                !startsWithArticle(words[i].bytes), i + 1 < count, spaceBetween(i, i + 1), !startsEntity(i + 1)
            else { return false }
            let next = words[i + 1]
            guard next.rawShaped, next.raw & (Bit.common | Bit.role | Bit.roleHead | Bit.honorific | Bit.speech | Bit.particle) == 0,
                next.raw & (Bit.given | Bit.ambiguous | Bit.abdOrAbu) == 0,
                !cliticOnOrdinaryWord(next.bytes)
            else { return false }
            if next.raw & Bit.known != 0 { return true }
            return !startsWithArticle(next.bytes) && !Self.ordinaryEnding(next.bytes, buf) && !tanweenAfterAlef(next)
                && !Self.pluralEnding(next.bytes, buf)
        }

        /// A word listed as a given name that another extractor took as a
        /// country or place (جورجيا), right before a listed family name that
        /// is no ordinary word, or before بن/ابن and a name (تركي بن محمد):
        /// a first name.
        func givenPlaceBeforeFamilyName(_ i: Int) -> Bool {
            guard words[i].strip == 0, words[i].raw & (Bit.given | Bit.ambiguous) != 0, i + 1 < count, spaceBetween(i, i + 1),
                !startsEntity(i + 1)
            else { return false }
            let next = words[i + 1].raw
            // (A family name that is also an ordinary word only where the
            // sentence plainly goes on after it: المصورة بيسان عودة إن.)
            return next & Bit.family != 0 && (next & Bit.common == 0 || nameEndsAfter(i + 1)) || beforeNasab(i)
        }

        /// A word in ه not listed, no ordinary word either, before a name
        /// listed only as a family name: a foreign first name in -e
        /// (وزير الدفاع النرويجي بورغه ساندفيك), not a noun with «his»
        /// (نظيره، سيره are ordinary words; ها، هم are not read so).
        func haaNameBeforeFamily(_ i: Int) -> Bool {
            let w = words[i]
            guard w.strip == 0, w.raw & Bit.common == 0, w.stemScalars >= 4, !startsWithArticle(w.bytes),
                buf[w.bytes.upperBound - 2] == 0xD9, buf[w.bytes.upperBound - 1] == 0x87,
                i + 1 < count, spaceBetween(i, i + 1)
            else { return false }
            let v = words[i + 1]
            return v.strip == 0 && !startsWithArticle(v.bytes) && v.raw & Bit.family != 0
                && v.raw & (Bit.common | Bit.given | Bit.ambiguous | Bit.particle | Bit.abdOrAbu) == 0
        }

        /// بن، ابن، ولد or آل after token `i`, then a name word: the word
        /// at `i` is a first name even when it is an ordinary word (الفريق
        /// الركن صغير بن عزيز، حننه ولد الشيخ). Not a word with the article.
        func beforeNasab(_ i: Int) -> Bool {
            guard i + 2 < count, spaceBetween(i, i + 1), spaceBetween(i + 1, i + 2), words[i].stemScalars >= 3,
                Self.listed(words[i + 1].bytes, buf, List.nasabParticle)
            else { return false }
            // (With the article, only a listed given name before ولد or بن:
            // the Maghrebi first names العربي، الطيب — رئيس المجلس الشعبي
            // الوطني الأسبق العربي ولد خليفة; not an adjective, المبعوث
            // الأممي ولد الشيخ.)
            if startsWithArticle(words[i].stem) {
                guard words[i].stemFlags & (Bit.given | Bit.ambiguous) != 0,
                    Self.isExactly(words[i + 1].bytes, "ولد", buf) || Self.isExactly(words[i + 1].bytes, "بن", buf)
                else { return false }
            }
            let after = words[i + 2]
            // (Or الشيخ, a family name after the particle: حننه ولد الشيخ.)
            return after.rawShaped && after.raw & (Bit.role | Bit.roleHead) == 0
                && (after.raw & Bit.common == 0 || after.raw & Bit.known != 0
                    || after.raw & Bit.honorific != 0 && after.bytes.count == 10 && Self.isExactly(after.bytes, "الشيخ", buf))
        }

        /// After a rank and a first name, an ordinary word is the family name
        /// (العميد يحيى سريع) when nothing marks it as the sentence going on:
        /// not a particle (في، إن، قد), no article, proclitic, ending of a
        /// noun (ة، ات، a pronoun, a plural), tanween, nor the prefix of a
        /// verb (يـ، تـ، نـ، أفعل، سيـ: يتحدث، أكد، سيزور).
        func surnameAfterRank(_ i: Int, first: Int) -> Bool {
            let f = words[first].stemFlags, w = words[i]
            guard f & (Bit.given | Bit.ambiguous) != 0, f & (Bit.family | Bit.abdOrAbu | Bit.particle) == 0,
                w.rawShaped, w.strip == 0, w.bytes.count >= 6, w.bytes.count <= 12,
                w.raw & (Bit.speech | Bit.role | Bit.roleHead | Bit.honorific | Bit.particle) == 0,
                !startsWithArticle(w.bytes), !Self.listed(w.bytes, buf, List.particleAfterName),
                !cliticOnOrdinaryWord(w.bytes), !Self.ordinaryEnding(w.bytes, buf), !Self.pluralEnding(w.bytes, buf),
                !tanweenAfterAlef(w), !inflectedCommon(w.bytes, buf),
                // (Nor an accusative without its tanween written: اللواء أحمد مجددا إن.)
                !Self.endsWithAlef(w.bytes, buf)
            else { return false }
            let (v, len) = TextScan.scalar(at: w.bytes.lowerBound, in: buf)
            if Self.verbPrefixLetters.contains(v) { return false }
            if v == 0x0633 {  // س + a present prefix: the future
                let (v2, _) = TextScan.scalar(at: w.bytes.lowerBound + len, in: buf)
                if v2 == 0x064A || v2 == 0x062A || v2 == 0x0646 { return false }
            }
            return true
        }

        /// After a rank and a first name, also one that is an ordinary word
        /// or a family name too (صالح، فهد), a definite word shaped like a
        /// nisba (ال…ي) is the family name even where it is an ordinary
        /// adjective as well (العقيد صالح الشهري، الرائد فهد العسكري): a
        /// rank is followed by its holder's name, not by an adjective of the
        /// first name. Not a nationality (a COUNTRY: اللواء خليفة حفتر
        /// الليبي reads it so), a modifier of the holder (السابق,
        /// المتقاعد), an ordinal (الثاني), an adjective of an ordinary noun
        /// (الوطني، العام), nor before الجنسية، الأصل.
        func nisbaSurnameAfterRank(_ i: Int, first: Int) -> Bool {
            let f = words[first].stemFlags, w = words[i]
            guard i == first + 1, words[first].strip == 0, f & (Bit.given | Bit.ambiguous) != 0,
                f & (Bit.abdOrAbu | Bit.particle | Bit.spelledByYaa) == 0,
                w.rawShaped, w.strip == 0, w.bytes.count >= 10, w.bytes.count <= 18, startsWithArticle(w.bytes),
                Self.nisbaShaped(w.bytes, buf), !Self.endsWithTaMarbuta(w.bytes, buf),
                w.raw & (Bit.speech | Bit.role | Bit.roleHead | Bit.honorific | Bit.particle) == 0,
                nisbaEnd[w.original.lowerBound] != w.original.upperBound,
                !Self.listed(w.bytes, buf, List.holderModifier | List.functionWord | List.descriptionNoun | List.nounAdjective
                    | List.regnalOrdinal | List.monthEpithet)
            else { return false }
            if i + 1 < count && spaceBetween(i, i + 1) && Self.listed(words[i + 1].bytes, buf, List.descriptionNoun) { return false }
            return true
        }

        /// After a rank, title, honorific or role noun and a first name that
        /// is no family name, a definite ordinary word is the family name
        /// (الشاعر العراقي مظفر النواب، الإعلامية دينا المقدم، اللواء أحمد
        /// الضابط، المطرب صابر الرباعي) where the sentence plainly goes on
        /// after it as after a subject: إن، أنه، قد، لم، لن or a verb of
        /// saying; عن عمر of an obituary (رحل … عن عمر ناهز); or an
        /// indefinite accusative in ا, the verb's object (أحيا … حفلا), so
        /// that the word before is no object itself. Not a noun in ة, a
        /// plural or a word with a pronoun (انتقد النائب أحمد الحكومة), a
        /// time word (قال الوزير أحمد اليوم إن), a particle or a modifier.
        func definiteSurnameAfterAnchor(_ i: Int, first: Int) -> Bool {
            let f = words[first].stemFlags, w = words[i]
            // (Also after عبد + its word: اللواء طيار عبد الله الشهري أن.)
            guard i == first + 1 && f & (Bit.given | Bit.ambiguous) != 0
                    && f & (Bit.family | Bit.abdOrAbu | Bit.particle | Bit.spelledByYaa | Bit.common) == 0
                    || i == first + 2 && isAbd(first, first: true),
                w.rawShaped, w.strip == 0, w.bytes.count >= 10, w.bytes.count <= 18, startsWithArticle(w.bytes),
                w.raw & (Bit.speech | Bit.role | Bit.roleHead | Bit.honorific | Bit.particle) == 0,
                !Self.listed(w.bytes, buf, List.particleAfterName | List.functionWord | List.holderModifier | List.descriptionNoun
                    | List.nounAdjective | List.regnalOrdinal | List.monthEpithet),
                // (Not الماضي، المقبل، الحالي: right after a name they follow
                // no time noun, so they are no time words there, وليد المقبل.)
                !Self.timeAdverbs.contains(Array(buf[w.bytes])),
                !Self.endsWithTaMarbuta(w.bytes, buf), !Self.pluralOrPronounEnding(w.bytes, buf), !Self.pluralEnding(w.bytes, buf),
                !Self.endsWithAlef(w.bytes, buf), !inflectedCommon(w.bytes, buf),
                i + 1 < count, spaceBetween(i, i + 1), !startsEntity(i + 1)
            else { return false }
            if subjectEndsAfter(i) { return !afterInformingVerb(first) }
            let next = words[i + 1]
            // (عن عمر: the age at death.)
            if Self.isExactly(next.bytes, "عن", buf) {
                return i + 2 < count && spaceBetween(i + 1, i + 2) && Self.isExactly(words[i + 2].bytes, "عمر", buf)
            }
            // (An accusative in ا, not يا: an adverb of a nisba, رسميا; nor
            // a participle, a circumstantial after the object: قائلا،
            // مؤكدا، مشيرا — م first, or ا second.)
            let b = next.bytes
            guard next.strip == 0, next.rawShaped, b.count >= 6, next.raw & Bit.known == 0, !startsWithArticle(b),
                Self.endsWithAlef(b, buf), !(buf[b.upperBound - 4] == 0xD9 && buf[b.upperBound - 3] == 0x8A),
                !Self.listed(b, buf, List.particleAfterName | List.functionWord)
            else { return false }
            let (v, len) = TextScan.scalar(at: b.lowerBound, in: buf)
            return v != 0x0645 && TextScan.scalar(at: b.lowerBound + len, in: buf).0 != 0x0627
        }

        /// Token `i` is a decoration noun (وسام، قلادة، نوط، ميدالية, also
        /// with و) before a definite word that is neither a listed family
        /// name nor a masculine nisba (وسام الجمهورية، قلادة النيل، وسام
        /// الاستحقاق الوطني, وسام جوقة الشرف; not وسام الحسن، وسام العبيدي).
        func medalAt(_ i: Int) -> Bool {
            let b = words[i].stem
            // (Cheap tests first, this runs on every name word: و ق ن م first.)
            guard b.count >= 6, b.count <= 14, buf[b.lowerBound] == 0xD9,
                buf[b.lowerBound + 1] == 0x88 || buf[b.lowerBound + 1] == 0x82 || buf[b.lowerBound + 1] == 0x86 || buf[b.lowerBound + 1] == 0x85,
                i + 1 < count, spaceBetween(i, i + 1), Self.medalNouns.contains(Array(buf[b]))
            else { return false }
            let next = words[i + 1]
            if next.strip == 0 && next.rawShaped && !startsWithArticle(next.bytes) && next.raw & Bit.known == 0
                && Self.endsWithTaMarbuta(next.bytes, buf)
            {
                // (A noun in ة in construct before the definite word: وسام
                // جوقة الشرف، قلادة فرسان المعبد → only ة here.)
                return i + 2 < count && spaceBetween(i + 1, i + 2) && words[i + 2].strip == 0 && startsWithArticle(words[i + 2].bytes)
            }
            return next.strip == 0 && startsWithArticle(next.bytes) && next.raw & Bit.family == 0
                && !(Self.nisbaShaped(next.bytes, buf) && !Self.endsWithTaMarbuta(next.bytes, buf))
        }

        /// A verb that takes the person told as its object before what is
        /// told (أبلغ، أخبر، طمأن، وعد) opens the sentence before the title
        /// whose holder's name starts at `first`: the definite word after the
        /// first name, before أن, is then the one told (وأبلغ رئيس الحكومة
        /// أحمد النواب أن: the deputies), not a family name. Read back over
        /// the title, up to a punctuation mark or eight words.
        func afterInformingVerb(_ first: Int) -> Bool {
            var k = first - 1
            while k >= 0 && first - k <= 8 {
                if !spaceBetween(k, k + 1) { return false }
                let b = words[k].bytes
                if b.count <= 14 && Self.informingVerbs.contains(Array(buf[b])) { return true }
                k -= 1
            }
            return false
        }

        /// أبو، أبي، أبا at `i` inside a name before an ordinary noun
        /// without proclitic: the kunya or family name takes any noun (غسان
        /// أبو ستة، أبو شنب), not a function word, particle or verb of saying.
        /// So too the Amazigh آيت (Aït, «sons of») before a noun: خالد آيت الطالب,
        /// and آل, بني before one, the family's eponym (عمر آل علي، حسين آل
        /// سلطان، وفاء بني مصطفى، أحمد بني عطا).
        func kunyaNoun(_ i: Int) -> Bool {
            guard i + 1 < count, words[i].strip == 0,
                words[i].raw & (Bit.abdOrAbu | Bit.particle) == (Bit.abdOrAbu | Bit.particle) && !Self.isExactly(words[i].bytes, "عبد", buf)
                    || Self.isExactly(words[i].bytes, "ايت", buf) || Self.isExactly(words[i].bytes, "بن", buf) || familyParticle(i),
                spaceBetween(i, i + 1)
            else { return false }
            let isBin = Self.isExactly(words[i].bytes, "بن", buf)
            let w = words[i + 1]
            let roles = Self.isExactly(words[i].bytes, "ايت", buf) ? 0 : Bit.role | Bit.roleHead
            // (بن too before an ordinary word without the article: the Maghreb
            // family names بن شرقي، بن عطية — not ابن, the noun «son».)
            if isBin && startsWithArticle(w.bytes) { return false }
            return w.rawShaped && w.strip == 0 && w.stemScalars >= 3 && w.raw & Bit.common != 0
                && w.raw & (Bit.speech | roles | Bit.honorific | Bit.particle) == 0
                && !Self.listed(w.bytes, buf, List.functionWord | List.particleAfterName)
                && !Self.pluralOrPronounEnding(w.bytes, buf) && !startsEntity(i + 1)
        }

        /// A word in و (not listed, nor its rest) right before a subject's
        /// end (إن، أن، قد, a verb of saying): a family name that begins
        /// with و (ياسر إسكندر وتوت إن). Not a plural, a noun with a
        /// pronoun (وزملاؤه، ورفاقه) or another ordinary word's ending.
        func wawFamilyName(_ i: Int) -> Bool {
            let w = words[i], r = w.bytes
            guard w.rawShaped, w.strip == 0, r.count >= 8, r.count <= 14, buf[r.lowerBound] == 0xD9, buf[r.lowerBound + 1] == 0x88,
                w.raw & (Bit.known | Bit.common | Bit.speech | Bit.role | Bit.roleHead | Bit.honorific | Bit.particle) == 0,
                subjectEndsAfter(i)
            else { return false }
            let rest = (r.lowerBound + 2)..<r.upperBound
            return table.lookup(UnsafeBufferPointer(rebasing: buf[rest])) == 0 && !startsWithArticle(rest)
                && !Self.ordinaryEnding(r, buf) && !Self.pluralEnding(r, buf) && !Self.endsWithAlef(r, buf)
                && !Self.listed(rest, buf, List.functionWord | List.particleAfterName)
        }

        /// A word that is و + a word not listed ending in a pronoun (وجرده،
        /// وعينه، وكلفها، ومنحهم): the sentence going on after a name, never
        /// a word of it. (A name in و is listed as it is: وجيه، وهبه.)
        func wawWithPronoun(_ i: Int) -> Bool {
            let w = words[i], r = w.bytes
            guard r.count >= 10, buf[r.lowerBound] == 0xD9, buf[r.lowerBound + 1] == 0x88, w.raw & Bit.known == 0,
                table.lookup(UnsafeBufferPointer(rebasing: buf[(r.lowerBound + 2)..<r.upperBound])) & Bit.known == 0
            else { return false }
            let e = r.upperBound
            if buf[e - 2] == 0xD9 && buf[e - 1] == 0x87 { return true }  // ه
            // ها، هم
            return r.count >= 12 && buf[e - 4] == 0xD9 && buf[e - 3] == 0x87
                && (buf[e - 2] == 0xD8 && buf[e - 1] == 0xA7 || buf[e - 2] == 0xD9 && buf[e - 1] == 0x85)
        }

        /// A word that is و + a role noun (والنائبة، والمتحدث; roles are
        /// listed with their proclitics, so the rest is checked too). Not
        /// a role that is a family name too: عطا والجراح are two names.
        func wawRole(_ i: Int) -> Bool {
            let r = words[i].bytes
            guard words[i].raw & (Bit.role | Bit.roleHead) != 0, r.count >= 8, buf[r.lowerBound] == 0xD9, buf[r.lowerBound + 1] == 0x88
            else { return false }
            let rest = table.lookup(UnsafeBufferPointer(rebasing: buf[(r.lowerBound + 2)..<r.upperBound]))
            return rest & (Bit.role | Bit.roleHead) != 0 && rest & Bit.known == 0
        }

        /// Token `i` is و + an honorific (والشيخ، والدكتورة): the next
        /// person of a list, never a word of the name before it.
        func wawHonorific(_ i: Int) -> Bool {
            let r = words[i].bytes
            guard words[i].raw & Bit.honorific != 0, r.count >= 8, buf[r.lowerBound] == 0xD9, buf[r.lowerBound + 1] == 0x88
            else { return false }
            return table.lookup(UnsafeBufferPointer(rebasing: buf[(r.lowerBound + 2)..<r.upperBound])) & Bit.honorific != 0
        }

        /// Token `k`, right after a space, opens the next person of a list
        /// of people: و + a role noun, an honorific or a TITLE (ووزير
        /// الطاقة، والمحامي، والشيخة). A name before it ends there, with
        /// no object of a verb between.
        func nextPersonOfListAt(_ k: Int) -> Bool {
            k < count && k > 0 && spaceBetween(k - 1, k)
                && (wawRole(k) || wawHonorific(k) || titleStart.contains(words[k].original.lowerBound + 1))
        }

        /// The name at `start` follows السلطان or الخليفة, with the
        /// dynasty between them or not (السلطان العثماني سليمان).
        func afterRulerTitle(_ start: Int) -> Bool {
            let k = start - 1
            guard k >= 0, spaceBetween(k, start) else { return false }
            if Self.rulerTitle(words[k].bytes, buf) { return true }
            // (The title word first: the dynasty lists are longer.)
            return k > 0 && spaceBetween(k - 1, k) && words[k].strip == 0 && Self.rulerTitle(words[k - 1].bytes, buf)
                && (Self.listedDynasties.contains(where: { Self.isExactly(words[k].bytes, $0, buf) })
                    || Self.dynastyAdjectives.contains(where: { Self.isExactly(words[k].bytes, $0, buf) }))
        }

        /// Token `i` is آل (normalized ال, a word of its own) or بني: the
        /// family or tribe particle, after which علي is the eponym's name,
        /// never the preposition (عمر آل علي، أحمد بني علي).
        func familyParticle(_ i: Int) -> Bool {
            words[i].strip == 0 && (Self.isExactly(words[i].bytes, "ال", buf) || Self.isExactly(words[i].bytes, "بني", buf))
        }

        /// Token `i` is عبد (its stem when it starts the name).
        /// عبد, or inside a name the Gulf surnames' العبد (خالد العبد القادر،
        /// محمد العبد اللطيف), before the word of its compound.
        func isAbd(_ i: Int, first: Bool) -> Bool {
            first ? Self.isExactly(words[i].stem, "عبد", buf)
                : Self.isExactly(words[i].bytes, "عبد", buf) || Self.isExactly(words[i].bytes, "العبد", buf)
        }

        /// The second word of a compound name: الله، الدين after a word
        /// (يار الله، نصر الله، نور الدين). With the word after عبد, such
        /// words do not count towards the length of a name.
        func compoundTail(_ i: Int) -> Bool {
            Self.isExactly(words[i].bytes, "الله", buf) || Self.isExactly(words[i].bytes, "الدين", buf)
        }

        /// The tail of a two-word given name whose tail is not الله or الدين
        /// (نور الدائم، زين العابدين، سيف الإسلام، جاد الرب): counted, as
        /// those are, as one word of the name with its head, so that «وزير
        /// المعادن نور الدائم محمد أحمد طه» keeps its last name.
        func pairedCompoundTail(_ i: Int) -> Bool {
            guard i > 0, words[i].strip == 0 else { return false }
            for (head, tail) in Self.compoundGivenPairs
            where Self.isExactly(words[i].bytes, tail, buf) && Self.isExactly(words[i - 1].bytes, head, buf) {
                return true
            }
            return false
        }

        /// علي (written with ي) at `i` before أكبر or أصغر and a name word:
        /// the Persian compound given name (علي أكبر أحمديان، علي أصغر
        /// خاجي), not the preposition before an elative (على أكبر قدر).
        func persianCompound(_ i: Int) -> Bool {
            guard i + 2 < count, buf[words[i].bytes].elementsEqual(Self.aliBytes), spaceBetween(i, i + 1),
                spaceBetween(i + 1, i + 2), words[i + 1].strip == 0,
                Self.isExactly(words[i + 1].bytes, "اكبر", buf) || Self.isExactly(words[i + 1].bytes, "اصغر", buf),
                !startsEntity(i + 2)
            else { return false }
            let w = words[i + 2]
            return w.rawShaped && w.strip == 0 && w.raw & Bit.common == 0
                && (w.raw & (Bit.given | Bit.family) != 0 || unlistedSurname(i + 2))
        }

        /// A word not listed right before الله or الدين (يار الله، جاد
        /// الله): the head of a compound family name, when it has no mark of
        /// an ordinary word (article, proclitic, a verb's prefix, a plural or
        /// pronoun ending).
        func beforeCompoundTail(_ i: Int) -> Bool {
            guard i + 1 < count, spaceBetween(i, i + 1), compoundTail(i + 1), words[i + 1].strip == 0 else { return false }
            let w = words[i]
            return w.rawShaped && w.strip == 0 && w.bytes.count >= 4
                && w.raw & (Bit.common | Bit.particle | Bit.role | Bit.roleHead | Bit.speech | Bit.honorific | Bit.abdOrAbu) == 0
                && !startsWithArticle(w.bytes) && !cliticOnOrdinaryWord(w.bytes) && !Self.futureVerbShaped(w.bytes, buf)
                && !Self.pluralOrPronounEnding(w.bytes, buf) && !Self.listed(w.bytes, buf, List.functionWord)
        }

        /// Name words in tokens [a, b): particles and the second words of
        /// compounds (عبد الكريم، نصر الله) are not counted.
        func nameUnits(_ a: Int, _ b: Int) -> Int {
            var u = 0
            for k in a..<b {
                if words[k].raw & Bit.particle != 0 { continue }
                if k > a && (compoundTail(k) || words[k - 1].stemFlags & Bit.abdOrAbu != 0) { continue }
                u += 1
            }
            return u
        }

        /// Token `i` is a listed family name with the article, glued to no
        /// proclitic and listed as nothing else (الصباح، الفلاسي).
        func familyAfterFullName(_ i: Int) -> Bool {
            let w = words[i]
            return w.strip == 0 && spaceBetween(i - 1, i) && startsWithArticle(w.bytes) && w.raw & Bit.family != 0
                && w.raw & (Bit.common | Bit.given | Bit.ambiguous | Bit.role | Bit.honorific) == 0
        }

        /// أمين / أمينة at token `i` followed by عام / عامة / سر: the office
        /// «secretary general» or «secretary», not the given name أمين.
        func secretaryOffice(_ i: Int) -> Bool {
            guard words[i].strip == 0, i + 1 < count, spaceBetween(i, i + 1),
                Self.isExactly(words[i].bytes, "امين", buf) || Self.isExactly(words[i].bytes, "امينة", buf)
            else { return false }
            return Self.secretaryOfficeNext.contains { Self.isExactly(words[i + 1].bytes, $0, buf) }
        }

        /// ل or ب on a common word or on the article (لحقوق، للتأمين، بتشكيل،
        /// بالاتحاد), or و on a common word or on an article word (والشحن،
        /// وزير الزراعة والغابات) — names that begin with those letters (بشارة،
        /// وليد) are not; an article word after و needs three letters more,
        /// so that والتر، والاس stay names.
        ///
        /// (`wawArticle: false`: و on an article word is let through —
        /// inside a name that is more often a name, والكين.)
        func cliticOnOrdinaryWord(_ r: Range<Int>, wawArticle: Bool = true) -> Bool {
            guard r.count >= 4 else { return false }
            let b0 = buf[r.lowerBound], b1 = buf[r.lowerBound + 1]
            let lam = b0 == 0xD9 && b1 == 0x84, baa = b0 == 0xD8 && b1 == 0xA8, waw = b0 == 0xD9 && b1 == 0x88
            guard lam || baa || (waw && r.count >= 6) else { return false }
            let rest = (r.lowerBound + 2)..<r.upperBound
            if table.lookup(UnsafeBufferPointer(rebasing: buf[rest])) & Bit.common != 0 { return true }
            if waw { return wawArticle && startsWithArticle(rest) && rest.count >= 10 }
            // (Or on a verbal noun of form IV not listed: طالب … بيدرو
            // شانشيز بإشراك الأمم المتحدة. Not با + a listed name, the
            // Hadrami and Maghrebi surnames: آيت باحماد، باجمال.)
            if Self.formIVMasdarShaped(rest, buf),
                table.lookup(UnsafeBufferPointer(rebasing: buf[(rest.lowerBound + 2)..<rest.upperBound])) & Bit.known == 0
            {
                return true
            }
            // (Or on one of form II whose first root letter is a hamza, ا once
            // normalized: اتهم حكومة حسن شيخ محمود بتأجيج الخلافات، بتأكيد،
            // لتأمين. Only after the clitic: تامير alone is a name.)
            if Self.formIIMasdarShaped(rest, buf, hamzaFirst: true),
                table.lookup(UnsafeBufferPointer(rebasing: buf[rest])) & Bit.known == 0
            {
                return true
            }
            // (Or on any verbal noun of form II that is also a given name,
            // the word whole listed as nothing: وطالب أحمد بتحسين الخدمات —
            // تحسين، توفيق are names alone, never after ب or ل inside one.)
            if Self.formIIMasdarShaped(rest, buf),
                table.lookup(UnsafeBufferPointer(rebasing: buf[rest])) & Bit.ambiguous != 0,
                table.lookup(UnsafeBufferPointer(rebasing: buf[r])) & Bit.known == 0
            {
                return true
            }
            // للـ is ل + the article; بالـ, ب + the article.
            return startsWithArticle(rest) || (lam && buf[rest.lowerBound] == 0xD9 && buf[rest.lowerBound + 1] == 0x84)
        }

        /// A word not listed that has the shape of a nisba surname: the
        /// article and …ي, not an ordinary word, a role noun, a holder
        /// modifier or a function word (الجنيبي، الربيعي; not الرسمي). Not
        /// …ية: that is the adjective of a noun (مدرسة فؤاد الأول الثانوية).
        func nisbaSurname(_ i: Int) -> Bool {
            let w = words[i], u = w.bytes.upperBound
            guard w.rawShaped, w.bytes.count >= 10, startsWithArticle(w.bytes), buf[u - 2] == 0xD9, buf[u - 1] == 0x8A
            else { return false }
            return w.raw & (Bit.common | Bit.role | Bit.roleHead | Bit.honorific | Bit.speech) == 0
                && !Self.listed(w.bytes, buf, List.holderModifier | List.functionWord | List.descriptionNoun)
        }

        /// Without a title, after a first name that is listed as a given
        /// name and as a family name too (زكريا، مايكل، سعيد; not with the
        /// article: الحسين), a word not listed is the family name (زكريا
        /// موساوي، مايكل نيومان) when it has four letters or more and no mark
        /// of the sentence going on: not a particle, proclitic, ending of an
        /// ordinary word, plural, final ا, nor the prefix of a present verb
        /// (يتوعد، تنفي، سيزور) or of a derived past one (اعتبر; the article
        /// is let through: إبراهيم العسم). (الحسين كثف: three letters.)
        func surnameAfterGivenName(_ i: Int, first: Int) -> Bool {
            let f = words[first].stemFlags, w = words[i]
            guard f & Bit.given != 0, f & Bit.family != 0,
                f & (Bit.ambiguous | Bit.common | Bit.abdOrAbu | Bit.particle | Bit.spelledByYaa) == 0,
                !startsWithArticle(words[first].stem), w.rawShaped, w.strip == 0, w.bytes.count >= 8,
                w.raw & (Bit.known | Bit.common | Bit.speech | Bit.role | Bit.roleHead | Bit.honorific | Bit.particle) == 0,
                !Self.listed(w.bytes, buf, List.particleAfterName | List.functionWord | List.holderModifier),
                !cliticOnOrdinaryWord(w.bytes), !Self.ordinaryEnding(w.bytes, buf), !Self.pluralEnding(w.bytes, buf),
                !tanweenAfterAlef(w)
            else { return false }
            // A word in ا is as often an accusative without its tanween
            // written (أرسل معاوية جيشا، وعمل محفوظ موظفا) as a surname.
            let u = w.bytes.upperBound
            if buf[u - 2] == 0xD8 && buf[u - 1] == 0xA7 { return false }
            let (v, len) = TextScan.scalar(at: w.bytes.lowerBound, in: buf)
            if v == 0x064A || v == 0x062A { return false }  // ي، ت
            // ا (أ folded): a derived verb, unless it is the article before
            // three letters or more (العسم; not الهي).
            if v == 0x0627 && !(startsWithArticle(w.bytes) && w.bytes.count >= 10) { return false }
            if v == 0x0633 {  // س + a present prefix: the future
                let (v2, _) = TextScan.scalar(at: w.bytes.lowerBound + len, in: buf)
                if v2 == 0x064A || v2 == 0x062A || v2 == 0x0646 { return false }
            }
            return true
        }

        /// A given name that is also an ordinary word (أشرف، باسم) at `i`,
        /// right before a listed family name or a nisba surname: the first
        /// name (after a rank, title or honorific only). Not علي (written على,
        /// it has lost its mark of the name already: `resolveAli`), nor
        /// باسم, «in the name of» after a spokesperson (متحدث باسم أولمرت).
        func ambiguousBeforeFamilyName(_ i: Int) -> Bool {
            let f = words[i].stemFlags
            guard f & Bit.ambiguous != 0, f & (Bit.spelledByYaa | Bit.particle | Bit.abdOrAbu) == 0,
                !inTheNameOf(i), !buf[words[i].stem].elementsEqual(Self.aliBytes),
                i + 1 < count, spaceBetween(i, i + 1), !startsEntity(i + 1)
            else { return false }
            let next = words[i + 1]
            // (A listed family name of the nisba form that is also an
            // adjective may follow too: اللاعب صباح الحربي; not a role noun,
            // and only where no adjective continues it: an adjective there
            // heads more of the sentence. A definite noun may: the object of
            // the verb before, اللاعب صباح الحربي الهدف الأول.)
            if next.rawShaped, next.strip == 0, next.raw & Bit.family != 0, next.raw & (Bit.role | Bit.roleHead | Bit.speech) == 0,
                startsWithArticle(next.bytes), Self.nisbaShaped(next.bytes, buf), !Self.listed(next.bytes, buf, List.holderModifier),
                nameEndsAfter(i + 1) || (i + 2 < count && words[i + 2].raw & Bit.known == 0
                    && (!startsWithArticle(words[i + 2].bytes) || holderModifier(words[i + 2], buf) == nil))
            {
                return true
            }
            // (Also a listed family name with the article that is also an
            // ordinary word, where the subject ends after it — إن، قد, a verb
            // of saying —: the verb أشرف would need على, المتحدث أشرف
            // القدرة إن، الطبيب أشرف الخطيب قد.)
            // (So after بحضور، برئاسة where the name ends or the list goes
            // on: بحضور منى الخطيب.)
            // (A family name that is also a role noun, only before what ends
            // a subject: محافظ الغربية أشرف الجندي إنه — «the soldier»
            // would be the verb's subject, and أشرف takes على.)
            if next.rawShaped, next.strip == 0, next.raw & Bit.family != 0, next.raw & (Bit.roleHead | Bit.speech) == 0,
                startsWithArticle(next.bytes),
                subjectEndsAfter(i + 1)
                    || next.raw & Bit.role == 0 && afterPresenceWord(i) && (nameEndsAfter(i + 1) || listGoesOnAfter(i + 1))
                    // (And before the next office of a list of office-holders,
                    // و + a role or title: ووزير الصناعة يعرب القضاة ووزير
                    // الطاقة — the verb would have its object there.)
                    || next.raw & Bit.role == 0 && nextPersonOfListAt(i + 2)
            {
                return true
            }
            guard next.rawShaped, next.raw & (Bit.common | Bit.role | Bit.roleHead | Bit.speech) == 0 else { return false }
            // (Also a given name that is no ordinary word, the father's name
            // as the family name: وزير الشباب والرياضة أشرف صبحي.)
            return next.raw & Bit.family != 0 || nisbaSurname(i + 1) || unlistedSurname(i + 1) || unlistedSurnameBeforeEnd(i + 1)
                // (Or a foreign family name in ا before what ends a subject
                // (إن، قد, a verb of saying), where an accusative does not
                // stand: رئيس الكنيست أمير أوحانا إن.)
                || (next.strip == 0 && next.bytes.count >= 10 && next.bytes.count <= 16 && Self.endsWithAlef(next.bytes, buf)
                    && subjectEndsAfter(i + 1) && !startsWithArticle(next.bytes) && !cliticOnOrdinaryWord(next.bytes)
                    && !Self.futureVerbShaped(next.bytes, buf) && !inflectedCommon(next.bytes, buf)
                    && !Self.derivedMasdarShaped(next.bytes.lowerBound..<(next.bytes.upperBound - 2), buf)
                    && !Self.listed(next.bytes, buf, List.functionWord | List.holderModifier | List.descriptionNoun))
                || (next.raw & Bit.given != 0 && next.raw & Bit.ambiguous == 0)
                // (Or علي, written with ي, and a listed family name: the
                // Persian compound first name, العميد أمير علي حاجي زاده.)
                || (next.raw & Bit.spelledByYaa != 0 && next.strip == 0 && i + 2 < count && spaceBetween(i + 1, i + 2)
                    && !startsEntity(i + 2) && words[i + 2].rawShaped && words[i + 2].strip == 0
                    && words[i + 2].raw & Bit.family != 0 && words[i + 2].raw & Bit.common == 0)
        }

        /// باسم at `i` read as «in the name of»: after a spokesperson word
        /// up to three words before it (المتحدث باسم أولمرت، الناطق الرسمي
        /// باسم، متحدثا باسم، يتحدث باسم) or with a proclitic. Elsewhere,
        /// before a name word, it is the given name (القيادي في حماس باسم
        /// نعيم، الدكتور باسم عوض الله).
        func inTheNameOf(_ i: Int) -> Bool {
            guard Self.isExactly(words[i].stem, "باسم", buf) else { return false }
            if words[i].strip != 0 { return true }
            var k = i - 1
            while k >= 0 && k >= i - 3 {
                if Self.spokespersonWord(words[k].bytes, buf) { return true }
                if !spaceBetween(k, k + 1) { break }
                k -= 1
            }
            return false
        }

        /// A word not listed that may be a family name after a first name
        /// that is also an ordinary word (اللاعب أشرف حكيمي، الوزير مساعد
        /// العيبان has the article and is a nisba or listed): four letters or
        /// more, no article, proclitic, ending of a noun, plural, pronoun or
        /// accusative, no inflected common word, no prefix of a verb.
        func unlistedSurname(_ i: Int) -> Bool {
            let w = words[i]
            guard w.rawShaped, w.strip == 0, w.bytes.count >= 8, w.bytes.count <= 16,
                w.raw & (Bit.known | Bit.common | Bit.particle | Bit.honorific | Bit.familySuffix) == 0,
                !Self.listed(w.bytes, buf, List.particleAfterName | List.functionWord | List.holderModifier | List.descriptionNoun),
                !startsWithArticle(w.bytes), !cliticOnOrdinaryWord(w.bytes), !Self.ordinaryEnding(w.bytes, buf),
                !Self.pluralEnding(w.bytes, buf), !Self.endsWithAlef(w.bytes, buf), !tanweenAfterAlef(w),
                !Self.futureVerbShaped(w.bytes, buf),
                // (A word in ان before إن is no dual there: مضيان إن.)
                !inflectedCommon(w.bytes, buf) || Self.endsInAlifNun(w.bytes, buf) && subjectEndsAfter(i)
            else { return false }
            let (v, len) = TextScan.scalar(at: w.bytes.lowerBound, in: buf)
            // (بو and three letters more, its rest no common word (that is
            // `cliticOnOrdinaryWord`): a Maghrebi family name, بوحيرد،
            // بوحامد, not ب + a word.)
            if v == 0x0628 && w.bytes.count >= 10 && TextScan.scalar(at: w.bytes.lowerBound + len, in: buf).0 == 0x0648 { return true }
            // ي، ت، ن: a present verb; و، ب، ل: a proclitic; ا: أفعل.
            return !(v == 0x064A || v == 0x062A || v == 0x0646 || v == 0x0648 || v == 0x0628 || v == TextScan.lam
                || (v == 0x0627 && w.bytes.count == 8))
        }

        /// A word not listed in وف، يف، وفا، يفا (Russian and Central Asian
        /// family names: كابولوف، أورموشيف، أوتونباييفا), six letters or more,
        /// no article or proclitic on an ordinary word: a family name after
        /// a title's or rank's first name (العقيد ألماز أورموشيف).
        func slavicSurname(_ i: Int) -> Bool {
            let w = words[i]
            guard w.rawShaped, w.strip == 0, w.bytes.count >= 12, w.bytes.count <= 22,
                w.raw & (Bit.known | Bit.common | Bit.particle | Bit.honorific | Bit.familySuffix | Bit.role | Bit.roleHead | Bit.speech) == 0,
                !startsWithArticle(w.bytes), !cliticOnOrdinaryWord(w.bytes)
            else { return false }
            return Self.endsWith(w.bytes, "وف", buf) || Self.endsWith(w.bytes, "يف", buf)
                || Self.endsWith(w.bytes, "وفا", buf) || Self.endsWith(w.bytes, "يفا", buf)
        }

        /// Where the sentence plainly goes on after it (`nameEndsAfter`: إن،
        /// في، أنه …), a word not listed that `unlistedSurname` refuses only
        /// for its first letter ي before ا (ياخور، ياغي: present verbs do
        /// not begin so once أ is folded, except ياتي، ياخذ of four letters)
        /// or for its ending ة (سمرة، عويضة; not a plural or pronoun, nor
        /// ة on a common word): the family name (الفنان باسم ياخور أنه،
        /// الممثل باسم سمرة في).
        func unlistedSurnameBeforeEnd(_ i: Int) -> Bool {
            let w = words[i]
            guard w.rawShaped, w.strip == 0, w.bytes.count >= 8, w.bytes.count <= 14, nameEndsAfter(i),
                w.raw & (Bit.known | Bit.common | Bit.particle | Bit.honorific | Bit.familySuffix | Bit.role | Bit.roleHead | Bit.speech) == 0,
                !Self.listed(w.bytes, buf, List.particleAfterName | List.functionWord | List.holderModifier | List.descriptionNoun),
                !startsWithArticle(w.bytes), !cliticOnOrdinaryWord(w.bytes), !Self.pluralOrPronounEnding(w.bytes, buf),
                !Self.pluralEnding(w.bytes, buf), !Self.endsWithAlef(w.bytes, buf), !tanweenAfterAlef(w),
                !Self.futureVerbShaped(w.bytes, buf), !Self.derivedMasdarShaped(w.bytes, buf), !inflectedCommon(w.bytes, buf)
            else { return false }
            let u = w.bytes.upperBound
            let taMarbuta = buf[u - 2] == 0xD8 && buf[u - 1] == 0xA9
            if taMarbuta {
                // (Not ة on a common word: زيارة is listed, زيارته too.)
                if table.lookup(UnsafeBufferPointer(rebasing: buf[w.bytes.lowerBound..<(u - 2)])) & Bit.common != 0 { return false }
                let (v, _) = TextScan.scalar(at: w.bytes.lowerBound, in: buf)
                return !(v == 0x064A || v == 0x062A || v == 0x0646 || v == 0x0648 || v == 0x0628 || v == TextScan.lam || v == 0x0645)
            }
            let (v, len) = TextScan.scalar(at: w.bytes.lowerBound, in: buf)
            let (v2, _) = TextScan.scalar(at: w.bytes.lowerBound + len, in: buf)
            return v == 0x064A && v2 == 0x0627 && w.bytes.count >= 10 && !Self.ordinaryEnding(w.bytes, buf)
        }

        /// After a title and a first word not listed, or listed only as a
        /// family name or an ambiguous given name (a foreign name:
        /// ألماسادام، عسكر، دان), a second word not listed is the family
        /// name where the sentence plainly goes on after it as after a
        /// subject (إن، أنه، قد، لم، لن, a verb of saying, كان): وزير الطاقة
        /// الكازاخستاني ألماسادام ساتكالييف إن، رئيس الوزراء السابق عسكر
        /// مامين كان، فوبكه هوكسترا إن — also in ين، ان، ة، ا, with ي first
        /// or long, which bar an unlisted surname elsewhere. Not a word with
        /// the article, a proclitic on an ordinary word, a pronoun or ات, a
        /// listed or inflected common word, the future, nor an adverb in ا
        /// of six letters or fewer, in يا or مـ…ا (مجددا، رسميا، مؤكدا).
        func foreignSurnameBeforeSubjectEnd(_ i: Int, first: Int) -> Bool {
            let f = words[first].stemFlags, w = words[i]
            guard i == first + 1, words[first].strip == 0, words[first].rawShaped,
                f & (Bit.given | Bit.common | Bit.abdOrAbu | Bit.particle | Bit.spelledByYaa | Bit.honorific | Bit.role | Bit.roleHead | Bit.speech) == 0,
                // (The article is no bar on the first word: أ folds to ا, so
                // ألماسادام reads as ال + a word.)
                !Self.nisbaShaped(words[first].bytes, buf) || !startsWithArticle(words[first].bytes), words[first].stemScalars >= 3,
                w.rawShaped, w.strip == 0, w.bytes.count >= 8, w.bytes.count <= 24,
                w.raw & (Bit.known | Bit.common | Bit.particle | Bit.honorific | Bit.role | Bit.roleHead | Bit.speech | Bit.familySuffix) == 0,
                !Self.listed(w.bytes, buf, List.particleAfterName | List.functionWord | List.holderModifier | List.descriptionNoun),
                !startsWithArticle(w.bytes), !cliticOnOrdinaryWord(w.bytes), !Self.pluralOrPronounEnding(w.bytes, buf),
                !tanweenAfterAlef(w), !Self.futureVerbShaped(w.bytes, buf), !inflectedCommon(w.bytes, buf),
                subjectEndsAfter(i) || i + 1 < count && spaceBetween(i, i + 1)
                    && (Self.isExactly(words[i + 1].bytes, "كان", buf) || Self.isExactly(words[i + 1].bytes, "كانت", buf))
            else { return false }
            if Self.endsWithAlef(w.bytes, buf) {
                let b = w.bytes
                let (v, len) = TextScan.scalar(at: b.lowerBound, in: buf)
                if b.count <= 12 || v == 0x0645 || TextScan.scalar(at: b.lowerBound + len, in: buf).0 == 0x0627
                    || buf[b.upperBound - 4] == 0xD9 && buf[b.upperBound - 3] == 0x8A
                {
                    return false
                }
            }
            return true
        }

        /// After a title, rank or honorific and two name words of which the
        /// second is not listed (a foreign name: جيريجا براساد), a
        /// third word not listed that has no mark of an ordinary word is the
        /// name's last (جيريجا براساد كويرالا، هانز أوليش
        /// سيدت): no article, proclitic, ending of a noun or plural, final ا
        /// (an accusative: قرارا), nor the prefix of a present or future verb
        /// before three letters or more (يؤكد، تعلن، سيزور), nor و، ب، ل
        /// (بمجهود، لراديو), nor the shape أفعل of a past verb (أهدر).
        func thirdForeignWord(_ i: Int, start: Int, maxBytes: Int = 16) -> Bool {
            guard i == start + 2, words[start].stemFlags & (Bit.abdOrAbu | Bit.particle | Bit.common) == 0,
                words[i - 1].raw & (Bit.common | Bit.particle | Bit.abdOrAbu) == 0,
                !startsWithArticle(words[i - 1].bytes) || words[i - 1].raw & Bit.hamzaAl != 0, !compoundTail(i - 1)
            else { return false }
            let w = words[i]
            // (A listed second word only in a name of three short syllables,
            // East Asian: لي تشاو شينغ، شو سو هون.)
            // (Also a second given name, the first name being double: جان
            // ميشيل أولاس، جان إيف لودريان.)
            if words[i - 1].raw & Bit.known != 0 && words[i - 1].raw & Bit.given == 0
                && (words[start].stem.count > 8 || words[i - 1].bytes.count > 8 || w.bytes.count > 8)
            {
                return false
            }
            // (…نغ, the -ng of English, Chinese, Korean and Ghanaian names,
            // ends no Arabic word: بواتينغ، بوانغ. Its first letter is the
            // name's, not a preposition or a verb's prefix.)
            let ng = Self.ngEnding(w.bytes, buf)
            // (ك read as a proclitic on a listed word is the name's own
            // letter here: كابا is no ك + أبا.)
            let kaf = w.strip == 1 && TextScan.scalar(at: w.bytes.lowerBound, in: buf).0 == 0x0643
            guard w.rawShaped, w.strip == 0 || kaf, w.bytes.count >= 4, w.bytes.count <= maxBytes,
                w.raw & (Bit.known | Bit.common | Bit.speech | Bit.role | Bit.roleHead | Bit.honorific | Bit.particle
                    | Bit.familySuffix) == 0,
                !Self.listed(w.bytes, buf, List.particleAfterName | List.functionWord | List.holderModifier | List.descriptionNoun),
                !startsWithArticle(w.bytes), ng || !cliticOnOrdinaryWord(w.bytes),
                !Self.ordinaryEnding(w.bytes, buf) || familyNameInAt(i) || unlistedSurnameBeforeEnd(i),
                !Self.pluralEnding(w.bytes, buf),
                !Self.endsWithAlef(w.bytes, buf) || Self.vowelRichAlefEnding(w.bytes, buf) || shortForeignAlef(i),
                !tanweenAfterAlef(w), !Self.futureVerbShaped(w.bytes, buf)
            else { return false }
            let (v, len) = TextScan.scalar(at: w.bytes.lowerBound, in: buf)
            // (بو and three letters more whose rest is no common word, that
            // is `cliticOnOrdinaryWord`: a Maghrebi family name, مراد عجال
            // بوزيان, not ب + a word.)
            if v == 0x0628 && w.bytes.count >= 10 && TextScan.scalar(at: w.bytes.lowerBound + len, in: buf).0 == 0x0648 { return true }
            // (ب or ت before ي is a transliterated name's syllable, not a
            // preposition or a verb's prefix: بيريز، بيكر، تيلور.)
            let (v2, _) = TextScan.scalar(at: w.bytes.lowerBound + len, in: buf)
            let foreignSyllable = ng || (v == 0x0628 || v == 0x062A) && v2 == 0x064A && w.bytes.count >= 8
            if w.bytes.count >= 8 && (v == 0x064A || v == 0x062A || v == 0x0646) && !foreignSyllable { return false }  // ي، ت، ن
            // و، ب، ل: a conjunction or preposition on a word of the sentence
            // (وروي، بمجهود، لراديو); أفعل: a past verb (أهدر).
            if !ng && (v == 0x0648 || (v == 0x0628 && !foreignSyllable) || v == TextScan.lam) { return false }
            // (Not when و is its third letter: أفعل has a consonant there, so
            // أدوم is a name's, ليون كاكو أدوم; not a past verb, أهدر.)
            if v == 0x0627 && w.bytes.count == 8 && TextScan.scalar(at: w.bytes.lowerBound + 4, in: buf).0 != 0x0648 { return false }
            // مـ before a consonant, six letters at most: a participle
            // (محاصر، مستعد، مصاب; names have a vowel letter there: مارتن،
            // ميلر، موراليس). And ئ or ؤ inside: an Arabic word (هائل،
            // سائق), which transliterated names do not spell so.
            if v == 0x0645 && w.bytes.count <= 12 {
                let (v2, _) = TextScan.scalar(at: w.bytes.lowerBound + 2, in: buf)
                if v2 != 0x0627 && v2 != 0x0648 && v2 != 0x064A { return false }
            }
            var k = w.bytes.lowerBound
            while k + 1 < w.bytes.upperBound {
                if buf[k] == 0xD8 && (buf[k + 1] == 0xA6 || buf[k + 1] == 0xA4) { return false }
                k += 2
            }
            return true
        }

        /// A word not listed of four letters in ا, a vowel letter second
        /// (كابا، سيلا), right before punctuation: a transliterated name's
        /// last word (تيموثي موسى كابا،), not an accusative, which goes on
        /// to its complement or is listed (فورا، ليلا); its rest is no
        /// common word either.
        func shortForeignAlef(_ i: Int) -> Bool {
            let r = words[i].bytes
            guard r.count == 8, Self.endsWithAlef(r, buf), i + 1 == count || !spaceBetween(i, i + 1) && !Self.hasDash(gap(i, i + 1)),
                table.lookup(UnsafeBufferPointer(rebasing: buf[r.lowerBound..<(r.upperBound - 2)])) & (Bit.known | Bit.common) == 0
            else { return false }
            let v2 = TextScan.scalar(at: r.lowerBound + 2, in: buf).0
            return v2 == 0x0627 || v2 == 0x0648 || v2 == 0x064A
        }

        /// A word not listed in ات of five letters or more, right where
        /// the sentence plainly goes on (`nameEndsAfter`): a family name
        /// (العميد الركن محمد فتحي حياصات إن، بركات، حياصات), not the plural
        /// of a noun — those are listed as common words, or are followed
        /// by the noun's complement (محمد فتحي مبادرات السلام).
        func familyNameInAt(_ i: Int) -> Bool {
            let r = words[i].bytes, u = r.upperBound
            guard r.count >= 10, buf[u - 4] == 0xD8, buf[u - 3] == 0xA7, buf[u - 2] == 0xD8, buf[u - 1] == 0xAA
            else { return false }
            return nameEndsAfter(i)
        }

        /// After a title and a Spanish or Portuguese name whose second word
        /// is a patronymic in …يز، …يس (غونزاليس، رودريغيز، سانشيز), a third
        /// word not listed is the mother's surname, also in ا or يا
        /// (إدموندو غونزاليس أوروتيا): five letters
        /// or more, no article, proclitic, ending of a noun, plural or
        /// pronoun, nor a common word.
        func maternalSurname(_ i: Int, start: Int) -> Bool {
            guard i == start + 2, words[start].stemFlags & (Bit.abdOrAbu | Bit.particle | Bit.common) == 0 else { return false }
            let p = words[i - 1].bytes
            let w = words[i]
            // (Or the third word is itself the patronymic, after a first
            // surname of another shape: غابرييل غارسيا ماركيز.)
            guard p.count >= 10, !startsWithArticle(p), Self.patronymicEnding(p, buf) || Self.patronymicEnding(w.bytes, buf)
            else { return false }
            // Where the sentence plainly goes on after it (إن، في …), a
            // shorter word and one that begins with ل are the surname too
            // (أرانتشا غونزاليس لايا إن): nothing of the sentence is left
            // for them to be.
            let ends = nameEndsAfter(i)
            let (v, _) = TextScan.scalar(at: w.bytes.lowerBound, in: buf)
            // (Its ل is then no proclitic on a name: لايا is not ل + آيا.)
            guard w.rawShaped, w.strip == 0 || (ends && v == TextScan.lam), w.bytes.count >= 10 || (ends && w.bytes.count >= 8), w.bytes.count <= 18,
                w.raw & (Bit.known | Bit.common | Bit.speech | Bit.role | Bit.roleHead | Bit.honorific | Bit.particle | Bit.familySuffix) == 0,
                !Self.listed(w.bytes, buf, List.particleAfterName | List.functionWord | List.holderModifier | List.descriptionNoun),
                !startsWithArticle(w.bytes), ends || !cliticOnOrdinaryWord(w.bytes), !Self.ordinaryEnding(w.bytes, buf),
                !Self.pluralEnding(w.bytes, buf), !tanweenAfterAlef(w), !Self.futureVerbShaped(w.bytes, buf)
            else { return false }
            // ي، ت، ن: a present verb; و، ل: a proclitic.
            return !(v == 0x064A || v == 0x062A || v == 0x0646 || v == 0x0648 || (v == TextScan.lam && !ends))
        }

        /// Token `first` is a listed family name and no given name, and token
        /// `i` is a listed given name (one that is also an ordinary word only
        /// before a listed name): a full name never goes on from a bare
        /// family name to a given name (East Asian syllables aside).
        /// (`alone`: the family name at `first` is the whole name so far,
        /// right after a rank, title or honorific.)
        func familyOnlyBeforeGivenName(_ first: Int, _ i: Int, alone: Bool = false) -> Bool {
            let f = words[first].stemFlags, g = words[i].stemFlags
            // (Four letters at least: short ones are as often given names
            // elsewhere, لام أكول.)
            return f & Bit.family != 0 && f & (Bit.given | Bit.ambiguous | Bit.particle | Bit.abdOrAbu | Bit.common) == 0
                && words[first].stemScalars >= 4
                && words[i].strip == 0 && g & Bit.particle == 0
                && (g & Bit.given != 0 && g & Bit.common == 0
                    // (A given name that is also an ordinary word, before a
                    // listed name: نذير العرباوي.)
                    || g & Bit.ambiguous != 0 && i + 1 < count && spaceBetween(i, i + 1)
                        && words[i + 1].stemFlags & Bit.known != 0 && words[i + 1].stemFlags & Bit.common == 0
                    // (And, after a family name with the article, which is
                    // never a given name, another bare family name of four
                    // letters or more listed only as one: the object after
                    // the subject, هنأ الرئيس السيسي ترمب. Also after one
                    // without it that a title introduces alone: هنأ الرئيس
                    // تبون ماكرون; foreign given names once listed only as
                    // family names, رئيس النادي رامون كالديرون, are listed as
                    // given names now. Not after a given name, nor after a
                    // role noun: double surnames, غابرييل غارسيا ماركيز،
                    // الروائي الكولومبي غارسيا ماركيز; nor after one
                    // written أل, which has no article: خوان ألفاريز ميراندا.)
                    || g & Bit.family != 0 && g & (Bit.given | Bit.ambiguous | Bit.common | Bit.abdOrAbu) == 0
                        && words[i].stemScalars >= 4 && !startsWithArticle(words[i].bytes)
                        && (alone || startsWithArticle(words[first].bytes) && f & Bit.hamzaAl == 0))
                && !Self.listed(words[first].bytes, buf, List.eastAsianSyllable)
                && !Self.listed(words[i].bytes, buf, List.eastAsianSyllable)
        }

        /// الشيخ at `k` inside a name of three words: between a given name
        /// and a given name after which the name ends (وزار محمد الشيخ حمد
        /// مقر الوزارة، وأكد علي الشيخ سلمان أن), a part of the name as in
        /// Sudan, Mauritania and the Gulf, not the honorific of a second
        /// person; that one has a family name after its given name (حسين
        /// الشيخ صباح الخالد is two people).
        func sheikhInsideName(_ k: Int) -> Bool {
            guard k > 0, k + 1 < count, words[k].strip == 0, words[k].bytes.count == 10, Self.isExactly(words[k].bytes, "الشيخ", buf),
                spaceBetween(k - 1, k), spaceBetween(k, k + 1)
            else { return false }
            let p = words[k - 1].raw, x = words[k + 1]
            guard p & (Bit.given | Bit.ambiguous) != 0, p & (Bit.particle | Bit.abdOrAbu) == 0,
                x.strip == 0, x.rawShaped, x.raw & Bit.given != 0,
                x.raw & (Bit.common | Bit.particle | Bit.abdOrAbu | Bit.spelledByYaa) == 0, !startsEntity(k + 1)
            else { return false }
            guard k + 2 < count, spaceBetween(k + 1, k + 2) else { return true }
            let after = words[k + 2].raw
            return after & (Bit.known | Bit.particle | Bit.abdOrAbu | Bit.familySuffix) == 0 || after & Bit.common != 0 && after & Bit.family == 0
        }

        /// After a role noun or a nationality adjective (`placeFirst`) and a
        /// first name listed only as a given name, a bare word that is an
        /// ordinary word (كيلو) or a one-word place (واشنطن) is the family
        /// name where the name plainly ends after it — punctuation, a
        /// particle, a verb of saying, or و on the next person's definite
        /// role or nationality (الممثل الأمريكي دينزل واشنطن والمخرجة، العالم
        /// الفرنسي ديدييه كيلو،): a role noun introduces its holder's full
        /// name, and nothing of a sentence is left there for the word. Not a
        /// word with the article, a noun in ة, a plural, a pronoun, an
        /// accusative in ا, a verb's shape, a time word or a function word.
        func surnameOfOrdinaryReading(_ i: Int, first: Int, place: Bool) -> Bool {
            let f = words[first].stemFlags, w = words[i]
            guard i == first + 1, words[first].strip == 0, f & Bit.given != 0,
                f & (Bit.ambiguous | Bit.common | Bit.family | Bit.abdOrAbu | Bit.particle | Bit.spelledByYaa) == 0,
                w.rawShaped, w.strip == 0, w.bytes.count >= 6, w.bytes.count <= 16, !startsWithArticle(w.bytes),
                w.raw & (Bit.speech | Bit.role | Bit.roleHead | Bit.honorific | Bit.particle | Bit.given | Bit.ambiguous) == 0,
                !Self.listed(w.bytes, buf, List.particleAfterName | List.functionWord | List.holderModifier | List.descriptionNoun
                    | List.nounAdjective | List.regnalOrdinal),
                !Self.timeWords.contains(Array(buf[w.bytes])), !cliticOnOrdinaryWord(w.bytes),
                !Self.ordinaryEnding(w.bytes, buf), !Self.pluralEnding(w.bytes, buf), !Self.endsWithAlef(w.bytes, buf),
                !tanweenAfterAlef(w), !inflectedCommon(w.bytes, buf), !Self.futureVerbShaped(w.bytes, buf),
                !Self.presentVerbShaped(w.bytes, buf)
            else { return false }
            if place {
                let o = w.original
                guard placeEnd[o.lowerBound] == o.upperBound, countryEnd[o.lowerBound] == nil, nisbaEnd[o.lowerBound] == nil,
                    orgEnd[o.lowerBound] == nil
                else { return false }
            } else if w.raw & Bit.common == 0 || startsEntity(i) {
                return false
            }
            if nameEndsAfter(i) { return true }
            // (و on a definite word: the next person of the list, والمخرجة.)
            let next = words[i + 1].bytes
            return next.count >= 10 && buf[next.lowerBound] == 0xD9 && buf[next.lowerBound + 1] == 0x88
                && startsWithArticle((next.lowerBound + 2)..<next.upperBound)
        }

        /// A listed family name that is no ordinary word, which a place
        /// rule found as a LOCATION on exactly its letters (الرويشد, a town
        /// in Jordan), right after a given name (or a compound's tail, عبد
        /// الله): the family name, not the place (الفنان عبد الله الرويشد).
        /// (One that is also an ordinary word, listed among the family names
        /// that only continue a name (لوزان، وازن), only where the name
        /// plainly ends after it: a particle, a mark, or ب، ل on an ordinary
        /// word next — رافائيل لوزان بتقدم الأشغال، عبده وازن لوكالة.)
        func familyNameOnPlace(_ i: Int) -> Bool {
            let w = words[i]
            guard w.strip == 0, w.rawShaped, w.raw & Bit.family != 0,
                w.raw & (Bit.given | Bit.ambiguous | Bit.particle) == 0,
                placeEnd[w.original.lowerBound] == w.original.upperBound,
                countryEnd[w.original.lowerBound] == nil, nisbaEnd[w.original.lowerBound] == nil,
                orgEnd[w.original.lowerBound] == nil
            else { return false }
            // (The given name's own flags, without its و in a list: ومريم
            // كمرا وأحمد جالو.)
            let p = words[i - 1].stemFlags
            // (Also after عبد + a word, the given name: نوار عبد الكريم السلوم.)
            guard p & Bit.given != 0 && p & (Bit.common | Bit.particle) == 0 || compoundTail(i - 1)
                || i >= 2 && spaceBetween(i - 2, i - 1) && isAbd(i - 2, first: false)
            else { return false }
            return w.raw & Bit.common == 0 || nameEndsAfter(i)
                || i + 1 < count && spaceBetween(i, i + 1) && cliticOnOrdinaryWord(words[i + 1].bytes, wawArticle: false)
                // (Or before the next person of a list, و + a role or an
                // honorific: ومدحت سنجار والمحامي فائق أوزغور.)
                || nextPersonOfListAt(i + 1)
        }

        /// A family name that is also a company's name (سوزوكي، هوندا, listed
        /// among the family names that only continue a name), right after a
        /// listed given name: the person's (الأمين العام شونيتشي سوزوكي), not
        /// the company, which is read where no given name comes before it.
        func familyNameOnCompany(_ i: Int) -> Bool {
            let w = words[i]
            guard w.strip == 0, w.rawShaped, w.raw & Bit.family != 0, w.raw & (Bit.given | Bit.particle) == 0,
                orgEnd[w.original.lowerBound] == w.original.upperBound,
                countryEnd[w.original.lowerBound] == nil, nisbaEnd[w.original.lowerBound] == nil, placeEnd[w.original.lowerBound] == nil
            else { return false }
            let p = words[i - 1]
            return p.strip == 0 && p.raw & Bit.given != 0 && p.raw & (Bit.common | Bit.particle | Bit.ambiguous) == 0
        }

        /// Token `i` follows a word that introduces the people present or
        /// leading (بحضور، برئاسة): a name is expected there.
        func afterPresenceWord(_ i: Int) -> Bool {
            i > 0 && words[i].strip == 0 && spaceBetween(i - 1, i)
                && Self.presenceWords.contains(where: { Self.isExactly(words[i - 1].bytes, $0, buf) })
        }

        /// Token `k`, right after a nisba that follows a first name after a
        /// verb, does not make the nisba the person's origin (المصري
        /// الجنسية، السوري الأصل): the nisba is then the family name,
        /// whatever the verb's object after it (وتسلم وليد المصري حقيبة).
        func nisbaNotQualified(_ k: Int) -> Bool {
            guard k < count, spaceBetween(k - 1, k) else { return true }
            return !Self.originNouns.contains(where: { Self.isExactly(words[k].bytes, $0, buf) })
        }

        /// A listed first name at `start` whose name does not begin before
        /// it: a masculine nisba right after it is its family name, whatever
        /// comes before (تسلم وليد المصري حقيبة، إضافة إلى خيام التركي), as
        /// a nationality said of a person comes before the name. Not after a
        /// word that may be the name's first word (صالح محمد العراقي, read
        /// whole elsewhere), nor after the head of a construct named after
        /// the word (دوري روشن السعودي, لدوري روشن السعودي).
        func nisbaAfterLoneFirstName(_ start: Int) -> Bool {
            guard start > 0, spaceBetween(start - 1, start) else { return true }
            let p = words[start - 1]
            if p.raw & (Bit.given | Bit.ambiguous | Bit.family | Bit.abdOrAbu | Bit.particle) != 0 { return false }
            if Self.namedThingHeads.contains(where: { Self.isExactly(p.bytes, $0, buf) }) { return false }
            // (Also after a proclitic: لدوري روشن السعودي، بجائزة.)
            let (v, len) = TextScan.scalar(at: p.bytes.lowerBound, in: buf)
            guard p.bytes.count > 2 * len, TextScan.isProclitic(v) else { return true }
            let rest = (p.bytes.lowerBound + len)..<p.bytes.upperBound
            return !Self.namedThingHeads.contains(where: { Self.isExactly(rest, $0, buf) })
        }

        /// Token `i` starts a name quoted by عن … قوله (نقلت الصحيفة عن يحيى
        /// الجوهري قوله): between the two only a person stands, so a first
        /// name that is an ordinary word too heads it (يحيى «lives»).
        func quotedAfterAn(_ i: Int) -> Bool {
            guard i > 0, words[i].strip == 0, spaceBetween(i - 1, i),
                Self.isExactly(words[i - 1].bytes, "عن", buf) || Self.isExactly(words[i - 1].bytes, "وعن", buf)
            else { return false }
            let n = collect(from: i, anchored: true)
            guard n >= 2, i + n < count, spaceBetween(i + n - 1, i + n) else { return false }
            let r = words[i + n].bytes
            return Self.isExactly(r, "قوله", buf) || Self.isExactly(r, "قولها", buf) || Self.isExactly(r, "قولهم", buf)
        }

        /// A word in و follows token `i`: a list goes on.
        func listGoesOnAfter(_ i: Int) -> Bool {
            i + 1 < count && spaceBetween(i, i + 1) && words[i + 1].bytes.count >= 6
                && buf[words[i + 1].bytes.lowerBound] == 0xD9 && buf[words[i + 1].bytes.lowerBound + 1] == 0x88
        }

        /// The sentence plainly goes on after token `i`, so a name ends
        /// there: punctuation or the text's end, or a particle (إن، في، من)
        /// or a verb of saying after a space.
        func nameEndsAfter(_ i: Int) -> Bool {
            guard i + 1 < count else { return true }
            if !spaceBetween(i, i + 1) { return true }
            let r = words[i + 1].bytes
            return Self.listed(r, buf, List.particleAfterName | List.functionWord) || words[i + 1].raw & Bit.speech != 0
                || Self.isExactly(r, "انه", buf) || Self.isExactly(r, "انها", buf)
        }

        /// Token `i` is followed by what follows a subject and never a noun
        /// phrase's adjective: إن، أنه، قد، لم، لن or a verb of saying
        /// (stricter than `nameEndsAfter`, whose في follows both).
        func subjectEndsAfter(_ i: Int) -> Bool {
            guard i + 1 < count, spaceBetween(i, i + 1) else { return false }
            let r = words[i + 1].bytes
            return words[i + 1].raw & Bit.speech != 0 || Self.isExactly(r, "ان", buf) || Self.isExactly(r, "انه", buf)
                || Self.isExactly(r, "انها", buf) || Self.isExactly(r, "قد", buf) || Self.isExactly(r, "لم", buf)
                || Self.isExactly(r, "لن", buf)
        }

        /// Token `i` is the last of the text or a full stop, question or
        /// exclamation mark follows it (not a comma: a list may go on).
        func sentenceEndsAfter(_ i: Int) -> Bool {
            guard i + 1 < count else { return true }
            let g = gap(i, i + 1)
            return g.contains(UInt8(ascii: ".")) || g.contains(UInt8(ascii: "!")) || g.contains(UInt8(ascii: "\n"))
                || (g.count >= 2 && g[0] == 0xD8 && g[1] == 0x9F)  // ؟
        }

        /// A given name that is also an ordinary word (أشرف، صالح) at `i`
        /// right before عبد or أبو and a word: the first name of a full name
        /// (الفنان أشرف عبد الباقي), after a rank, title, honorific or role
        /// noun only. Not علي or باسم (see `ambiguousBeforeFamilyName`).
        func ambiguousBeforeAbd(_ i: Int) -> Bool {
            let f = words[i].stemFlags
            guard f & Bit.ambiguous != 0, f & (Bit.spelledByYaa | Bit.particle | Bit.abdOrAbu) == 0, words[i].strip == 0,
                !inTheNameOf(i), !buf[words[i].stem].elementsEqual(Self.aliBytes),
                i + 2 < count, spaceBetween(i, i + 1), spaceBetween(i + 1, i + 2), !startsEntity(i + 1),
                words[i + 1].strip == 0, words[i + 1].raw & Bit.abdOrAbu != 0
            else { return false }
            let after = words[i + 2]
            return after.rawShaped && after.raw & (Bit.role | Bit.roleHead | Bit.speech | Bit.particle) == 0
                && (startsWithArticle(after.bytes) || after.raw & Bit.known != 0)
        }

        /// The word after `i` is a family suffix (أوغلو): the word at `i` is
        /// the first half of the family name (إمام أوغلو، داود أوغلو), even
        /// an ordinary word or a preposition's letters (إمام = أمام). Not a
        /// function word, nor one with the article.
        func beforeFamilySuffix(_ i: Int) -> Bool {
            guard i + 1 < count, words[i + 1].raw & Bit.familySuffix != 0, spaceBetween(i, i + 1), words[i].rawShaped,
                words[i].stemScalars >= 3, !startsWithArticle(words[i].bytes)
            else { return false }
            return words[i].raw & (Bit.speech | Bit.role | Bit.roleHead | Bit.honorific | Bit.particle) == 0
                && !Self.listed(words[i].bytes, buf, List.functionWord)
        }

        /// How many tokens from `start` form a name (0 when none).
        ///
        /// `strictFirst` (after a role noun, a nationality adjective or a
        /// name and و, contexts weaker than a title): a first word not in the
        /// lexicons must not have the article (المساعد) or the ending of an
        /// ordinary word (`ordinaryEnding`, a tanween), and a listed family
        /// name that is also a common word (الكبير، الثاني) does not start one.
        ///
        /// `afterRank`: after a military rank, where a first name alone is
        /// rare, an ordinary word after it may be the family name.
        ///
        /// `placeFirst`: after a role noun or a nationality adjective, which
        /// introduce a person, a place may be the first name (`placeAsFirstName`);
        /// not after a title (رئيس بلدية باريس) or a verb (وأعلنت بكين تعليق).
        ///
        /// `foreignThird` (right after a title, rank or honorific): a third
        /// word not listed may end a foreign name (`thirdForeignWord`).
        func collect(from start: Int, anchored: Bool, firstStrip: Int = 0, strictFirst: Bool = false, afterRank: Bool = false,
                     placeFirst: Bool = false, foreignThird: Bool = false, guardedThird: Bool = false, afterPost: Bool = false) -> Int {
            var n = 0
            var lastWasSurname = false
            var i = start
            var particleCount = 0
            var afterParticle = false
            var fatherName = false  // the word before is a father's name after بن، ابن …
            // The second words of compounds (عبد الأمير، يار الله): one name, so not counted in `maxWords`.
            var compoundTails = 0
            var abdName = false  // the word before completes عبد + a word (عبد الرحمن)
            var ambiguousFirst = false  // the word before is a first name that is also an ordinary word, after a title
            var honorificAfterParticle = false  // this word is الشيخ after ولد، بن، آل
            var afterRegnal = false  // a regnal number was read (محمد السادس)
            // (At the limit, a name whose last word read is عبد reads
            // its tail too: علي محمد علي عبد الرحمن ended at عبد.)
            // (Past the limit, a fifth word that is a listed family name
            // with the article, and nothing else: the Gulf's full names,
            // عبدالله علي عبدالله السالم الصباح، أحمد بن عبدالله حميد
            // بالهول الفلاسي, ended before the family.)
            while i < count && (n - particleCount - compoundTails < maxWords || n > 0 && isAbd(i - 1, first: n == 1)
                || n > 0 && n - particleCount - compoundTails == maxWords && familyAfterFullName(i)) {
                var nisbaName = false
                // و + a role noun (والنائبة، والمتحدث) opens the next person,
                // never a name word: إليزابيث وارن والنائبة ألكساندريا.
                if n > 0 && wawRole(i) { break }
                // No name begins on the first word of a body's name of two
                // words or more (the chief after the airline: الرئيس
                // التنفيذي لرايان إير مايكل أوليري).
                if n == 0, let e = orgEnd[words[i].original.lowerBound + words[i].strip], e > words[i].original.upperBound {
                    return 0
                }
                // So does و + an honorific (والشيخة، والدكتور): الشيخ زايد
                // والشيخة مريم names two people.
                if n > 0 && wawHonorific(i) { break }
                // The given name أمين before عام or سر is the office after the
                // name, in apposition (سعيد حارب أمين عام مجلس دبي الرياضي),
                // even where no TITLE rule read the body after it.
                if n > 0, secretaryOffice(i) { break }
                // A word that is an ordinary word too, right before a number,
                // after two name words is the sentence's verbal noun: محافظ
                // دهوك علي تتر عودة 40 عائلة.
                if n >= 2, words[i].strip == 0, words[i].stemFlags & Bit.common != 0, i + 1 < count, spaceBetween(i, i + 1),
                    (0x30...0x39).contains(buf[words[i + 1].bytes.lowerBound])
                {
                    break
                }
                // Nor a verb or noun in و with a pronoun after it: نائب الرئيس
                // بنجامين بول ميل وجرده من رتبته gave «… ميل وجرده».
                if n > 0 && wawWithPronoun(i) { break }
                // Nor a present verb of the plural not listed (يـ/تـ, a
                // consonant, …ون): the sentence's verb after a subject, «في
                // ميسان والمثنى يفتقرون إلى» gave «المثنى يفتقرون».
                if n > 0, words[i].strip == 0, words[i].raw & Bit.known == 0, Self.presentPluralVerbShaped(words[i].bytes, buf) { break }
                // A definite word before an agreeing adjective (الحداد العام)
                // is a noun phrase after the name, not its family name.
                // (So is one that would begin the name, also a family name:
                // وأعلن ولي العهد الحداد الرسمي — the mourning.)
                if n > 0 || words[i].raw & (Bit.given | Bit.ambiguous) == 0, i + 1 < count,
                    words[i + 1].bytes.count <= Self.nounAdjectiveMaxBytes, words[i].strip == 0, startsWithArticle(words[i].bytes),
                    spaceBetween(i, i + 1), Self.listed(words[i + 1].bytes, buf, List.nounAdjective)
                {
                    if n == 0 { return 0 }
                    break
                }
                // رحمة الله after إلى is God's mercy, not the compound given
                // name (وانتقلت إلى رحمة الله منيرة عبدالله راشد المطيري).
                if n == 0, words[i].bytes.count == 8, i > 0, i + 1 < count, spaceBetween(i, i + 1), Self.isExactly(words[i].bytes, "رحمة", buf),
                    Self.isExactly(words[i + 1].bytes, "الله", buf), Self.isExactly(words[i - 1].bytes, "الي", buf)
                {
                    return 0
                }
                // سعادة «Excellency» before an honorific or a given name that
                // is nothing else is a form of address, not the name (محافظ
                // العاصمة سعادة الشيخ راشد بن عبدالرحمن، سعادة محمد بن سالم).
                if n == 0, i + 1 < count, spaceBetween(i, i + 1), words[i].strip == 0, Self.isExactly(words[i].bytes, "سعادة", buf),
                    words[i + 1].raw & Bit.honorific != 0 || words[i + 1].raw & (Bit.known | Bit.common) == Bit.given
                {
                    return 0
                }
                // (And الحداد before how long or for whom: the mourning.)
                if n > 0, i + 1 < count, words[i].strip == 0, Self.mourningBefore(words[i].bytes, words[i + 1].bytes, buf),
                    spaceBetween(i, i + 1)
                {
                    break
                }
                // A decoration (وسام، قلادة، نوط) before a definite word that
                // is no family name is the medal conferred, not a name word
                // (قلد الأمير اللاعب أكرم عفيف وسام الاستحقاق، منح الرئيس
                // وسام الجمهورية); وسام الحسن is the name.
                if medalAt(i) && !(n > 0 && isAbd(i - 1, first: n == 1)) {
                    if n == 0 { return 0 }
                    break
                }
                // الله before تعالى is God's (انتقل إلى رحمة الله تعالى، بفضل
                // الله تعالى), not the tail of a compound name.
                if n > 0, words[i].bytes.count == 8, i + 1 < count, words[i + 1].bytes.count == 10,
                    Self.isExactly(words[i].bytes, "الله", buf), Self.isExactly(words[i + 1].bytes, "تعالي", buf)
                {
                    if n == 1 { return 0 }
                    break
                }
                // The word after عبد completes the name, also an ordinary
                // word or a title (عبد الأمير، عبد الملك، عبد الزهرة).
                let afterAbd = n > 0 && isAbd(i - 1, first: n == 1)
                // A word after البو (a tribe: عشائر البو نمر والبو فهد) is
                // the tribe's name, not a person's.
                if n == 0, i > 0, spaceBetween(i - 1, i), words[i - 1].bytes.count <= 12,
                    Self.endsWith(words[i - 1].bytes, "البو", buf)
                {
                    return 0
                }
                // ولد starting a name after a title is the Mauritanian «son
                // of» before the family name (المبعوث الأممي ولد الشيخ gave
                // PERSON «ولد»): read as a particle before it.
                if n == 0, anchored, words[i].strip == 0, Self.isExactly(words[i].bytes, "ولد", buf), i + 1 < count,
                    spaceBetween(i, i + 1), words[i + 1].rawShaped,
                    words[i + 1].raw & Bit.honorific != 0 || words[i + 1].raw & Bit.family != 0 && words[i + 1].raw & Bit.common == 0
                {
                    if words[i + 1].raw & Bit.honorific != 0
                        && !(i + 2 < count && spaceBetween(i + 1, i + 2) && words[i + 2].raw & Bit.known != 0)
                    {
                        return 2
                    }
                    afterParticle = true
                    n += 1; i += 1; particleCount += 1; continue
                }
                if n > 0 {
                    guard spaceBetween(i - 1, i) || hyphenJoined(i - 1, i) else { break }
                    // A past verb of the form فاعل (صادق، وافق، شارك، طالب)
                    // after two name words, before على or a definite word
                    // with ب, is the sentence's verb: رئيس الأركان الفريق
                    // إيال زامير صادق على تعيين gave «إيال زامير صادق».
                    if n - particleCount >= 2, words[i].strip == 0, words[i].bytes.count == 8, !startsWithArticle(words[i].bytes),
                        buf[words[i].bytes.lowerBound + 2] == 0xD8, buf[words[i].bytes.lowerBound + 3] == 0xA7,
                        words[i].raw & Bit.family == 0, words[i - 1].raw & Bit.particle == 0, i + 1 < count, spaceBetween(i, i + 1),
                        Self.isExactly(words[i + 1].bytes, "علي", buf) && words[i + 1].raw & Bit.spelledByYaa == 0
                            || Self.startsWith(words[i + 1].bytes, "بال", buf)
                    {
                        break
                    }
                    // An office noun with the article that is a family name too
                    // (الوزير، القاضي) right after a given name, before an office
                    // in the indefinite accusative or where the subject ends: the
                    // family name (عين كامل الوزير وزيرا للنقل، قال أحمد القاضي
                    // إن). Not after a verb of telling, whose object it is then
                    // (أبلغ الرئيس محمد الوزير أن).
                    // (All of six letters: one comparison first.)
                    // (A given name that is an ordinary word in ة is there
                    // the honorific: وكان سعادة الوزير قد عرض.)
                    if words[i].bytes.count == 12 && words[i].strip == 0
                        && (words[i - 1].raw & Bit.given != 0 || abdName
                            || words[i - 1].raw & Bit.ambiguous != 0 && !Self.endsWithTaMarbuta(words[i - 1].bytes, buf))
                        && words[i - 1].raw & (Bit.particle | Bit.abdOrAbu) == 0 && Self.officeSurnames.contains(Array(buf[words[i].bytes]))
                        && (i + 1 < count && spaceBetween(i, i + 1) && Self.officePredicates.contains(Array(buf[words[i + 1].bytes]))
                            || subjectEndsAfter(i) && !afterInformingVerb(start)
                            // (Or, right after a title, at a sentence's end or
                            // before a comma, where no object is left for the
                            // word to be: بحضور رئيس مجلس النواب مازن القاضي.)
                            || anchored && !strictFirst && !afterRank && i == start + 1
                                && (sentenceEndsAfter(i) || i + 1 < count && Self.isCommaGap(gap(i, i + 1)))
                            // (Or before the oath it took: وأدى كامل الوزير
                            // اليمين الدستورية وزيرا.)
                            || i + 2 < count && spaceBetween(i, i + 1) && spaceBetween(i + 1, i + 2)
                                && Self.isExactly(words[i + 1].bytes, "اليمين", buf)
                                && (Self.isExactly(words[i + 2].bytes, "الدستورية", buf) || Self.isExactly(words[i + 2].bytes, "القانونية", buf)))
                    {
                        n += 1
                        break
                    }
                    // A name begun by a bare family name (الرئيس ماكرون،
                    // الرئيس تبون) ends before a given name: that starts the
                    // next person (عين الرئيس ماكرون سيباستيان لوكورنو، كلف
                    // الرئيس تبون نذير العرباوي). Not East Asian names, family
                    // name first (كيم جونغ أون).
                    // (Not where the subject plainly ends after the second
                    // word, إن or قد next, and no verb of telling is before
                    // the title: a family name there is no object, but the
                    // name's own, وقال وزير الصحة أدونيس جورجيادس إن.)
                    if n == 1 && familyOnlyBeforeGivenName(start, i, alone: anchored && !strictFirst)
                        && !(anchored && words[start].stemFlags & Bit.given == 0 && words[i].stemFlags & Bit.given == 0
                            && subjectEndsAfter(i) && !afterInformingVerb(start))
                    {
                        break
                    }
                    // (So does a full name, given name and bare family name:
                    // عين الرئيس إيمانويل ماكرون سيباستيان لوكورنو وزيرا.)
                    // (Not before إن or قد without a verb of telling: a
                    // third name of its own, وقال قائد الشرطة ليستيو سيغيت برابوو إن;
                    // nor at a sentence's end, where no family name of a
                    // next person follows: رئيس اللجنة إبراهيم كوليبالي كواكو.)
                    if n == 2 && particleCount == 0 && i == start + 2 && words[start].stemFlags & Bit.given != 0
                        && words[start].stemFlags & (Bit.abdOrAbu | Bit.particle) == 0 && familyOnlyBeforeGivenName(i - 1, i)
                        && !(anchored && subjectEndsAfter(i) && !afterInformingVerb(start))
                        && !(anchored && sentenceEndsAfter(i))
                        // (Nor before a comma, a particle or preposition or
                        // the next office of a list (و + a role or title),
                        // where no family name of a next person follows and
                        // no object stands: وعضو المجلس عبدالله العليمي باوزير
                        // ورئيس مجلس الوزراء، ودعت النائبة عايدة توما سليمان
                        // إلى، قال أوثمان ماسود أوثمان، زعيم الحزب)
                        && !(anchored && i + 1 < count
                            && (Self.isCommaGap(gap(i, i + 1)) || nextPersonOfListAt(i + 1)
                                || spaceBetween(i, i + 1) && nameEndsAfter(i)))
                    {
                        break
                    }
                    // (And one whose given name is عبد + a word: عين الرئيس
                    // عبد المجيد تبون سيفي غريب وزيرا أول.)
                    if n == 3 && particleCount == 0 && i == start + 3 && isAbd(start, first: true)
                        && familyOnlyBeforeGivenName(i - 1, i)
                    {
                        break
                    }
                    // A month that is also a given name, before its epithet
                    // (شهر رمضان المبارك، شعبان المعظم), is the month: the
                    // epithet is no family name there (خلدون خليفة المبارك is).
                    if words[i].strip == 0 && Self.listed(words[i].bytes, buf, List.monthEpithet)
                        && Self.listed(words[i - 1].bytes, buf, List.monthName)
                    {
                        if n == 1 { return 0 }
                        break
                    }
                    if startsEntity(i) && !afterAbd {
                        if nameNisba(i, inName: true) {
                            nisbaName = true
                        } else if familyNameOnPlace(i) || familyNameOnCompany(i) {
                            // (read on as a family name: الفنان عبد الله الرويشد)
                        } else if placeFirst && n == 1 && surnameOfOrdinaryReading(i, first: start, place: true) {
                            n += 1
                            break
                        } else {
                            // A definite nisba may end the name (محمد شياع السوداني).
                            let first = words[start].stemFlags
                            var firstAlone = n == 1 && anchored && !strictFirst && first & Bit.given != 0 && first & Bit.family == 0
                            // (Also a masculine nisba after a first name that a
                            // feminine title, role or honorific introduces: it
                            // qualifies neither her nor the office, so it is her
                            // family name: الدكتورة هبة السويدي، الوزيرة ليلى التونسي.)
                            if !firstAlone, n == 1, anchored, start > 0, first & (Bit.given | Bit.ambiguous) != 0,
                                first & (Bit.family | Bit.common | Bit.spelledByYaa | Bit.abdOrAbu | Bit.particle) == 0,
                                Self.endsWithYaa(words[i].bytes, buf), spaceBetween(start - 1, start),
                                Self.endsWithTaMarbuta(words[start - 1].bytes, buf), Self.isDefinite(words[start - 1].bytes, buf)
                            {
                                firstAlone = true
                            }
                            // (Also after a first name that follows a title's
                            // place of post: نقيب المحامين في بيروت فادي
                            // المصري — nothing before is left for it to qualify.)
                            if !firstAlone, n == 1, afterPost, words[start].strip == 0, first & Bit.given != 0,
                                first & (Bit.family | Bit.common | Bit.spelledByYaa | Bit.abdOrAbu | Bit.particle) == 0,
                                Self.endsWithYaa(words[i].bytes, buf)
                            {
                                firstAlone = true
                            }
                            // (Also after a first name that a definite
                            // nationality adjective introduces: the person's
                            // nationality is said already, so a second one is
                            // the family name: رجل الأعمال الفلسطيني منيب
                            // المصري، المهاجم الأردني يزن العراقي. The first
                            // name may be one not listed, read strictly.)
                            if !firstAlone, n == 1, anchored, start > 0, spaceBetween(start - 1, start), words[start].strip == 0,
                                first & (Bit.family | Bit.common | Bit.spelledByYaa | Bit.abdOrAbu | Bit.particle) == 0,
                                Self.nisbaShaped(words[start - 1].bytes, buf), Self.isDefinite(words[start - 1].bytes, buf),
                                (0...2).contains(where: { d in
                                    nisbaEnd[words[start - 1].original.lowerBound + d] == words[start - 1].original.upperBound
                                })
                            {
                                firstAlone = true
                            }
                            // (Also a masculine nisba after a listed first name
                            // right after a verb of saying, before إن/أن or a
                            // mark: وقال حسام المصري إن، وقالت رنا الجزائري إن.
                            // A nationality said of the speaker comes before
                            // the name, so after it the nisba is the family name.)
                            // (So after بحضور، برئاسة, before a mark or the
                            // next name of the list: بحضور أمجد السويدي ومحمد.)
                            // (And between كان and قد, the subject's place:
                            // وكان لؤي المصري قد أعلن.)
                            let presence = !firstAlone && n == 1 && i == start + 1 && afterPresenceWord(start)
                            let kanaQad = !firstAlone && n == 1 && i == start + 1 && start > 0 && i + 1 < count && spaceBetween(i, i + 1)
                                && (Self.isExactly(words[start - 1].bytes, "كان", buf) || Self.isExactly(words[start - 1].bytes, "وكان", buf))
                                && Self.isExactly(words[i + 1].bytes, "قد", buf)
                            if !firstAlone, n == 1, i == start + 1, start > 0, spaceBetween(start - 1, start), words[start].strip == 0,
                                words[start - 1].raw & Bit.speech != 0 || presence || kanaQad || nisbaAfterLoneFirstName(start), first & Bit.given != 0,
                                first & (Bit.family | Bit.common | Bit.ambiguous | Bit.spelledByYaa | Bit.abdOrAbu | Bit.particle) == 0,
                                Self.endsWithYaa(words[i].bytes, buf),
                                i + 1 == count || !spaceBetween(i, i + 1) || Self.isExactly(words[i + 1].bytes, "ان", buf) || kanaQad
                                    || presence && TextScan.scalar(at: words[i + 1].bytes.lowerBound, in: buf).0 == 0x0648
                                    || !presence && nisbaNotQualified(i + 1)
                            {
                                firstAlone = true
                            }
                            if words[i - 1].raw & Bit.particle == 0,
                                nisbaEndsName(i, nameWords: n - particleCount, firstNameAfterTitle: firstAlone,
                                              previousFlags: n == 1 ? first : words[i - 1].raw)
                            {
                                n += 1
                            }
                            break
                        }
                    }
                } else if startsEntity(i) && firstStrip == 0 {
                    guard anchored else { return 0 }
                    // (A place as the first name: المهاجم بغداد بونجاح.)
                    nisbaName = nameNisba(i, inName: false)
                    // (A listed given name that is also a country or place, before
                    // a listed family name: رئيسة الوزراء الإيطالية جورجيا ميلوني.)
                    guard nisbaName || (placeFirst && placeAsFirstName(i)) || givenPlaceBeforeFamilyName(i) else { return 0 }
                }
                // دو after a given name alone, before a bracket or the end of a
                // clause, is the family name (Doe, Do: ويدعى جون دو (34 عاما)),
                // not a particle: nothing follows it in the name.
                if n == 1, words[i].bytes.count == 4, words[i].strip == 0, words[i - 1].stemFlags & Bit.given != 0,
                    Self.isExactly(words[i].bytes, "دو", buf),
                    i + 1 >= count || gap(i, i + 1).first(where: { $0 != 0x20 }).map({ Self.aliEndMarks.contains($0) || $0 == 0x28 }) == true
                {
                    return 2
                }
                // A particle continues a name only between two name words.
                // (دير after فان or فون is one too: يولاندا فان دير مولن.)
                let der = n > 0 && words[i].bytes.count == 6 && words[i].strip == 0 && Self.isExactly(words[i].bytes, "دير", buf)
                    && (Self.isExactly(words[i - 1].bytes, "فان", buf) || Self.isExactly(words[i - 1].bytes, "فون", buf))
                if n > 0, !afterAbd, words[i].raw & Bit.particle != 0 || der, i + 1 < count, spaceBetween(i, i + 1), words[i + 1].rawShaped {
                    let next = words[i + 1].raw
                    // Not before a relation noun (زيان ابن أخيه), and لا only
                    // after دو، دي (دو لا سابليير) or before a listed name:
                    // otherwise it is the negation (أولمرت لا يحق).
                    let la = Self.isExactly(words[i].bytes, "لا", buf)
                    // الشيخ after ولد، بن، آل is a family name (محمد ولد الشيخ
                    // الغزواني، عبد العزيز آل الشيخ), when a word follows it
                    // or the name plainly ends there (تركي آل الشيخ، فيما …;
                    // فهد آل الشيخ إن …): no name is left for it to be the
                    // honorific of.
                    let sheikh = next & Bit.honorific != 0 && Self.listed(words[i].bytes, buf, List.nasabParticle)
                        && (i + 2 >= count || words[i + 2].rawShaped || nameEndsAfter(i + 1))
                    // (After آيت a role noun is the family name too: خالد آيت الطالب.)
                    let ait = Self.isExactly(words[i].bytes, "ايت", buf)
                    if next & (Bit.role | Bit.roleHead) == 0 || ait,
                        !la || words[i - 1].raw & Bit.particle != 0 || next & Bit.known != 0,
                        next & Bit.particle != 0 || next & Bit.common == 0 || next & Bit.known != 0 || sheikh || kunyaNoun(i)
                    {
                        honorificAfterParticle = sheikh
                        afterParticle = words[i].raw & Bit.compoundHead != 0  // بن، ابن، بنت، ولد، ابو (not آل، دي، فان)
                        n += 1; i += 1; particleCount += 1; lastWasSurname = false; fatherName = false; continue
                    }
                    // Before a relation noun the particle is the noun ابن (ابن أخيه): the name ends.
                    if next & (Bit.role | Bit.roleHead) != 0 { break }
                }
                // A given name that is nothing else, right after three name
                // words that end in a family name that is nothing else, and
                // before another name word, begins the next person: «عين
                // وزير المالية محمد يسر برنية أنس سليم مديرا» names two men.
                // (Not after two: the South Sudanese third name repeats the
                // first, أتيني ويك أتيني.)
                if n - particleCount >= 3, words[i].strip == 0, spaceBetween(i - 1, i), i + 1 < count, spaceBetween(i, i + 1),
                    words[i - 1].raw & (Bit.known | Bit.common | Bit.particle) == Bit.family,
                    words[i - 2].raw & Bit.particle == 0,
                    words[i].raw & (Bit.known | Bit.common | Bit.particle) == Bit.given,
                    words[i + 1].raw & Bit.known != 0, words[i + 1].raw & Bit.common == 0
                {
                    break
                }
                // A known name after the conjunction و (ويوسف، وبلير) starts the
                // next name of a list: «أسامة حسن ويوسف حمدي» is two people.
                // (Only و: كروز is not ك + روز. Not right after دي، دو or دا,
                // which no name ends at: ساندرا دي وايلي is one person.)
                if n > 0 && words[i].strip > 0 && buf[words[i].bytes.lowerBound] == 0xD9
                    && buf[words[i].bytes.lowerBound + 1] == 0x88
                    && !(words[i - 1].raw & Bit.particle != 0 && spaceBetween(i - 1, i)
                        && (Self.isExactly(words[i - 1].bytes, "دي", buf) || Self.isExactly(words[i - 1].bytes, "دو", buf)
                            || Self.isExactly(words[i - 1].bytes, "دا", buf)))
                {
                    break
                }
                // (So does و on a two-letter head of a given compound before
                // الدين or الله, left unstripped for its length: سفيان أمرابط
                // وعز الدين أوناحي is two people.)
                if n > 0 && words[i].strip == 0 && words[i].bytes.count == 6 && buf[words[i].bytes.lowerBound] == 0xD9
                    && buf[words[i].bytes.lowerBound + 1] == 0x88 && words[i].raw & Bit.known == 0, i + 1 < count, spaceBetween(i, i + 1),
                    Self.isExactly(words[i + 1].bytes, "الدين", buf) || Self.isExactly(words[i + 1].bytes, "الله", buf),
                    table.lookup(UnsafeBufferPointer(rebasing: buf[(words[i].bytes.lowerBound + 2)..<words[i + 1].bytes.upperBound])) & Bit.given != 0
                {
                    break
                }
                // A regnal number follows a first name alone (محمد السادس،
                // عبد الله الثاني); it starts no name (الإمام الثامن، قائد
                // اللواء العاشر) and after two names it is a place in a
                // ranking (توماس برديتش الثاني).
                // After a regnal number, عبد or a given name before another
                // name word starts another person's name (عين الملك عبد الله
                // الثاني جعفر حسان); a dynasty may still follow (جيمس الأول
                // ستيوارت).
                if afterRegnal {
                    if words[i].stemFlags & Bit.abdOrAbu != 0 { break }
                    // (Also a given name that is an ordinary word: عين الملك
                    // محمد السادس عزيز أخنوش.)
                    if words[i].stemFlags & (Bit.given | Bit.ambiguous) != 0, i + 1 < count, spaceBetween(i, i + 1),
                        words[i + 1].rawShaped, words[i + 1].raw & Bit.known != 0
                    {
                        break
                    }
                }
                if words[i].strip == 0 && Self.listed(words[i].bytes, buf, List.regnalOrdinal) {
                    if n == 0 { return 0 }
                    afterRegnal = true
                    // (خان is part of a sultan's name: إبراهيم خان الأول.)
                    // (After بن it is the father's: الأمير الحسين بن عبد الله الثاني.)
                    var from = start
                    for k in start..<i where words[k].raw & Bit.compoundHead != 0 && words[k].raw & Bit.particle != 0 { from = k + 1 }
                    // (A patriarch's two names take it too, after مار, البطريرك
                    // or البابا: مار أغناطيوس أفرام الثاني، البطريرك لويس
                    // روفائيل الأول ساكو.)
                    let prelate = start > 0 && from == start && nameUnits(from, i) == 2
                        && (Self.isExactly(words[start - 1].bytes, "مار", buf) || Self.isExactly(words[start - 1].bytes, "البطريرك", buf)
                            || Self.isExactly(words[start - 1].bytes, "البابا", buf))
                    if nameUnits(from, i) > 1 && !prelate && !Self.isExactly(words[i - 1].bytes, "خان", buf) { break }
                }
                // After a syllable of an East Asian name that is no Arabic
                // word, another syllable continues the name, also an Arabic
                // word (وانغ ون بين، حسن جانغ جيان جون).
                // (Three syllables at most: شي جين بينغ ما زال.)
                // (The pronoun هو is the last syllable, after a name of two
                // words whose last is a syllable, only where punctuation or
                // the text's end follows it, so that no sentence goes on
                // with it: بونغ جون هو.)
                // (The Korean syllable إن, also the conjunction إن after a
                // name, only between two syllables, the second neither an
                // Arabic word nor a listed name: هوانغ إن بوم, where «قال
                // وانغ إن الصين، إن لي» ends at وانغ.)
                if n == 1 && anchored && words[i].strip == 0 && words[i - 1].raw & Bit.common == 0
                    && Self.isExactly(words[i].bytes, "ان", buf) && i + 1 < count && spaceBetween(i, i + 1)
                    && Self.listed(words[i - 1].bytes, buf, List.eastAsianSyllable)
                    && words[i + 1].strip == 0 && words[i + 1].raw & (Bit.common | Bit.known) == 0
                    && Self.listed(words[i + 1].bytes, buf, List.eastAsianSyllable)
                {
                    n += 2
                    i += 2
                    lastWasSurname = true
                    continue
                }
                if n > 0 && anchored && words[i].strip == 0 && words[i - 1].raw & Bit.common == 0
                    && Self.listed(words[i - 1].bytes, buf, List.eastAsianSyllable)
                    && (Self.listed(words[i].bytes, buf, List.eastAsianSyllable)
                        || n >= 2 && Self.isExactly(words[i].bytes, "هو", buf) && (i + 1 == count || !spaceBetween(i, i + 1)))
                    && !(i - 2 >= start && Self.listed(words[i - 2].bytes, buf, List.eastAsianSyllable)
                        && i - 3 >= start && Self.listed(words[i - 3].bytes, buf, List.eastAsianSyllable))
                {
                    n += 1
                    i += 1
                    lastWasSurname = true
                    continue
                }
                // A regnal number from eleven to nineteen is two words: عشر
                // after the ordinal ends the name (ألفونسو الثالث عشر، ليو
                // الرابع عشر).
                if n > 1 && words[i].strip == 0 && Self.isExactly(words[i].bytes, "عشر", buf)
                    && Self.listed(words[i - 1].bytes, buf, List.regnalUnit)
                {
                    n += 1
                    break
                }
                let f = n == 0 ? words[i].stemFlags : words[i].raw
                let shaped = n == 0 ? words[i].stemShaped : words[i].rawShaped
                guard shaped else { break }
                // A definite word not listed in يين or يون, the sound plural
                // of a nisba, is a noun of the sentence after the name, never
                // its family name: وزيرة النقل رشيدة بن عمر النقابيين.
                if n > 0, f & Bit.known == 0, words[i].strip == 0, startsWithArticle(words[i].bytes),
                    Self.nisbaPluralEnding(words[i].bytes, buf)
                {
                    break
                }
                // Nor, after two name words, a word not listed shaped as no
                // name is: an accusative participle of form X (مستفسرا،
                // مستطردا), a plural in ات of seven letters or more
                // (استبيانات، الاستبيانات; a family name in ات is shorter or
                // listed: عرفات، السادات), or an adjective in ية (تصنيفية).
                // (Not after أبو, بن or ولد: محمد أبو سلمية، المهدي بن غربية.)
                if n >= 2, f & Bit.known == 0, words[i].strip == 0, words[i - 1].raw & (Bit.particle | Bit.abdOrAbu) == 0,
                    Self.neverANameWord(words[i].bytes, buf)
                {
                    break
                }
                // Nor, after two name words, و and a verbal noun of form II
                // (تفعيل) not listed: the next clause, «إعفاء قائممقام قضاء
                // المقدادية حاتم التميمي وتكليف مدير ناحية».
                if n >= 2, f & Bit.known == 0, Self.wawVerbalNounII(words[i].bytes, buf) { break }
                if n == 1 && anchored && !afterRank && foreignSurnameBeforeSubjectEnd(i, first: start) {
                    n += 1
                    break
                }
                // An honorific after a title (رئيسة الوزراء السابقة الشيخة حسينة
                // واجد) is not part of the name; the honorific rule reads it.
                if n == 0 && words[i].raw & Bit.honorific != 0 { return 0 }
                // Nor a role noun (رئيس لجنة التحكيم الناقد المغربي سعيد
                // يقطين): the role step reads the name after it.
                if n == 0 && words[i].raw & (Bit.role | Bit.roleHead) != 0 && words[i].raw & Bit.known == 0 { return 0 }
                // After a title, a proclitic on an ordinary word is the
                // office's body or the sentence going on, not a name.
                if n == 0 && anchored && f & Bit.known == 0 && cliticOnOrdinaryWord(words[i].bytes) { return 0 }
                // (So is ف on one, a verb or noun of the sentence: وعاد
                // السلطان فقبل يد الشيخ، فقال.)
                if n == 0 && anchored && f & Bit.known == 0 && words[i].strip == 0 && words[i].bytes.count >= 8
                    && buf[words[i].bytes.lowerBound] == 0xD9 && buf[words[i].bytes.lowerBound + 1] == 0x81
                    && table.lookup(UnsafeBufferPointer(rebasing: buf[(words[i].bytes.lowerBound + 2)..<words[i].bytes.upperBound])) & Bit.common != 0
                {
                    return 0
                }
                // Nor a word not listed with an attached pronoun or the plural
                // ات (وواصل الملك سيره، حاكم دبي ووجههم): a noun or verb of
                // the sentence, not a name. (Before ولد، بن and a name it is
                // a first name in ه: وزير الدفاع حننه ولد سيدي.)
                if n == 0 && anchored && f & (Bit.known | Bit.abdOrAbu) == 0 && Self.pluralOrPronounEnding(words[i].bytes, buf)
                    && !beforeNasab(i) && !haaNameBeforeFamily(i)
                {
                    return 0
                }
                // Nor a past verb of the plural, وا after a consonant (عدد من
                // الممثلين احترفوا مهنة التقديم): a relative clause on the
                // role noun. (Not اوا or يوا, endings of names: أوغاوا، نديوا.)
                if n == 0 && anchored && f & Bit.known == 0 && words[i].strip == 0 && Self.pluralVerbEnding(words[i].bytes, buf) {
                    return 0
                }
                // Nor a dynasty not listed as a name (في نفس السلطان الحفصي ،
                // فبادر): it describes the holder. (Inside a name it is the
                // name's nisba: أبي زكريا الحفصي.)
                if n == 0 && anchored && f & Bit.known == 0 && words[i].bytes.count >= 12,
                    Self.dynastyAdjectives.contains(where: { Self.isExactly(words[i].bytes, $0, buf) })
                {
                    return 0
                }
                // Nor an ethnic or confessional adjective, listed as a
                // family name or not (رئيس الوزراء الكردي في بيان gave
                // PERSON الكردي): right after an office it describes the
                // holder; the name after it is read on its own.
                if n == 0 && anchored && words[i].strip == 0,
                    Self.ethnicAdjectives.contains(where: { Self.isExactly(words[i].bytes, $0, buf) })
                {
                    return 0
                }
                // (So too a dynasty that is a listed family name, right after
                // الخليفة or السلطان: الخليفة العباسي هارون الرشيد, where
                // «رئيس الحكومة العثماني» keeps its name.)
                if n == 0 && anchored && words[i].strip == 0 && i > 0 && spaceBetween(i - 1, i)
                    && Self.rulerTitle(words[i - 1].bytes, buf),
                    Self.listedDynasties.contains(where: { Self.isExactly(words[i].bytes, $0, buf) })
                {
                    return 0
                }
                // Nor a word not listed with the future سيـ، سنـ (الرئيس سيجتمع),
                // nor ب or ل on a verbal noun of three letters before a definite
                // word (أمر النائب العام بحبس المتهمين، لبحث الأزمة).
                if n == 0 && anchored && f & (Bit.known | Bit.abdOrAbu) == 0 {
                    if Self.futureVerbShaped(words[i].bytes, buf) { return 0 }
                    // Nor the nisba adjective of an ordinary noun (في شقه
                    // اللبناني تحريضي، وكلام الحكيم واقعي): an adjective.
                    if words[i].strip == 0 && nisbaOfOrdinaryNoun(words[i].bytes) { return 0 }
                    // Nor a verbal noun of the derived forms استفعال، افتعال،
                    // انفعال (المتحدث العسكري باسم الحوثيين استهداف …): the
                    // sentence going on, not a name.
                    if Self.derivedMasdarShaped(words[i].bytes, buf) { return 0 }
                    // (Or of form II, تفعيل: أعلن رئيس الحكومة العراقية تكليف
                    // اللواء …، تعيين، تمديد.)
                    if Self.formIIMasdarShaped(words[i].bytes, buf) { return 0 }
                    // (Also as an indefinite accusative in ا: قدم النائب
                    // استجوابا إلى الوزير، أجرى الوزير اتصالا.)
                    if Self.endsWithAlef(words[i].bytes, buf),
                        Self.derivedMasdarShaped(words[i].bytes.lowerBound..<(words[i].bytes.upperBound - 2), buf)
                    {
                        return 0
                    }
                    // Nor a plural in construct, ي on a common word before a
                    // definite word (سأل النائب مسؤولي الوزارة، التقى الوزير
                    // ممثلي الشركات): the object, not a name in ي; with the
                    // article, the nisba of a common noun (اليهودي السويسري),
                    // an adjective.
                    if Self.endsWithYaa(words[i].bytes, buf), words[i].bytes.count >= 10, i + 1 < count, spaceBetween(i, i + 1),
                        startsWithArticle(words[i + 1].bytes),
                        table.lookup(UnsafeBufferPointer(rebasing: buf[words[i].bytes.lowerBound..<(words[i].bytes.upperBound - 2)]))
                            & (Bit.common | Bit.known) == Bit.common
                    {
                        return 0
                    }
                    // Nor the indefinite accusative in ا of a listed common
                    // word (استقبل وزير العدل المغربي وفدا من البرلمان، أصدر
                    // الوزير بيانا): the verb's object, not a foreign name in
                    // ا (those are listed, or their rest is no common word).
                    if words[i].strip == 0, words[i].bytes.count >= 8, Self.endsWithAlef(words[i].bytes, buf),
                        !startsWithArticle(words[i].bytes),
                        table.lookup(UnsafeBufferPointer(rebasing: buf[words[i].bytes.lowerBound..<(words[i].bytes.upperBound - 2)]))
                            & (Bit.common | Bit.known) == Bit.common
                    {
                        return 0
                    }
                    // Nor an indefinite accusative in ا (no tanween mark
                    // written) before لل or an indefinite nisba adjective:
                    // the object (افتتح الوزير معرضا للفنون، زار الرئيس
                    // مصنعا عسكريا), not a foreign name in ا.
                    if Self.endsWithAlef(words[i].bytes, buf), i + 1 < count, spaceBetween(i, i + 1) {
                        let nb = words[i + 1].bytes
                        let lil = nb.count >= 6 && buf[nb.lowerBound] == 0xD9 && buf[nb.lowerBound + 1] == 0x84
                            && buf[nb.lowerBound + 2] == 0xD9 && buf[nb.lowerBound + 3] == 0x84
                        // (The adjective a nisba in يا, وطنيا، دوليا: foreign
                        // family names in ا follow foreign first names in ا,
                        // غانلوكا زامبروتا، سفتلانا كوزنتسوفا.)
                        let adjective = words[i + 1].raw & Bit.known == 0 && !startsWithArticle(nb) && nb.count >= 8
                            && buf[nb.upperBound - 4] == 0xD9 && buf[nb.upperBound - 3] == 0x8A && Self.endsWithAlef(nb, buf)
                        if lil || adjective { return 0 }
                    }
                    let b = words[i].bytes
                    // (Also one of form IV, إفعال: أمرت قاضية التحقيق بإيداع
                    // المتهم، بإصدار، لإجراء.)
                    let formIV = b.count == 12 && buf[b.lowerBound + 2] == 0xD8 && buf[b.lowerBound + 3] == 0xA7
                        && buf[b.lowerBound + 8] == 0xD8 && buf[b.lowerBound + 9] == 0xA7
                    if b.count == 8 || formIV, buf[b.lowerBound] == 0xD8 && buf[b.lowerBound + 1] == 0xA8 || buf[b.lowerBound] == 0xD9 && buf[b.lowerBound + 1] == 0x84,
                        i + 1 < count, spaceBetween(i, i + 1), startsWithArticle(words[i + 1].bytes),
                        !Self.vowelLetterEnding(b, buf)  // (بادو الزاكي)
                    {
                        return 0
                    }
                }
                if n == 0 && strictFirst {
                    // (Nor a present verb, also after the ل of purpose: الأسود
                    // الأوروبية تنمو لديها، بعث ابن أخيه ليفاوض الملك.)
                    if f & (Bit.known | Bit.abdOrAbu) == 0 && words[i].strip == 0 && Self.presentVerbShaped(words[i].bytes, buf) {
                        return 0
                    }
                    // (Nor و: وحراس، وتسهيل — the sentence going on. An
                    // ending in ه before ولد، بن and a name is a first name's:
                    // وقال حننه ولد الشيخ.)
                    if f & (Bit.known | Bit.abdOrAbu) == 0
                        && (startsWithArticle(words[i].stem) || Self.ordinaryEnding(words[i].stem, buf) && !beforeNasab(i)
                            || (buf[words[i].stem.lowerBound] == 0xD9 && buf[words[i].stem.lowerBound + 1] == 0x88)
                            || tanweenAfterAlef(words[i]) || words[i].raw & (Bit.role | Bit.roleHead | Bit.honorific) != 0)
                    {
                        return 0
                    }
                    // A family name that is also a common word (الكبير، الثاني، الوحيد).
                    if f & Bit.common != 0 && f & (Bit.given | Bit.ambiguous) == 0 { return 0 }
                    // Nor ل or ب on a word not listed in the dual or plural ين
                    // (جدد الهلال عقد مهاجمه البرازيلي لموسمين إضافيين، لعامين):
                    // a preposition and a noun of the sentence. (Foreign first
                    // names in ل، ب are listed: لامين، بنيامين.)
                    if f & (Bit.known | Bit.abdOrAbu) == 0, words[i].strip == 0, Self.pluralEnding(words[i].bytes, buf) {
                        let (v, _) = TextScan.scalar(at: words[i].bytes.lowerBound, in: buf)
                        if v == 0x0628 || v == TextScan.lam { return 0 }
                    }
                    // Nor, after a member's role (القيادي، النائب، الناشط), a
                    // word not listed in ب or ل right before a listed given
                    // name: the preposition and a body (القيادي بحماس محمود
                    // الزهار), the name after it. (After others it is a
                    // foreign first name: العداء الكيني بونغي ويلفريد.)
                    if f & (Bit.known | Bit.abdOrAbu) == 0, words[i].strip == 0, i > 0, i + 1 < count, spaceBetween(i, i + 1),
                        Self.memberRoles.contains(where: { buf[words[i - 1].bytes].elementsEqual($0) })
                    {
                        let (v, _) = TextScan.scalar(at: words[i].bytes.lowerBound, in: buf)
                        let g = words[i + 1].raw
                        if v == 0x0628 || v == TextScan.lam, g & (Bit.given | Bit.ambiguous) != 0, g & Bit.common == 0 {
                            return 0
                        }
                    }
                }
                let inLexicon = f & Bit.known != 0
                // After عبد an ordinary word needs the article (عبد الأمير; not عبد هذا).
                if afterAbd && f & Bit.common != 0 && !inLexicon
                    && (!startsWithArticle(words[i].bytes) || Self.listed(words[i].bytes, buf, List.functionWord))
                {
                    break
                }
                // After أبو، أبي، أبا a given name that is also an ordinary
                // word completes the kunya (علي بن أبي طالب، أبو صالح).
                let afterKunya = n > 0 && (f & Bit.ambiguous != 0 && words[i - 1].strip == 0
                    && words[i - 1].raw & (Bit.abdOrAbu | Bit.particle) == (Bit.abdOrAbu | Bit.particle) && !isAbd(i - 1, first: n == 1)
                    || kunyaNoun(i - 1))
                // The ruling family's name الصباح (a common word, «the
                // morning») ends a Kuwaiti name after a listed family name
                // with the article (مبارك حمود الجابر الصباح، نواف الأحمد الجابر الصباح).
                // Also after a father's and grandfather's given names (فهد
                // يوسف سعود الصباح: the name lost الصباح after سعود).
                // And right after a listed given name that is no ordinary
                // word (سعاد الصباح: the name lost الصباح after سعاد); the
                // morning follows a noun or في, not a bare given name.
                let dynasty = n >= 1 && words[i].strip == 0 && Self.isExactly(words[i].bytes, "الصباح", buf)
                    && (n >= 2 && words[i - 1].raw & Bit.family != 0 && startsWithArticle(words[i - 1].bytes)
                        || n >= 3 && words[i - 1].raw & Bit.given != 0 && words[i - 1].strip == 0
                            && !startsWithArticle(words[i - 1].bytes)
                        || n == 1 && words[i - 1].raw & Bit.given != 0 && words[i - 1].raw & (Bit.common | Bit.ambiguous) == 0
                            && !startsWithArticle(words[i - 1].bytes))
                // السيد right after a given name is the family name (طارق
                // السيد، عبد الواحد السيد, frequent in Egypt): the honorific
                // step leaves it there. Not before another given name, whose
                // honorific it is then (مع محمد السيد عمرو موسى).
                // So is الشيخ (نائب الرئيس الفلسطيني حسين الشيخ إن، عباس
                // الشيخ), not before a given name, also one that is an
                // ordinary word, or عبد، أبو (حسين الشيخ صباح الخالد is two
                // people, الشيخ his honorific).
                let sheikhName = n >= 1 && words[i].bytes.count == 10 && Self.isExactly(words[i].bytes, "الشيخ", buf)
                let sayyid = n >= 1 && words[i].strip == 0 && (words[i - 1].raw & Bit.given != 0 || abdName)
                    && words[i - 1].raw & Bit.particle == 0 && (sheikhName || Self.isExactly(words[i].bytes, "السيد", buf))
                    && !(i + 1 < count && spaceBetween(i, i + 1)
                        && words[i + 1].stemFlags & (sheikhName ? Bit.given | Bit.ambiguous | Bit.abdOrAbu : Bit.given) != 0)
                    // (Before a given name that ends the name, after a given
                    // name that no title introduces alone: محمد الشيخ حمد.)
                    || sheikhName && !(n == 1 && anchored) && sheikhInsideName(i)
                // A given name that is also an ordinary word (مساعد، طالب)
                // between a given name and a listed family name that is no
                // ordinary word is the father's name (ناصر مساعد الساير).
                let fatherBeforeFamily = n >= 1 && words[i].strip == 0 && f & Bit.ambiguous != 0
                    && f & (Bit.spelledByYaa | Bit.particle | Bit.abdOrAbu | Bit.role | Bit.roleHead | Bit.speech | Bit.honorific) == 0
                    && words[i - 1].raw & Bit.given != 0 && words[i - 1].raw & Bit.particle == 0
                    && !inTheNameOf(i) && i + 1 < count && spaceBetween(i, i + 1)
                    && words[i + 1].raw & Bit.family != 0 && words[i + 1].raw & (Bit.common | Bit.particle) == 0
                // So is one right after a listed given name that is no
                // ordinary word, at the end of the sentence or before إن، أنه
                // or a verb of saying (الطالبة نيرة أشرف.): nothing is left
                // for a verb أشرف to take (أشرف على, its preposition, is no
                // such end). So is one right before a TITLE in apposition
                // (وزير الداخلية نافيد أشرف وزير الدفاع): the verb would
                // need its preposition first.
                // (Also after a compound given name in الدين، الله, and طالب,
                // the one given name that is a verb of saying too: the verb
                // takes ب, never إن — محافظ بنك الجزائر صلاح الدين طالب إن.)
                let fatherAtEnd = words[i].strip == 0 && f & Bit.ambiguous != 0
                    && f & (Bit.spelledByYaa | Bit.particle | Bit.abdOrAbu | Bit.role | Bit.roleHead | Bit.honorific) == 0
                    && (n == 1 && f & Bit.speech == 0 && words[i - 1].stemFlags & Bit.given != 0
                        && words[i - 1].stemFlags & (Bit.ambiguous | Bit.common | Bit.particle | Bit.abdOrAbu) == 0
                        || anchored && (n == 1 || n == 2 && compoundTail(i - 1) && words[i - 1].strip == 0)
                            && words[start].stemFlags & (Bit.given | Bit.ambiguous) != 0 && words[start].stemFlags & Bit.abdOrAbu == 0
                            && !(f & Bit.speech != 0 && i + 1 < count && words[i + 1].raw & Bit.speech != 0))
                    // (Not علي, على once ى is folded: إليزابيث على أن; unless
                    // the text tells them apart: رستم إمام علي أن.)
                    && !inTheNameOf(i)
                    && !(buf[words[i].bytes].elementsEqual(Self.aliBytes)
                        && !(distinguishesAla && words[i].raw & Bit.spelledByYaa != 0))
                    && (subjectEndsAfter(i) || sentenceEndsAfter(i) || familyNameBeforeTitle(i))
                let persianSecond = n >= 1 && words[i - 1].strip == 0 && persianCompound(i - 1)
                // (Right after بن، ابن، بنت, a given name that is an ordinary
                // word too is the father's: فيصل بن طالب.)
                let fatherAfterParticle = afterParticle && f & Bit.ambiguous != 0 && words[i].strip == 0
                    && f & (Bit.spelledByYaa | Bit.role | Bit.roleHead | Bit.honorific) == 0
                // A role noun with the article right after a given name that
                // a title introduces, before what ends a subject or the next
                // TITLE in apposition, is the family name: رئيس مجلس النواب
                // مازن القاضي رئيس المجلس الوطني — «the judge» would open a
                // phrase of its own, which the office after it leaves no room for.
                let roleSurname = n == 1 && anchored && i == start + 1 && words[i].strip == 0 && f & Bit.role != 0
                    && f & (Bit.roleHead | Bit.honorific | Bit.speech | Bit.particle) == 0 && startsWithArticle(words[i].bytes)
                    && words[start].strip == 0 && words[start].stemFlags & Bit.given != 0
                    && words[start].stemFlags & (Bit.common | Bit.ambiguous | Bit.family | Bit.abdOrAbu | Bit.particle | Bit.spelledByYaa) == 0
                    && spaceBetween(start, i)
                    && (subjectEndsAfter(i) && !afterInformingVerb(start)  // (وأبلغ الرئيس محمد القاضي أن: the object)
                        || i + 1 < count && spaceBetween(i, i + 1) && titleStart.contains(words[i + 1].original.lowerBound))
                let isCommon = f & Bit.common != 0 && f & (Bit.given | Bit.family) == 0 && !nisbaName && !afterAbd
                    && !honorificAfterParticle && !afterKunya && !dynasty && !sayyid && !fatherBeforeFamily && !fatherAtEnd && !persianSecond
                    && !fatherAfterParticle && !roleSurname
                honorificAfterParticle = false
                // After a rank, title or honorific, an ordinary word before
                // بن، ابن، ولد، آل is the first name (الفريق الركن صغير بن عزيز),
                // and so is a given name that is also an ordinary word before
                // a family name (الدكتور أشرف الربيعي).
                if isCommon && !(n == 0 && anchored && (!strictFirst && beforeNasab(i) || ambiguousBeforeFamilyName(i) || ambiguousBeforeAbd(i)))
                    && !beforeFamilySuffix(i)
                {
                    // (A ruler's epithet after his first name and السلطان or
                    // الخليفة: السلطان العثماني سليمان القانوني.)
                    if anchored && (n == 1 || n == 2 && abdName) && words[i].strip == 0
                        && afterRulerTitle(start) && Self.rulerEpithets.contains(Array(buf[words[i].bytes]))
                    {
                        n += 1
                        break
                    }
                    if anchored && (n == 1 || n == 2 && abdName) && definiteSurnameAfterAnchor(i, first: start) {
                        n += 1
                        break
                    }
                    if placeFirst && n == 1 && surnameOfOrdinaryReading(i, first: start, place: false) {
                        n += 1
                        break
                    }
                    // (After a title, rank or honorific too, where the subject
                    // plainly ends after the word (إن، أنه، قد, a verb of
                    // saying): قال الرئيس التنفيذي لقطارات الاتحاد شادي ملك
                    // إن — nothing of the sentence is left there for a bare
                    // noun between the subject's first name and إن.)
                    if anchored && !placeFirst && n == 1 && subjectEndsAfter(i) && !afterInformingVerb(start)
                        && surnameOfOrdinaryReading(i, first: start, place: false)
                    {
                        n += 1
                        break
                    }
                    if afterRank && n == 1 && nisbaSurnameAfterRank(i, first: start) {
                        n += 1
                        break
                    }
                    // A definite nisba after a nasab chain (بن + the father's
                    // name) is the family name where the name plainly ends
                    // after it: الفريق الركن عبد الله بن خميس الرئيسي.
                    if anchored, i >= start + 2, words[i].strip == 0, words[i].rawShaped, startsWithArticle(words[i].bytes),
                        words[i].bytes.count >= 10, words[i].bytes.count <= 18,
                        Self.nisbaShaped(words[i].bytes, buf), !Self.endsWithTaMarbuta(words[i].bytes, buf),
                        words[i].raw & (Bit.speech | Bit.role | Bit.roleHead | Bit.honorific | Bit.particle) == 0,
                        nisbaEnd[words[i].original.lowerBound] != words[i].original.upperBound,
                        !Self.listed(words[i].bytes, buf, List.holderModifier | List.functionWord | List.descriptionNoun | List.nounAdjective
                            | List.regnalOrdinal | List.monthEpithet),
                        words[i - 1].raw & Bit.particle == 0,
                        (start..<(i - 1)).contains(where: { k in
                            words[k].raw & (Bit.particle | Bit.compoundHead) == (Bit.particle | Bit.compoundHead)
                                && words[k].raw & Bit.abdOrAbu == 0
                        }),
                        nameEndsAfter(i)
                    {
                        n += 1
                        break
                    }
                    // (After a title, honorific or role noun, where a first
                    // name alone is common, only where the sentence plainly
                    // goes on after the word (إن، في، إلى …), and not a word of
                    // three letters (a past verb: شدد، طلب), ا second (فاعل:
                    // سافر) or a hamza inside (رسائل): الباحثة مريم شديد إلى.)
                    if anchored && !afterRank && n == 1 && words[i].bytes.count >= 8 && nameEndsAfter(i)
                        && surnameAfterRank(i, first: start) && TextScan.scalar(at: words[i].bytes.lowerBound + 2, in: buf).0 != 0x0627
                        && !words[i].bytes.indices.contains(where: { k in
                            (k - words[i].bytes.lowerBound) % 2 == 0 && buf[k] == 0xD8 && (buf[k + 1] == 0xA1 || buf[k + 1] == 0xA4 || buf[k + 1] == 0xA6)
                        })
                    {
                        n += 1
                        break
                    }
                    if afterRank && n == 1 && surnameAfterRank(i, first: start) {
                        n += 1
                        // The ordinary word is then the father's name when a
                        // listed family name or a nisba surname follows (اللواء
                        // الركن يحيى رسول الزبيدي).
                        if i + 1 < count, spaceBetween(i, i + 1), !startsEntity(i + 1), words[i + 1].rawShaped,
                            words[i + 1].raw & (Bit.role | Bit.roleHead | Bit.speech | Bit.particle | Bit.honorific) == 0,
                            words[i + 1].raw & Bit.family != 0 && words[i + 1].raw & Bit.common == 0 || nisbaSurname(i + 1)
                        {
                            n += 1
                        }
                    }
                    break
                }
                // After a caliph's or sultan's regnal name read as a name
                // (الخليفة المأمون), a given name that is an ordinary word
                // heads the phrase of the sentence (المأمون بيت الحكمة).
                if n == 1 && f & Bit.ambiguous != 0 && f & (Bit.given | Bit.family) == 0 && words[start].strip == 0
                    && afterRulerTitle(start) && Self.rulerRegnalNames.contains(Array(buf[words[start].bytes]))
                {
                    break
                }
                // علي written with ي may still be على (many texts write it so):
                // it is the name when a name word follows, or after بن or
                // آيت (كريم آيت علي: «على» never follows the particle).
                if f & Bit.spelledByYaa != 0 && !afterParticle && !(n > 0 && familyParticle(i - 1))
                    && !(n > 0 && words[i - 1].strip == 0 && Self.isExactly(words[i - 1].bytes, "ايت", buf))
                    && !aliFollowedByName(i, first: n == 0, anchored: anchored)
                {
                    if n == 0 { return 0 }
                    break
                }
                // After a family name, a word not listed ends the name only
                // when it is a surname of the nisba form with the article
                // (عبدالله ناصر الجنيبي); it is the last word. Not after an
                // ordinary word, a regnal number (فؤاد الأول): there it is
                // the adjective of the noun before the name.
                // A word in و not listed, whose rest is no word of the lists,
                // after two name words where a subject's end follows: the
                // family name (ياسر إسكندر وتوت إن), not و and a second name.
                // (Not after a listed family name that is no given name: the
                // name is whole there, and the word in و is the next person,
                // قال جون سميث وكوفمان إن.)
                if n >= 2 && !inLexicon && words[i - 1].raw & (Bit.family | Bit.given) != Bit.family && wawFamilyName(i) {
                    n += 1
                    break
                }
                var lastWord = false
                var maternal = false
                if n > 0 && lastWasSurname && !inLexicon && !dynasty && !sayyid && !(n == 1 && !anchored && surnameAfterGivenName(i, first: start)) {
                    // (A word before الله or الدين heads a compound family
                    // name, which goes on: عبد الأمير رشيد يار الله.)
                    if beforeCompoundTail(i) {
                        guard n >= 2 || anchored, words[i - 1].raw & Bit.common == 0 else { break }
                    } else {
                        maternal = (foreignThird || guardedThird) && maternalSurname(i, start: start)
                        // (After a title or rank, a compound first name in الله or
                        // الدين may take a family name not listed, where the
                        // sentence plainly goes on after it: الأدميرال حبيب الله
                        // سياري بأن، المتحدث ذبيح الله مجاهد إن.)
                        let afterCompound = anchored && n >= 2 && compoundTail(i - 1) && words[i - 1].strip == 0
                            && unlistedSurname(i) && nameEndsAfter(i)
                        // (Also after a first name alone that is an ambiguous
                        // given name and a family name, where the sentence
                        // plainly goes on: رضا الباهي إن.)
                        let endNisba = n == 1 && words[start].strip == 0 && words[start].stemFlags & Bit.ambiguous != 0
                            && words[start].stemFlags & Bit.common == 0 && nisbaSurname(i) && subjectEndsAfter(i)
                        // (So after two given names, the second a family name
                        // too, may a family name not listed in ي where the
                        // sentence plainly goes on: the Persian compound first
                        // name, العميد محمد رضا زاهدي في.)
                        let afterTwoGiven = anchored && n == 2 && particleCount == 0 && i == start + 2
                            && words[start].stemFlags & Bit.given != 0 && words[start].stemFlags & Bit.common == 0
                            && words[i - 1].raw & (Bit.given | Bit.ambiguous) != 0 && words[i - 1].raw & Bit.common == 0
                            && Self.endsWithYaa(words[i].bytes, buf) && unlistedSurname(i)
                            // (or ب، ل on an ordinary word: العقيد محمد رضا آشتياني بأداء)
                            && (nameEndsAfter(i) || i + 1 < count && spaceBetween(i, i + 1) && cliticOnOrdinaryWord(words[i + 1].bytes, wawArticle: false))
                        // (So may a nisba surname with the article after a
                        // compound given name in الدين، الله, whose tail is an
                        // ordinary word: الباحث صلاح الدين الجورشي.)
                        let nisbaAfterCompound = n >= 2 && compoundTail(i - 1) && words[i - 1].strip == 0 && nisbaSurname(i)
                        guard n >= 2 || anchored || endNisba, words[i - 1].raw & Bit.common == 0 || afterCompound || nisbaAfterCompound,
                            nisbaSurname(i) || (foreignThird && thirdForeignWord(i, start: start))
                                || (guardedThird && thirdForeignWord(i, start: start, maxBytes: 20) && nameEndsAfter(i)) || maternal
                                || afterCompound || afterTwoGiven || (anchored && slavicSurname(i))
                        else { break }
                        lastWord = true
                    }
                }
                // Inside a name, a given name that is also an ordinary word
                // (أمين، نجم) before a definite ordinary word heads a phrase in
                // apposition (ديفد فرانكلين أمين المتحف، محمد عبدالوهاب نجم
                // المنتخب), not the name's next word (محمد نجم الدين، محمد أمين
                // الحسيني stay whole).
                // A family name glued to بال that is also ب + a definite noun
                // (بالشيخ، بالحاج) before a given name is the preposition and
                // that person's honorific (التقى الرئيس قيس سعيد بالشيخ راشد
                // الغنوشي), not the name's last word (سنية بالشيخ إن).
                if n > 0 && words[i].strip == 0 && f & Bit.family != 0 && f & Bit.common != 0 && words[i].bytes.count > 6
                    && buf[words[i].bytes.lowerBound] == 0xD8 && buf[words[i].bytes.lowerBound + 1] == 0xA8
                    && startsWithArticle((words[i].bytes.lowerBound + 2)..<words[i].bytes.upperBound)
                    && i + 1 < count && spaceBetween(i, i + 1) && words[i + 1].stemFlags & (Bit.given | Bit.ambiguous | Bit.abdOrAbu) != 0
                {
                    break
                }
                // So too, after two name words, a family name that is also an
                // ordinary word (زيادة، جمعة) before a definite ordinary word
                // that is no nisba or role noun: the noun and its complement
                // (وزير النفط حيان عبد الغني زيادة الصادرات); a role noun after
                // it is in apposition to the name (لانا نسيبة السفيرة).
                // (Not one with the article, which heads no idafa, before a
                // word not in ة, which is no adjective agreeing with it: the
                // name ends with it before the sentence's object, ترأس
                // البطريرك بشارة بطرس الراعي القداس; القوى الفائزة is the noun
                // and its adjective.)
                let familyNoun = n - particleCount >= 2 && f & Bit.family != 0 && f & Bit.common != 0 && f & Bit.given == 0
                    && i + 1 < count
                    && !(words[i].strip == 0 && startsWithArticle(words[i].bytes) && !Self.endsWithTaMarbuta(words[i + 1].bytes, buf))
                    && words[i + 1].raw & (Bit.role | Bit.roleHead) == 0
                    && !Self.nisbaShaped(words[i + 1].bytes, buf) && !compoundTail(i) && !beforeCompoundTail(i)
                    // (Nor before a title, also in apposition: حسن نصر الله الأمين العام.)
                    && !startsEntity(i + 1)
                    // (Nor before الصباح, the Kuwaiti ruling family's name that
                    // ends it: صباح خالد الحمد الصباح.)
                    && !Self.isExactly(words[i + 1].bytes, "الصباح", buf)
                    // (Nor a regnal number, which heads no idafa, also a family
                    // name: افتتح الملك عبد الله الثاني الدورة.)
                    && !Self.listed(words[i].bytes, buf, List.regnalOrdinal)
                if n > 0 && !afterAbd && (f & Bit.ambiguous != 0 && f & (Bit.given | Bit.family) == 0 || familyNoun) && i + 1 < count
                    && spaceBetween(i, i + 1) && startsWithArticle(words[i + 1].bytes) && words[i + 1].raw & Bit.common != 0
                    && words[i + 1].raw & Bit.known == 0 && !compoundTail(i + 1)
                    && words[i - 1].raw & (Bit.abdOrAbu | Bit.particle) == 0  // (بن أبي يحيى الشهيد)
                    && !Self.listed(words[i + 1].bytes, buf, List.functionWord)  // (نينا عمر الذي)
                    // (Nor التقى, a verb that begins like the article: الفريق
                    // أول عبد المجيد صقر التقى نظيره.)
                    && !Self.isExactly(words[i + 1].bytes, "التقي", buf) && !Self.isExactly(words[i + 1].bytes, "التقت", buf)
                    // (Nor what a scorer scores, the object after the subject:
                    // وسجل جلال حسن الهدف الأول — no office or role is «حسن
                    // الهدف», as one is «أمين المتحف».)
                    && !Self.scoredObjects.contains(where: { Self.isExactly(words[i + 1].bytes, $0, buf) })
                    // (Nor a country's nisba where the sentence or the subject
                    // ends after it: the family name, which a nationality
                    // after a full name is not (رئيس مجلس محافظة ميسان
                    // مصطفى جبار السوداني.); the nisba's own rules keep it
                    // out of the name elsewhere.)
                    && !(nisbaEnd[words[i + 1].original.lowerBound] == words[i + 1].original.upperBound
                        && (sentenceEndsAfter(i + 1) || subjectEndsAfter(i + 1)))
                {
                    break
                }
                // A family name that is also a noun heading places (محافظة،
                // ولاية، مدينة), right before a place another rule found, is
                // that noun and its place, the person's post or destination
                // (تولى الدكتور طارق راشد محافظة الدقهلية), not the name's
                // last word (علي محافظة إن stays whole).
                if n > 0 && words[i].strip == 0 && f & Bit.family != 0 && f & Bit.common != 0 && i + 1 < count
                    && spaceBetween(i, i + 1) && placeEnd[words[i + 1].original.lowerBound] != nil
                    // (A place that is no ordinary word: a head before any
                    // word makes a place of it, محافظة نتائج.)
                    && words[i + 1].raw & Bit.common == 0
                    && Self.placeHeadNouns.contains(where: { Self.isExactly(words[i].bytes, $0, buf) })
                {
                    break
                }
                // نجم، نجمة «star» after two name words, right before a body
                // another rule found (a club, a league, a team: محمد صلاح نجم
                // ليفربول، برايسون ديشامبو نجم ليف غولف), heads a phrase in
                // apposition, not the name's next word (رائف نجم إن stays whole).
                if n >= 2 && words[i].strip == 0 && i + 1 < count && spaceBetween(i, i + 1) && startsEntity(i + 1)
                    && (Self.isExactly(words[i].bytes, "نجم", buf) || Self.isExactly(words[i].bytes, "نجمة", buf))
                {
                    break
                }
                // A word not listed of the shape بوفوف before a definite word
                // is ب on a verbal noun فعول in construct (أشاد الرئيس سعيد
                // بوقوف الشعب، بوصول), not a Maghrebi family name (بوصوفة
                // البالغ، بوحيرد).
                if n > 0 && !inLexicon && words[i].strip == 0 && words[i].bytes.count == 10
                    && buf[words[i].bytes.lowerBound] == 0xD8 && buf[words[i].bytes.lowerBound + 1] == 0xA8
                    && buf[words[i].bytes.lowerBound + 2] == 0xD9 && buf[words[i].bytes.lowerBound + 3] == 0x88
                    && buf[words[i].bytes.lowerBound + 6] == 0xD9 && buf[words[i].bytes.lowerBound + 7] == 0x88
                    && i + 1 < count && spaceBetween(i, i + 1) && startsWithArticle(words[i + 1].bytes)
                {
                    break
                }
                // After a family name that is no given name, a definite given
                // name that is also an ordinary word (اليمين، الفاتح) is that
                // word, the object of the sentence (أدى عبد الحميد الدبيبة
                // اليمين أمام), unless a name word follows it.
                if n > 0 && !afterAbd && f & Bit.ambiguous != 0 && f & (Bit.given | Bit.family | Bit.abdOrAbu | Bit.particle) == 0
                    && words[i].strip == 0 && startsWithArticle(words[i].bytes)
                    && (words[i - 1].raw & Bit.family != 0 && words[i - 1].raw & (Bit.given | Bit.ambiguous | Bit.particle) == 0
                        // (Also after a given name, where the oath's words
                        // follow: أدى وزير الداخلية اللواء محمود توفيق اليمين
                        // أمام الرئيس، اليمين الدستورية.)
                        || i + 1 < count && spaceBetween(i, i + 1) && Self.isExactly(words[i].bytes, "اليمين", buf)
                            && (Self.isExactly(words[i + 1].bytes, "امام", buf) || Self.isExactly(words[i + 1].bytes, "الدستورية", buf)
                                || Self.isExactly(words[i + 1].bytes, "القانونية", buf)))
                    && !(i + 1 < count && spaceBetween(i, i + 1) && words[i + 1].raw & (Bit.given | Bit.family) != 0
                        && words[i + 1].raw & Bit.common == 0)
                {
                    break
                }
                // (ات or a pronoun; ة ends many family names: عويطة، شنقريحة.)
                if ambiguousFirst && !inLexicon && Self.pluralOrPronounEnding(words[i].bytes, buf) { break }
                // After two name words that end on a listed given name, a word
                // not listed in ا without the article is an accusative of the
                // sentence (اللواء حسن رشاد وفدا، تأكيدا), not the family name.
                // (Five letters at most: longer ones are as often foreign
                // family names, مايكل إريك كوريلا.)
                if n - particleCount >= 2 && !inLexicon && words[i - 1].raw & Bit.given != 0 && words[i].bytes.count <= 10
                    && !startsWithArticle(words[i].bytes) && Self.endsWithAlef(words[i].bytes, buf)
                    && !(lastWord && foreignThird && shortForeignAlef(i))
                {
                    break
                }
                // After a name word, a word not listed with ب or ل before it
                // and an attached pronoun after it (بكعبه، بقدمه، لزوجته) is
                // the sentence going on, a preposition and a noun of the body
                // or kin (سدد اللاعب منيف بكعبه كرة، أنقذ أحمد بكفه الكرة), not a
                // family name.
                if n > 0 && !inLexicon && words[i].strip == 0 && words[i].bytes.count >= 8
                    && buf[words[i].bytes.lowerBound] == 0xD8 && buf[words[i].bytes.lowerBound + 1] == 0xA8
                    && Self.pronounSuffix(words[i].bytes, buf)
                    || n > 0 && !inLexicon && words[i].strip == 0 && words[i].bytes.count >= 8
                    && buf[words[i].bytes.lowerBound] == 0xD9 && buf[words[i].bytes.lowerBound + 1] == 0x84
                    && !startsWithArticle(words[i].bytes) && Self.pronounSuffix(words[i].bytes, buf)
                {
                    break
                }
                // After a name word, a word not listed that is an indefinite
                // accusative of a derived verbal noun (اعتذارا، استقبالا) or of
                // a noun مفعل (مصنعا، مشروعا، موقفا) is the verb's object (قدم
                // اللاعب محمد اعتذارا، زار الرئيس محمد مصنعا), not a family name.
                if n > 0 && !inLexicon && words[i].strip == 0 && Self.endsWithAlef(words[i].bytes, buf) && !startsWithArticle(words[i].bytes) {
                    let b = words[i].bytes
                    let stem = b.lowerBound..<(b.upperBound - 2)
                    let mafal = (b.count == 10 || b.count == 12) && buf[b.lowerBound] == 0xD9 && buf[b.lowerBound + 1] == 0x85
                        && !(buf[b.lowerBound + 2] == 0xD8 && buf[b.lowerBound + 3] == 0xA7)
                        && !(buf[b.lowerBound + 2] == 0xD9 && (buf[b.lowerBound + 3] == 0x88 || buf[b.lowerBound + 3] == 0x8A))
                    if mafal || Self.derivedMasdarShaped(stem, buf) { break }
                }
                // After two name words, a word not listed in يتـ of five
                // letters or more is a present verb of form V or VI (يتصدر،
                // يتابع; يتسـ begins names: يتسحاق).
                if n - particleCount >= 2 && !inLexicon && words[i].bytes.count >= 10 {
                    let b = words[i].bytes.lowerBound
                    if buf[b] == 0xD9 && buf[b + 1] == 0x8A && buf[b + 2] == 0xD8 && buf[b + 3] == 0xAA
                        && !(buf[b + 4] == 0xD8 && buf[b + 5] == 0xB3)
                    {
                        break
                    }
                }
                // After two name words, a word not listed of the shape of a
                // verbal noun of form II (تفعيل: تخريج، تدشين، تكريم) is the
                // verb's object (شهد الفريق أول عبد المجيد صقر تخريج دفعة
                // جديدة), not the family name; at the first word the anchor's
                // check refuses it already.
                if n - particleCount >= 2 && !inLexicon && words[i].strip == 0 && Self.formIIMasdarShaped(words[i].bytes, buf) {
                    break
                }
                // After two name words, a word not listed of six letters or
                // more in يا is an adverb of a nisba (تلفزيونيا، إلكترونيا),
                // not the family name.
                if n - particleCount >= 2 && !inLexicon && !maternal && words[i].bytes.count >= 12 && Self.endsWithAlef(words[i].bytes, buf)
                    && buf[words[i].bytes.upperBound - 4] == 0xD9 && buf[words[i].bytes.upperBound - 3] == 0x8A
                {
                    break
                }
                // After عبد + a word, a word not listed with و is the next of
                // a list (فتحي عبد الوهاب وجومانا); without a title, one with
                // a proclitic or the prefix of a verb is the sentence going
                // on (عبد الفتاح ليعوض، عبد الحفيظ لشرح).
                if abdName && !inLexicon {
                    let (v, _) = TextScan.scalar(at: words[i].bytes.lowerBound, in: buf)
                    if v == 0x0648 || (!anchored && !startsWithArticle(words[i].bytes) && Self.verbOrCliticLetters.contains(v)) { break }
                    // Also after a title: ل on a verbal noun of three letters
                    // is the purpose going on (السلطان عبد الحفيظ لشرح موقفه).
                    if v == TextScan.lam && words[i].bytes.count == 8 { break }
                    // And a word before a definite ordinary word heads an idafa
                    // of the sentence (ترأس المطران بولس عبد الساتر قداس
                    // الميلاد، ألقى عبد الرحمن فلان خطبة الجمعة): not a nisba, a
                    // role noun or title in apposition, a time word.
                    // (Right after عبد + its word only: عبد الغني آيت باحماد
                    // التوقعات goes on after the particle.)
                    if i >= start + 2, isAbd(i - 2, first: i - 2 == start), i + 1 < count, spaceBetween(i, i + 1),
                        words[i + 1].strip == 0, startsWithArticle(words[i + 1].bytes),
                        words[i + 1].raw & Bit.common != 0,
                        words[i + 1].raw & (Bit.known | Bit.role | Bit.roleHead | Bit.honorific | Bit.speech) == 0,
                        !startsEntity(i + 1), !Self.nisbaShaped(words[i + 1].bytes, buf),
                        !Self.timeWords.contains(Array(buf[words[i + 1].bytes])),
                        !Self.listed(words[i + 1].bytes, buf, List.functionWord | List.holderModifier | List.descriptionNoun)
                    {
                        break
                    }
                }
                // Inside a name, a proclitic on an ordinary word is the
                // sentence going on (سيباستيان بأول زيارة، سالم يوسف وكون),
                // and so is a verb in the future with ستـ (لوكاشنكو ستتناول;
                // سيـ there begins names as often: سعد سيروب، كلارنس سيدورف).
                // (Not a mother's surname read above: أرانتشا غونزاليس لايا إن.)
                if n > 0 && !inLexicon && !maternal && cliticOnOrdinaryWord(words[i].bytes, wawArticle: false) { break }
                // So is ب or ل on a verbal noun of three letters not listed
                // before a definite word, after two name words (أمر النائب
                // العام المستشار محمد شوقي بحبس المتهمين), as before the first.
                if n - particleCount >= 2 && !inLexicon && !maternal && words[i].strip == 0 && words[i].bytes.count == 8,
                    buf[words[i].bytes.lowerBound] == 0xD8 && buf[words[i].bytes.lowerBound + 1] == 0xA8
                        || buf[words[i].bytes.lowerBound] == 0xD9 && buf[words[i].bytes.lowerBound + 1] == 0x84,
                    !Self.vowelLetterEnding(words[i].bytes, buf), i + 1 < count, spaceBetween(i, i + 1),
                    startsWithArticle(words[i + 1].bytes), words[i + 1].raw & Bit.known == 0, !nisbaSurname(i + 1)
                {
                    break
                }
                // سيـ، سنـ on a verb listed among the common words is the
                // future of that verb (اللاعب محمد صلاح سيعود، إمام عاشور سيعود),
                // and so in the dual or plural, ان or ون on the listed verb
                // (حمه أمين سيباشران، سيعقدون); a name in سيـ…ان keeps its
                // letters (سيباستيان، سيروان: باستي، رو are no verbs).
                if n > 0 && !inLexicon && Self.futureVerbShaped(words[i].bytes, buf) {
                    let r = (words[i].bytes.lowerBound + 2)..<words[i].bytes.upperBound
                    if table.lookup(UnsafeBufferPointer(rebasing: buf[r])) & (Bit.common | Bit.speech) != 0 { break }
                    if r.count >= 12, Self.endsInAlifNun(words[i].bytes, buf) || Self.endsInWawNun(words[i].bytes, buf),
                        table.lookup(UnsafeBufferPointer(rebasing: buf[r.lowerBound..<(r.upperBound - 4)])) & (Bit.common | Bit.speech) != 0
                    {
                        break
                    }
                }
                // Nor an inflected form of a common word (اللاعب محمد صلاح
                // هدفين، المهاجم محمد صلاح أساسيا): a noun or adjective of the
                // sentence, not the family name.
                // (Not after بن، ولد: the father's or tribe's name, صلاح ولد الفقرا.)
                // (Nor for a mother's surname in ل read above, where the sentence
                // plainly goes on: لايا is no ل + أيا.)
                // (Nor for a word in ان after a title's name where the subject
                // plainly ends: «الوزير سامي مضيان إن» — a dual noun in the
                // nominative has no place between a subject and إن.)
                if n > 0 && !inLexicon && !afterAbd && words[i - 1].raw & Bit.particle == 0
                    && !(maternal && TextScan.scalar(at: words[i].bytes.lowerBound, in: buf).0 == TextScan.lam)
                    && !(anchored && Self.endsInAlifNun(words[i].bytes, buf) && subjectEndsAfter(i))
                    && inflectedCommon(words[i].bytes, buf)
                {
                    break
                }
                // Nor a common noun in ي without the article before a
                // definite word or a name another extractor found: the dual
                // or plural in construct (سجل البرازيلي مالكوم هدفي الهلال،
                // محمد صلاح هدفي ليفربول، لاعبي الفريق), not a family
                // name in ي, which no definite word follows as often
                // (علي محمد جيدي بدعم، برادران رفيعي مساعد).
                if n > 0 && !inLexicon && words[i].strip == 0 && words[i].bytes.count >= 8 && Self.endsWithYaa(words[i].bytes, buf)
                    && !startsWithArticle(words[i].bytes) && i + 1 < count && spaceBetween(i, i + 1)
                    && (startsWithArticle(words[i + 1].bytes) || orgEnd[words[i + 1].original.lowerBound] != nil
                        || placeEnd[words[i + 1].original.lowerBound] != nil)
                    && table.lookup(UnsafeBufferPointer(rebasing: buf[words[i].bytes.lowerBound..<(words[i].bytes.upperBound - 2)]))
                        & (Bit.common | Bit.known) == Bit.common
                {
                    break
                }
                // Nor a role noun in construct before its team or body
                // (محمد صلاح مهاجم ليفربول، مدافع الفريق): a phrase in
                // apposition. (Not a word listed as a name, نجم: محمد نجم;
                // the role with the article is as often a family name:
                // الشاعر، الجندي.)
                if n > 0 && !inLexicon && !afterAbd && words[i - 1].raw & Bit.particle == 0, i + 1 < count,
                    spaceBetween(i, i + 1), roleConstruct(words[i].bytes, buf)
                {
                    break
                }
                // Nor a word with a pronoun of the third person or the second
                // plural (ها، هم، هما، هن، كم): a verb or noun of the sentence
                // (مواطنه جونينيو فتابعها بسهولة); five letters or more (أدهم),
                // and not ه (عبده، ماجده).
                if n > 0 && !inLexicon && words[i].bytes.count >= 10 && Self.pronounSuffix(words[i].bytes, buf)
                    && !(buf[words[i].bytes.upperBound - 2] == 0xD9 && buf[words[i].bytes.upperBound - 1] == 0x87)
                {
                    break
                }
                if n > 0 && !inLexicon && buf[words[i].bytes.lowerBound + 2] == 0xD8 && Self.futureVerbShaped(words[i].bytes, buf) { break }
                // Nor a definite verbal noun of a derived form (الاعتزال،
                // الاستقالة، الانسحاب): the verb's object (أعلن الفنان محمد
                // الاعتزال), not a family name.
                if n > 0 && !inLexicon && words[i].bytes.count >= 16 && startsWithArticle(words[i].bytes)
                    && Self.derivedMasdarShaped((words[i].bytes.lowerBound + 4)..<words[i].bytes.upperBound, buf)
                {
                    break
                }
                let range = n == 0 ? words[i].stem : words[i].bytes
                // After «بن عمرو» an unknown word is a family name or nisba
                // with the article (الهاشمي); without it, more often the
                // sentence going on (سهيل بن عمرو مفاوض قريش).
                if fatherName && !inLexicon && !startsWithArticle(range) { break }
                if n == 0 && !anchored && f & (Bit.given | Bit.ambiguous | Bit.abdOrAbu) == 0 { break }
                // ولد starts a name only before a name with the article (ولد
                // الشيخ); before another it is the verb (ولد فرويد في …).
                if n == 0 && !anchored && Self.isExactly(words[i].stem, "ولد", buf)
                    && !(i + 1 < count && startsWithArticle(words[i + 1].bytes))
                {
                    return 0
                }
                if n == 1 && !anchored {
                    let first = words[start].stemFlags
                    // (Unless the word is a nisba surname not listed and a
                    // subject's verb or إن follows: أمل الباهي إن; not في,
                    // after a noun phrase too: أمل الجماهيري في.)
                    // (Nor before الشيخ inside a name: علي الشيخ سلمان.)
                    if first & Bit.ambiguous != 0 && first & (Bit.given | Bit.abdOrAbu) == 0 && !inLexicon && !sayyid
                        && !(words[start].strip == 0 && first & Bit.common == 0 && nisbaSurname(i) && subjectEndsAfter(i))
                    {
                        return 0
                    }
                }
                if n > 0 && (afterAbd || compoundTail(i) || pairedCompoundTail(i) || persianSecond) { compoundTails += 1 }
                n += 1
                // (العبد inside a name heads its compound as عبد does: خالد العبد القادر.)
                let isCompoundHead = f & Bit.compoundHead != 0 || (i > start && Self.isExactly(range, "العبد", buf))
                // A word that is also a given name (مايكل, عبدالرحمن) is read as
                // the given name, so that the family name may follow, where a
                // given name is expected: first after a rank or title, and
                // after بن / ابن / ابو (the father's name, a kunya). (First
                // without that anchor, an unknown word after it is too often a
                // verb: الحسين كثف.)
                let givenHere = (anchored && n == 1) || afterParticle
                fatherName = afterParticle
                afterParticle = false
                // (عبد + a word is a first name: a family name not listed may
                // follow, عبد الرحمن ديناري — but not after a kunya without a
                // title: أبو عبد الله يشعر.)
                // (العبد + its word is a family name: the name ends after it
                // unless a listed word follows, خالد العبد القادر زراعة.)
                abdName = afterAbd && (anchored || i - 2 < start || words[i - 2].stemFlags & Bit.abdOrAbu == 0)
                    && !Self.isExactly(words[i - 1].bytes, "العبد", buf)
                // (Also a given name that is an ordinary word or a family name
                // too: رئيس الوزراء سلام فياض، الدكتور سعيد راتب; a plural or a
                // noun with a pronoun after it is not a family name: سعيد هيئات المجتمع.)
                ambiguousFirst = givenHere && n == 1 && f & Bit.given == 0 && f & Bit.ambiguous != 0
                lastWasSurname = !isCompoundHead && !abdName && !(givenHere && f & (Bit.given | Bit.ambiguous) != 0)
                    && (f & Bit.family != 0 || (startsWithArticle(range) && f & (Bit.given | Bit.hamzaAl) == 0) || (n > 1 && !inLexicon))
                i += 1
                if lastWord { break }
            }
            // (بو last is the given name Bo, Bu of Asian names: ناو بو.)
            while n > 1, words[start + n - 1].raw & Bit.particle != 0,
                !(words[start + n - 1].bytes.count == 4 && Self.isExactly(words[start + n - 1].bytes, "بو", buf))
            {
                n -= 1
            }
            // أبو، أبي، عبد alone are no name (حضرة المتهم أبى).
            if n == 1 && words[start].stemFlags & Bit.abdOrAbu != 0 { return 0 }
            // Nor alone, behind ب، ل or ك, a given name that is also an
            // ordinary word (الرئيس بخير، الوزير لسلام): the preposition and
            // the word; a name right after a title takes no preposition.
            if n == 1 && words[start].strip > 0 && words[start].stemFlags & Bit.ambiguous != 0
                && words[start].stemFlags & (Bit.given | Bit.family | Bit.abdOrAbu) == 0
            {
                let (v, _) = TextScan.scalar(at: words[start].bytes.lowerBound, in: buf)
                if v == 0x0628 || v == TextScan.lam || v == 0x0643 { return 0 }
            }
            // Nor alone a given name with the article that is also an
            // ordinary word, before a definite word that is no name: a noun
            // and its adjective (أدى الوزير اليمين الدستورية «took the oath»;
            // الرئيس اليمين زروال is the name).
            if n == 1 && words[start].stemFlags & Bit.ambiguous != 0 && words[start].stemFlags & (Bit.given | Bit.family) == 0
                && startsWithArticle(words[start].stem) && start + 1 < count && spaceBetween(start, start + 1)
                && startsWithArticle(words[start + 1].bytes) && words[start + 1].raw & Bit.known == 0
            {
                return 0
            }
            // Nor alone a word not listed in ة: after a title it is a noun
            // of the sentence, mostly heading an idafa or a phrase (رئيس قسم
            // السياحة محاضرة في الجامعة، وزير الخارجية زيارة رسمية); family
            // names in ة are listed (عويطة، بوتفليقة) or come after a first name.
            if n == 1 && words[start].stemFlags & (Bit.known | Bit.abdOrAbu | Bit.shortFamily) == 0 {
                let r = words[start].stem
                if r.count >= 6 && buf[r.upperBound - 2] == 0xD8 && buf[r.upperBound - 1] == 0xA9 { return 0 }
            }
            // Nor alone, after a role noun or the like, a short given name
            // that is an ordinary word and nothing else (اللاعب مات في حادث;
            // longer ones are names there as often: والراقصة دينا).
            if n == 1 && strictFirst && words[start].stemScalars <= 3 && words[start].stemFlags & Bit.ambiguous != 0
                && words[start].stemFlags & (Bit.given | Bit.family | Bit.abdOrAbu) == 0
            {
                return 0
            }
            // Nor alone a word of two letters not listed: a past verb of a
            // doubled root (قال رئيس أركان الجيش الأوكراني صد الهجوم، رد،
            // شد), not a name (East Asian syllables are listed: لي، وو).
            // (After an honorific it is one: وقد شرح السيد قو المشروع.)
            if n == 1 && words[start].stemScalars <= 2 && words[start].stemFlags & (Bit.known | Bit.abdOrAbu | Bit.shortFamily) == 0
                && !Self.listed(words[start].stem, buf, List.eastAsianSyllable)
                && !(start > 0 && words[start - 1].raw & Bit.honorific != 0)
            {
                return 0
            }
            // Nor a word of three letters not listed at all: there it is
            // mostly a past verb (اللاعب طعن بالتزوير، المدرب غاب عن).
            if n == 1 && strictFirst && words[start].stemScalars <= 3
                && words[start].stemFlags & (Bit.known | Bit.abdOrAbu | Bit.shortFamily) == 0
            {
                return 0
            }
            return n
        }

        /// Token `i` comes right after the generic head of a place or body
        /// named after a person (سجن أبو غريب، مستشفى الملك فيصل).
        func afterFacilityHead(_ i: Int) -> Bool {
            guard i > 0 else { return false }
            if spaceBetween(i - 1, i) && Self.listed(words[i - 1].bytes, buf, List.facilityHead) { return !imprisonmentOf(i) }
            return afterWeaponHead(i)
        }
        /// سجن before a given name (or عبد + a word) and a listed family
        /// name that is no ordinary word is the imprisonment of a person
        /// (ظروف سجن عبد الله أوجلان), not a prison named after one: prisons
        /// are named after places (سجن أبو غريب، سجن صيدنايا).
        func imprisonmentOf(_ i: Int) -> Bool {
            guard Self.isExactly(words[i - 1].bytes, "سجن", buf), words[i].strip == 0 else { return false }
            var k = i
            if isAbd(i, first: true) {
                k = i + 1
            } else if words[i].stemFlags & Bit.given == 0 || words[i].stemFlags & (Bit.common | Bit.particle | Bit.abdOrAbu) != 0 {
                return false
            }
            guard k + 1 < count, spaceBetween(k, k + 1), k == i || spaceBetween(i, k) else { return false }
            // (Also the father's given name between them: قررت المحكمة سجن
            // أحمد سليمان الخوالدة.)
            if words[k + 1].strip == 0, words[k + 1].raw & Bit.given != 0,
                words[k + 1].raw & (Bit.common | Bit.ambiguous | Bit.particle | Bit.abdOrAbu) == 0,
                k + 2 < count, spaceBetween(k + 1, k + 2)
            {
                k += 1
            }
            let f = words[k + 1].raw
            return words[k + 1].strip == 0 && f & Bit.family != 0 && f & (Bit.common | Bit.given | Bit.particle | Bit.abdOrAbu) == 0
        }
        /// Token `i` begins the maker's or model's name right after a
        /// plural weapon noun, in quotes or not (مسيرات «بيرقدار»).
        func afterWeaponHead(_ i: Int) -> Bool {
            guard i > 0, Self.listed(words[i - 1].bytes, buf, List.weaponHead) else { return false }
            // Only a space, with one opening quote mark at most.
            let g = gap(i - 1, i)
            return Self.quoteGaps.contains(where: { $0.elementsEqual(g) })
        }
        /// The token whose original range holds offset `o`.
        func token(containing o: Int) -> Int? {
            var lo = 0, hi = count
            while lo < hi {
                let mid = (lo + hi) / 2
                if words[mid].original.upperBound <= o { lo = mid + 1 } else { hi = mid }
            }
            return lo < count && words[lo].original.lowerBound <= o ? lo : nil
        }

        /// A name at `j` after a title and a body or country that came
        /// between them (a weaker anchor): read strictly, and two name words
        /// or a listed given name that is nothing else (0 otherwise).
        func strictNameAt(_ j: Int) -> Int {
            // (Its first name is the office holder's, as after a place of
            // post: a nisba right after it is the family name, المبعوث الخاص
            // لشؤون المناخ ماجد السويدي.)
            let n = collect(from: j, anchored: true, strictFirst: true, afterPost: true)
            let f = words[j].stemFlags
            if n >= 2 || (n == 1 && f & Bit.given != 0 && f & (Bit.common | Bit.ambiguous | Bit.spelledByYaa) == 0) { return n }
            return 0
        }

        /// The word at `i` right before a TITLE (a space between) ends a
        /// name in apposition to it (جون ميجور رئيس وزراء بريطانيا، وقال
        /// لافروف وزير الخارجية): a word that may be a family name, even an
        /// ordinary one (ميجور), but not a particle, a function word, a
        /// modifier, a word with a proclitic, the ending of a noun, a plural
        /// or a pronoun, a tanween, nor one with the article unless it has
        /// the shape of a nisba surname (الآلوسي).
        func familyNameBeforeTitle(_ i: Int) -> Bool {
            guard i + 1 < count, spaceBetween(i, i + 1), titleStart.contains(words[i + 1].original.lowerBound),
                !startsEntity(i)
            else { return false }
            let w = words[i]
            guard w.rawShaped, w.strip == 0, w.stemScalars >= 3,
                w.raw & (Bit.speech | Bit.role | Bit.roleHead | Bit.honorific | Bit.particle | Bit.abdOrAbu | Bit.spelledByYaa) == 0,
                !Self.listed(w.bytes, buf, List.particleAfterName | List.functionWord | List.holderModifier | List.descriptionNoun),
                !cliticOnOrdinaryWord(w.bytes), !Self.ordinaryEnding(w.bytes, buf), !Self.pluralEnding(w.bytes, buf),
                !tanweenAfterAlef(w), !Self.futureVerbShaped(w.bytes, buf)
            else { return false }
            return !startsWithArticle(w.bytes) || nisbaSurname(i)
        }

        var names: [(Int, Int, Rule)] = []  // token range [a, b) and rule
        // (Through a pointer, as `words`: a captured array's reads went
        // through an uninlined getter.)
        let taken = UnsafeMutableBufferPointer<Bool>.allocate(capacity: count)
        taken.initialize(repeating: false)
        defer { taken.deallocate() }

        /// The country or place where the holder of an office serves, after
        /// لدى، إلى، في at token `k` (سفير الاتحاد الأوروبي لدى اليمن،
        /// المبعوث الأممي إلى ليبيا، سفير واشنطن في بغداد), or after ب glued
        /// to it (سفير مصر بالرياض): the name after it follows the title,
        /// read strictly, a third foreign word allowed (غابرييل مونويرا
        /// فينيالس). Its first token and length, or nil when no such place
        /// is there.
        func nameAfterPlaceOfPost(_ k: Int) -> (Int, Int)? {
            guard k < count, k > 0, spaceBetween(k - 1, k) else { return nil }
            var p = k
            var a = words[k].original.lowerBound
            if Self.listed(words[k].bytes, buf, List.postPreposition) {
                p = k + 1
                guard p < count, spaceBetween(k, p) else { return nil }
                a = words[p].original.lowerBound
            } else if TextScan.scalar(at: words[k].bytes.lowerBound, in: buf).0 == 0x0628 {
                a += 1  // ب
            } else {
                return nil
            }
            // (Or a body after لدى: سفير غينيا لدى الأمم المتحدة عليو سيلا,
            // المندوب الدائم لدى الاتحاد الأفريقي.)
            var body = p == k + 1 && Self.isExactly(words[k].bytes, "لدي", buf) ? orgEnd[a] : nil
            // (Or the government an office belongs to after في, named by its
            // movement, country or capital: وزير الخارجية في حكومة طالبان
            // أمير خان متقي، في حكومة كوناكري موريساندا كوياتي.)
            if p == k + 1, Self.isExactly(words[k].bytes, "في", buf), Self.isExactly(words[p].bytes, "حكومة", buf), p + 1 < count,
                spaceBetween(p, p + 1), orgEnd[a] == nil
            {
                p += 1
                a = words[p].original.lowerBound
                body = orgEnd[a]
            }
            // (Or, after لدى, the host country named by its kind, as its own
            // press names it: سفير إيطاليا لدى المملكة كارلو بالدوتشي, لدى
            // السلطنة, لدى الدولة. Alone: المملكة المتحدة is a COUNTRY above.)
            let host = p == k + 1 && Self.isExactly(words[k].bytes, "لدي", buf)
                && Self.hostCountryWords.contains(where: { Self.isExactly(words[p].bytes, $0, buf) })
                ? words[p].original.upperBound : nil
            guard let end = countryEnd[a] ?? placeEnd[a] ?? body ?? host, nisbaEnd[a] == nil, let last = token(endingAt: end),
                last >= p
            else { return nil }
            let j = last + 1
            guard j < count, spaceBetween(last, j), !taken[j] else { return nil }
            let n = collect(from: j, anchored: true, strictFirst: true, foreignThird: true, afterPost: true)
            let f = words[j].stemFlags
            guard n >= 2 || (n == 1 && f & Bit.given != 0 && f & (Bit.common | Bit.ambiguous | Bit.spelledByYaa) == 0)
            else { return nil }
            return (j, n)
        }

        // 1. After a RANK or TITLE (skipping a COUNTRY adjective right after a TITLE).
        // (Of two ranks or two TITLEs from one start only the longer anchors
        // a name: the merger keeps it, and the shorter one would read the
        // rest of it as a name: الفريق الركن | بحري عبد الله; رئيس حكومة
        // إقليم خيبر | بختونخوا.)
        func longestEnds(_ kind: Other.Kind) -> [Int: Int] {
            var ends: [Int: Int] = [:]
            for o in others where o.kind == kind { ends[o.start] = max(ends[o.start] ?? 0, o.end) }
            return ends
        }
        let rankEnd = longestEnds(.rank), titleEnd = longestEnds(.title)
        // TITLEs read once: a title inside a longer one that starts before it
        // (الملك in مدير مستشفى الملك فيصل التخصصي, the body named after a
        // king) is the body's name, and so is the word after it.
        let titleReach = Reach(others.filter { $0.kind == .title })
        // The same for a place named after a title (تل السلطان، مطار
        // الملك خالد): a TITLE or RANK inside a LOCATION that starts before
        // it is the place's name, and the word after it no holder's.
        let placeReach = Reach(others.filter { $0.kind == .location })
        // Ranks first: a name right after a RANK is its holder's, also where a
        // TITLE before it would read on through the rank's words (رئيس الهيئة
        // العامة لميناء الإسكندرية اللواء بحري محمد فوزي: after-title read
        // from بحري, inside the RANK, and took the name; the merger then
        // dropped it, and after-rank found its words taken).
        for o in others.filter({ $0.kind == .rank }) + others.filter({ $0.kind == .title }) {
            let afterRank = o.kind == .rank
            if let longest = (afterRank ? rankEnd : titleEnd)[o.start], longest > o.end { continue }
            if !afterRank, titleReach.before(o.start) > o.end { continue }
            if placeReach.before(o.start) >= o.end { continue }
            guard var i = token(endingAt: o.end) else { continue }
            // (مستشفى الملك فيصل: the title and name are the place's.)
            if let first = token(containing: o.start), afterFacilityHead(first) { continue }
            // A body named after a person that the TITLE cuts (رئيس مجلس
            // إدارة مجموعة طلعت مصطفى: TITLE up to طلعت, ORG مجموعة طلعت
            // مصطفى): the holder's name follows the whole body, read strictly
            // (هشام طلعت مصطفى), never from the body's last word.
            if !afterRank, let first = token(containing: o.start), first < i,
                let k = (first...i).first(where: { (orgEnd[words[$0].original.lowerBound] ?? 0) > o.end }),
                let last = token(endingAt: orgEnd[words[k].original.lowerBound]!), last > i
            {
                if last + 1 < count, spaceBetween(last, last + 1), !taken[last + 1] {
                    let n = strictNameAt(last + 1)
                    if n > 0 {
                        names.append((last + 1, last + 1 + n, .afterTitle))
                        for k in (last + 1)..<(last + 1 + n) { taken[k] = true }
                    }
                }
                continue
            }
            // A title in the accusative (عين جعفر حسان رئيسا للوزراء خلفا
            // لبشر الخصاونة) is predicated of a name before it: none follows.
            if !afterRank, let first = token(containing: o.start), words[first].original.lowerBound == o.start,
                Self.endsWithAlef(words[first].bytes, buf), !startsWithArticle(words[first].bytes), first < i,
                TextScan.scalar(at: words[first + 1].bytes.lowerBound, in: buf).0 == TextScan.lam
            {
                continue
            }
            // So is an indefinite office of one or two words with its body
            // after ل (ك[رئيس] للسلطة، عمل ك[سفير] لحسن النوايا، عين [رئيسا]
            // لمعمل كافنديش, [أمينا عاما] للحزب): the ل word is the body, not
            // a name (gave PERSON «لحسن النوايا», «لمعمل كافنديش»). Not
            // before an entity that starts there (سفير ليبيا), nor after a
            // title with a definite word (وزير الخارجية لوران فابيوس).
            if !afterRank, let first = token(containing: o.start), i - first <= 1, i + 1 < count,
                spaceBetween(i, i + 1), !(first...i).contains(where: { startsWithArticle(words[$0].bytes) }),
                TextScan.scalar(at: words[i + 1].bytes.lowerBound, in: buf).0 == TextScan.lam,
                !entityStart.contains(words[i + 1].original.lowerBound)
            {
                continue
            }
            var next = i + 1
            var afterNisba = false
            if next < count, let end = nisbaEnd[words[next].original.lowerBound], spaceBetween(i, next),
                !nameNisba(next, inName: false) || next + 1 >= count || !spaceBetween(next, next + 1)
                    || (words[next + 1].raw & Bit.known == 0 && !startsWithArticle(words[i].bytes))
            {
                i = token(endingAt: end) ?? next
                next = i + 1
                afterNisba = true
            }
            // A dynasty listed as a family name too after السلطان or الخليفة
            // (السلطان العثماني سليمان القانوني, بالسلطان العثماني محمد
            // الفاتح) describes the holder: the name follows it. And a
            // caliph's or sultan's regnal name there is a name (الخليفة
            // العباسي المأمون، السلطان المملوكي الظاهر بيبرس), not the
            // ordinary word it also is.
            if !afterRank, next < count, words[i].bytes.count <= 18, Self.rulerTitle(words[i].bytes, buf),
                spaceBetween(i, next)
            {
                if next + 1 < count, words[next].strip == 0, spaceBetween(next, next + 1),
                    Self.listedDynasties.contains(where: { Self.isExactly(words[next].bytes, $0, buf) })
                        || Self.dynastyAdjectives.contains(where: { Self.isExactly(words[next].bytes, $0, buf) })
                {
                    i = next
                    next = i + 1
                }
                if words[next].strip == 0, Self.rulerRegnalNames.contains(Array(buf[words[next].bytes])) {
                    words[next].raw = words[next].raw & ~Bit.common | Bit.given
                    words[next].stemFlags = words[next].raw
                }
            }
            // A modifier of the holder (الرئيس السابق) or another adjective
            // (البطريرك الماروني) before the name: skipped when a name follows
            // (after an adjective, only a name that starts with a known word).
            if next + 1 < count, spaceBetween(i, next), spaceBetween(next, next + 1), !startsEntity(next),
                let kind = holderModifier(words[next], buf),
                kind == .listed || words[next + 1].stemFlags & Bit.known != 0,
                collect(from: next + 1, anchored: true) > 0
            {
                i = next
                next = i + 1
            }
            // A spokesperson's body: المتحدث باسم الخارجية الإيرانية ناصر كنعاني.
            if !afterRank, next + 1 < count, Self.isExactly(words[next].bytes, "باسم", buf), spaceBetween(i, next),
                spaceBetween(next, next + 1),
                let end = orgEnd[words[next + 1].original.lowerBound] ?? placeEnd[words[next + 1].original.lowerBound],
                let last = token(endingAt: end)
            {
                i = last
                next = i + 1
                // باسم again after the body is the first name (المتحدث باسم
                // حماس باسم نعيم) when a name-like word follows that is no
                // body: read as a given name.
                if next + 1 < count, Self.isExactly(words[next].bytes, "باسم", buf), spaceBetween(i, next),
                    spaceBetween(next, next + 1), !startsEntity(next + 1), words[next + 1].rawShaped,
                    words[next + 1].raw & (Bit.common | Bit.role | Bit.roleHead | Bit.speech | Bit.particle | Bit.honorific) == 0
                        || words[next + 1].raw & Bit.known != 0,
                    !startsWithArticle(words[next + 1].bytes) || words[next + 1].raw & Bit.family != 0,
                    !cliticOnOrdinaryWord(words[next + 1].bytes), !Self.ordinaryEnding(words[next + 1].bytes, buf)
                {
                    words[next].raw |= Bit.given
                    words[next].stemFlags |= Bit.given
                }
            }
            // A spokesperson's body as a pronoun (المتحدث باسمها راندير
            // جايسوال) or as one generic definite noun that no ORG rule found
            // (المتحدث باسم الوزارة راندير جايسوال): the name follows it, read
            // strictly after the noun.
            if !afterRank, next + 1 < count, spaceBetween(i, next), spaceBetween(next, next + 1) {
                if Self.spokespersonPronouns.contains(where: { Self.isExactly(words[next].bytes, $0, buf) }) {
                    i = next
                    next = i + 1
                } else if Self.isExactly(words[next].bytes, "باسم", buf), startsWithArticle(words[next + 1].bytes),
                    words[next + 1].raw & Bit.known == 0, !startsEntity(next + 1), next + 2 < count,
                    spaceBetween(next + 1, next + 2), !taken[next + 2]
                {
                    let n = strictNameAt(next + 2)
                    if n > 0 {
                        names.append((next + 2, next + 2 + n, .afterTitle))
                        for k in (next + 2)..<(next + 2 + n) { taken[k] = true }
                    }
                    continue
                }
            }
            // The place of the post after the title (سفير الاتحاد الأوروبي
            // لدى اليمن غابرييل مونويرا فينيالس): the name follows it.
            if !afterRank, let (j, n) = nameAfterPlaceOfPost(next) {
                names.append((j, j + n, .afterTitle))
                for k in j..<(j + n) { taken[k] = true }
                continue
            }
            // A body after ل that the ORG rules found: the name follows it
            // (المدير العام لمنظمة التجارة العالمية نغوزي أوكونجو إيويالا);
            // an unlisted word in ا there is an adverb (الأمين العام للأمم
            // المتحدة خلفا لكوفي أنان), not a name.
            if !afterRank, next < count, spaceBetween(i, next),
                TextScan.scalar(at: words[next].bytes.lowerBound, in: buf).0 == TextScan.lam,
                let end = orgEnd[words[next].original.lowerBound + 1], let last = token(endingAt: end), last >= next
            {
                i = last
                next = i + 1
                if next < count, words[next].stemFlags & Bit.known == 0, words[next].bytes.count >= 2,
                    buf[words[next].bytes.upperBound - 2] == 0xD8, buf[words[next].bytes.upperBound - 1] == 0xA7
                {
                    continue
                }
            }
            // A field or body after ل that no ORG rule found, as definite
            // words (وزير الدولة البريطاني لشؤون الشرق الأوسط هاميش فالكونر،
            // الأمين العام لحلف الناتو مارك روته), or a country or place
            // after ل (المبعوث الأممي لليبيا): the name may follow it, read
            // strictly (two name words, or a listed given name); the ل word
            // itself is never the name.
            if !afterRank, next + 1 < count, spaceBetween(i, next), words[next].strip == 0,
                words[next].raw & Bit.known == 0, words[next].stemScalars >= 4,
                TextScan.scalar(at: words[next].bytes.lowerBound, in: buf).0 == TextScan.lam
            {
                var j = next + 1
                let a = words[next].original.lowerBound
                let place = nisbaEnd[a + 1] == nil && (entityStart.contains(a + 1) || entityStart.contains(a + 2))
                // (Definite words, or an ORG or a place another extractor
                // found there: الرئيس التنفيذي لشركة أرامكو أمين الناصر.)
                while j < count, j - next <= 4, spaceBetween(j - 1, j) {
                    if startsWithArticle(words[j].bytes), words[j].raw & Bit.known == 0 || words[j].raw & Bit.common != 0 {
                        j += 1
                        continue
                    }
                    // (A second field joined by و to a definite one: مفوض
                    // الاتحاد الأوروبي لشؤون الطاقة والإسكان دان يورغنسن.)
                    let b = words[j].bytes
                    if j > next + 1, b.count >= 10, buf[b.lowerBound] == 0xD9, buf[b.lowerBound + 1] == 0x88,
                        startsWithArticle((b.lowerBound + 2)..<b.upperBound), words[j].raw & Bit.known == 0 || words[j].raw & Bit.common != 0,
                        startsWithArticle(words[j - 1].bytes)
                    {
                        j += 1
                        continue
                    }
                    let o = words[j].original.lowerBound
                    guard let end = orgEnd[o] ?? placeEnd[o], let last = token(endingAt: end), last >= j else { break }
                    j = last + 1
                }
                // (A body named by one definite word after ل: المدير الفني
                // للأهلي مارسيل كولر.)
                let definiteBody = j == next + 1 && words[next].bytes.count >= 10
                    && buf[words[next].bytes.lowerBound + 2] == 0xD9 && buf[words[next].bytes.lowerBound + 3] == 0x84
                // A company's head after ل and its name in one or two words
                // that no ORG rule found, before a listed first name (الرئيس
                // التنفيذي لمجموعة روشن ماجد الحقيل، لمجموعة أكوا عزيز
                // أخنوش): the name starts at the first name, read strictly,
                // two words at least; the company's words are not the name.
                if j == next + 1, !place, Self.companyHeadsAfterLam.contains(where: { Self.isExactly(words[next].bytes, $0, buf) }) {
                    var found = false
                    for k in (next + 2)...(next + 3) where k < count && !found {
                        guard !((next + 1)...k).contains(where: { taken[$0] || startsEntity($0) || !spaceBetween($0 - 1, $0) }),
                            words[k].strip == 0, words[k].stemFlags & (Bit.given | Bit.abdOrAbu) != 0,
                            words[k].stemFlags & (Bit.common | Bit.ambiguous) == 0
                        else { continue }
                        let n = collect(from: k, anchored: true, afterPost: true)
                        if n >= 2 {
                            names.append((k, k + n, .afterTitle))
                            for t in (next + 1)..<(k + n) { taken[t] = true }
                            found = true
                        }
                    }
                    if found { continue }
                }
                if j > next + 1 || place || definiteBody {
                    guard j < count, spaceBetween(j - 1, j), !taken[j] else { continue }
                    var n = strictNameAt(j)
                    // A church's community after a patriarch's or bishop's
                    // see (بطريرك القدس للاتين بيتسابالا، بطريرك الإسكندرية
                    // للروم الأرثوذكس ثيودوروس): the prelate's name follows,
                    // a single surname too.
                    if n == 0, Self.churchCommunities.contains(where: { Self.isExactly(words[next].bytes, $0, buf) }),
                        words[j].strip == 0, words[j].rawShaped, !startsWithArticle(words[j].bytes),
                        words[j].raw & (Bit.common | Bit.particle | Bit.abdOrAbu | Bit.honorific | Bit.role | Bit.roleHead | Bit.speech) == 0,
                        !startsEntity(j)
                    {
                        n = collect(from: j, anchored: true)
                    }
                    if n > 0 {
                        names.append((j, j + n, .afterTitle))
                        for k in j..<(j + n) { taken[k] = true }
                    }
                    continue
                }
            }
            // A body the office governs, found by the ORG rules right after a
            // title that stops before it (محافظ بنك الجزائر صلاح الدين طالب:
            // TITLE محافظ, ORG بنك الجزائر), or the body a member sits for or
            // serves in, after عن، من or في (النائب عن حزب العدالة والتنمية
            // عبد الله بووانو): the name may follow the body, read strictly as
            // above; without one the words go on as before.
            if !afterRank, next < count, spaceBetween(i, next) {
                let b = next + 1 < count && spaceBetween(next, next + 1)
                    && Self.bodyPrepositions.contains(where: { Self.isExactly(words[next].bytes, $0, buf) }) ? next + 1 : next
                if let end = orgEnd[words[b].original.lowerBound], let last = token(endingAt: end), last >= b, last + 1 < count,
                    spaceBetween(last, last + 1), !taken[last + 1]
                {
                    let n = strictNameAt(last + 1)
                    if n > 0 {
                        names.append((last + 1, last + 1 + n, .afterTitle))
                        for k in (last + 1)..<(last + 1 + n) { taken[k] = true }
                        continue
                    }
                }
            }
            // A country the office governs, by its name (ممثل اليابان كنزو
            // أوشيما، رئيس الجمهورية البرتغالية أنيبال كافاكو سيلفا): the name
            // may follow it, read strictly as above.
            if !afterRank, next < count, spaceBetween(i, next), let end = countryEnd[words[next].original.lowerBound],
                let last = token(endingAt: end), last >= next, !givenPlaceBeforeFamilyName(next)
            {
                // (And the place of the post after it: سفير الولايات المتحدة
                // في العراق ماثيو تولر.)
                if let (j, n) = nameAfterPlaceOfPost(last + 1) {
                    names.append((j, j + n, .afterTitle))
                    for k in j..<(j + n) { taken[k] = true }
                    continue
                }
                let j = last + 1
                guard j < count, spaceBetween(last, j), !taken[j] else { continue }
                let n = strictNameAt(j)
                if n > 0 {
                    names.append((j, j + n, .afterTitle))
                    for k in j..<(j + n) { taken[k] = true }
                }
                continue
            }
            // (Not a title inside a name found already: عبد الأمير.)
            guard next < count, !taken[i], !taken[next] else { continue }
            let g = gap(i, next)
            // A name between commas after a title is in apposition to it
            // (رئيس لجنة الدفاع ، دونكان هانتر ،): two name words or more, read
            // strictly, with a comma after them too; a first word not listed
            // does not start with a proclitic letter (فولى علي: the sentence).
            if Self.isCommaGap(g) {
                let (v, _) = TextScan.scalar(at: words[next].stem.lowerBound, in: buf)
                guard words[next].stemFlags & (Bit.known | Bit.abdOrAbu) != 0 || !TextScan.isProclitic(v) else { continue }
                let n = collect(from: next, anchored: true, strictFirst: true)
                if n >= 2, next + n < count, Self.isCommaGap(gap(next + n - 1, next + n)) {
                    names.append((next, next + n, afterRank ? .afterRank : .afterTitle))
                    for k in next..<(next + n) { taken[k] = true }
                }
                continue
            }
            guard Self.quoteGaps.contains(where: { $0.elementsEqual(g) }) else { continue }
            if g.last != UInt8(ascii: "("), accusativeNounAndAdjective(next) { continue }
            // In brackets after a title there is more often an abbreviation
            // (قائد القيادة المركزية (سنتكوم)) than a name: only a known given
            // name starts one there.
            let bracket = g.last == UInt8(ascii: "(")
            // ك on the first word right after a title is the name's own
            // letter, not «like» (وزير المالية الغاني كاسيل أتو فورسون gave
            // «اسيل أتو»): no comparison follows an office directly.
            if words[next].strip == 1, TextScan.scalar(at: words[next].bytes.lowerBound, in: buf).0 == 0x0643 {
                words[next].strip = 0
                words[next].stem = words[next].bytes
                words[next].stemFlags = words[next].raw
                words[next].stemShaped = words[next].rawShaped
                words[next].stemScalars += 1
            }
            // الشيخ right after a title before a name whose first word is
            // listed only as a family name or not at all, with no nasab, is
            // the West African given name Cheikh (وزير الخارجية السنغالي
            // الشيخ نيانغ), not the honorific of a Gulf or Arab name (الشيخ
            // فهد يوسف الصباح، الشيخ نهيان بن مبارك).
            if !bracket, words[next].strip == 0, Self.isExactly(words[next].bytes, "الشيخ", buf), next + 1 < count,
                spaceBetween(next, next + 1), !taken[next + 1], !startsEntity(next + 1)
            {
                let w = words[next + 1]
                if w.strip == 0, w.rawShaped, !startsWithArticle(w.bytes),
                    w.raw & (Bit.given | Bit.ambiguous | Bit.common | Bit.particle | Bit.abdOrAbu | Bit.honorific | Bit.role
                        | Bit.roleHead | Bit.speech | Bit.spelledByYaa) == 0
                {
                    let m = collect(from: next + 1, anchored: true, foreignThird: true)
                    if m > 0, !((next + 1)..<(next + 1 + m)).contains(where: { words[$0].raw & (Bit.particle | Bit.abdOrAbu) != 0 }),
                        next + 1 + m >= count || !spaceBetween(next + m, next + 1 + m)
                            || words[next + 1 + m].raw & (Bit.particle | Bit.abdOrAbu) == 0
                    {
                        names.append((next, next + 1 + m, afterRank ? .afterRank : .afterTitle))
                        for k in next..<(next + 1 + m) { taken[k] = true }
                        continue
                    }
                }
            }
            // (After a title and its nationality adjective, a one-word place
            // before a name-like word is a given name: وزير الدفاع التايواني
            // ويلينغتون كو.)
            let n = collect(from: next, anchored: !bracket, afterRank: afterRank, placeFirst: afterNisba && !bracket,
                            foreignThird: !bracket)
            if n > 0 {
                names.append((next, next + n, afterRank ? .afterRank : .afterTitle))
                for k in next..<(next + n) { taken[k] = true }
            }
        }
        // 2. After an honorific (السيد، الشيخ، الدكتور; also with و، ل، ب، ف
        // before it), unless a given name comes right before it: then it is
        // more likely a family name (طارق السيد).
        for h in 0..<(count - 1) where !taken[h] && !taken[h + 1] && words[h].raw & Bit.honorific != 0 && spaceBetween(h, h + 1) {
            // (Not an honorific with و, which begins the next person of a
            // list: الشيخ عيسى والشيخ راشد.)
            if h > 0, spaceBetween(h - 1, h), words[h - 1].stemFlags & Bit.given != 0, !wawHonorific(h) { continue }
            if afterFacilityHead(h) { continue }
            // A nisba adjective not listed between the honorific and a given
            // name qualifies the honorific (الأستاذ الجامعي محمد الأشعري):
            // the name starts after it.
            var first = h + 1
            if words[first].strip == 0, words[first].raw & Bit.known == 0, nisbaSurname(first), first + 1 < count,
                spaceBetween(first, first + 1), !taken[first + 1],
                words[first + 1].stemFlags & (Bit.given | Bit.abdOrAbu) != 0, words[first + 1].stemFlags & Bit.common == 0
            {
                first += 1
            }
            let n = collect(from: first, anchored: true, foreignThird: true)
            if n > 0 {
                names.append((first, first + n, .afterHonorific))
                for k in first..<(first + n) { taken[k] = true }
            }
        }
        func isCovered(_ i: Int) -> Bool {
            covered.contains(words[i].original.lowerBound) || covered.contains(words[i].original.upperBound - 1)
        }
        func definite(_ r: Range<Int>) -> Bool { Self.isDefinite(r, buf) }
        /// The last token of a role noun that starts at `h` (حارس المرمى: two).
        func roleEnd(_ h: Int) -> Int? {
            let f = words[h].raw
            if f & Bit.role != 0 { return h }
            guard f & Bit.roleHead != 0 else { return nil }
            var key = Array(buf[words[h].bytes])
            var j = h, last: Int? = nil
            while j + 1 < count && j - h < 2 && spaceBetween(j, j + 1) {
                j += 1
                key.append(0x20)
                key.append(contentsOf: buf[words[j].bytes])
                if rolePhrases.lookup(key) != 0 { last = j }
            }
            return last
        }
        /// The last token of a definite nationality adjective that starts at
        /// token `i` (its span may leave a proclitic out: والفرنسي).
        func definiteNisba(at i: Int) -> Int? {
            let a = words[i].original.lowerBound
            guard definite(words[i].bytes) else { return nil }
            for d in 0...2 {
                if let e = nisbaEnd[a + d] { return token(endingAt: e) }
            }
            return nil
        }
        /// A name after token `i` (a space, or an opening quote, between): its length.
        func nameAfter(_ i: Int) -> Int {
            let next = i + 1
            guard next < count, !taken[next] else { return 0 }
            let g = gap(i, next)
            guard g.last != UInt8(ascii: "("), Self.quoteGaps.contains(where: { $0.elementsEqual(g) }) else { return 0 }
            // (A third foreign word only where the sentence plainly goes on
            // after it: اللاعب بيير إيمريك أوباميانغ، إنه …)
            return collect(from: next, anchored: true, strictFirst: true, placeFirst: true, guardedThird: true)
        }
        // 2b. After a role noun (اللاعب، الممثلة، حارس المرمى، زميله), also
        // across a definite nationality adjective, a modifier of the holder or
        // a second role noun: «اللاعب الكونغولي شاباني نوندا».
        var h = 0
        while h < count {
            guard !taken[h], words[h].raw & (Bit.role | Bit.roleHead) != 0, !startsEntity(h), !isCovered(h),
                let e = roleEnd(h)
            else {
                h += 1
                continue
            }
            var i = e
            for _ in 0..<2 {
                let next = i + 1
                guard next + 1 < count, spaceBetween(i, next), !taken[next] else { break }
                if let last = definiteNisba(at: next) {
                    i = last
                } else if words[next].raw & Bit.role != 0 && !startsEntity(next) {
                    i = next
                } else if spaceBetween(next, next + 1), !startsEntity(next), let kind = holderModifier(words[next], buf),
                    kind != .praise || words[next + 1].stemFlags & Bit.known != 0
                {
                    // (Also an adjective before a name not listed: a nisba
                    // that is no COUNTRY span, الكونغولي; الدولي، التشكيلي.
                    // The name test that follows is the strict one.)
                    i = next
                } else if i > e, spaceBetween(next, next + 1), !startsEntity(next), words[next].bytes.count >= 12,
                    buf[words[next].bytes.lowerBound] == 0xD9, buf[words[next].bytes.lowerBound + 1] == 0x88,
                    startsWithArticle((words[next].bytes.lowerBound + 2)..<words[next].bytes.upperBound),
                    Self.nisbaShaped((words[next].bytes.lowerBound + 2)..<words[next].bytes.upperBound, buf)
                {
                    // (A second adjective joined by و to the first: الخبير
                    // العسكري والاستراتيجي جلبير الأشقر.)
                    i = next
                } else {
                    break
                }
            }
            var n = nameAfter(i)
            // Right after إن، أن (بأن، لأن، لكن) the role noun is the
            // subject, and one word not listed after it is the predicate (قال
            // المدرب إن الحارس جاهز، أكد أن اللاعب مستعد), not a name.
            // (Also a given name that is an ordinary word: أن الحارس قادر.)
            if n == 1, h > 0, spaceBetween(h - 1, h),
                words[i + 1].stemFlags & (Bit.given | Bit.family | Bit.abdOrAbu | Bit.shortFamily) == 0,
                Self.innaBytes.contains(where: { buf[words[h - 1].bytes].elementsEqual($0) })
            {
                n = 0
            }
            // A role noun, في and the field in definite words (الباحث في
            // الشؤون الاقتصادية وائل النحاس، الخبير في الشأن الإيراني …): the
            // name may follow the field, read strictly (two name words, or a
            // listed given name).
            if n == 0, i + 3 < count, spaceBetween(i, i + 1), Self.isExactly(words[i + 1].bytes, "في", buf) {
                var j = i + 2
                while j < count, j - i <= 4, spaceBetween(j - 1, j), startsWithArticle(words[j].bytes),
                    words[j].raw & Bit.known == 0 || words[j].raw & Bit.common != 0,
                    !startsEntity(j) || nisbaEnd[words[j].original.lowerBound] != nil
                {
                    j += 1
                }
                // (Or a body that the ORG rules found, right after في, also
                // after a generic head they leave out: القيادي في حماس باسم
                // نعيم، القيادي في حركة حماس أشرف الرشق.)
                if j == i + 2, spaceBetween(i + 1, j) {
                    var b = j
                    if orgEnd[words[b].original.lowerBound] == nil, b + 1 < count, spaceBetween(b, b + 1), words[b].strip == 0,
                        words[b].raw & Bit.known == 0, !startsEntity(b), !startsWithArticle(words[b].bytes)
                    {
                        b += 1
                    }
                    if let end = orgEnd[words[b].original.lowerBound], let last = token(endingAt: end), last >= b, last - b < 5 {
                        j = last + 1
                    }
                }
                if j > i + 2, j < count, spaceBetween(j - 1, j), !taken[j] {
                    let m = strictNameAt(j)
                    if m > 0 {
                        i = j - 1
                        n = m
                    }
                }
            }
            // (Or a body glued to ب after the role: أستاذة العلوم السياسية
            // بجامعة القاهرة ليلى نيكونازار.)
            if n == 0, i + 2 < count, spaceBetween(i, i + 1),
                TextScan.scalar(at: words[i + 1].bytes.lowerBound, in: buf).0 == 0x0628,
                let end = orgEnd[words[i + 1].original.lowerBound + 1], let last = token(endingAt: end), last > i, last - i < 6,
                last + 1 < count, spaceBetween(last, last + 1), !taken[last + 1]
            {
                let m = strictNameAt(last + 1)
                if m > 0 {
                    i = last
                    n = m
                }
            }
            if n > 0 {
                names.append((i + 1, i + 1 + n, .afterRole))
                // The role noun is not a name (الشاعر is a family name too).
                for k in h...(i + n) { taken[k] = true }
                h = i + 1 + n
            } else {
                h = e + 1
            }
        }
        // 2b'. A role noun in construct before a club or body that the ORG
        // rules found (مهاجم باريس سان جيرمان برادلي باركولا، حارس الهلال
        // ياسين بونو), and a nationality adjective after it or not: the
        // name may follow, read strictly (two name words, or a listed given
        // name). (Read from the ORG spans, far fewer than the words.)
        for o in others where o.kind == .org {
            guard orgEnd[o.start] == o.end, let first = token(containing: o.start), words[first].original.lowerBound == o.start,
                first > 0, first + 1 < count
            else { continue }
            let h = first - 1
            guard !taken[h], words[h].strip == 0, spaceBetween(h, first), let last = token(endingAt: o.end), last + 1 < count,
                !startsEntity(h), !isCovered(h), roleConstruct(words[h].bytes, buf)
            else { continue }
            var j = last + 1
            if let e = nisbaEnd[words[j].original.lowerBound], spaceBetween(last, j), let k = token(endingAt: e) { j = k + 1 }
            guard j < count, spaceBetween(j - 1, j), !taken[j] else { continue }
            let n = strictNameAt(j)
            if n > 0 {
                names.append((j, j + n, .afterRole))
                for k in j..<(j + n) { taken[k] = true }
            }
        }
        // 2c. After a definite nationality adjective used as a noun (الصربي
        // جافريلو برينسيب، وسجل الفرنسي لودوفيك جيولي): not one inside a
        // TITLE, ORG or place, and not one that qualifies the definite noun
        // before it (القوات الأمريكية، الجانب الإسرائيلي). Singular forms only
        // (…ي، …ية): the plural (الفرنسيون) is the people.
        for o in others where o.nisba {
            guard !covered.contains(o.start), let k = token(endingAt: o.end), !taken[k],
                Self.nisbaShaped(words[k].bytes, buf)
            else { continue }
            var head = k  // the adjective's first token (الكوري الشمالي)
            while head > 0 && words[head - 1].original.upperBound > o.start { head -= 1 }
            guard definite(words[head].bytes) else { continue }
            // الحكم، الحكمة (also «rule», «wisdom», so no role noun) before
            // the nationality are the referee: a name after it is read
            // strictly (الحكم الإماراتي عمر آل علي، الحكمة المغربية بشرى كربوبي).
            var referee = false
            // Not an adjective that qualifies the definite noun before it
            // (القوات الأمريكية; a role noun is read as the person: اللاعب
            // الكونغولي), a name before it (زيدان الفرنسي), or that goes on a
            // pair of adjectives (الأوروبية أو الأميركية، اللبنانية - السورية).
            if head > 0 {
                let prev = words[head - 1]
                let g = gap(head - 1, head)
                if Self.hasDash(g) { continue }
                // (A name in quotes before it is what it qualifies: ونشرت
                // "الأهرام" المصرية مقالا.)
                if g.count >= 2 && g[g.count - 1] == 0x20 && Self.endsWithQuote(UnsafeBufferPointer(rebasing: g[0..<(g.count - 1)]), closing: true) {
                    continue
                }
                if g.count == 1 && g[0] == 0x20 && prev.rawShaped {
                    let isRole = prev.raw & Bit.role != 0, isFunction = Self.listed(prev.bytes, buf, List.functionWord)
                    referee = prev.bytes.count >= 10 && prev.bytes.count <= 14
                        && Self.refereeForms.lookup(UnsafeBufferPointer(rebasing: buf[prev.bytes])) != 0
                    if definite(prev.bytes) && !isRole && !isFunction && !referee { continue }
                    // (With و the nisba opens the next person of a list
                    // after the name: ميلان كونديرا والأميركية جويس كارول أوتس.)
                    let waw = buf[words[head].bytes.lowerBound] == 0xD9 && buf[words[head].bytes.lowerBound + 1] == 0x88
                        && words[head].bytes.count > 8 && buf[words[head].bytes.lowerBound + 2] == 0xD8
                        && buf[words[head].bytes.lowerBound + 3] == 0xA7 && buf[words[head].bytes.lowerBound + 4] == 0xD9
                        && buf[words[head].bytes.lowerBound + 5] == 0x84
                    if prev.raw & Bit.known != 0 && prev.raw & Bit.common == 0 && !waw { continue }
                    if Self.listed(prev.bytes, buf, List.orWord) { continue }
                }
            }
            var n = referee ? (k + 1 < count && !taken[k + 1] && spaceBetween(k, k + 1) ? strictNameAt(k + 1) : 0) : nameAfter(k)
            // A nisba that qualifies the company, club or place before it
            // (أعلنت شركة بتروناس الماليزية اكتشافا، وقع نادي برشلونة
            // الإسباني عقدا) is no noun for a person: the word after it is
            // the sentence going on, unless it is plainly a name (two name
            // words or a listed given name: لاعب برشلونة الإسباني روبرت
            // ليفاندوفسكي).
            if n > 0, head > 0, spaceBetween(head - 1, head), bodyOrPlaceEnd.contains(words[head - 1].original.upperBound),
                strictNameAt(k + 1) == 0
            {
                n = 0
            }
            if n > 0 {
                names.append((k + 1, k + 1 + n, .afterNationality))
                for j in (k + 1)...(k + n) { taken[j] = true }
            }
        }
        // 2d. After a verb of saying, two or more name-like words are its
        // subject (وقال ريناتو سوليدام رئيس المعهد، وشدد هورست كوبل على).
        // One word is not enough: as often a noun (وقال مسؤولون، وأعلن
        // دخوله); nor a first word with a plural ending (محللون ماليون).
        // Where the first word is not listed, the next one must not have the
        // article (وقال معهد البراكين), and the name ends before a word not
        // listed with the ending of an ordinary word (صحف لبنانية).
        for h in 0..<max(0, count - 2) where words[h].raw & Bit.speech != 0 && !taken[h + 1] && spaceBetween(h, h + 1) {
            // (Not a verbal noun: one right after a preposition or an opening
            // quote — إلى "رد حازم"، في رد سريع — is no verb with a subject.)
            if h > 0, speechWordIsNoun(h) { continue }
            let first = words[h + 1]
            guard first.stemScalars >= 3 else { continue }  // قالت لي
            // (Nor a word read as ك «like» + a name: a subject takes no
            // preposition, and the ك is the word's own letter, زار كوريا
            // gave «وريا».)
            if first.strip == 1, TextScan.scalar(at: first.bytes.lowerBound, in: buf).0 == 0x0643 { continue }
            let listed = first.stemFlags & Bit.known != 0
            if !listed && (Self.pluralEnding(first.stem, buf) || startsWithArticle(words[h + 2].bytes)) { continue }
            // (Nor a first word not listed before a nationality adjective
            // without the article that is no listed name: a noun and its
            // adjective, وتوفي فتى فلسطيني; قال كيشور كيني is a name.)
            if !listed && spaceBetween(h + 1, h + 2) && !startsWithArticle(words[h + 2].bytes) && words[h + 2].raw & Bit.known == 0
                && nisbaEnd[words[h + 2].original.lowerBound] == words[h + 2].original.upperBound
            {
                continue
            }
            var n = collect(from: h + 1, anchored: true, strictFirst: true)
            // (Not right after a particle, whose word it is: محمد أبو تريكة.)
            for k in 1..<max(1, n) where words[h + 1 + k].raw & Bit.known == 0 && Self.ordinaryEnding(words[h + 1 + k].bytes, buf)
                && words[h + k].raw & Bit.particle == 0
            {
                n = k
                break
            }
            // One word is enough when it is a given name and nothing else
            // (وأكد محمود، وقال ماريو): not an ordinary word, not علي.
            // (Not before الشيخ inside the name, read whole by step 3: وزار
            // محمد الشيخ حمد مقر الوزارة.)
            let givenAlone = n == 1 && first.stemFlags & Bit.given != 0 && first.stemScalars >= 3
                && first.stemFlags & (Bit.ambiguous | Bit.common | Bit.spelledByYaa | Bit.abdOrAbu | Bit.particle) == 0
                && !sheikhInsideName(h + 2)
            // Also one word not listed right before a title in apposition
            // (وقال لافروف وزير الخارجية الروسي).
            let beforeTitle = n == 1 && first.strip == 0 && first.raw & Bit.common == 0 && first.stemScalars >= 4
                && !startsWithArticle(first.bytes) && familyNameBeforeTitle(h + 1)
            if n >= 2 || givenAlone || beforeTitle {
                names.append((h + 1, h + 1 + n, .afterSpeechVerb))
                for k in (h + 1)..<(h + 1 + n) { taken[k] = true }
            }
        }
        // 2d'. A given name alone right after a past verb of the form أفعل
        // (with و or ف or without): the verb's subject (أهدر صلاح ركلة جزاء،
        // وأحرز محمود هدفا). The word before is a verb when it is ا and three
        // letters, not a listed name (أحمد، أكرم), not ي or و second (أيام،
        // أوقات), not ة last (أسرة) and no function word (أمام). The given
        // name is no ordinary word and not علي (على).
        for h in 0..<max(0, count - 1) where !taken[h + 1] && words[h + 1].strip == 0 {
            let r = words[h].bytes
            guard r.count == 8 || r.count == 10 else { continue }
            var a = r.lowerBound
            if r.count == 10 {
                guard buf[a] == 0xD9 && (buf[a + 1] == 0x88 || buf[a + 1] == 0x81) else { continue }  // و، ف
                a += 2
            }
            guard buf[a] == 0xD8 && buf[a + 1] == 0xA7,  // ا
                !(buf[a + 2] == 0xD9 && (buf[a + 3] == 0x8A || buf[a + 3] == 0x88)),  // ي، و second
                !(buf[r.upperBound - 2] == 0xD8 && buf[r.upperBound - 1] == 0xA9),  // ة last
                spaceBetween(h, h + 1), words[h].stemFlags & Bit.known == 0,
                words[h].raw & (Bit.known | Bit.speech | Bit.particle | Bit.honorific | Bit.role | Bit.roleHead) == 0,
                !Self.listed(words[h].bytes, buf, List.functionWord | List.particleAfterName), !startsEntity(h + 1)
            else { continue }
            let first = words[h + 1]
            guard first.rawShaped, first.stemScalars >= 3, first.stemFlags & Bit.given != 0,
                first.stemFlags & (Bit.ambiguous | Bit.common | Bit.spelledByYaa | Bit.abdOrAbu | Bit.particle | Bit.role
                    | Bit.roleHead | Bit.honorific) == 0
            else { continue }
            let n = collect(from: h + 1, anchored: true, strictFirst: true)
            if n >= 1 {
                names.append((h + 1, h + 1 + n, .afterVerb))
                for k in (h + 1)..<(h + 1 + n) { taken[k] = true }
            }
        }
        // 2e. A byline at the start of a line: كتب، كتبت or بقلم, a colon or
        // a dash (بقلم also a space), then the writer's name of two words or
        // more (كتب - محمد علي، بقلم: ثائر بوعياش). Not a role (كتب - المحرر
        // الاقتصادي), nor كتب in a sentence (كتب الطالب رسالة).
        for h in 0..<max(0, count - 2) {
            // (Cheap tests first, this runs on every word: six or eight
            // bytes starting with ك (D9 83) or ب (D8 A8).)
            let r = words[h].bytes
            guard r.count == 6 || r.count == 8, (buf[r.lowerBound] == 0xD9 && buf[r.lowerBound + 1] == 0x83)
                || (buf[r.lowerBound] == 0xD8 && buf[r.lowerBound + 1] == 0xA8), words[h].strip == 0, !taken[h + 1]
            else { continue }
            let pen = Self.isExactly(words[h].bytes, "بقلم", buf)
            guard pen || Self.isExactly(words[h].bytes, "كتب", buf) || Self.isExactly(words[h].bytes, "كتبت", buf) else { continue }
            if h > 0 && !gap(h - 1, h).contains(0x0A) { continue }
            let g = gap(h, h + 1)
            guard g.count <= 8, g.contains(0x3A) || Self.hasDash(g) || (pen && g.count == 1 && g[0] == 0x20), !g.contains(0x0A) else { continue }
            let first = words[h + 1]
            guard first.stemScalars >= 3, first.raw & (Bit.role | Bit.honorific) == 0, !startsWithArticle(first.bytes),
                first.raw & Bit.common == 0 || first.raw & (Bit.given | Bit.ambiguous) != 0
            else { continue }
            var n = collect(from: h + 1, anchored: true, strictFirst: true)
            for k in 1..<max(1, n) where words[h + 1 + k].raw & Bit.known == 0 && Self.ordinaryEnding(words[h + 1 + k].bytes, buf) {
                n = k
                break
            }
            // (Not when it ends on عبد or أبو without its second word: a
            // headline may follow on the same line, كتب : محمود صبري أبو
            // تريكة أمل الأهلي; the other steps read it.)
            if n >= 2 && words[h + n].raw & Bit.abdOrAbu == 0 {
                names.append((h + 1, h + 1 + n, .afterSpeechVerb))
                for k in (h + 1)..<(h + 1 + n) { taken[k] = true }
            }
        }
        // 3. A known given name followed by name-like words.
        var i = 0
        while i < count {
            // A listed given name that another extractor read as a country's
            // adjective (تركي «Turkish»), right before بن/ابن and a name: the
            // first name of a full name (والتقى تركي بن محمد بن فهد الوفد).
            // (So is a given name that is an ordinary word too right before
            // بنت and a name, even after a preposition: عن منى بنت راشد —
            // بنت begins no name. Not before بن: في صالح بن علي is «in Ben
            // Ali's favour».)
            if !taken[i], words[i].strip == 0, words[i].stemFlags & (Bit.given | Bit.ambiguous) != 0,
                entityStart.contains(words[i].original.lowerBound)
                    || words[i].stemFlags & Bit.ambiguous != 0 && i + 1 < count && Self.isExactly(words[i + 1].bytes, "بنت", buf),
                beforeNasab(i)
            {
                let n = collect(from: i, anchored: true)
                if n >= 3 {
                    names.append((i, i + n, .givenName))
                    for k in i..<(i + n) { taken[k] = true }
                    i += n; continue
                }
            }
            if taken[i] || entityStart.contains(words[i].original.lowerBound) || words[i].raw & Bit.honorific != 0 {
                i += 1; continue
            }
            let f = words[i].stemFlags
            // A given name that is also an ordinary word before a full name
            // that starts with a given name is the word (فوز عبد المجيد تبون،
            // بيت عبد الكريم الخطابي): a name of two units or more follows.
            // (Not before a given name and its father's or a compound: نبيل
            // عبد المنعم، حسن نصر الله; nor علي, the preposition's spelling.)
            // (Not after a word that introduces the people present, بحضور،
            // برئاسة: there the full name heads a list, بحضور سعيد ماجد المومني.)
            // (Read only at an ambiguous given name, the one word it changes:
            // computed at every word it cost more than the rest of step 3.)
            // (So too between عن and قوله, where only a person is quoted:
            // نقلت الصحيفة عن يحيى الجوهري قوله.)
            let afterPresence = f & Bit.ambiguous != 0 && (afterPresenceWord(i) || quotedAfterAn(i))
            if f & Bit.ambiguous != 0, f & (Bit.given | Bit.abdOrAbu | Bit.particle | Bit.spelledByYaa) == 0, !afterPresence,
                i + 1 < count, spaceBetween(i, i + 1), !startsEntity(i + 1),
                words[i + 1].raw & Bit.given != 0, words[i + 1].raw & Bit.ambiguous == 0,
                nameUnits(i + 1, i + 1 + collect(from: i + 1, anchored: false)) >= 2
            {
                i += 1; continue
            }
            let compoundHead = f & Bit.abdOrAbu != 0 && i + 1 < count && spaceBetween(i, i + 1)
            // A given name that is an ordinary word but listed as a family
            // name too (صالح، فارس، سلامة، مبارك) right before أبو and its
            // word: the first name of a full name, not the word (سجل صالح
            // أبو الشامات). Not after a preposition or غير (في صالح أبو
            // مازن «in Abu Mazen's favour», غير صالح).
            let nameBeforeAbu = f & Bit.common != 0 && f & Bit.ambiguous != 0 && f & Bit.family != 0 && ambiguousBeforeAbd(i)
                && !Self.isExactly(words[i + 1].bytes, "عبد", buf)
                && (i == 0 || !spaceBetween(i - 1, i)
                    || !Self.wordsBeforeOrdinaryReading.contains(where: { Self.isExactly(words[i - 1].bytes, $0, buf) }))
            // (After بحضور، برئاسة a given name that is an ordinary word too
            // heads the name: بحضور صباح البنا، بحضور منى الخطيب.)
            if compoundHead || f & (Bit.given | Bit.ambiguous) != 0,
                f & Bit.common == 0 || f & Bit.given != 0 || nameBeforeAbu || afterPresence,
                !afterFacilityHead(i)
            {
                var n = collect(from: i, anchored: afterPresence, firstStrip: words[i].strip)
                // A given name and nothing else, then a word right before a
                // title in apposition: that word is the family name, even an
                // ordinary word (جون ميجور رئيس وزراء بريطانيا).
                if n == 1, f & Bit.given != 0, f & (Bit.ambiguous | Bit.common | Bit.abdOrAbu | Bit.spelledByYaa) == 0,
                    i + 1 < count, spaceBetween(i, i + 1), !taken[i + 1], familyNameBeforeTitle(i + 1)
                {
                    n = 2
                }
                if n >= 2 {
                    names.append((i, i + n, .givenName))
                    for k in i..<(i + n) { taken[k] = true }
                    i += n
                    continue
                }
            }
            i += 1
        }
        // 4. Other mentions of a found name's tail (its family name, or last words).
        let isTail: UInt16 = 1, headOfTwoWordTail: UInt16 = 2
        /// The head of a two-word tail of a name listed whole (كي of بان كي
        /// مون): it may be an ordinary word, the pair is still the name.
        let commonHeadAllowed: UInt16 = 4
        /// The last word of a found name that is also an ordinary word
        /// (فارس of أمين فارس, «knight»): a mention alone only right after a
        /// verb of saying, as the subject of what is said (وتوقع فارس أن).
        let commonLastWord: UInt16 = 8
        var tails = WordTable()
        func addTail(_ bytes: [UInt8]) {
            tails.insert(bytes, isTail)
            let spaces = bytes.indices.filter { bytes[$0] == 0x20 }
            if spaces.count == 1 { tails.insert(bytes[..<spaces[0]], headOfTwoWordTail) }
        }
        for (a, b, _) in names where b - a >= 2 {
            for k in (a + 1)..<b {
                let w = words[k]
                // (Listed as a name or not: وديع سعادة … وأكد النقاد أن سعادة;
                // رودريغو باز … وقال باز إن.)
                if k + 1 == b, w.strip == 0, w.stemFlags & Bit.common != 0,
                    w.stemFlags & (Bit.particle | Bit.abdOrAbu | Bit.spelledByYaa) == 0, w.stemScalars >= 3,
                    !compoundTail(k), !startsWithArticle(w.bytes) || w.stemScalars >= 5
                {
                    tails.insert(buf[w.stem], commonLastWord)
                }
                // آل before the last word is the family's name with it (منصور
                // بن إبراهيم آل محمود … وقال آل محمود): the pair is a repeat.
                if k + 2 == b, w.strip == 0, Self.isExactly(w.stem, "ال", buf) {
                    addTail(Array(buf[w.stem]) + [0x20] + Array(buf[words[k + 1].stem]))
                    continue
                }
                guard !Self.isExactly(w.stem, "عبد", buf), w.stemFlags & Bit.common == 0, w.stemScalars >= 3 else { continue }
                // علي alone is too often على to be a repeat of the name; a
                // nationality adjective that ends it, too often the adjective
                // (السوداني of محمد شياع السوداني).
                let nisba = nisbaEnd[w.original.lowerBound] != nil && startsWithArticle(w.bytes)
                // (Such a nisba is a repeat only as a subject alone, right
                // after a verb of saying and before إن: وقال السويدي إن.)
                if k + 1 == b && nisba && w.strip == 0 { tails.insert(buf[w.stem], commonLastWord) }
                if k + 1 == b && (w.stemFlags & Bit.spelledByYaa != 0 || nisba) { continue }
                var tail: [UInt8] = []
                for j in k..<b {
                    if j > k { tail.append(0x20) }
                    tail.append(contentsOf: buf[words[j].stem])
                }
                addTail(tail)
            }
            // A middle word of a name of three words or more alone is a
            // mention too, the first part of a double family name (حساني of
            // عبد العالي حساني شريف, بلحاج of منير بلحاج عمر): a word with no
            // reading but a family name's — not a given name (the father's,
            // the second of a double first name: نجيب of أحمد نجيب الشابي),
            // not after عبد/أبو or a particle (بن سلمان), not before الله,
            // الدين or a family suffix (نصر الله، داود أوغلو), not an East
            // Asian syllable, nor a word with the article. Only where the
            // name's last word has no article either (a nisba read into the
            // name, ألفريد نوبل السويدي, leaves the middle word no double
            // family name).
            if b - a >= 3, !startsWithArticle(words[b - 1].bytes) {
                for k in (a + 1)..<(b - 1) {
                    let w = words[k], p = words[k - 1]
                    guard w.strip == 0, w.rawShaped, w.stemScalars >= 4, !startsWithArticle(w.bytes),
                        w.stemFlags & (Bit.common | Bit.ambiguous | Bit.given | Bit.particle | Bit.abdOrAbu | Bit.spelledByYaa
                            | Bit.role | Bit.roleHead | Bit.honorific | Bit.speech | Bit.familySuffix) == 0,
                        p.stemFlags & (Bit.abdOrAbu | Bit.particle) == 0, !isAbd(k - 1, first: k - 1 == a),
                        !compoundTail(k + 1), words[k + 1].raw & Bit.familySuffix == 0,
                        !Self.listed(w.bytes, buf, List.eastAsianSyllable | List.functionWord)
                    else { continue }
                    tails.insert(buf[w.stem], isTail)
                }
            }
            // The first name alone is a mention too (نزار قباني … بدأ نزار يكتب),
            // when it is a given name and nothing else: not an ordinary word,
            // not one that is also a family name, not علي (على).
            let first = words[a]
            if first.stemFlags & Bit.given != 0, first.stemScalars >= 3,
                first.stemFlags & (Bit.common | Bit.ambiguous | Bit.family | Bit.abdOrAbu | Bit.particle | Bit.spelledByYaa) == 0
            {
                tails.insert(buf[first.stem], isTail)
            }
        }
        let normalizer = Normalizer.shared(options)
        for p in previous.indices where Label.same(previous[p].label, Label.person) {
            // (Not a PERSON that starts inside an ORG and runs past it: the
            // merger drops it, and its words are no name to find again —
            // «وبي إم سي عقدا لتوريد», the letters of a listed company read
            // as a South Asian name's initials.)
            let ps = previous[p].start, pe = previous[p].end
            if previous.contains(where: { Label.same($0.label, Label.org) && $0.start < ps && ps < $0.end && $0.end < pe }) {
                continue
            }
            let whole = Array(normalizer.normalizeString(previous[p].text).utf8)
            addTail(whole)
            // A name of three words or more listed whole (rules/persons.yaml:
            // بان كي مون، يون سوك يول) is mentioned again by its last two
            // words (كي مون) or its last word (يول), as the names read word
            // by word are: not a last word that is an ordinary word, a
            // particle or shorter than three letters.
            let parts = whole.split(separator: 0x20, omittingEmptySubsequences: true).map(Array.init)
            guard parts.count >= 3 else { continue }
            let pair = parts[parts.count - 2] + [0x20] + parts[parts.count - 1]
            tails.insert(pair, isTail)
            let head = parts[parts.count - 2]
            let hf = table.lookup(head)
            if hf & Bit.spelledByYaa == 0 && !head.elementsEqual(Self.aliBytes) {
                tails.insert(head, headOfTwoWordTail | (hf & Bit.common != 0 ? commonHeadAllowed : 0))
            }
            let last = parts[parts.count - 1]
            let lf = table.lookup(last)
            if lf & (Bit.common | Bit.particle) == 0 && String(decoding: last, as: UTF8.self).unicodeScalars.count >= 3 {
                tails.insert(last, isTail)
            }
        }
        func twoWordTail(_ i: Int) -> Bool {
            var key = Array(buf[words[i].stem])
            key.append(0x20)
            key.append(contentsOf: buf[words[i + 1].stem])
            return tails.lookup(key) & isTail != 0
        }
        /// Right before a family name or a repeat at `i`, the particle دي or
        /// دو is part of it (دي ميستورا، دو فيلبان); not فان (also فإن).
        func particleBefore(_ i: Int) -> Bool {
            guard i > 0, !taken[i - 1], spaceBetween(i - 1, i), words[i].strip == 0, !startsEntity(i - 1) else { return false }
            let r = words[i - 1].bytes
            return Self.isExactly(r, "دي", buf) || Self.isExactly(r, "دو", buf)
        }

        /// Right before a family name or a repeat at `i`, a given name that
        /// is also an ordinary word (صباح، صالح، منى) is its first name: the
        /// given-name step leaves such a word alone before an unlisted word.
        /// Not with a proclitic (لصالح عباس), not على, باسم or ولد, nor after
        /// a particle that a verb follows (كما طالب أنان، قد شهد).
        func firstNameBefore(_ i: Int) -> Bool {
            guard i > 0, !taken[i - 1], spaceBetween(i - 1, i), !startsEntity(i - 1), words[i].strip == 0 else { return false }
            if i > 1 && spaceBetween(i - 2, i - 1) {
                // (Also with و or ف: وقد، فقد.)
                let r = words[i - 2].bytes
                // (A preposition takes a noun, never a verb: there the word is
                // the first name, عرضية من أشرف حكيمي، مع صالح عباس.)
                if Self.listed(r, buf, List.particleAfterName) && !Self.nounPrepositions.contains(Array(buf[r])) { return false }
                if r.count >= 4 && buf[r.lowerBound] == 0xD9 && (buf[r.lowerBound + 1] == 0x88 || buf[r.lowerBound + 1] == 0x81)
                    && Self.listed((r.lowerBound + 2)..<r.upperBound, buf, List.particleAfterName)
                {
                    return false
                }
            }
            let p = words[i - 1]
            return p.strip == 0 && p.rawShaped && p.stemScalars >= 3 && p.raw & Bit.ambiguous != 0 && p.raw & Bit.common != 0
                && p.raw & (Bit.spelledByYaa | Bit.particle | Bit.abdOrAbu | Bit.honorific | Bit.role | Bit.speech) == 0
                && !buf[p.bytes].elementsEqual(Self.aliBytes) && !Self.isExactly(p.bytes, "باسم", buf)
                // (Nor a particle that is a foreign given name too: لا أحد
                // غير ترامب, «but»; غير بيدرسن is read after a title.)
                && !Self.listed(p.bytes, buf, List.particleAfterName)
                // (Nor the nouns that head an idafa before a family name far
                // more often than they are given names: أعلن المجلس فوز
                // مادورو، عن حياة لوركا، في عهد يلتسين، ذكرى عرفات.)
                && !Self.isExactly(p.bytes, "فوز", buf) && !Self.isExactly(p.bytes, "حياة", buf)
                && !Self.isExactly(p.bytes, "عهد", buf) && !Self.isExactly(p.bytes, "ذكري", buf)
        }
        /// A one-word repeat that is also an ordinary word or given name
        /// (سعيد of قيس سعيد) right after a bare ordinary word is that
        /// word's adjective (يوم سعيد، عيد سعيد), not the person: not after a
        /// verb of saying, a particle or preposition, a word with the article
        /// or a name, nor after a word that starts like a verb or with و or
        /// ف (أكد، التقى، تابع، وزار: «وزار سعيد باريس» stays the person).
        func adjectiveAfterNoun(_ i: Int) -> Bool {
            let w = words[i]
            // (Also a family name alone of four letters in مـ, the shape of
            // a participle, after a masculine noun, which it then agrees
            // with: حل مشرف "an honourable solution". After a feminine noun
            // in ة it is the genitive, the person: حكومة مشرف.)
            let participle = w.stemFlags & (Bit.given | Bit.ambiguous | Bit.common) == 0 && w.stem.count == 8
                && buf[w.stem.lowerBound] == 0xD9 && buf[w.stem.lowerBound + 1] == 0x85
                && tails.lookup(UnsafeBufferPointer(rebasing: buf[w.stem])) & isTail == 0  // (not a name found in the text: نظام مشرف)
            guard i > 0, w.strip == 0, w.stemFlags & (Bit.common | Bit.ambiguous) != 0 || participle, spaceBetween(i - 1, i),
                !startsEntity(i - 1)
            else { return false }
            let p = words[i - 1]
            if participle && w.stemFlags & (Bit.common | Bit.ambiguous) == 0 {
                let u = p.bytes.upperBound
                if p.bytes.count >= 2 && buf[u - 2] == 0xD8 && buf[u - 1] == 0xA9 { return false }  // ة
            }
            guard p.strip == 0, p.raw & Bit.common != 0,
                p.raw & (Bit.speech | Bit.particle | Bit.role | Bit.honorific | Bit.given | Bit.family | Bit.ambiguous) == 0,
                !startsWithArticle(p.bytes), !Self.listed(p.bytes, buf, List.particleAfterName | List.functionWord)
            else { return false }
            let (first, _) = TextScan.scalar(at: p.bytes.lowerBound, in: buf)
            return !Self.adjectiveBlockingFirstLetters.contains(first)
        }
        /// A lone family name of the nisba form with the article (البغدادي،
        /// الحوراني، الشيرازي) right after a definite ordinary noun agrees
        /// with it as an adjective (الطبق البغدادي، المزارع الحوراني، التراث
        /// الموصلي), not the person. Not after a role, title, honorific,
        /// verb of saying or name word, nor after a span of another
        /// extractor (الرئيس السيسي stays the person).
        func nisbaAdjectiveAfterDefiniteNoun(_ i: Int) -> Bool {
            let w = words[i]
            guard i > 0, spaceBetween(i - 1, i), startsWithArticle(w.stem), Self.endsWithYaa(w.stem, buf) else { return false }
            let p = words[i - 1]
            // (A feminine noun in ة takes no masculine adjective: واعتقلت
            // الشرطة الغنوشي is the person.)
            return definite(p.bytes) && p.stemScalars >= 4 && !Self.endsWithTaMarbuta(p.bytes, buf)
                && p.raw & (Bit.speech | Bit.particle | Bit.role | Bit.roleHead | Bit.honorific | Bit.known) == 0
                && !startsEntity(i - 1) && !isCovered(i - 1)
        }
        /// A repeat at `i` of a name's last word that is a nationality
        /// adjective with the article (السوداني of محمد شياع السوداني) is
        /// the person where the adjective cannot be: after a word that is
        /// neither definite nor ends in a pronoun (نظيره السوداني), is no
        /// name word or part of another span (تحالف صمود السوداني), and not
        /// before a name (the nationality: السوداني أبو بكر).
        func nisbaSurnameNotAdjective(_ i: Int) -> Bool {
            let p = words[i - 1]
            guard p.stemScalars >= 2, !definite(p.bytes), !Self.pronounSuffix(p.bytes, buf),
                p.raw & (Bit.given | Bit.family | Bit.ambiguous | Bit.honorific | Bit.role | Bit.roleHead) == 0,
                !startsEntity(i - 1), !isCovered(i - 1), (0xD8...0xDB).contains(buf[p.bytes.lowerBound])  // (an Arabic word)
            else { return false }
            if i + 1 < count, spaceBetween(i, i + 1), words[i + 1].raw & (Bit.given | Bit.family | Bit.abdOrAbu) != 0 {
                return false
            }
            return true
        }
        /// Tokens [a, b) are exactly an ORG span (its proclitic left out):
        /// the body named after a person or family (جماعة الحوثي), not
        /// another mention of the person.
        func isOrgSpan(_ a: Int, _ b: Int) -> Bool {
            orgSpans.contains(Int64(words[a].original.lowerBound + words[a].strip) << 32 | Int64(words[b - 1].original.upperBound))
        }
        /// Token `i` right after the head of a company's name (أسهم، شركة،
        /// بنك), or with و in a list of names after one, each an ORG span
        /// or one word (أسهم سابك ومعادن والراجحي): a company's name.
        func companyNameAt(_ i: Int) -> Bool {
            var j = i
            for _ in 0..<4 {
                guard j > 0, spaceBetween(j - 1, j) else { return false }
                let h = words[j - 1].bytes
                if h.count <= 14 && Self.companyHeads.lookup(UnsafeBufferPointer(rebasing: buf[h])) != 0 { return true }
                guard words[j].bytes.count > 2, buf[words[j].bytes.lowerBound] == 0xD9, buf[words[j].bytes.lowerBound + 1] == 0x88
                else { return false }
                if let s = orgStartAt[words[j - 1].original.upperBound], let t = token(containing: s), t < j { j = t } else { j -= 1 }
            }
            return false
        }
        var mentions: [(Int, Int, Rule)] = []
        var placeSubjects = Set<Int>()  // starts of repeats that win over a LOCATION on the same word
        for i in 0..<count where !taken[i] {
            // A tribe's name after عشيرة or قبيلة is none of its members: شيع
            // أبناء عشيرة العبادي (after عبد الله العبادي). (Not a family's
            // after أسرة، عائلة or آل: ANERcorp reads أسرة برلسكوني، أسرة
            // تانغ as the person or the dynasty.)
            // (Five letters or six with a proclitic, ع or ق first: those
            // first, as this runs at every word.)
            if i > 0, words[i - 1].bytes.count == 10 || words[i - 1].bytes.count == 12,
                case let h = words[i - 1].bytes.lowerBound + words[i - 1].bytes.count - 10,
                buf[h] == 0xD8 && buf[h + 1] == 0xB9 || buf[h] == 0xD9 && buf[h + 1] == 0x82,  // ع or ق
                spaceBetween(i - 1, i), Self.clanHeads.contains(where: { buf[words[i - 1].bytes].elementsEqual($0) })
            {
                continue
            }
            var w = words[i]
            var tf = tails.lookup(UnsafeBufferPointer(rebasing: buf[w.stem]))
            // A proclitic on the first half of a family name before its
            // suffix (لإمام أوغلو, after أكرم إمام أوغلو): the rest is the
            // tail's head, though «لأمام» reads as a word and kept its ل.
            if tf & headOfTwoWordTail == 0, w.strip == 0, w.stemScalars >= 4, i + 1 < count,
                words[i + 1].raw & Bit.familySuffix != 0, spaceBetween(i, i + 1),
                TextScan.isProclitic(TextScan.scalar(at: w.bytes.lowerBound, in: buf).0)
            {
                let rest = (w.bytes.lowerBound + TextScan.scalar(at: w.bytes.lowerBound, in: buf).1)..<w.bytes.upperBound
                let rf = tails.lookup(UnsafeBufferPointer(rebasing: buf[rest]))
                if rf & headOfTwoWordTail != 0 {
                    w.split(proclitics: 1, stem: rest, flags: table.lookup(UnsafeBufferPointer(rebasing: buf[rest])))
                    words[i] = w
                    tf = rf
                }
            }
            // (A found name's last word that is an ordinary word too, right
            // after a verb of saying and before what follows a subject or
            // a comma: أمين فارس … وتوقع فارس أن، ورجح فارس في.)
            if tf & (isTail | commonLastWord) == commonLastWord {
                // (A nisba surname, read as a COUNTRY too, only as the subject
                // alone: وقال السويدي إن.)
                if w.strip == 0, i > 0, startsEntity(i), nisbaEnd[w.original.lowerBound] == w.original.upperBound,
                    spaceBetween(i - 1, i), words[i - 1].raw & Bit.speech != 0, subjectEndsAfter(i)
                {
                    mentions.append((i, i + 1, .repeated))
                    continue
                }
                // (So where it cannot be the adjective: right after a word
                // that is not definite — a verb, a preposition, a noun that
                // heads an idafa: وأعرب السوداني، حكومة السوداني، عن
                // السوداني — which a nisba with the article never describes.)
                if w.strip == 0, i > 0, startsEntity(i), nisbaEnd[w.original.lowerBound] == w.original.upperBound,
                    spaceBetween(i - 1, i), nisbaSurnameNotAdjective(i)
                {
                    mentions.append((i, i + 1, .repeated))
                    continue
                }
                // (With the article, الخطيب of أحمد الخطيب, only before what
                // follows a subject alone, إن، قد: وقال الخطيب إن; a definite
                // noun is as often what is said, أعلن الحداد في.)
                // (After قال، أضاف، تابع, which take no noun as their object,
                // before في or a mark too: وقال الراعي في عظته.)
                // (Without the article, before an ordinary word without it
                // too, the object of the verb: وتوقع فارس تزايد الأضرار،
                // واستبعد فارس ارتفاع الأسعار.)
                if w.strip == 0, i > 0, spaceBetween(i - 1, i), words[i - 1].raw & Bit.speech != 0, !startsEntity(i),
                    subjectEndsAfter(i) || nameEndsAfter(i) && (!startsWithArticle(w.bytes)
                        || Self.sayingWithoutObject.contains(where: { Self.isExactly(words[i - 1].bytes, $0, buf) }))
                        || !startsWithArticle(w.bytes) && i + 1 < count && spaceBetween(i, i + 1) && !startsEntity(i + 1)
                            && words[i + 1].strip == 0 && words[i + 1].raw & (Bit.common | Bit.known) == Bit.common
                            && !startsWithArticle(words[i + 1].bytes)
                {
                    mentions.append((i, i + 1, .repeated))
                    continue
                }
                // (So after a verb of meeting, right before a TITLE that is
                // its object: the verb's subject, وعلى هامش الاجتماع التقى
                // الخطيب نائب وزير الثقافة — not «the preacher» there.)
                if w.strip == 0, i > 0, i + 1 < count, spaceBetween(i - 1, i), spaceBetween(i, i + 1), !startsEntity(i),
                    titleStart.contains(words[i + 1].original.lowerBound), words[i - 1].strip == 0,
                    Self.meetingVerbs.contains(Array(buf[words[i - 1].bytes]))
                {
                    mentions.append((i, i + 1, .repeated))
                    continue
                }
                // (So after a clause's opener and a word of three letters
                // with no other reading, its past verb: بينما غاب النجار عن
                // الجلسة، فيما رفض الخطيب التعليق — the verb's subject.)
                if w.strip == 0, i > 1, spaceBetween(i - 1, i), spaceBetween(i - 2, i - 1), !startsEntity(i), !startsEntity(i - 1),
                    words[i - 1].strip == 0, words[i - 1].stemScalars == 3, words[i - 1].rawShaped,
                    words[i - 1].raw & (Bit.known | Bit.role | Bit.roleHead | Bit.honorific | Bit.particle | Bit.speech) == 0,
                    !startsWithArticle(words[i - 1].bytes),
                    !Self.listed(words[i - 1].bytes, buf, List.particleAfterName | List.functionWord),
                    Self.clauseOpeners.contains(where: { Self.isExactly(words[i - 2].bytes, $0, buf) })
                {
                    mentions.append((i, i + 1, .repeated))
                    continue
                }
            }
            let known = tf & isTail != 0
                || (w.stemFlags & (Bit.family | Bit.shortFamily) != 0 && w.stemFlags & (Bit.common | Bit.ambiguous) == 0
                    && (w.stemScalars >= 4 || w.stemFlags & Bit.shortFamily != 0))
            guard known, !entityStart.contains(w.original.lowerBound) || tf & isTail != 0 else {
                // Two-word tails (أنيس متى); not from a common word that
                // normalizes like a name's (على لاريجاني, after علي لاريجاني),
                // unless a family suffix follows (إمام أوغلو).
                if i + 1 < count, !taken[i + 1], tf & headOfTwoWordTail != 0,
                    w.stemFlags & Bit.common == 0 || tf & commonHeadAllowed != 0 || words[i + 1].raw & Bit.familySuffix != 0,
                    twoWordTail(i),
                    spaceBetween(i, i + 1), !isOrgSpan(i, i + 2)
                {
                    mentions.append((i, i + 2, .repeated))
                }
                continue
            }
            let a = firstNameBefore(i) ? i - 1 : (particleBefore(i) ? i - 1 : i)
            if a == i && adjectiveAfterNoun(i) { continue }
            // (الحداد العام: the noun and its adjective, not a lone family name.)
            if a == i && w.strip == 0 && i + 1 < count && startsWithArticle(w.bytes) && spaceBetween(i, i + 1)
                && (Self.listed(words[i + 1].bytes, buf, List.nounAdjective) || Self.mourningBefore(w.bytes, words[i + 1].bytes, buf))
            {
                continue
            }
            if a == i && tf & isTail == 0 && nisbaAdjectiveAfterDefiniteNoun(i) { continue }
            // (So is a lone definite family name before a nationality
            // adjective with the article: the noun it describes, مع الصانع
            // الأوروبي «the European maker».)
            if a == i && tf & isTail == 0 && w.strip == 0 && startsWithArticle(w.bytes) && i + 1 < count && spaceBetween(i, i + 1)
                && startsWithArticle(words[i + 1].bytes) && words[i + 1].strip == 0 && words[i + 1].raw & Bit.known == 0
                && words[i + 1].stemScalars >= 5 && !Self.listed(words[i + 1].bytes, buf, List.functionWord | List.particleAfterName)  // (not إلى)
                && (nisbaEnd[words[i + 1].original.lowerBound] == words[i + 1].original.upperBound
                    || Self.nisbaShaped(words[i + 1].bytes, buf) && words[i + 1].raw & Bit.common != 0)
            {
                continue
            }
            // (A dynasty right after الخليفة or السلطان describes the holder:
            // السلطان العثماني سليمان القانوني.)
            if a == i && tf & isTail == 0 && w.strip == 0 && i > 0 && spaceBetween(i - 1, i)
                && Self.rulerTitle(words[i - 1].bytes, buf)
                && Self.listedDynasties.contains(where: { Self.isExactly(w.bytes, $0, buf) })
            {
                continue
            }
            // A lone family name right after في is a place named like a
            // family (في كرمان، في عثمان آباد), not a person: «in X» seldom
            // names one. A repeat of a name read in full stays (في بايدن).
            if a == i && tf & isTail == 0 && w.strip == 0 && i > 0 && spaceBetween(i - 1, i)
                && Self.isExactly(words[i - 1].bytes, "في", buf)
            {
                continue
            }
            // A family name alone that names no one found in the text,
            // after the head of a company's name or in a list after one, is
            // the family's company (أسهم سابك والراجحي، شركة العليان).
            if a == i && tf & isTail == 0 && companyNameAt(i) { continue }
            // (Also the last word of a name after the head: مطار حيدر علييف.)
            if afterFacilityHead(a) || (a > 0 && words[a - 1].stemFlags & Bit.known != 0 && afterFacilityHead(a - 1)) { continue }
            if i + 1 < count, tf & headOfTwoWordTail != 0, twoWordTail(i) {
                if !isOrgSpan(a, i + 2) { mentions.append((a, i + 2, .repeated)) }
            } else if !isOrgSpan(a, i + 1) {
                mentions.append((a, i + 1, tf & isTail != 0 ? .repeated : .familyName))
                // A found name's last word that is also a place (واشنطن of
                // دنزل واشنطن), alone as the subject right after a verb of
                // saying or أن، إن (مضيفا أن واشنطن سيقدم، وقالت واشنطن إن):
                // the person, over the place; after a noun or preposition
                // (سياسة واشنطن، في واشنطن) the place stays.
                if a == i, tf & isTail != 0, w.strip == 0, i > 0, spaceBetween(i - 1, i),
                    placeEnd[w.original.lowerBound] == w.original.upperBound,
                    words[i - 1].raw & Bit.speech != 0 || Self.innaBytes.contains(where: { buf[words[i - 1].bytes].elementsEqual($0) })
                {
                    placeSubjects.insert(w.original.lowerBound)
                }
            }
        }
        // Family names side by side are one person's name (السعيد شنقريحة،
        // هيرمان أينشتاين), not two; a repeat of a name found is a person
        // of its own (عباس وأنان محمود عباس), and one with و the next of a
        // list (بوش وبلير).
        var joined: [(Int, Int, Rule)] = []
        for m in mentions {
            if let last = joined.last, last.2 == .familyName, m.2 == .familyName, last.1 == m.0, spaceBetween(m.0 - 1, m.0),
                words[m.0].strip == 0
            {
                joined[joined.count - 1].1 = m.1
            } else {
                joined.append(m)
            }
        }
        mentions = joined
        // 5. A list of names: after a name found above, a name-like word with
        // و is the next person (شافيز ولوكاشنكو، فيدرر وهينان), without the و.
        var found = names + mentions
        var inName = [Bool](repeating: false, count: count)
        for (a, b, _) in found { for k in a..<b { inName[k] = true } }
        for (_, b, _) in found.sorted(by: { $0.0 < $1.0 }) {
            var j = b
            while j < count, !inName[j], !startsEntity(j) {
                let w = words[j]
                // (After a comma, «، وإليسا»: only a listed name, for a list
                // of names written with commas, عمرو دياب، ونانسي عجرم، وإليسا.)
                let afterComma = !spaceBetween(j - 1, j)
                guard !afterComma || Self.isCommaGap(gap(j - 1, j)) else { break }
                // (Three letters: و on the head of a given compound before
                // الدين or الله, وعز الدين أوناحي.)
                let wawCompoundHead = w.stemScalars == 3 && w.strip == 0 && j + 1 < count && spaceBetween(j, j + 1)
                    && (Self.isExactly(words[j + 1].bytes, "الدين", buf) || Self.isExactly(words[j + 1].bytes, "الله", buf))
                    && table.lookup(UnsafeBufferPointer(rebasing: buf[(w.bytes.lowerBound + 2)..<words[j + 1].bytes.upperBound])) & Bit.given != 0
                guard w.rawShaped, w.stemScalars >= 4 || wawCompoundHead, buf[w.bytes.lowerBound] == 0xD9, buf[w.bytes.lowerBound + 1] == 0x88,
                    w.raw & Bit.known == 0
                else { break }
                let rest = (w.bytes.lowerBound + 2)..<w.bytes.upperBound
                let rf = table.lookup(UnsafeBufferPointer(rebasing: buf[rest]))
                if afterComma && (rf & Bit.known == 0 || rf & (Bit.common | Bit.speech) != 0) { break }
                // A given name that is also an ordinary word (ومنى زكي،
                // وفارس عوض; its و form is listed among the common words)
                // goes on the list only before a family name: `collect` asks
                // `ambiguousBeforeFamilyName`. Not علي (وعلى).
                let ambiguousGiven = rf & Bit.ambiguous != 0 && rf & (Bit.spelledByYaa | Bit.particle | Bit.abdOrAbu) == 0
                if w.raw & Bit.common != 0 && !ambiguousGiven { break }
                if rf & Bit.common != 0 && rf & (Bit.given | Bit.family) == 0 && !ambiguousGiven { break }
                if rf & Bit.known == 0 && startsWithArticle(rest) { break }
                // (Nor an adjective of an ordinary noun: وكلام الحكيم واقعي.)
                if rf & Bit.known == 0 && (nisbaOfOrdinaryNoun(w.bytes) || nisbaOfOrdinaryNoun(rest)) { break }
                // (Nor an inflected common word with its و: وفدا، ولاعبين;
                // nor an office in the indefinite accusative, وكيلا، وزيرا:
                // عين منصور عبدالكريم الشمري وكيلا.)
                if rf & Bit.known == 0 && inflectedCommon(w.bytes, buf) { break }
                if rf & Bit.known == 0 && Self.officePredicates.contains(Array(buf[w.bytes])) { break }
                // A word in ا before a nisba in يا (or a word with و in ا) is
                // an accusative noun and its adjective, tanween not written
                // (التقى عباس وفدا أوروبيا، وصديقا ومقرضا); not before another
                // name in ا (وغانلوكا زامبروتا).
                if rf & Bit.known == 0 && Self.endsWithAlef(rest, buf) && j + 1 < count && spaceBetween(j, j + 1) {
                    let r = words[j + 1].bytes
                    let yaAlef = r.count >= 4 && buf[r.upperBound - 4] == 0xD9 && buf[r.upperBound - 3] == 0x8A
                    let wa = buf[r.lowerBound] == 0xD9 && buf[r.lowerBound + 1] == 0x88
                    if Self.endsWithAlef(r, buf) && (yaAlef || wa) { break }
                }
                if w.strip == 0 {
                    words[j].split(proclitics: 1, stem: rest, flags: rf)
                }
                var n = collect(from: j, anchored: true, firstStrip: 1, strictFirst: true)
                // A word not in the lexicons right before a name found on its
                // own is no first name of it: an ordinary word (قصائد لوركا
                // ومسرح لوركا); the name is read alone.
                if n >= 2 && rf & Bit.known == 0 && inName[j + 1] { n = 1 }
                // One word not in the lexicons (ولوكاشنكو): only where the
                // list goes on or ends there (punctuation, another و), or
                // where the subject ends (إن، قد, a verb of saying: قال جون
                // سميث وكوفمان إن) on a word with no plural or pronoun ending.
                if n == 1 && rf & Bit.known == 0 && j + 1 < count && spaceBetween(j, j + 1)
                    && !(buf[words[j + 1].bytes.lowerBound] == 0xD9 && buf[words[j + 1].bytes.lowerBound + 1] == 0x88)
                    && !(subjectEndsAfter(j) && (w.raw | rf) & (Bit.speech | Bit.common | Bit.role | Bit.roleHead) == 0
                        && !Self.pluralOrPronounEnding(w.bytes, buf) && !Self.endsWithTaMarbuta(w.bytes, buf))
                {
                    n = 0
                }
                // (An ordinary word read as a given name: only with the family name.)
                if n == 1 && (w.raw | rf) & Bit.common != 0 && rf & (Bit.given | Bit.family) == 0 { n = 0 }
                // (And a word that is an ordinary word with its و, وجود
                // «existence», over a given name that is a word too: only
                // before a word of the name lists. نفى سيدارامايا وجود خلاف is no
                // «جود خلاف».)
                if n >= 2 && w.raw & Bit.common != 0 && rf & Bit.given == 0 && words[j + 1].raw & Bit.known == 0 { n = 0 }
                guard n > 0 else {
                    words[j] = w
                    break
                }
                found.append((j, j + n, .coordinated))
                for k in j..<(j + n) { inName[k] = true }
                j += n
            }
        }
        // 5b. The list read backwards: a given name alone right before
        // و + a name found is the list's previous person (كل من يسرا
        // وإلهام شاهين، محمد ومصطفى عبد الله). Only a given name and nothing
        // else: not an ordinary word, a family name, علي, عبد or a particle.
        let listStarts = found.map(\.0)
        for a in listStarts {
            var k = a
            while k > 0, words[k].strip > 0, buf[words[k].bytes.lowerBound] == 0xD9, buf[words[k].bytes.lowerBound + 1] == 0x88 {
                let p = k - 1
                let g = gap(p, k)
                guard !inName[p], spaceBetween(p, k) || Self.isCommaGap(g), !startsEntity(p) else { break }
                let w = words[p]
                guard w.stemShaped, w.stemScalars >= 3, w.stemFlags & Bit.given != 0,
                    w.stemFlags & (Bit.ambiguous | Bit.common | Bit.family | Bit.abdOrAbu | Bit.particle | Bit.spelledByYaa
                        | Bit.role | Bit.roleHead | Bit.honorific | Bit.speech) == 0,
                    !afterFacilityHead(p)
                else { break }
                found.append((p, p + 1, .coordinated))
                inName[p] = true
                k = p
            }
        }
        // 5c. A nickname in quotes right after a name of two words or more
        // (محمد حمدان دقلو "حميدتي"، عبد الرحمن محمد عبد الله "عرو"): one
        // word, closed right after it, no ordinary word, role, verb or
        // particle, without the article, and no span of another extractor.
        for (first, b, _) in found where b - first >= 2 && b < count && !inName[b] {
            // (Quote marks, not brackets: a bracket after a name holds an
            // age, a party or a nationality.)
            let open = gap(b - 1, b)
            guard open.count >= 2, open[0] == 0x20, Self.endsWithQuote(open, closing: false), open.last != 0x28 else { continue }
            let after = words[b].bytes.upperBound
            let close = UnsafeBufferPointer(rebasing: buf[after..<min(buf.count, after + 3)])
            guard Self.startsWithQuote(close, closing: true), close.first != 0x29 else { continue }
            let w = words[b]
            guard w.rawShaped, w.strip == 0, w.stemScalars >= 3, !startsWithArticle(w.bytes), !startsEntity(b),
                w.raw & (Bit.common | Bit.role | Bit.roleHead | Bit.speech | Bit.honorific | Bit.particle | Bit.abdOrAbu) == 0
            else { continue }
            found.append((b, b + 1, .quotedNickname))
            inName[b] = true
        }
        // 5d. A double surname joined by a hyphen (ألكساندريا أوكاسيو-كورتيز،
        // فلاديسلاف كوسينياك-كاميش، ديفيد لويد-جورج): the tokenizer splits it,
        // so the name ended at the hyphen and its second half, when listed,
        // was read as a name of its own. A name of two words or more takes the
        // word right after a bare hyphen; one word alone does not (قمة
        // ترامب-بوتين، اتفاقية سايكس-بيكو are two people), nor a chain of
        // hyphens (a date or a route), an ordinary word, a role or a word in ال.
        var joinedHalves = Set<Int>()
        for f in found.indices {
            let (a, b, rule) = found[f]
            guard b - a >= 2, b < count else { continue }
            let g = gap(b - 1, b)
            guard g.count == 1, g[0] == 0x2D else { continue }
            if b + 1 < count { let h = gap(b, b + 1); if h.count == 1 && h[0] == 0x2D { continue } }
            let w = words[b]
            guard w.rawShaped, w.strip == 0, w.stemScalars >= 2, !startsWithArticle(w.bytes),
                w.raw & (Bit.common | Bit.role | Bit.roleHead | Bit.speech | Bit.honorific | Bit.particle) == 0
            else { continue }
            if inName[b] {
                // Only a name of that one word, read on its own.
                guard let o = found.indices.first(where: { found[$0].0 == b }), found[o].1 == b + 1 else { continue }
                joinedHalves.insert(o)
            } else if startsEntity(b) {
                continue
            }
            found[f] = (a, b + 1, rule)
            inName[b] = true
        }
        if !joinedHalves.isEmpty { found = found.indices.filter { !joinedHalves.contains($0) }.map { found[$0] } }
        // 5e. A name of three words or more read from بن takes the word
        // before it that may be a first name, an ordinary word too
        // (وكرمت الجمعية مطر بن سعد البقمي gave بن سعد البقمي): the نسب
        // needs its first name. Not before two words (خطاب بن سلمان is also
        // «Bin Salman's speech»).
        for f in found.indices {
            let (a, b, rule) = found[f]
            guard b - a >= 3, a > 0, words[a].strip == 0, Self.isExactly(words[a].bytes, "بن", buf), spaceBetween(a - 1, a),
                words[a - 1].strip == 0, !inName[a - 1], !startsEntity(a - 1), words[a - 1].rawShaped,
                words[a - 1].stemFlags & (Bit.given | Bit.ambiguous) != 0,
                words[a - 1].stemFlags & (Bit.particle | Bit.abdOrAbu | Bit.honorific | Bit.role | Bit.roleHead | Bit.speech) == 0
            else { continue }
            found[f] = (a - 1, b, rule)
            inName[a - 1] = true
        }
        // 5f. الابن or الأب right after a name of two words or more is its
        // generational suffix (جورج بوش الابن، فرديناند ماركوس الابن، جورج
        // بوش الأب): part of the name. Not after one word (واستغل أينشتاين
        // الابن الفرصة: the son), nor before a name (الأب فرانسيس: Father).
        for f in found.indices {
            let (a, b, rule) = found[f]
            guard b - a >= 2, b < count, spaceBetween(b - 1, b), words[b].strip == 0, !inName[b], !startsEntity(b),
                Self.isExactly(words[b].bytes, "الابن", buf) || Self.isExactly(words[b].bytes, "الاب", buf)
            else { continue }
            if b + 1 < count, spaceBetween(b, b + 1), words[b + 1].stemFlags & (Bit.given | Bit.family | Bit.abdOrAbu) != 0 { continue }
            found[f] = (a, b + 1, rule)
            inName[b] = true
        }
        // 5g. A first name that is also an ordinary word (عادل، سالم، رضا،
        // منى) right before a name of a listed given name and a listed
        // family name is that name's first word: «بسجن عادل فتحي شلبي» gave
        // «فتحي شلبي». Not before عبد or أبو, nor in the article (مستشفى
        // البشير، حزب الخضر), nor على, nor a noun or verb that heads what
        // follows (فوز، باسم، وعد), nor after a particle that a verb or noun
        // follows (بعد فوز، ثم عادل، قد وعد).
        for f in found.indices {
            let (a, b, rule) = found[f]
            guard b - a >= 2, a > 0, words[a].strip == 0, spaceBetween(a - 1, a), !inName[a - 1], !startsEntity(a - 1),
                words[a].stemFlags & Bit.given != 0, words[a].stemFlags & (Bit.ambiguous | Bit.common | Bit.abdOrAbu) == 0,
                words[b - 1].raw & Bit.family != 0,
                words[a - 1].strip == 0, words[a - 1].rawShaped, words[a - 1].stemFlags & Bit.ambiguous != 0,
                words[a - 1].stemFlags & (Bit.particle | Bit.abdOrAbu | Bit.honorific | Bit.role | Bit.roleHead | Bit.speech) == 0,
                !startsWithArticle(words[a - 1].bytes), !covered.contains(words[a - 1].original.lowerBound),
                !(a > 1 && startsEntity(a - 2)),  // (the end of a place's name: هونغ كونغ بول تشان)
                !Self.nounsBeforeAName.contains(where: { buf[words[a - 1].bytes].elementsEqual($0) }),
                !(a > 1 && Self.particlesBeforeAVerb.contains(where: { buf[words[a - 2].bytes].elementsEqual($0) }))
            else { continue }
            found[f] = (a - 1, b, rule)
            inName[a - 1] = true
        }
        var spans: [Span] = []
        for (a, b, rule) in found {
            // A name inside a TITLE that starts before it is the governed
            // body's (مدير مستشفى الملك فيصل التخصصي), whichever step read it.
            // (After a proclitic, where the stem starts in the original: a
            // tatweel between them stays out, لـمحمد → محمد.)
            // (For لل, ل + the article with its alef dropped, only the first
            // ل stays out, as the guidelines have it: للمنصف المرزوقي →
            // لمنصف المرزوقي. The name is read without the article. Not
            // where another label's span starts there, للكيني كومان: the
            // nationality, after which the name starts as before.)
            let w = words[a]
            let lamLam = w.strip == 2 && Self.startsWithLamLam(w.bytes, buf) && !entityStart.contains(Int(org[w.bytes.lowerBound + 2]))
            let s = lamLam ? Int(org[w.bytes.lowerBound + 2])
                : w.strip > 0 ? max(w.original.lowerBound + w.strip, Int(org[w.stem.lowerBound])) : w.original.lowerBound
            let e = words[b - 1].original.upperBound
            if titleReach.before(s) >= e { continue }
            // (So is one that starts inside such a TITLE and runs past it,
            // read from the body's last word: رئيس جامعة الملك سعود بدران
            // العمر — the holder's name starts after the TITLE.)
            if rule == .givenName, titleReach.before(s) > s { continue }
            // (Nor one read from the last word of a place: مدينة سانتا مارتا
            // الساحلية الكولومبية — no name starts at مارتا.)
            if rule == .givenName, placeReach.before(s) > s { continue }
            spans.append(Span(start: s, end: e,
                              label: Label.person, text: "", provenance: provenances[rule.rawValue],
                              priority: b - a == 1 && placeSubjects.contains(s) ? 1 : 0))
        }
        return spans
    }

    /// The word ends in ان (a dual's nominative ending, or a name's: مضيان).
    static func endsInAlifNun(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        r.count >= 4 && buf[r.upperBound - 4] == 0xD8 && buf[r.upperBound - 3] == 0xA7
            && buf[r.upperBound - 2] == 0xD9 && buf[r.upperBound - 1] == 0x86
    }

    /// The word at `r` ends in ون (the plural of a verb or noun).
    static func endsInWawNun(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        r.count >= 4 && buf[r.upperBound - 4] == 0xD9 && buf[r.upperBound - 3] == 0x88
            && buf[r.upperBound - 2] == 0xD9 && buf[r.upperBound - 1] == 0x86
    }

    /// The word at `r` is an inflected form of a listed common word, not a
    /// name: the accusative in ا (هدفا، أساسيا، رفيعا), the dual or sound
    /// plural in ين، ان، ون (هدفين، لاعبين، مشجعون), ات of a noun in ة
    /// (مباريات), or the dual تين، تان of one (ركلتين). Read only at words
    /// a name loop is about to take (a few lookups on the word's bytes).
    func inflectedCommon(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let u = r.upperBound
        // At least three letters (six bytes) are left before the ending.
        guard r.count >= 8 else { return false }
        func common(_ stem: Range<Int>) -> Bool {
            table.lookup(UnsafeBufferPointer(rebasing: buf[stem])) & (Bit.common | Bit.known) == Bit.common
        }
        let a = buf[u - 2], b = buf[u - 1]
        // An attached pronoun (ه، ها، هم) on a common noun, with or without
        // ب، ل، و، ف before it: برأسه، لفريقه، بقدمها.
        var pronoun = 0
        if a == 0xD9 && b == 0x87 { pronoun = 2 }  // ه
        else if buf[u - 4] == 0xD9 && buf[u - 3] == 0x87 && ((a == 0xD8 && b == 0xA7) || (a == 0xD9 && b == 0x85)) { pronoun = 4 }  // ها، هم
        if pronoun > 0 && r.count - pronoun >= 6 {
            let stem = r.lowerBound..<(u - pronoun)
            if common(stem) { return true }
            // (ت before the pronoun: the ة of a noun, جاهزيته، مسيرتها.)
            if stem.count >= 8, buf[stem.upperBound - 2] == 0xD8, buf[stem.upperBound - 1] == 0xAA,
                commonInTaMarbuta(r.lowerBound..<(stem.upperBound - 2), buf)
            {
                return true
            }
            let (v, _) = TextScan.scalar(at: r.lowerBound, in: buf)
            if (v == 0x0628 || v == TextScan.lam || v == 0x0648 || v == 0x0641) && stem.count >= 8
                && common((r.lowerBound + 2)..<stem.upperBound)
            {
                return true
            }
        }
        if a == 0xD8 && b == 0xA7 { return common(r.lowerBound..<(u - 2)) }  // ا
        guard r.count >= 10 else { return false }
        let c = buf[u - 4], d = buf[u - 3]
        let nun = a == 0xD9 && b == 0x86
        let taa = a == 0xD8 && b == 0xAA
        let dualOrPlural = nun && ((c == 0xD9 && (d == 0x8A || d == 0x88)) || (c == 0xD8 && d == 0xA7))  // ين، ون، ان
        let feminine = taa && c == 0xD8 && d == 0xA7  // ات
        guard dualOrPlural || feminine else { return false }
        // (Not on a question word or particle, which has no dual or plural:
        // إينان، كيفين are names, not أين، كيف + ان، ين.)
        if dualOrPlural && common(r.lowerBound..<(u - 4))
            && !Self.uninflectedWords.contains(where: { Self.isExactly(r.lowerBound..<(u - 4), $0, buf) })
        {
            return true
        }
        // ات، تين، تان: the singular in ة.
        var stemEnd = u - 4
        if dualOrPlural {
            guard buf[u - 6] == 0xD8 && buf[u - 5] == 0xAA, r.count >= 12 else { return false }  // ت before ين، ان
            stemEnd = u - 6
        }
        return commonInTaMarbuta(r.lowerBound..<stemEnd, buf)
    }

    /// Question words and particles of three letters that take no dual or
    /// plural ending (normalized): a word of them + ان، ين، ون is a name.
    static let uninflectedWords: [String] = ["اين", "كيف", "متي", "لكن", "حيث", "عند", "منذ"]

    /// The letters at `r` and ة after them are a listed common word (not a
    /// name): the singular in ة of a plural in ات, a dual in تين, or a noun
    /// whose ة turned ت before a pronoun (جاهزيته).
    func commonInTaMarbuta(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let stemEnd = r.upperBound
        guard stemEnd - r.lowerBound >= 6, stemEnd - r.lowerBound <= 40 else { return false }
        var key = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) as (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8)
        return withUnsafeMutableBytes(of: &key) { raw in
            let n = stemEnd - r.lowerBound
            for k in 0..<n { raw[k] = buf[r.lowerBound + k] }
            raw[n] = 0xD8
            raw[n + 1] = 0xA9  // ة
            let f = table.lookup(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: n + 2))
            return f & (Bit.common | Bit.known) == Bit.common
        }
    }

    /// The word at `r` (no article) is a one-word role noun in construct:
    /// with the article it is listed as a role (مهاجم ليفربول، مدافع
    /// الفريق، نجم المنتخب → المهاجم، المدافع، النجم). Read only at words a
    /// name loop is about to take.
    func roleConstruct(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        guard r.count >= 6, r.count <= 36, !Self.startsWithArticle(r, buf) else { return false }
        var key = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        return withUnsafeMutableBytes(of: &key) { raw in
            raw[0] = 0xD8; raw[1] = 0xA7; raw[2] = 0xD9; raw[3] = 0x84  // ال
            for k in 0..<r.count { raw[4 + k] = buf[r.lowerBound + k] }
            let f = table.lookup(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: r.count + 4))
            return f & Bit.role != 0
        }
    }

    /// Another extractor's span, as the PERSON steps read it.
    /// Spans by start with the furthest end up to each, so that «a span
    /// that starts before s and ends at or after e» is one binary search (a
    /// scan of all of them for each name was quadratic on a long document).
    struct Reach {
        private let starts: [Int], reach: [Int]

        init(_ spans: [Other]) {
            let sorted = spans.sorted { $0.start < $1.start }
            starts = sorted.map(\.start)
            var r: [Int] = []
            r.reserveCapacity(sorted.count)
            for t in sorted { r.append(max(r.last ?? Int.min, t.end)) }
            reach = r
        }

        /// The furthest end of a span that starts before `s` (Int.min: none).
        func before(_ s: Int) -> Int {
            var lo = 0, hi = starts.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if starts[mid] < s { lo = mid + 1 } else { hi = mid }
            }
            return lo == 0 ? Int.min : reach[lo - 1]
        }
    }

    struct Other {
        enum Kind { case rank, title, country, org, location, person, other
            init(_ label: String) {
                switch Label.builtInIndex(label) {
                case 0: self = .rank
                case 1: self = .title
                case 2: self = .person
                case 3: self = .country
                case 4: self = .org
                case 5: self = .location
                default: self = .other
                }
            }
        }
        let kind: Kind
        let start: Int
        let end: Int
        /// A COUNTRY nationality adjective (not the country's name).
        let nisba: Bool
    }

    /// A set of offsets below a bound, as bits: the per-token membership
    /// tests cost a shift and a mask, not a hash.
    /// Offsets keyed by offsets, looked up only where `keys` (a superset of
    /// the map's keys) has the bit: a dictionary hashed every word's offset.
    struct KeyedOffsets {
        private let map: [Int: Int]
        private let keys: OffsetSet
        init(_ map: [Int: Int], keys: OffsetSet) {
            self.map = map
            self.keys = keys
        }
        subscript(_ i: Int) -> Int? { keys.contains(i) ? map[i] : nil }
    }

    struct OffsetSet {
        private var bits: [UInt64]
        init(upTo maximum: Int) { bits = [UInt64](repeating: 0, count: max(0, maximum) / 64 + 1) }
        mutating func insert(_ i: Int) {
            guard i >= 0 else { return }
            bits[i >> 6] |= 1 << UInt64(i & 63)
        }
        /// Every offset of `r` (a word of bits at a time: the offsets inside
        /// all TITLE, RANK, ORG and LOCATION spans went in one by one).
        mutating func insert(_ r: Range<Int>) {
            let lo = max(r.lowerBound, 0), hi = r.upperBound
            guard lo < hi else { return }
            bits.withUnsafeMutableBufferPointer { b in
                var i = lo
                while i < hi {
                    let w = i >> 6, from = i & 63, to = min(64, from + (hi - i))
                    let mask: UInt64 = to == 64 ? ~0 << UInt64(from) : ((1 << UInt64(to - from)) &- 1) << UInt64(from)
                    b[w] |= mask
                    i += to - from
                }
            }
        }
        func contains(_ i: Int) -> Bool {
            i >= 0 && i >> 6 < bits.count && bits[i >> 6] & (1 << UInt64(i & 63)) != 0
        }
    }

    /// A word and its forms with one proclitic: والسيد، بالسيد، للسيد (ل + ال), لسماحة.
    static func withProclitics(_ w: String) -> [String] {
        let bare = w.hasPrefix("ال") ? String(w.dropFirst()) : w
        return [w, "و" + w, "ف" + w, "ب" + w, "ك" + w, "ل" + bare]
    }

    /// Words that qualify the holder of an office, between the office and the name.
    static let holderModifiers: [String] = [
        "السابق", "السابقة", "الاسبق", "الاسبقة", "الجديد", "الجديدة", "المكلف", "المكلفة", "المنتخب", "المنتخبة",
        "الراحل", "الراحلة", "المتقاعد", "المؤقت", "المستقيل", "المستقيلة", "المخلوع", "المعزول",
        "الاسير", "الاسيرة", "المعتقل", "المعتقلة", "الشهيد", "الشهيدة", "الفقيد", "الفقيدة",
        // a diplomat accredited or designated (عميد السلك الدبلوماسي المعتمد لدى
        // المملكة gave PERSON المعتمد; السفير المعين)
        "المعتمد", "المعتمدة", "المعين", "المعينة",
    ] + praiseModifiers

    /// The dynasty of a sultan, caliph or king (السلطان الحفصي، الخليفة
    /// الفاطمي، الحاكم القاجاري): it describes the holder, so it is no name
    /// right after the title («في نفس السلطان الحفصي ، فبادر» gave PERSON
    /// الحفصي); inside a name it is the name's nisba (أبي زكريا الحفصي). Only dynasties that are not listed family names
    /// (العثماني، العباسي، الأيوبي، المريني، الزياني are, and stay names:
    /// رئيس الحكومة العثماني).
    static let dynastyAdjectives: [String] = [
        "الحفصي", "الاموي", "الفاطمي", "المملوكي", "الصفوي", "الموحدي", "المرابطي",
        "السلجوقي", "المغولي", "القاجاري", "الاخشيدي", "الطولوني", "الاغلبي", "البويهي", "الغزنوي",
        "الوطاسي", "الرستمي",
        // Peoples and empires of antiquity after a ruler's title (الملك
        // البابلي نبوخذ نصر، الإمبراطور البيزنطي هرقل): no name word of theirs.
        "البابلي", "الاشوري", "الساساني", "الفينيقي", "البيزنطي", "الفرعوني", "الاغريقي", "الكنعاني",
        "السومري", "الاكدي", "الحيثي", "الروماني",
    ]

    /// Ethnic and confessional adjectives of an office holder (رئيس الوزراء
    /// الكردي، الزعيم الدرزي، النائب الشيعي): no name right after a title.
    static let ethnicAdjectives: [String] = [
        "الكردي", "الكردية", "التركماني", "التركمانية", "الامازيغي", "الامازيغية", "الدرزي", "الدرزية",
        "الشيعي", "الشيعية", "السني", "السنية", "الايزيدي", "الايزيدية", "الاشوري", "الاشورية",
        "الكلداني", "الكلدانية", "السرياني", "السريانية", "القبطي", "القبطية", "المسيحي", "المسيحية",
        "البلوشي", "البلوشية", "الماروني", "المارونية", "الارمني", "الارمنية",
    ]

    /// السلطان and الخليفة with a proclitic or none (normalized): a
    /// historic ruler's office, before a dynasty, a regnal name or an epithet.
    static let rulerTitleForms: WordTable = {
        var t = WordTable()
        for w in ["السلطان", "الخليفة"].flatMap({ w in withProclitics(w) + ["وب" + w, "ول" + String(w.dropFirst())] }) { t.insert(w.utf8, 1) }
        return t
    }()

    /// الحكم، الحكمة (the referee) with a proclitic or none (normalized).
    static let refereeForms: WordTable = {
        var t = WordTable()
        for w in ["الحكم", "الحكمة"].flatMap({ withProclitics($0) }) { t.insert(w.utf8, 1) }
        return t
    }()

    /// Heads before a company's name (normalized, with a proclitic or
    /// none): أسهم سابك، شركة الراجحي، بنك عوده. A family name alone after
    /// one, or in a list after one, is the company's (أسهم سابك والراجحي).
    static let companyHeads: WordTable = {
        var t = WordTable()
        for w in ["اسهم", "سهم", "شركة", "شركتي", "شركات", "مصرف", "مصارف", "بنك", "بنوك"].flatMap({ withProclitics($0) }) { t.insert(w.utf8, 1) }
        return t
    }()

    /// The word at `r` is السلطان or الخليفة, with a proclitic or none.
    static func rulerTitle(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        r.count >= 12 && r.count <= 18 && rulerTitleForms.lookup(UnsafeBufferPointer(rebasing: buf[r])) != 0
    }

    /// Regnal names of caliphs and sultans (normalized) that are ordinary
    /// words too: a name right after السلطان or الخليفة (and the dynasty),
    /// also alone (الخليفة المأمون، السلطان الظاهر بيبرس).
    static let rulerRegnalNames: Set<[UInt8]> = Set([
        "الظاهر", "الناصر", "المنصور", "المعز", "الاشرف", "المستنصر", "المعتصم", "المتوكل", "المامون", "الرشيد",
        "الهادي", "المهدي", "الواثق", "المقتدر", "المستعصم", "المظفر", "المنتصر", "الامين",
    ].map { Array($0.utf8) })

    /// Epithets of historic rulers after the given name (normalized):
    /// after السلطان or الخليفة and a first name, the name's last word
    /// (سليمان القانوني، عبد الرحمن الداخل، محمد الفاتح).
    static let rulerEpithets: Set<[UInt8]> = Set([
        "القانوني", "الفاتح", "الداخل", "الاكبر", "العادل", "الكامل", "الاعظم", "القاهر", "الكبير", "الغازي", "الصالح",
        "الاشرف", "الظاهر", "الناصر", "المنصور", "الرشيد", "المستنصر", "المعتصم", "المتوكل",
    ].map { Array($0.utf8) })

    /// Dynasties that are listed family names too (العباسي، العثماني):
    /// no name right after الخليفة or السلطان only.
    static let listedDynasties: [String] = ["العباسي", "العثماني", "الايوبي", "المريني", "الزياني", "السعدي", "العلوي"]

    /// Praise of a player, an artist, a coach (المدرب المحلي المخضرم صالح
    /// زكريا): as often the end of the noun phrase (يستعد المدرب المخضرم
    /// لإنفاق), so a name after one must start with a known name word.
    static let praiseModifiers: [String] = [
        "المخضرم", "المخضرمة", "الواعد", "الواعدة", "القدير", "القديرة", "الشهير", "الشهيرة", "المعروف", "المعروفة",
    ]

    /// Generic heads of places and bodies named after a person (سجن أبو
    /// غريب، مستشفى الملك فيصل، مطار رفيق الحريري، شركة فورد): the name
    /// after one is the place's or the body's, not a PERSON.
    /// (Only heads of places and firms: a mosque, school or prize named
    /// after a person, مسجد الحسن الثاني، جائزة نوبل, is as often written
    /// with the person's name as a PERSON.)
    static let facilityHeads: [String] = [
        "سجن", "مطار", "شارع", "ميدان", "جسر", "استاد", "ملعب", "معبر", "ميناء", "فندق", "منشورات",
        // A train named after a person (قطار جعفر إكسبريس) is the train's name.
        "قطار",
    ]

    /// Adjectives that agree with a definite verbal noun before them (أعلن
    /// الحداد العام، الحداد الوطني، الحداد الرسمي): the noun is the object
    /// of the sentence, not a family name ending the name before it
    /// (المرشد الأعلى علي خامنئي الحداد العام).
    static let nounAdjectives: [String] = [
        "العام", "الوطني", "الرسمي", "الشامل", "الكامل", "التام",
        // A prize named after a beast or a thing that is also a family name
        // (جائزة الأسد الفضي، الأسد الذهبي في مهرجان البندقية).
        "الذهبي", "الفضي", "البرونزي",
    ]
    /// Words after الحداد that make it the mourning, not the family name:
    /// how long (أعلن الرئيس أسيمي غويتا الحداد لمدة ثلاثة أيام، الحداد
    /// ثلاثة أيام، الحداد اعتبارا من) or why (الحداد حزنا على، تضامنا مع).
    static let mourningFollowers: Set<[UInt8]> = Set([
        "لمدة", "ثلاثة", "ثلاث", "سبعة", "سبع", "يومين", "يوما", "اياما", "ايام", "اسبوعا", "شهرا", "حزنا",
        "تضامنا", "اعتبارا", "ابتداء", "ونكس", "وتنكيس", "وتنكس",
        // (Not على، في، بعد: «أكد الحداد على ضرورة …», «وقال الحداد في كلمته» are the person.)
    ].map { Array($0.utf8) })

    /// `word` is الحداد and `next` one of `mourningFollowers` (normalized text).
    static func mourningBefore(_ word: Range<Int>, _ next: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        word.count == 12 && isExactly(word, "الحداد", buf) && next.count <= 12 && mourningFollowers.contains(Array(buf[next]))
    }

    /// The longest of `nounAdjectives` in UTF-8 bytes: longer words are not looked up.
    static let nounAdjectiveMaxBytes = nounAdjectives.map(\.utf8.count).max()!

    /// Plurals of weapons before the maker's or model's name (طائرات
    /// بيرقدار، مسيرات بيرقدار، دبابات أبرامز): the name is the weapon's,
    /// not a PERSON. Not the singular, which a person's name follows as its
    /// owner (طائرة ترامب، مسيرة مانديلا). Ships are not here: their names
    /// are VESSEL spans of rules/vessels.yaml, and the merger drops a PERSON
    /// inside or on one.
    static let weaponHeads: [String] = [
        "طائرات", "مسيرات", "المسيرات", "دبابات", "مقاتلات", "مروحيات", "صواريخ", "مدرعات",
    ]

    /// Syllables of Chinese, Korean and Vietnamese names as Arabic news
    /// writes them (normalized), one word each: after one of them that is no
    /// Arabic word, another continues the name, even one that is an Arabic
    /// word or has an ordinary word's ending (وانغ ون بين، فام مينه تشينه،
    /// حسن جانغ جيان جون). Not the pronouns هو، هي nor ما, which follow a
    /// name as the sentence goes on (وانغ يي هو الذي …).
    static let eastAsianSyllables: [String] = [
        "وانغ", "وانج", "جانغ", "تشانغ", "تشانج", "يانغ", "يانج", "هوانغ", "جيانغ", "ليانغ", "قوانغ", "غوانغ",
        "كوانغ", "شيانغ", "تشيانغ", "شانغ", "تانغ", "كانغ", "فانغ", "فنغ", "دنغ", "تشنغ", "شنغ", "منغ", "مينغ",
        "بينغ", "دينغ", "لينغ", "نينغ", "تينغ", "جينغ", "تشينغ", "شينغ", "يينغ", "ينغ", "هونغ", "يونغ", "جونغ",
        "سونغ", "بونغ", "تونغ", "دونغ", "لونغ", "رونغ", "كونغ", "قونغ", "غونغ", "ون", "وين", "جين", "جيان", "جون", "تشيو",
        "رن", "يي", "لي", "جي", "شي", "تشي", "تسي", "خه", "كه", "ده", "يه", "تاو", "باو", "هاو", "جاو", "تشاو",
        "شياو", "ياو", "هوا", "هوي", "وي", "شوي", "تشون", "تشين", "شين", "مين", "مينه", "تشينه", "لين", "بين", "جيا",
        "شيا", "يوان", "تشوان", "شوان", "فوك", "ترونغ", "هاي", "كاي", "تساي", "لاي", "يو", "وو", "سو",
        "شو", "تشو", "جو", "كيون", "سوك", "يول", "جاي", "ميونغ", "هيون", "هيه", "هيي", "ايل", "اون", "سانغ", "تشول",
        "دو", "فام", "نغوين", "تران", "فو",
        // (Vietnamese and Korean given-name syllables: نغوين مانه تيان،
        // دانغ ثانه سون، هوانغ إن بوم، تشاي جيون.)
        "مانه", "ثانه", "تيان", "خانه", "توان", "ثي", "بوي", "هيو", "كوك", "تشاي", "جيون", "بوم", "سيوب",
        "سيوك", "هوان", "جيونغ",
    ]

    /// The small word lists above in one table, looked up on the bytes in
    /// place (no array per lookup): a word's bits say which lists hold it.
    enum List {
        static let holderModifier: UInt16 = 1, functionWord: UInt16 = 2, descriptionNoun: UInt16 = 4
        static let particleAfterName: UInt16 = 8, nasabParticle: UInt16 = 16, orWord: UInt16 = 32
        static let facilityHead: UInt16 = 64, eastAsianSyllable: UInt16 = 128, postPreposition: UInt16 = 256
        static let regnalUnit: UInt16 = 512, regnalOrdinal: UInt16 = 1024, weaponHead: UInt16 = 2048
        static let afterAliName: UInt16 = 4096, nounAdjective: UInt16 = 8192
        static let monthName: UInt16 = 16384, monthEpithet: UInt16 = 32768
    }
    static let wordLists: WordTable = {
        var t = WordTable()
        for (words, bit) in [(holderModifiers, List.holderModifier), (functionWords, List.functionWord),
                             (descriptionNouns, List.descriptionNoun), (particlesAfterName, List.particleAfterName),
                             (nasabParticles, List.nasabParticle), (orWords, List.orWord),
                             (eastAsianSyllables, List.eastAsianSyllable), (postPrepositions, List.postPreposition),
                             (regnalUnits, List.regnalUnit), (regnalOrdinals, List.regnalOrdinal),
                             (afterAliNameWords, List.afterAliName), (nounAdjectives, List.nounAdjective),
                             (monthNames, List.monthName), (monthEpithets, List.monthEpithet)] {
            for w in words { t.insert(w.utf8, bit) }
        }
        for w in facilityHeads {
            // (Not بسجن: «قضت بسجن الغنوشي» is the verbal noun, «sentenced to prison».)
            for form in [w, "و" + w, "ف" + w, "ب" + w, "ل" + w, "وب" + w, "ول" + w] where !(w == "سجن" && form.hasSuffix("بسجن")) {
                t.insert(form.utf8, List.facilityHead)
            }
        }
        for w in weaponHeads {
            for form in [w, "و" + w, "ب" + w, "ل" + w] { t.insert(form.utf8, List.weaponHead) }
        }
        return t
    }()

    /// The word at `r` is in the lists of `list` (a `List` bit).
    static func listed(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>, _ list: UInt16) -> Bool {
        wordLists.lookup(UnsafeBufferPointer(rebasing: buf[r])) & list != 0
    }

    enum HolderModifier { case listed, praise, adjective }

    /// A holder modifier (`holderModifiers`), or a word shaped like a
    /// definite adjective (ال…ي، ال…ية: الماروني، الشيعية) that is not a known name.
    func holderModifier(_ w: Word, _ buf: UnsafeBufferPointer<UInt8>) -> HolderModifier? {
        let r = w.bytes
        // Indefinite, as Egyptian and Israeli army news write them after a
        // rank: «الفريق أول ركن متقاعد سعد الشاذلي», «الرائد احتياط يوآف زيتون».
        if r.count == 12, Self.isExactly(r, "متقاعد", buf) || Self.isExactly(r, "احتياط", buf) { return .listed }
        guard r.count >= 8, Self.startsWithArticle(r, buf), w.raw & Bit.known == 0 else { return nil }
        if Self.listed(r, buf, List.holderModifier) {
            return Self.praiseModifiers.contains { Self.isExactly(r, $0, buf) } ? .praise : .listed
        }
        if Self.listed(r, buf, List.functionWord) { return nil }  // الذي، التي
        let u = r.upperBound
        if buf[u - 2] == 0xD9 && buf[u - 1] == 0x8A { return .adjective }  // ي
        if buf[u - 4] == 0xD9 && buf[u - 3] == 0x8A && buf[u - 2] == 0xD8 && buf[u - 1] == 0xA9 { return .adjective }  // ية
        return nil
    }

    /// The article ال at the start of `r` (UTF-8 D8 A7 D9 84).
    static func startsWithWaw(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        r.count > 4 && buf[r.lowerBound] == 0xD9 && buf[r.lowerBound + 1] == 0x88
    }

    /// The word at `r` starts with لل (ل + the article, its alef dropped).
    static func startsWithLamLam(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        r.count >= 4 && buf[r.lowerBound] == 0xD9 && buf[r.lowerBound + 1] == 0x84
            && buf[r.lowerBound + 2] == 0xD9 && buf[r.lowerBound + 3] == 0x84
    }

    static func startsWithArticle(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        r.count >= 4 && buf[r.lowerBound] == 0xD8 && buf[r.lowerBound + 1] == 0xA7
            && buf[r.lowerBound + 2] == 0xD9 && buf[r.lowerBound + 3] == 0x84
    }

    /// The article at the start of `r`, after at most two proclitics
    /// (والفرنسي، بالممثلة، وللاعب), or ل + the article with its alef dropped (للاعب).
    static func isDefinite(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        var o = r.lowerBound
        for _ in 0...2 {
            if startsWithArticle(o..<r.upperBound, buf) { return true }
            guard r.upperBound - o >= 6 else { return false }
            let (v, len) = TextScan.scalar(at: o, in: buf)
            guard TextScan.isProclitic(v) else { return false }
            if v == TextScan.lam && buf[o + 2] == 0xD9 && buf[o + 3] == 0x84 { return true }  // لل
            o += len
        }
        return false
    }

    /// Ends like a singular nisba: …ي or …ية.
    static func nisbaShaped(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let u = r.upperBound
        guard r.count >= 6 else { return false }
        if buf[u - 2] == 0xD9 && buf[u - 1] == 0x8A { return true }
        return buf[u - 4] == 0xD9 && buf[u - 3] == 0x8A && buf[u - 2] == 0xD8 && buf[u - 1] == 0xA9
    }

    /// Endings of ordinary words that names not listed rarely have: ة (a
    /// noun), the plural ات, an attached pronoun (ه but not يه، اه — ديدييه،
    /// شاه —; ها، هم، هما، هن، كم: زوجته، أصدقاؤها، عصابتهم; not نا, which
    /// ends many women's names: دونا، جوليانا).
    /// The Spanish or Portuguese patronymic endings يز، يس (غونزاليس،
    /// رودريغيز، ماركيز), and يث of the Castilian spelling (مارتينيث،
    /// راميريث), on a word of five letters or more.
    static func patronymicEnding(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let u = r.upperBound
        return r.count >= 10 && buf[u - 4] == 0xD9 && buf[u - 3] == 0x8A && buf[u - 2] == 0xD8
            && (buf[u - 1] == 0xB2 || buf[u - 1] == 0xB3 || buf[u - 1] == 0xAB)
    }

    static func ordinaryEnding(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let u = r.upperBound
        guard r.count >= 6 else { return false }
        if buf[u - 2] == 0xD8 && buf[u - 1] == 0xA9 { return true }  // ة
        if buf[u - 4] == 0xD8 && buf[u - 3] == 0xA7 && buf[u - 2] == 0xD8 && buf[u - 1] == 0xAA { return true }  // ات
        return pronounSuffix(r, buf)
    }

    /// The plural ات or an attached pronoun at the end (هيئات، زوجته).
    static func pluralOrPronounEnding(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let u = r.upperBound
        guard r.count >= 6 else { return false }
        if buf[u - 4] == 0xD8 && buf[u - 3] == 0xA7 && buf[u - 2] == 0xD8 && buf[u - 1] == 0xAA { return true }  // ات
        return pronounSuffix(r, buf)
    }

    /// وا after a consonant at the end of a word of six letters or more: a
    /// past verb of the plural (احترفوا، شاركوا); not اوا or يوا, endings of
    /// names (أوغاوا، نديوا).
    static func pluralVerbEnding(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let u = r.upperBound
        guard r.count >= 12, buf[u - 4] == 0xD9, buf[u - 3] == 0x88, buf[u - 2] == 0xD8, buf[u - 1] == 0xA7 else { return false }
        return !(buf[u - 6] == 0xD8 && buf[u - 5] == 0xA7) && !(buf[u - 6] == 0xD9 && buf[u - 5] == 0x8A)
    }

    /// Shapes of words that are no name: مستـ…ا (an accusative participle
    /// of form X), ات ending seven letters or more, not counting the article
    /// (a feminine plural), and ية after three letters or more (an adjective).
    static func neverANameWord(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let stem = startsWithArticle(r, buf) ? (r.lowerBound + 4)..<r.upperBound : r
        let u = stem.upperBound
        guard stem.count >= 10 else { return false }
        if endsWithAlef(stem, buf), startsWith(stem, "مست", buf), stem.count >= 12 { return true }
        if buf[u - 4] == 0xD8, buf[u - 3] == 0xA7, buf[u - 2] == 0xD8, buf[u - 1] == 0xAA { return stem.count >= 14 }  // ات
        return buf[u - 4] == 0xD9 && buf[u - 3] == 0x8A && buf[u - 2] == 0xD8 && buf[u - 1] == 0xA9  // ية
    }

    /// و + ت + two letters + ي + a letter: the conjunction and a verbal
    /// noun of form II (وتكليف، وتعيين، وتسليم).
    static func wawVerbalNounII(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let l = r.lowerBound
        return r.count == 12 && buf[l] == 0xD9 && buf[l + 1] == 0x88 && buf[l + 2] == 0xD8 && buf[l + 3] == 0xAA
            && buf[l + 8] == 0xD9 && buf[l + 9] == 0x8A
    }

    /// A word of four letters or more ending in the alef of an indefinite
    /// accusative (مديرا، رئيسا، مدربا), without the article; not ايا, وا
    /// or يا (قضايا، ضحايا), nor the pronouns نا، ما and ها (أرضنا،
    /// كليهما، أنها: «على أنها»), which the preposition على takes.
    static func indefiniteAccusative(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let u = r.upperBound
        guard r.count >= 8, endsWithAlef(r, buf), !startsWithArticle(r, buf) else { return false }
        let (a, b) = (buf[u - 4], buf[u - 3])
        if a == 0xD8 && b == 0xA7 { return false }  // ا
        if a == 0xD9 && (b == 0x8A || b == 0x88 || b == 0x86 || b == 0x85 || b == 0x87) { return false }  // ي و ن م ه
        return true
    }

    /// يين or يون at the end of a word of six letters or more: the sound
    /// plural of a nisba (النقابيين، الإيرانيون).
    static func nisbaPluralEnding(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let u = r.upperBound
        guard r.count >= 12, buf[u - 6] == 0xD9, buf[u - 5] == 0x8A, buf[u - 4] == 0xD9, buf[u - 2] == 0xD9, buf[u - 1] == 0x86 else {
            return false
        }
        return buf[u - 3] == 0x8A || buf[u - 3] == 0x88
    }

    /// The sound plural ون or ين at the end of a word of four letters or more.
    static func pluralEnding(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let u = r.upperBound
        guard r.count >= 8, buf[u - 2] == 0xD9, buf[u - 1] == 0x86, buf[u - 4] == 0xD9 else { return false }
        return buf[u - 3] == 0x88 || buf[u - 3] == 0x8A
    }

    /// An attached pronoun at the end of a word of three letters or more:
    /// ه (but not after ي or ا: ديدييه، شاه), ها، هم، هما، هن، كم.
    static func pronounSuffix(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let u = r.upperBound
        guard r.count >= 6 else { return false }
        func letter(_ back: Int) -> (UInt8, UInt8) { (buf[u - 2 * back], buf[u - 2 * back + 1]) }
        let last = letter(1), before = letter(2)
        let haa: (UInt8, UInt8) = (0xD9, 0x87), yaa: (UInt8, UInt8) = (0xD9, 0x8A), alef: (UInt8, UInt8) = (0xD8, 0xA7)
        let meem: (UInt8, UInt8) = (0xD9, 0x85), kaf: (UInt8, UInt8) = (0xD9, 0x83), noon: (UInt8, UInt8) = (0xD9, 0x86)
        if last == haa { return before != yaa && before != alef }
        if last == alef { return before == haa || (r.count >= 8 && before == meem && letter(3) == haa) }
        if last == meem || last == noon { return before == haa || (last == meem && before == kaf) }
        return false
    }

    /// What a player scores or wins, the object right after the subject in
    /// a match report (وسجل جلال حسن الهدف، وأحرز أحمد عمر اللقب).
    static let scoredObjects: [String] = ["الهدف", "الاهداف", "الركلة", "التسجيل", "التعادل", "اللقب", "الميدالية",
                                          "الثنائية", "الثلاثية"]

    /// Words that introduce the people present, leading or starring (بحضور،
    /// برئاسة، وبطولة منى زكي): a name follows them, not an ordinary word.
    static let presenceWords: [String] = ["بحضور", "وبحضور", "بمشاركة", "وبمشاركة", "برئاسة", "وبرئاسة", "برفقة", "وبرفقة", "بطولة", "وبطولة"]

    /// A company's generic head with ل, before its name after an office
    /// (الرئيس التنفيذي لمجموعة روشن), in the normalized spelling.
    static let companyHeadsAfterLam: [String] = ["لشركة", "لمجموعة", "لمجموعه", "لشركه", "لبنك", "لمصرف", "لمؤسسة", "لصندوق"]

    /// Heads of a construct whose second term is named after a person or
    /// a word like a given name (دوري روشن السعودي، جائزة زايد): there a
    /// nisba after the name qualifies the whole phrase.
    static let namedThingHeads: [String] = ["دوري", "كاس", "بطولة", "جائزة", "مهرجان", "مؤسسة", "شركة", "مجموعة", "جامعة",
                                            "مستشفي", "مسجد", "شارع", "مدرسة", "مطار", "ملعب", "قاعة", "مركز", "مدينة", "حي",
                                            "ميدان", "برج", "فندق", "مجمع", "سوق", "منتخب", "نادي", "فريق", "مصنع", "بنك"]

    /// Prepositions between an office and the body its holder sits for or
    /// serves in (النائب عن حزب …، عضو مجلس الشيوخ من الحزب …).
    static let bodyPrepositions: [String] = ["عن", "من", "في"]

    /// Nouns after a nisba that make it a person's origin, not a family name
    /// (المصري الجنسية، السوري الأصل), in their normalized spelling.
    static let originNouns: [String] = ["الجنسية", "الاصل", "الاصول", "المولد", "المنشا", "الهوية"]

    /// Function words that start with the letters of the article (الى، الذي
    /// …): before a nationality adjective they do not make it qualify a noun.
    /// Words after which a given name that is an ordinary word (صالح) is
    /// the word: prepositions and غير (في صالح، غير صالح).
    static let wordsBeforeOrdinaryReading: [String] = ["في", "من", "الي", "علي", "عن", "مع", "غير", "وفي", "ومن"]
    /// Words that open a clause whose verb comes next (بينما غاب, فيما رفض).
    static let clauseOpeners: [String] = ["بينما", "فيما", "عندما", "حين", "حينما", "بعدما", "ثم", "كما"]

    /// Words before a tribe's name (عشيرة، قبيلة, with و، ل or ب).
    static let clanHeads: [[UInt8]] = ["عشيرة", "قبيلة", "عشائر", "قبائل"].flatMap { w in
        [w, "و" + w, "ل" + w, "ب" + w].map { Array($0.utf8) }
    }
    /// Given names that are also a noun or verb heading the name after
    /// them (فوز تبون، باسم بوبي واين، وعد نبيه), and على (normalized علي).
    static let nounsBeforeAName: [[UInt8]] = ["علي", "فوز", "باسم", "وعد"].map { Array($0.utf8) }
    /// Particles a verb or a noun follows, not a name (بعد فوز، ثم عادل، قد وعد).
    static let particlesBeforeAVerb: [[UInt8]] = ["بعد", "ان", "قد", "ثم", "لقد", "وقد", "كما", "حتي", "منذ", "عند", "لكن",
                                                  "اذ", "اذا", "لو", "لم", "لن", "ما", "لا", "حين", "بينما"].map { Array($0.utf8) }

    static let functionWords: [String] = [
        "الي", "الا", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "اللذان", "اللتان", "الان",
    ]

    /// سيـ، سنـ or ستـ and three letters more (سيجتمع، سنعمل، ستتناول): a
    /// verb in the future. (ستـ not before ي، ا، و، ر: ستيفن، ستانلي،
    /// ستوكتون، ستراو.)
    static func futureVerbShaped(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        guard r.count >= 10, buf[r.lowerBound] == 0xD8, buf[r.lowerBound + 1] == 0xB3 else { return false }
        let b2 = buf[r.lowerBound + 2], b3 = buf[r.lowerBound + 3]
        if b2 == 0xD9 { return b3 == 0x8A || b3 == 0x86 }  // ي، ن
        guard b2 == 0xD8, b3 == 0xAA else { return false }  // ت
        let c0 = buf[r.lowerBound + 4], c1 = buf[r.lowerBound + 5]
        let vowelOrRa = (c0 == 0xD9 && (c1 == 0x8A || c1 == 0x88)) || (c0 == 0xD8 && (c1 == 0xA7 || c1 == 0xB1))
        return !vowelOrRa
    }

    /// The word at `r` has the shape of a verbal noun of form X (استفعال:
    /// استهداف، استقبال), VIII (افتعال: اجتماع، اختطاف) or VII (انفعال:
    /// انسحاب): seven letters است…ا… or six letters ا(ن|…ت|…ط)…ا….
    static func derivedMasdarShaped(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        guard r.count == 12 || r.count == 14 else { return false }
        var letters: [UInt16] = []
        var k = r.lowerBound
        while k + 1 < r.upperBound {
            guard buf[k] == 0xD8 || buf[k] == 0xD9 else { return false }
            letters.append(UInt16(buf[k]) << 8 | UInt16(buf[k + 1]))
            k += 2
        }
        let alef: UInt16 = 0xD8A7, seen: UInt16 = 0xD8B3, taa: UInt16 = 0xD8AA, tah: UInt16 = 0xD8B7, noon: UInt16 = 0xD986
        guard letters[0] == alef, letters[letters.count - 2] == alef else { return false }
        if letters.count == 7 { return letters[1] == seen && letters[2] == taa }
        // (No vowel letter where a root consonant stands: أنيبال، إيتان are names.)
        let vowels: Set<UInt16> = [alef, 0xD988, 0xD98A]
        guard !vowels.contains(letters[1]), !vowels.contains(letters[2]) else { return false }
        return letters[1] == noon || letters[2] == taa || letters[2] == tah
    }

    /// The word at `r` has the shape of a verbal noun of form IV (إفعال:
    /// إشراك، إطلاق، إنهاء): five letters, ا first and fourth, no vowel
    /// letter second, third or last. (Names of that shape, إسحاق، إحسان،
    /// إسلام, are listed, and callers read only words not listed.)
    static func formIVMasdarShaped(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let l = r.lowerBound
        guard r.count == 10, buf[l] == 0xD8, buf[l + 1] == 0xA7, buf[l + 6] == 0xD8, buf[l + 7] == 0xA7 else { return false }
        return !vowelLetter(buf[l + 2], buf[l + 3]) && !vowelLetter(buf[l + 4], buf[l + 5]) && !vowelLetter(buf[l + 8], buf[l + 9])
    }

    /// The letter of UTF-8 bytes `a b` is ا (also أ or إ), و or ي: a vowel
    /// letter, where a verbal noun's root consonant stands in no name.
    @inline(__always)
    static func vowelLetter(_ a: UInt8, _ b: UInt8) -> Bool {
        (a == 0xD8 && (b == 0xA7 || b == 0xA3 || b == 0xA5)) || (a == 0xD9 && (b == 0x88 || b == 0x8A))
    }

    /// The word at `r` has the shape of a verbal noun of form II (تفعيل:
    /// تكليف، تعيين، تمديد): five letters, ت first and ي fourth, no vowel
    /// letter second (توخيل، تيكين are names).
    /// (`hamzaFirst`: the first root letter is a hamza, written ا once
    /// normalized, with no vowel letter third: تأجيج، تأكيد — the shape of
    /// names too, تامير, so it is asked for only after a proclitic.)
    static func formIIMasdarShaped(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>, hamzaFirst: Bool = false) -> Bool {
        guard r.count == 10, buf[r.lowerBound] == 0xD8, buf[r.lowerBound + 1] == 0xAA,
            buf[r.lowerBound + 6] == 0xD9, buf[r.lowerBound + 7] == 0x8A
        else { return false }
        if hamzaFirst {
            return buf[r.lowerBound + 2] == 0xD8 && buf[r.lowerBound + 3] == 0xA7 && !vowelLetter(buf[r.lowerBound + 4], buf[r.lowerBound + 5])
        }
        return !vowelLetter(buf[r.lowerBound + 2], buf[r.lowerBound + 3])
    }

    /// The word at `r` ends in ا، و or ي, as many names do (بادو).
    static func vowelLetterEnding(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        guard r.count >= 2 else { return false }
        let a = buf[r.upperBound - 2], b = buf[r.upperBound - 1]
        return (a == 0xD8 && b == 0xA7) || (a == 0xD9 && (b == 0x88 || b == 0x8A))
    }

    /// The word at `r` has the shape of a present verb, not a name: ي، ت
    /// or ن then a consonant, four letters at most (تنمو، يبدو، نرصد), or
    /// the ل of purpose before one of form I or III, يفعل or يفاعل
    /// (ليبحث، ليفاوض). Names in those letters have a vowel letter second
    /// (تيري، نيمار) or elsewhere (ليليان، ليونارد), or are listed (ترمب،
    /// نبيل، ليفني).
    static func presentVerbShaped(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        guard r.count % 2 == 0 else { return false }
        func letter(_ k: Int) -> UInt32 { TextScan.scalar(at: r.lowerBound + 2 * k, in: buf).0 }
        func consonant(_ k: Int) -> Bool { let v = letter(k); return v != 0x0627 && v != 0x0648 && v != 0x064A && v != 0x0622 && v >= 0x0621 && v <= 0x064A }
        let letters = r.count / 2
        if letters >= 3 && letters <= 4 {
            let v = letter(0)
            return (v == 0x064A || v == 0x062A || v == 0x0646) && consonant(1)
        }
        guard letters == 5 || letters == 6, letter(0) == 0x0644 else { return false }
        let v = letter(1)
        guard v == 0x064A || v == 0x062A, consonant(2) else { return false }
        return letters == 5 ? consonant(3) && consonant(4) : letter(3) == 0x0627 && letter(4) != 0x0627 && consonant(5)
    }

    /// يـ or تـ, then a consonant, then three letters or more ending in ون:
    /// a present verb of the plural (يفتقرون، تطالبون). Not a name in تا،
    /// تو، تي (تايسون، تومسون).
    static func presentPluralVerbShaped(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let u = r.upperBound
        guard r.count >= 10, r.count % 2 == 0, buf[u - 4] == 0xD9, buf[u - 3] == 0x88, buf[u - 2] == 0xD9, buf[u - 1] == 0x86 else { return false }
        let first = TextScan.scalar(at: r.lowerBound, in: buf).0, second = TextScan.scalar(at: r.lowerBound + 2, in: buf).0
        return (first == 0x064A || first == 0x062A) && second >= 0x0628 && second <= 0x064A
            && second != 0x0648 && second != 0x064A && second != 0x0627 && second != 0x0629 && second != 0x0649
    }

    /// The word at `r` ends in ي (D9 8A), normalized (ى is ي).
    static func endsWithYaa(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        r.count >= 2 && buf[r.upperBound - 2] == 0xD9 && buf[r.upperBound - 1] == 0x8A
    }

    /// The word at `r` ends in ة (D8 A9), or in ه where the configuration
    /// normalizes ة to it.
    static func endsWithTaMarbuta(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        r.count >= 2 && (buf[r.upperBound - 2] == 0xD8 && buf[r.upperBound - 1] == 0xA9
            || buf[r.upperBound - 2] == 0xD9 && buf[r.upperBound - 1] == 0x87)
    }

    /// The word at `r` ends in نغ (D9 86 D8 BA), three letters or more.
    static func ngEnding(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let u = r.upperBound
        return r.count >= 6 && buf[u - 4] == 0xD9 && buf[u - 3] == 0x86 && buf[u - 2] == 0xD8 && buf[u - 1] == 0xBA
    }

    /// A word of six letters or more in ا, not يا, with four vowel
    /// letters (ا، و، ي) or more: a transliterated name (إيويالا، كويرالا),
    /// not the accusative of a noun or adjective, which has two or three
    /// (مضيفا، مجددا، تقريبا; the nisba in يا is left out: رسميا، أوروبيا).
    static func vowelRichAlefEnding(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let u = r.upperBound
        guard r.count >= 12, endsWithAlef(r, buf), !(buf[u - 4] == 0xD9 && buf[u - 3] == 0x8A) else { return false }
        var vowels = 0, k = r.lowerBound
        while k + 1 < u {
            if (buf[k] == 0xD8 && buf[k + 1] == 0xA7) || (buf[k] == 0xD9 && (buf[k + 1] == 0x88 || buf[k + 1] == 0x8A)) { vowels += 1 }
            k += 2
        }
        return vowels >= 4
    }

    /// The word at `r` ends in ا (D8 A7).
    static func endsWithAlef(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        r.count >= 2 && buf[r.upperBound - 2] == 0xD8 && buf[r.upperBound - 1] == 0xA7
    }

    /// Spaces and one comma (، or ,) between two words.
    static func isCommaGap(_ g: UnsafeBufferPointer<UInt8>) -> Bool {
        var commas = 0, k = 0
        while k < g.count {
            if g[k] == 0x20 {
                k += 1
            } else if g[k] == UInt8(ascii: ",") {
                commas += 1; k += 1
            } else if g[k] == 0xD8 && k + 1 < g.count && g[k + 1] == 0x8C {  // ،
                commas += 1; k += 2
            } else {
                return false
            }
        }
        return commas == 1
    }

    /// A hyphen, dash or slash in `g` (– and — are E2 80 93, E2 80 94).
    static func hasDash(_ g: UnsafeBufferPointer<UInt8>) -> Bool {
        for k in g.indices {
            if g[k] == UInt8(ascii: "-") || g[k] == UInt8(ascii: "/") { return true }
            if g[k] == 0xE2 && k + 2 < g.count && g[k + 1] == 0x80 && (g[k + 2] == 0x93 || g[k + 2] == 0x94) { return true }
        }
        return false
    }

    /// Decorations conferred on a person (normalized), which read like
    /// the given name وسام before a definite word.
    static let medalNouns: Set<[UInt8]> = Set(["وسام", "قلادة", "نوط", "ميدالية", "وشاح"].map { Array($0.utf8) })

    /// Verbs whose object is the person told, before أن and what is told
    /// (normalized, with و or ف): أبلغ، أخبر، أعلم، طمأن، وعد، أقنع، بشّر، سأل.
    static let informingVerbs: Set<[UInt8]> = Set(
        ["ابلغ", "ابلغت", "اخبر", "اخبرت", "اعلم", "اعلمت", "طمان", "طمانت", "طمأن", "طمأنت", "وعد", "وعدت",
         "اقنع", "اقنعت", "بشر", "بشرت", "سال", "سالت", "سأل", "سألت"]
            .flatMap { [$0, "و" + $0, "ف" + $0] }.map { Array($0.utf8) })

    /// Past verbs of meeting and receiving (normalized, with و or ف),
    /// whose subject comes first and whose object is often a TITLE: التقى
    /// الخطيب نائب الوزير.
    static let meetingVerbs: Set<[UInt8]> = Set(
        ["التقي", "التقت", "استقبل", "استقبلت", "زار", "زارت", "بحث", "بحثت", "هنا", "هنات", "عزي", "عزت",
         "ودع", "ودعت", "صافح", "صافحت", "رافق", "رافقت"]
            .flatMap { [$0, "و" + $0, "ف" + $0] }.map { Array($0.utf8) })

    /// Definite words of time that follow the subject before إن، أن (قال
    /// الوزير أحمد اليوم إن، الخميس، الليلة): no family name there.
    static let timeWords: Set<[UInt8]> = Set([
        "اليوم", "الليلة", "الان", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "السبت", "البارحة", "الغد",
        "الاسبوع", "الشهر", "العام", "الماضي", "الحالي", "المقبل", "مساء", "صباح", "امس", "غدا",
    ].map { Array($0.utf8) })

    /// Nouns that head a place's name or post (محافظة الدقهلية), which some
    /// family names also are (normalized: ة kept, no hamza).
    static let placeHeadNouns = ["محافظة", "ولاية", "مدينة", "منطقة", "قرية", "بلدة", "مقاطعة", "امارة", "مديرية", "بلدية"]

    /// The time words that are adjectives of a time noun (الأسبوع المقبل),
    /// never time adverbs alone.
    static let timeAdjectives: Set<[UInt8]> = Set(["الماضي", "الحالي", "المقبل"].map { Array($0.utf8) })
    /// The time words that are time adverbs alone (اليوم، الخميس).
    static let timeAdverbs = timeWords.subtracting(timeAdjectives)

    /// After a nationality adjective, nouns that make it a description of
    /// the person (البريطاني الجنسية، الأمريكي الأصل), not a last name.
    /// باسم + a pronoun after a spokesperson (المتحدث باسمها).
    static let spokespersonPronouns: [String] = ["باسمه", "باسمها", "باسمهم", "باسمهما"]
    static let descriptionNouns: [String] = ["الجنسية", "الاصل", "المولد", "المنشا"]
    /// Office nouns with the article that are family names too (كامل
    /// الوزير، أحمد القاضي), normalized.
    static let officeSurnames: Set<[UInt8]> = Set(["الوزير", "القاضي", "الامير", "المفتي", "النقيب"].map { Array($0.utf8) })
    /// Offices in the indefinite accusative, the predicate of عين، انتخب،
    /// اختار (عين كامل الوزير وزيرا), normalized.
    static let officePredicates: Set<[UInt8]> = Set([
        "وزيرا", "رئيسا", "مديرا", "نائبا", "سفيرا", "محافظا", "قائدا", "مستشارا", "امينا", "عضوا", "مساعدا", "وكيلا",
        "ممثلا", "مبعوثا", "مدربا", "قاضيا", "متحدثا", "ناطقا",
    ].map { Array($0.utf8) })

    /// Letters a verb starts with (أ of أفعل folded to ا; ي ت ن of the
    /// present) or a proclitic (و ف ب ل ك).
    static let verbPrefixLetters: Set<UInt32> = [0x0627, 0x064A, 0x062A, 0x0646, 0x0648, 0x0641, 0x0628, 0x0644, 0x0643]

    /// Particles, prepositions and adverbs that follow a name in a sentence
    /// (normalized: الي، علي، حتي).
    static let particlesAfterName: [String] = [
        "في", "من", "الي", "علي", "عن", "مع", "بين", "بعد", "قبل", "خلال", "حول", "ضد", "دون", "عبر", "نحو", "لدي", "عند",
        "منذ", "حتي", "امام", "وراء", "خلف", "فوق", "تحت", "داخل", "خارج", "ضمن", "اثر", "عقب", "حيال", "تجاه", "ازاء",
        "بدون", "سوي", "ثم", "او", "ام", "لكن", "بل", "حيث", "اذ", "اذا", "ان", "لان", "كي", "كما", "مثل", "هو", "هي", "هم",
        "قد", "لقد", "لم", "لن", "لا", "ما", "ليس", "كان", "كانت", "سوف", "كل", "بعض", "جميع", "غير", "اي", "ايضا", "فقط",
        "كذلك", "امس", "غدا", "هذا", "هذه", "ذلك", "تلك", "وفق", "حسب", "بسبب", "رغم", "منه", "عنه", "له", "لها", "فيه",
        "انه", "انها", "حين", "عندما", "لما", "بينما", "فيما", "مما", "نفسه", "ذاته", "سواء", "الا", "لو", "قال", "زار",
    ]

    /// Prepositions of `particlesAfterName` that take a noun and never a
    /// verb (not منذ: منذ تولى), normalized.
    static let nounPrepositions: Set<[UInt8]> = Set([
        "في", "من", "الي", "عن", "مع", "بين", "بعد", "قبل", "خلال", "حول", "ضد", "دون", "عبر", "نحو", "لدي", "عند",
        "امام", "وراء", "خلف", "فوق", "تحت", "داخل", "خارج", "ضمن", "اثر", "عقب", "حيال", "تجاه", "ازاء", "بدون",
        "وفق", "حسب", "بسبب", "رغم", "مثل",
    ].map { Array($0.utf8) })

    /// First letters of a word before a repeat that make it a verb or a word
    /// with a proclitic rather than a noun with its adjective: ا (أفعل،
    /// افتعل), ت (تفاعل، تابع), ن, و, ف, ب, ل, ك.
    static let adjectiveBlockingFirstLetters: Set<UInt32> = [0x0627, 0x062A, 0x0646, 0x0648, 0x0641, 0x0628, 0x0644, 0x0643]

    /// First letters of a verb's present tense or a proclitic: ل ب ف ك ت ي ن.
    static let verbOrCliticLetters: Set<UInt32> = [0x0644, 0x0628, 0x0641, 0x0643, 0x062A, 0x064A, 0x0646]

    /// The particles of a nasab and of a family: بن، ابن، بنت، منت (the
    /// Mauritanian بنت)، ولد، آل.
    static let nasabParticles: [String] = ["بن", "ابن", "بنت", "منت", "ولد", "ال", "بني"]

    /// Hijri months that are also given names (with و, ف, ب, ل, ك:
    /// وفي رمضان، برمضان), and the epithets that follow them as months
    /// (رمضان المبارك، شعبان المعظم، رجب الفرد; normalized, no hamza).
    static let monthNames: [String] = ["رمضان", "شعبان", "رجب", "صفر", "محرم"].flatMap { m in
        [m] + ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"].map { $0 + m }
    }
    static let monthEpithets: [String] = ["المبارك", "الكريم", "المعظم", "الفضيل", "الفرد", "الخير", "الحرام"]

    /// Role nouns of a member of a party, movement or parliament, which a
    /// body may follow with ب (القيادي بحماس، النائب بالبرلمان).
    static let memberRoles: [[UInt8]] = ["القيادي", "القيادية", "النائب", "النائبة", "الناشط", "الناشطة", "المعارض"].map { Array($0.utf8) }

    /// The ordinals that a regnal number of eleven to nineteen begins with
    /// (normalized: الحادي عشر … التاسع عشر).
    static let regnalUnits: [String] = ["الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
    /// Regnal numbers (normalized): the units, الأول and العاشر.
    static let regnalOrdinals: [String] = regnalUnits + ["الاول", "العاشر"]

    /// Prepositions between an office and the country or place where it is
    /// held (normalized لدى، إلى، في): سفير فرنسا لدى لبنان، المبعوث إلى ليبيا.
    static let postPrepositions: [String] = ["لدي", "الي", "في"]
    /// The host country after لدى named by its kind, not its name (normalized):
    /// المملكة, السلطنة, الدولة in the Saudi, Omani and Emirati press.
    static let hostCountryWords: [String] = ["المملكة", "السلطنة", "الدولة"]
    /// The words after أمين / أمينة that make it an office (normalized).
    static let secretaryOfficeNext: [String] = ["عام", "عامة", "سر"]

    /// A church's community after ل, as it follows a patriarch's or
    /// bishop's see (normalized: بطريرك القدس للاتين، للروم، للأرمن).
    static let churchCommunities: [String] = ["للاتين", "للروم", "للارمن", "للموارنة", "للاقباط", "للسريان", "للكلدان", "للكاثوليك",
                                              "للارثوذكس", "للانجيليين"]

    /// «أو», «أم»: what comes after them is the other of two adjectives.
    static let orWords: [String] = ["او", "ام", "واو", "وام"]

    static let spokespersonStems = [Array("تحدث".utf8), Array("ناطق".utf8)]
    /// A word of the spokesperson (المتحدث، الناطقة، متحدثا، يتحدث): its
    /// letters contain تحدث or ناطق.
    static func spokespersonWord(_ r: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let w = UnsafeBufferPointer(rebasing: buf[r])
        for stem in spokespersonStems where w.count >= stem.count {
            var k = 0
            while k + stem.count <= w.count {
                if w[k] == stem[0] && w[k + 1] == stem[1] && w[(k + 2)..<(k + stem.count)].elementsEqual(stem[2...]) { return true }
                k += 2
            }
        }
        return false
    }

    static func isExactly(_ r: Range<Int>, _ word: String, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        // (Lengths first: most calls fail there, before the generic
        // comparison walks the bytes.)
        // (Then one memcmp over the literal's own bytes: the generic
        // comparison of a slice with a String's UTF-8 view cost about as
        // much as all the other checks of markCompoundGiven.)
        guard r.count == word.utf8.count else { return false }
        guard !r.isEmpty else { return true }
        return word.utf8.withContiguousStorageIfAvailable { w in
            memcmp(buf.baseAddress! + r.lowerBound, w.baseAddress!, w.count) == 0
        } ?? buf[r].elementsEqual(word.utf8)
    }

    /// The word at `r` begins with `prefix` (bytes of the normalized text).
    static func startsWith(_ r: Range<Int>, _ prefix: String, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let k = prefix.utf8.count
        return r.count >= k && isExactly(r.lowerBound..<(r.lowerBound + k), prefix, buf)
    }

    /// The word at `r` ends with `suffix`.
    static func endsWith(_ r: Range<Int>, _ suffix: String, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let k = suffix.utf8.count
        return r.count >= k && isExactly((r.upperBound - k)..<r.upperBound, suffix, buf)
    }
}
