import PCRE2
import RasidModel

/// Finds DATE spans: ISO and numeric day/month/year dates, English
/// `1st, March 2024` dates, Arabic dates
/// with Levantine/Iraqi, Egyptian/Maghrebi or Hijri month names and ordinal
/// day words, years (`العام 2022`), and day references (`اليوم السبت`).
/// `norm` is ISO 8601 when the date is complete (or year / year-month).
public final class DateExtractor: Extractor, @unchecked Sendable {
    public static let extractorName = "date"
    public let name = DateExtractor.extractorName
    public let labels = [Label.date]

    /// Month name (normalized) → month number; Hijri months map to nil.
    static let gregorian: [(String, Int)] = [
        ("يناير", 1), ("جانفي", 1), ("كانون الثاني", 1), ("فبراير", 2), ("فيفري", 2), ("شباط", 2),
        ("مارس", 3), ("اذار", 3), ("ابريل", 4), ("افريل", 4), ("نيسان", 4), ("مايو", 5), ("ماي", 5), ("ايار", 5),
        ("يونيو", 6), ("يونيه", 6), ("جوان", 6), ("حزيران", 6), ("يوليو", 7), ("يوليه", 7), ("جويلية", 7), ("تموز", 7),
        ("يوليوز", 7), ("اغسطس", 8), ("اوت", 8), ("غشت", 8), ("اب", 8), ("سبتمبر", 9), ("شتنبر", 9), ("ايلول", 9),
        ("اكتوبر", 10), ("تشرين الاول", 10), ("نوفمبر", 11), ("نونبر", 11), ("تشرين الثاني", 11),
        ("ديسمبر", 12), ("دجنبر", 12), ("كانون الاول", 12),
        // Iraqi and Syrian news also write the two-word months without the
        // article: «12 تشرين أول 2023», «كانون ثاني 2024».
        ("كانون ثاني", 1), ("تشرين اول", 10), ("تشرين ثاني", 11), ("كانون اول", 12),
    ]
    static let hijri = [
        "محرم", "صفر", "ربيع الاول", "ربيع الثاني", "ربيع الاخر", "جمادي الاولي", "جمادي الاخرة", "جمادي الثانية",
        "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذي القعدة", "ذو الحجة", "ذي الحجة",
    ]
    static let english: [(String, Int)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
        ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ]
    static let ordinals: [(String, Int)] = [
        ("الاول", 1), ("الحادي", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4), ("الخامس", 5), ("السادس", 6),
        ("السابع", 7), ("الثامن", 8), ("التاسع", 9), ("العاشر", 10), ("الحادي عشر", 11), ("الثاني عشر", 12),
        ("الثالث عشر", 13), ("الرابع عشر", 14), ("الخامس عشر", 15), ("السادس عشر", 16), ("السابع عشر", 17),
        ("الثامن عشر", 18), ("التاسع عشر", 19), ("العشرين", 20), ("الحادي والعشرين", 21), ("الثاني والعشرين", 22),
        ("الثالث والعشرين", 23), ("الرابع والعشرين", 24), ("الخامس والعشرين", 25), ("السادس والعشرين", 26),
        ("السابع والعشرين", 27), ("الثامن والعشرين", 28), ("التاسع والعشرين", 29), ("الثلاثين", 30),
        ("الحادي والثلاثين", 31),
        // The first day of a month, as Maghrebi news writes it (فاتح يناير,
        // فاتح ماي, الفاتح من نوفمبر) and as Hijri dates are written (غرة
        // شوال, غرة شهر رجب 1446).
        ("فاتح", 1), ("الفاتح", 1), ("غرة", 1),
    ]
    static let weekdays = ["السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة"]

    private let patterns: PrefilteredPatterns
    private let kinds: [Kind]
    /// Each pattern's provenance, built once (a span shares it).
    private let provenances: [[Provenance]]
    private let options: NormalizationOptions
    enum Kind: String { case iso, numeric, english, arabic, year, hijri, dayRef = "day-reference" }

    public init(normalization: NormalizationOptions = NormalizationOptions()) {
        var options = normalization
        // Month names and digits are matched in their normalized spelling.
        options.alef = true; options.alefMaqsura = true; options.digits = true; options.taMarbuta = false
        self.options = options
        func alt(_ xs: [String]) -> String { RegexSource.trieAlternation(xs) }
        let arMonth = alt(Self.gregorian.map(\.0) + Self.hijri)
        let enMonth = alt(Self.english.map(\.0))
        let ordinal = alt(Self.ordinals.map(\.0))
        // The first day of a range of ordinal days (not فاتح / غرة: «the first»
        // opens no range).
        let rangeOrdinal = alt(Self.ordinals.map(\.0).filter { $0.hasPrefix("ال") && $0 != "الفاتح" })
        let yearWord = "(?:(?:ال)?عام|(?:ال)?سنة|سنه)"
        // A day and month after قوى / تحالف / حركة … name a movement
        // (قوى 14 آذار), and after ملعب / شارع / جسر / مدينة … a place
        // (ملعب 5 جويلية, جسر 6 أكتوبر, مدينة 6 أكتوبر), not a date.
        // The same month in the other calendar's name, as Levantine and Gulf
        // news write it: شباط/فبراير، يوليو/تموز، أيلول (سبتمبر), also
        // with spaces inside the brackets: «اكتوبر ( تشرين الاول ) 2005».
        // Levantine news also writes the twin after a plain space: «25 ديسمبر
        // كانون الأول 2023», «حزيران يونيو 2024» (not آب: also «father»).
        let twinWord = alt(["كانون الثاني", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "ايلول", "تشرين الاول",
                            "تشرين الثاني", "كانون الاول", "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو",
                            "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"])
        let twin = "(?: ?/ ?\(arMonth)| \\( ?\(arMonth) ?\\)| \(twinWord)(?![\\p{L}\\p{M}\\p{N}]))?"
        // A day may carry the article (الـ15 من مارس: tatweel is gone, ال15;
        // also written apart, «الـ 15 من شهر أغسطس»).
        // A Hijri era mark shows the calendar (tatweel is gone after
        // normalization: هـ → ه): «رمضان 1445 هـ», «شوال 1445 للهجرة». It
        // stays out of the span after a space, as the Hijri plugin's spans
        // have it (15 رمضان 1445), and in it only when glued on (1446هـ).
        let hijriYear = "1[34]\\d\\d"
        // A Gregorian year written with its era letter glued on (Gulf news):
        // «2024م», «15/03/2024م»; the letter is part of the date.
        let gregorianEra = "(?:(?<=(?:19|20)\\d\\d)م(?![\\p{L}\\p{M}\\p{N}]))"
        let era = "(?:(?<=\(hijriYear))ه(?![\\p{L}\\p{M}\\p{N}])|\(gregorianEra))"
        // A year from 1000 to 1899 not followed by a Hijri mark (one from
        // 1300 to 1449 may be Hijri still, and gets no norm).
        let historicYear = #"1[0-8]\d\d(?![0-9])(?! ?(?:ه|هجري|هجريه|هجرية|للهجره|للهجرة)(?![\p{L}\p{M}\p{N}]))"#
        // Two days (or more: «1 و2 و3 يناير») of one month are one DATE, the range word (و, إلى,
        // حتى, a hyphen or an en dash: «3 – 7 مارس» kept only «7 مارس») inside and the
        // word that introduces it out: «يومي [12 و13 نوفمبر 2025]», «بين
        // [3 و5 مارس]», «من [1 إلى 3 أبريل]» (norm: an ISO 8601 interval when
        // the year is given). A weekday before a date stays out (the
        // guidelines make a weekday a DATE only after اليوم / أمس / يوم …):
        // «الإثنين [3 مارس 2025]»; so do منتصف / أواخر / مطلع before a month.
        // Two ordinal days are a range the same way: «من [الثالث إلى الخامس
        // من مارس]» (not «الحادي والعشرين»: one day).
        // The second year of a range written with a dash or a slash.
        let yearEnd = #"(?: ?[-–/] ?(?<yEnd>(?:19|20)\d\d)(?![0-9])\#(gregorianEra)?)?"#
        let hijriMark = "(?= ه(?![\\p{L}\\p{M}\\p{N}])| (?:هجري|هجرية|هجريا|للهجرة)(?![\\p{L}\\p{M}\\p{N}]))"
        let specs: [(String, Kind)] = [
            (#"(?<y>(?:19|20)\d\d)-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])"#, .iso),
            // Day first, as Arabic news writes it: 12/5/2024, 03-11-2023, 1.2.2025.
            // Official letters also space the slashes: «15 / 3 / 2025».
            (#"(?<d>0?[1-9]|[12]\d|3[01])(?:[/.-]| / )(?<m>0?[1-9]|1[0-2])(?:[/.-]| / )(?<y>(?:19|20)\d\d)\#(gregorianEra)?"#, .numeric),
            // Year first with slashes or dots: 2024/05/12, 2024.5.12; the
            // Gregorian era letter glued on is part of it, as after a year
            // (2026/3/3م kept only the year 2026).
            (#"(?<y>(?:19|20)\d\d)[/.](?<m>0?[1-9]|1[0-2])[/.](?<d>0?[1-9]|[12]\d|3[01])(?![0-9])(?:م(?![\p{L}\p{M}\p{N}]))?"#, .numeric),
            (#"(?:(?<d>[0-3]?\d)(?:st|nd|rd|th)?,? (?<mon>\#(enMonth))\.?,? (?<y>(?:19|20)\d\d)|(?<mon2>\#(enMonth))\.? (?<d2>[0-3]?\d)(?:st|nd|rd|th)?,? (?<y2>(?:19|20)\d\d))"#, .english),
            (#"(?:(?<!قوي |قوى |تحالف |فريق |تيار |حركة |ائتلاف |ملعب |استاد |ستاد |شارع |ميدان |جسر |كوبري |مدينة |حي |ساحة |مدرسة |مستشفي |مستشفى |الاسبوع |اسبوع |الاسبوعين |العقد |الربع |النصف |الثلث )(?:(?:(?:ال|(?<![\p{L}\p{M}])ال )?(?<d0>[0-3]?\d) ?(?:و ?|[-–] ?|(?:الي|حتي) )(?:(?:ال)?[0-3]?\d ?(?:، ?)?و ?)*(?=(?:ال)?[0-3]?\d(?![0-9])))?(?:ال|(?<![\p{L}\p{M}])ال )?(?<d>[0-3]?\d)|(?<ord>\#(ordinal))))(?: من)? ?(?:شهر )?(?<mon>\#(arMonth))\#(twin)(?:(?: من)? (?:\#(yearWord) )?(?<y>(?:1[3-4]|19|20)\d\d)\#(era)?)?|(?:شهر )?(?<mon2>\#(arMonth))\#(twin) (?:من )?(?:\#(yearWord) )?(?:(?<y2>(?:19|20)\d\d)|\#(hijriYear)(?:\#(era)|\#(hijriMark)))"#, .arabic),
            // Two ordinal days and their month: a range, as two digit days are
            // (its own pattern: folded into the one above, the ordinals on both
            // sides made too many start literals, and that pattern was then
            // tried at every position of every document).
            (#"(?<!قوي |قوى |تحالف |فريق |تيار |حركة |ائتلاف |ملعب |استاد |ستاد |شارع |ميدان |جسر |كوبري |مدينة |حي |ساحة |مدرسة |مستشفي |مستشفى |الاسبوع |اسبوع |الاسبوعين |العقد |الربع |النصف |الثلث )(?<o0>\#(rangeOrdinal))(?: (?:الي|حتي) | ?(?:-|–) ?| و(?!(?:العشرين|الثلاثين)(?![\p{L}\p{M}\p{N}])))(?<ord>\#(ordinal))(?: من)? ?(?:شهر )?(?<mon>\#(arMonth))\#(twin)(?:(?: من)? (?:\#(yearWord) )?(?<y>(?:1[3-4]|19|20)\d\d)\#(era)?)?"#, .arabic),
            // A year after its word; the article's form also contracted after
            // ل («للعام 2025» → «لعام 2025», as the guidelines cut لل), and
            // a range of years is one DATE (norm: an ISO 8601 interval):
            // «العام 2025/2026», «للسنة 2025-2026», «بين عامي 2019 و2021».
            // After its word a year of history is a DATE too («عام 1492»,
            // «سنة 1187»), unless a Hijri mark follows (the Hijri plugin's).
            (#"ال(?:عام|سنة) (?<y>(?:19|20)\d\d|\#(historicYear))\#(gregorianEra)?\#(yearEnd)"#, .year),
            (#"(?:عام|سنة|سنه) (?<y>(?:19|20)\d\d|\#(historicYear))\#(gregorianEra)?\#(yearEnd)"#, .year),
            (#"(?:ال)?عامي (?<y>(?:19|20)\d\d) ?(?:و|الي|حتي) ?(?<yEnd>(?:19|20)\d\d)(?![0-9])"#, .year),
            // Two bare years joined by a range word after من / بين / منذ are
            // one DATE, the introducing word out as for days and months:
            // «من [2014 إلى 2022]», «بين [2019 و2021]» (not «بين 2019 و150»:
            // both are years; not before a count or a percentage).
            (#"(?<=(?<![\p{L}\p{M}])من |(?<![\p{L}\p{M}])ومن |(?<![\p{L}\p{M}])بين |(?<![\p{L}\p{M}])وبين |(?<![\p{L}\p{M}])منذ |(?<![\p{L}\p{M}])ومنذ )(?<y>(?:19|20)\d\d) ?(?:و|الي|حتي) ?(?<yEnd>(?:19|20)\d\d)(?![0-9])(?! ?[\p{N}%])"#, .year),
            // A Hijri month and a Hijri year without the era mark: «رمضان 1445»,
            // «شهر محرم الحرام 1446» (no ISO norm; no y group).
            (#"(?:شهر )?\#(alt(Self.hijri))(?: المبارك| الحرام| الخير)? (?:من )?(?:\#(yearWord) )?(?:13[5-9]|14\d)\d(?![0-9])\#(era)?"#, .hijri),
            // A Hijri year after its word, the calendar shown by the era
            // mark (glued on, in the span; after a space, out of it, as
            // above): «عام 1375 هـ», «سنة 1446هـ», «العام 1445 للهجرة»; and a
            // bare Hijri year with the mark glued on: «في 1446هـ».
            (#"\#(yearWord) \#(hijriYear)(?:\#(era)|\#(hijriMark))|(?<![0-9])\#(hijriYear)ه(?![\p{L}\p{M}\p{N}])"#, .hijri),
            // A Hijri date in digits, year first or day first, shown by its
            // era mark (Gulf official style): «1446/9/15هـ», «15/09/1446 هـ».
            (#"(?<![0-9/.-])(?:\#(hijriYear)/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12][0-9]|30)|(?:0?[1-9]|[12][0-9]|30)/(?:0?[1-9]|1[0-2])/\#(hijriYear))(?:ه(?![\p{L}\p{M}\p{N}])|\#(hijriMark))"#, .hijri),
            // (A bare year with its era letter glued on: «الموافق 2024م».)
            // After في / منذ / قبل / أواخر … the year is a date when the sentence
            // goes on with a definite word, a particle or a preposition («في
            // 2024 مقابل 2.5%», «منذ 2011 والبلاد», «في أواخر 2023 عندما»);
            // an indefinite noun after it makes it a count («في 1500 موقع»).
            // After a quarter or a half of the year too («في الربع الثاني من
            // 2026 إن الأرباح»), and before بنسبة / مقارنة / أن («خلال 2025
            // بنسبة 4%», «في 2024 أن»). Also after بحلول / اعتبارا من /
            // ابتداء من, and before من or في («في 2028 من المشروع»,
            // «بحلول 2030 في القطاع»; not مع: «في 2024 مع شركائه» may count them).
            // (So before عبر، وفق، حسب، بعد، بسبب، رغم، تحت: «في 2027 عبر
            // استطلاعات رأي», «في 2027 وفق الدستور».)
            (#"(?:(?<=في |منذ |حتي |خلال |مطلع |نهاية |بداية |الموافق |قبل |بعد |بحلول |اعتبارا من |ابتداء من |اواخر |اوائل |منتصف |اواسط |صيف |شتاء |ربيع |خريف |الربع الاول من |الربع الثاني من |الربع الثالث من |الربع الرابع من |الربع الاخير من |النصف الاول من |النصف الثاني من )(?<y>(?:19|20)\d\d)\#(gregorianEra)?(?! ?[\p{N}%])(?!\p{L})(?! (?!(?:[وفبل]|لل)?ال\p{L}|(?:مقابل|بنسبة|مقارنة|ان|انه|انها|عندما|حين|حينما|حيث|وسط|اثر|عقب|ضمن|الي|علي|عن|من|في|وحده|وحدها|فقط|ايضا|تقريبا|ثم|حتي|لكن|ولكن|كما|قد|لم|لن|بعدما|اذ|وقد|وفي|وبعد|وقبل|وحتي|وهو|وهي|فيما|بينما|عبر|وفق|وفقا|حسب|بحسب|بعد|بسبب|رغم|تحت)(?![\p{L}\p{M}\p{N}]))\p{L}))|(?<y2>(?:19|20)\d\d)\#(gregorianEra)?(?=\s*(?:$|\n|[.،,:؛)»”]))|(?<y3>(?:19|20)\d\d) ?[-–/] ?(?<yEnd2>(?:19|20)\d\d)(?![0-9/-]|\.[0-9])"#, .year),
            // (أول أمس, «the day before yesterday», is one day reference; so
            // are يوم غد / يوم أمس before the weekday: «يوم غد الأربعاء».)
            // Two weekdays after the dual يومي are one day reference, as two
            // days of one month are one DATE: «يومي [الأحد والاثنين]» had
            // no DATE; the whole «يومي الأحد والاثنين» is the span.
            (#"(?:اليوم|(?:اول )?امس|غدا|يوم(?: (?:غد|امس))?|ليلة) (?<wd>\#(alt(Self.weekdays)))|يومي \#(alt(Self.weekdays)) ?و ?\#(alt(Self.weekdays))"#, .dayRef),
        ]
        let n = Normalizer(options: options)
        // Digits are ASCII after normalization: [0-9] rather than \d (which,
        // with UCP, could start at any letter's first byte) lets the
        // patterns be tried only where a digit or a month word begins.
        patterns = try! PrefilteredPatterns(specs.map { n.normalizeString($0.0.replacingOccurrences(of: #"\d"#, with: "[0-9]")) },
                                            options: [.caseless])
        kinds = specs.map(\.1)
        provenances = kinds.map { [Provenance(extractor: Self.extractorName, rule: "date/\($0.rawValue)")] }
    }

    /// Whether every pattern is tried only where one of its start literals
    /// occurs (a pattern without provable start literals is tried at every
    /// position of every document: many times slower).
    var everyPatternPrefiltered: Bool { patterns.prefiltered.allSatisfy { $0 } }

    public func extract(_ context: DocumentContext, previous: [Span]) -> [Span] {
        let text = context.normalized(options)
        var found: [(Range<Int>, String?, Int)] = []
        // Day and month of each Arabic day-month DATE (year 0 when none): two
        // of them joined by a range word become one DATE below.
        var dayMonth: [Int: (d: Int, m: Int, y: Int)] = [:]
        text.bytes.withUnsafeBufferPointer { buf in
            let stopped = patterns.matches(in: buf, scratch: context.scratch) { i, whole in
                guard !whole.isEmpty else { return }
                let regex = patterns.regexes[i]
                func g(_ name: String) -> String? {
                    guard let n = regex.namedGroups[name], let r = context.scratch.range(ofGroup: n) else { return nil }
                    return String(decoding: buf[r], as: UTF8.self)
                }
                var range = whole, norm = Self.norm(kind: kinds[i], g)
                // A month and its year that end a range of months: the range is
                // one DATE (only the few words before this match are read).
                if kinds[i] == .arabic, g("mon2") != nil, whole.lowerBound > 0,
                    let start = Self.monthRangeStart(buf, before: whole.lowerBound) {
                    if let firstEnd = start.separateEnd {
                        // «بين [يناير] و[مارس 2027]»: the first month is a DATE of its own, in the second's year.
                        found.append((start.start..<firstEnd, Self.monthNorm(first: start.month, last: norm), i))
                    } else {
                        range = start.start..<whole.upperBound
                        norm = Self.rangeNorm(first: start.month, last: norm)
                    }
                }
                if kinds[i] == .arabic, g("d0") == nil, g("o0") == nil, let mon = g("mon"), let m = Self.monthNumber[mon],
                    let d = g("d").flatMap({ Int($0) }) ?? g("ord").flatMap({ o in Self.ordinals.first(where: { $0.0 == o })?.1 }),
                    d >= 1, d <= 31 {
                    dayMonth[found.count] = (d, m, g("y").flatMap { Int($0) } ?? 0)
                }
                found.append((range, norm, i))
            }
            for (i, why) in stopped {
                context.problems.append(DocumentProblem(
                    kind: "match-limit", message: "date pattern \(kinds[i].rawValue) was stopped by PCRE2 (\(why)); dates in this document may be missing",
                    source: "date/\(kinds[i].rawValue)"))
            }
        }
        if dayMonth.count > 1 {
            text.bytes.withUnsafeBufferPointer { buf in Self.joinDayRanges(&found, dayMonth, buf) }
        }
        let ranges = text.originalRanges(found.map(\.0))
        return zip(found, ranges).map { f, r in
            Span(start: r.lowerBound, end: r.upperBound, label: Label.date, text: "", norm: f.1,
                 provenance: provenances[f.2])
        }
    }

    /// Month name (normalized) → month number, Hijri months → 0.
    static let monthNumber: [String: Int] = {
        var d = [String: Int]()
        for (m, n) in gregorian { d[m] = n }
        for m in hijri { d[m] = 0 }
        return d
    }()
    static let ordinalWords = Set(ordinals.map(\.0))
        .union(ordinals.compactMap { $0.0.split(separator: " ").last.map(String.init) })

    /// Where a range of months begins when the month-and-year DATE that
    /// starts at byte `end` of the normalized text is its second month:
    /// «من [يناير إلى سبتمبر 2026]», «[مارس حتى يونيو 2025]», «[مارس - يونيو
    /// 2025]». Two months joined by و after بين are two DATEs, the first in
    /// the second's year: «بين [مارس] و[يونيو 2025]» (`separateEnd` is where
    /// the first ends); without بين («في يناير وسبتمبر 2026») the first month
    /// is no DATE. The word that introduces the range (من، بين) stays out, as
    /// for ranges of days; a first month after a day («الأول من يناير إلى
    /// …», «5 يناير - …») is left alone. Reads at most a few dozen bytes
    /// before the match. Returns the start and the first month's number (0
    /// for a Hijri month).
    static func monthRangeStart(_ buf: UnsafeBufferPointer<UInt8>, before end: Int)
        -> (start: Int, month: Int, separateEnd: Int?)? {
        let lo = max(0, end - 96)
        // Words before the match, nearest last; the byte offset where each begins.
        var words: [(String, Int)] = []
        var i = end
        // The connector may be glued on the second month: «ويونيو».
        let waw: [UInt8] = [0xD9, 0x88]
        var gluedWaw = false
        if i - 2 >= lo, buf[i - 2] == waw[0], buf[i - 1] == waw[1] {
            guard i - 3 < lo || buf[i - 3] == 0x20 else { return nil }
            gluedWaw = true
            i -= 2
        }
        while words.count < 6, i > lo {
            while i > lo, buf[i - 1] == 0x20 { i -= 1 }
            var j = i
            while j > lo, buf[j - 1] != 0x20, buf[j - 1] != 0x0A { j -= 1 }
            guard j < i else { break }
            words.append((String(decoding: UnsafeBufferPointer(rebasing: buf[j..<i]), as: UTF8.self), j))
            if j > lo, buf[j - 1] == 0x0A { break }
            i = j
        }
        var k = 0
        func word(_ n: Int) -> String? { n < words.count ? words[n].0 : nil }
        func finish(first: Int, wordIndex: Int, and: Bool) -> (start: Int, month: Int, separateEnd: Int?)? {
            var m = wordIndex
            // The first month with its twin in the other naming: «أبريل / نيسان إلى …».
            if word(m + 1) == "/", let w = word(m + 2), monthNumber[w] != nil { m += 2 }
            if word(m + 1) == "شهر" { m += 1 }
            let intro = word(m + 1)
            if and {
                guard intro == "بين" else { return nil }
            } else if let w = intro {
                // After a day: «5 يناير - سبتمبر», «الاول من يناير الي …».
                let dayBefore = { (x: String) in x.last.map { $0.isASCII && $0.isNumber } ?? false || ordinalWords.contains(x) }
                if dayBefore(w) { return nil }
                if w == "من", let w2 = word(m + 2), dayBefore(w2) { return nil }
            }
            return (words[m].1, first, and ? words[k].1 + words[k].0.utf8.count : nil)
        }
        // The connector.
        let and: Bool
        if gluedWaw {
            and = true
        } else if let w = word(0), w == "و" {
            and = true; k = 1
        } else if let w = word(0), ["الي", "حتي", "-", "–"].contains(w) {
            and = false; k = 1
        } else if let w = word(0), w.count > 1, w.hasSuffix("-") || w.hasSuffix("–") {
            // «مارس- يونيو»: the dash glued on the first month.
            guard let n = monthNumber[String(w.dropLast())] else { return nil }
            return finish(first: n, wordIndex: 0, and: false)
        } else {
            return nil
        }
        // The first month: one word, or two (كانون الثاني، تشرين الاول، ربيع الاول …).
        if let w1 = word(k), let w0 = word(k + 1), let n = monthNumber[w0 + " " + w1] {
            return finish(first: n, wordIndex: k + 1, and: and)
        }
        if let w = word(k), let n = monthNumber[w] {
            return finish(first: n, wordIndex: k, and: and)
        }
        return nil
    }

    /// Two day-and-month DATEs joined by a range word are one DATE, the
    /// first without its year: «من [1 يناير إلى 31 مارس 2024]» (joined by
    /// و they stay two: «بين [17 أبريل] و[2 مايو 2027]»), norm an ISO 8601 interval
    /// within the year; also without a year or in Hijri months («من [28
    /// فبراير إلى 2 مارس]», «من [10 رمضان حتى 20 رمضان]»), with no norm.
    /// Looks only at the DATEs found, in text order.
    static func joinDayRanges(_ found: inout [(Range<Int>, String?, Int)], _ dayMonth: [Int: (d: Int, m: Int, y: Int)],
                              _ buf: UnsafeBufferPointer<UInt8>) {
        let order = dayMonth.keys.sorted { found[$0].0.lowerBound < found[$1].0.lowerBound }
        var drop = Set<Int>()
        for (a, b) in zip(order, order.dropFirst()) where !drop.contains(a) {
            // The first without a year; the second with or without one
            // («من 28 فبراير إلى 2 مارس», «من 10 رمضان حتى 20 رمضان»: one
            // DATE, no norm), both in one calendar.
            guard let x = dayMonth[a], let y = dayMonth[b], x.y == 0, (x.m == 0) == (y.m == 0) else { continue }
            let ra = found[a].0, rb = found[b].0
            guard ra.upperBound < rb.lowerBound, rb.lowerBound - ra.upperBound <= 10 else { continue }
            let gap = String(decoding: UnsafeBufferPointer(rebasing: buf[ra.upperBound..<rb.lowerBound]), as: UTF8.self)
            let first = x.m > 0 && y.y > 0 && (x.m, x.d) < (y.m, y.d)
                ? "\(y.y)-\(x.m < 10 ? "0" : "")\(x.m)-\(x.d < 10 ? "0" : "")\(x.d)" : nil
            switch gap {
            case " الي ", " حتي ", " - ", "-", " – ", "–", " -", "- ": break
            case " و", " و ":
                // Two DATEs; the first takes the second's year.
                if found[a].1 == nil, found[b].1 != nil { found[a].1 = first }
                continue
            default: continue
            }
            found[a].0 = ra.lowerBound..<rb.upperBound
            found[a].1 = first.map { "\($0)/\(found[b].1 ?? "")" }
            if found[b].1 == nil { found[a].1 = nil }
            drop.insert(b)
        }
        if !drop.isEmpty { found = found.enumerated().filter { !drop.contains($0.offset) }.map(\.element) }
    }

    /// The norm of the first of two months whose second has a year: that
    /// month in the same year (2027-01), none for a Hijri month or a first
    /// month after the second (the year before is a guess).
    static func monthNorm(first: Int, last: String?) -> String? {
        guard let last, last.utf8.count == 7, let m = Int(last.suffix(2)), first >= 1, first < m else { return nil }
        return "\(last.prefix(4))-\(first < 10 ? "0" : "")\(first)"
    }

    /// The norm of a range of months: an ISO 8601 interval within one year
    /// (2026-01/2026-09), none across the new year or for a Hijri month.
    static func rangeNorm(first: Int, last: String?) -> String? {
        guard let last, last.utf8.count == 7, let m = Int(last.suffix(2)), first >= 1, first < m else { return nil }
        let y = last.prefix(4)
        return "\(y)-\(first < 10 ? "0" : "")\(first)/\(last)"
    }

    static func norm(kind: Kind, _ g: (String) -> String?) -> String? {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch kind {
        case .iso:
            return "\(g("y")!)-\(g("m")!)-\(g("d")!)"
        case .numeric:
            guard let y = g("y"), let m = Int(g("m") ?? ""), let d = Int(g("d") ?? "") else { return nil }
            return "\(y)-\(two(m))-\(two(d))"
        case .english:
            let mon = (g("mon") ?? g("mon2"))!.lowercased()
            guard let m = english.first(where: { $0.0 == mon })?.1, let y = g("y") ?? g("y2"),
                let d = Int(g("d") ?? g("d2") ?? "") else { return nil }
            return "\(y)-\(two(m))-\(two(d))"
        case .arabic:
            let mon = (g("mon") ?? g("mon2"))!
            guard let m = gregorian.first(where: { $0.0 == mon })?.1 else { return nil }  // Hijri: no ISO norm
            guard let y = g("y") ?? g("y2"), Int(y)! >= 1900 else { return nil }
            let day = g("d").flatMap { Int($0) } ?? g("ord").flatMap { o in ordinals.first(where: { $0.0 == o })?.1 }
            if let day, day >= 1, day <= 31 {
                if let first = g("d0").flatMap({ Int($0) }) ?? g("o0").flatMap({ o in ordinals.first(where: { $0.0 == o })?.1 }) {
                    guard first >= 1, first < day else { return nil }
                    return "\(y)-\(two(m))-\(two(first))/\(y)-\(two(m))-\(two(day))"
                }
                return "\(y)-\(two(m))-\(two(day))"
            }
            return "\(y)-\(two(m))"
        case .year:
            guard let y = g("y") ?? g("y2") ?? g("y3") else { return nil }
            if let n = Int(y), (1300..<1450).contains(n) { return nil }  // Gregorian or Hijri: no norm
            guard let last = g("yEnd") ?? g("yEnd2") else { return y }
            return Int(last)! > Int(y)! ? "\(y)/\(last)" : nil
        case .hijri, .dayRef:  // a Hijri month and year has no ISO norm
            return nil
        }
    }
}
