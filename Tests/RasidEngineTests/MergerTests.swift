import Testing
@testable import RasidEngine
import RasidModel

struct MergerTests {
    func span(_ s: Int, _ e: Int, _ l: String, rule: String, priority: Int = 0) -> Span {
        Span(start: s, end: e, label: l, text: "t", provenance: [Provenance(extractor: "rules", rule: rule)], priority: priority)
    }

    @Test func identicalSpansMergeProvenance() {
        let (kept, dropped) = Merger().merge([span(0, 5, "RANK", rule: "a"), span(0, 5, "RANK", rule: "b")])
        #expect(kept.count == 1)
        #expect(kept[0].provenance.map(\.rule) == ["a", "b"])
        #expect(dropped.isEmpty)
    }

    @Test func priorityThenLongestThenLeftmost() {
        let (kept, dropped) = Merger(dropInside: []).merge([
            span(0, 10, "ORG", rule: "long"), span(2, 5, "ORG", rule: "high", priority: 5),
            span(20, 25, "ORG", rule: "left"), span(22, 27, "ORG", rule: "right"),
            span(40, 50, "ORG", rule: "longer"), span(45, 52, "ORG", rule: "shorter"),
        ])
        #expect(kept.map(\.rule) == ["high", "left", "longer"])
        #expect(dropped.map(\.span.rule) == ["long", "right", "shorter"])
        #expect(dropped[0].reason.contains("higher priority"))
        #expect(dropped[1].reason.contains("starts first"))
        #expect(dropped[2].reason.contains("is longer"))
    }

    /// The pair lists are kept as integer tables: changing a list after
    /// the merger is made must change what it drops.
    @Test func pairListsChangedAfterInitApply() {
        var merger = Merger(dropInside: [], preferOnSameRange: [])
        let spans = [span(0, 17, "TITLE", rule: "t"), span(5, 17, "ORG", rule: "o"), span(20, 25, "ORG", rule: "p"), span(20, 25, "LOCATION", rule: "l")]
        #expect(merger.merge(spans).kept.count == 4)
        merger.dropInside = [(inner: "ORG", outer: "TITLE")]
        #expect(merger.merge(spans).kept.map(\.rule) == ["t", "l", "p"])  // report order: LOCATION before ORG
        merger.preferOnSameRange = [(winner: "LOCATION", loser: "ORG")]
        #expect(merger.merge(spans).kept.map(\.rule) == ["t", "l"])
    }

    @Test func differentLabelsNest() {
        let (kept, _) = Merger().merge([span(0, 20, "ORG", rule: "o"), span(12, 20, "COUNTRY", rule: "c")])
        #expect(kept.count == 2)
    }

    /// A country's name inside a place's name (جبل لبنان، نهر السنغال،
    /// المحيط الهندي) is no mention of the country.
    @Test func countryInsideLocationIsDropped() {
        let (kept, dropped) = Merger().merge([span(0, 9, "LOCATION", rule: "l"), span(4, 9, "COUNTRY", rule: "c")])
        #expect(kept.map(\.label) == ["LOCATION"])
        #expect(dropped.first?.reason.contains("COUNTRY inside LOCATION") == true)
    }

    /// A body inside a place's name (ملعب تويوتا، مسرح كازينو لبنان) is part
    /// of the name, not a mention of the body.
    @Test func orgInsideLocationIsDropped() {
        let (kept, dropped) = Merger().merge([span(0, 11, "LOCATION", rule: "venue"), span(5, 11, "ORG", rule: "company")])
        #expect(kept.map(\.label) == ["LOCATION"])
        #expect(dropped.first?.reason.contains("ORG inside LOCATION") == true)
    }

    /// A club's name that holds a nisba naming no country (المصري
    /// البورسعيدي): its rule's `no_inner: COUNTRY` drops the COUNTRY inside
    /// it, on its own words and on a duplicate found by another rule; an ORG
    /// without the attr keeps its nisba (الاتحاد المصري → COUNTRY المصري).
    @Test func noInnerAttrDropsThatLabelInside() {
        var club = span(0, 17, "ORG", rule: "club")
        club.attrs["no_inner"] = "COUNTRY"
        let (kept, dropped) = Merger().merge([
            span(0, 17, "ORG", rule: "lexicon"), club, span(0, 6, "COUNTRY", rule: "c"),
            span(20, 34, "ORG", rule: "federation"), span(28, 34, "COUNTRY", rule: "d"),
        ])
        #expect(kept.map(\.rule) == ["lexicon", "federation", "d"])
        #expect(kept[0].provenance.map(\.rule) == ["lexicon", "club"])
        #expect(dropped.map(\.span.rule) == ["c"])
        #expect(dropped.first?.reason.contains("is part of its name") == true)
    }

    @Test func orgInsideTitleIsDropped() {
        let (kept, dropped) = Merger().merge([span(0, 17, "TITLE", rule: "t"), span(5, 17, "ORG", rule: "o")])
        #expect(kept.map(\.label) == ["TITLE"])
        #expect(dropped.first?.reason.contains("ORG inside TITLE") == true)
    }

    /// An ORG that starts inside a TITLE and runs past it (مدير الوكالة
    /// الدولية | الوكالة الدولية للطاقة الذرية) is the TITLE's body cut at
    /// the preposition: not annotated (guidelines). One that starts first
    /// and ends inside the TITLE is not dropped by that pair.
    /// A place inside a body's name is not annotated while the body is
    /// (جامعة القاهرة); inside a TITLE the body is not, so the place is
    /// (رئيس جامعة القاهرة → TITLE + LOCATION القاهرة, as the seeds' gold
    /// has طرابلس in مدير عام مستشفى طرابلس المركزي). A body that runs past
    /// the TITLE still holds its place.
    @Test func placeInsideABodyInsideATitleIsKept() throws {
        let alone = Merger().merge([span(0, 12, "ORG", rule: "university"), span(6, 12, "LOCATION", rule: "city")])
        #expect(alone.kept.map(\.rule) == ["university"])
        let inTitle = Merger().merge([span(0, 16, "TITLE", rule: "head"), span(4, 16, "ORG", rule: "university"),
                                      span(10, 16, "LOCATION", rule: "city")])
        #expect(inTitle.kept.map(\.rule) == ["head", "city"])
        #expect(inTitle.discarded.map(\.span.rule) == ["university"])
        let past = Merger().merge([span(0, 10, "TITLE", rule: "coach"), span(5, 16, "ORG", rule: "club"),
                                   span(11, 16, "LOCATION", rule: "city")])
        #expect(past.kept.map(\.rule) == ["coach"])
        #expect(Set(past.discarded.map(\.span.rule)) == ["club", "city"])
        // ... but not a place inside the TITLE too: «رئيس هيئة [الشارقة]» + ORG
        // «هيئة الشارقة للكتاب» keeps LOCATION الشارقة (culturedesk54).
        let within = Merger().merge([span(0, 17, "TITLE", rule: "head"), span(5, 24, "ORG", rule: "authority"),
                                     span(10, 17, "LOCATION", rule: "city")])
        #expect(within.kept.map(\.rule) == ["head", "city"])
        #expect(within.discarded.map(\.span.rule) == ["authority"])
    }

    /// A country's name inside a region's name is no mention of the country
    /// even where the region is itself inside a body's name and dropped
    /// there (اتحاد المغرب العربي: ORG only; not COUNTRY «المغرب»).
    @Test func countryInsideAPlaceInsideABodyIsDropped() throws {
        let (kept, dropped) = Merger().merge([span(0, 18, "ORG", rule: "union"), span(6, 18, "LOCATION", rule: "region"),
                                              span(6, 12, "COUNTRY", rule: "morocco")])
        #expect(kept.map(\.rule) == ["union"])
        #expect(Set(dropped.map(\.span.rule)) == ["region", "morocco"])
        #expect(dropped.first { $0.span.rule == "morocco" }?.winner?.rule == "region")
    }

    /// A mosque or a base named after an officer (مسجد المشير طنطاوي):
    /// the rank and the name inside the place are not annotated.
    @Test func rankAndPersonInsideAPlaceAreDropped() {
        let (kept, dropped) = Merger().merge([span(0, 18, "LOCATION", rule: "mosque"), span(5, 11, "RANK", rule: "marshal"),
                                              span(12, 18, "PERSON", rule: "name")])
        #expect(kept.map(\.rule) == ["mosque"])
        #expect(Set(dropped.map(\.span.rule)) == ["marshal", "name"])
        #expect(dropped.first { $0.span.rule == "marshal" }?.reason.contains("RANK inside LOCATION") == true)
    }

    @Test func orgStartingInsideTitleAndRunningPastIsDropped() throws {
        let (kept, dropped) = Merger().merge([span(0, 20, "TITLE", rule: "t"), span(5, 30, "ORG", rule: "o")])
        #expect(kept.map(\.label) == ["TITLE"])
        #expect(dropped.first?.reason.contains("ORG starting inside TITLE") == true)
        let (both, _) = Merger(dropInside: [(Label.org, Label.title)]).merge([
            span(10, 30, "TITLE", rule: "t"), span(0, 15, "ORG", rule: "o"),
        ])
        #expect(both.count == 2)
        let report = BundledPipeline.annotate("وقال مدير الوكالة الدولية للطاقة الذرية محمد البرادعي إن")
        let labelled = report.spans.map { "\($0.label) \($0.text)" }
        #expect(!labelled.contains { $0.hasPrefix("ORG") }, "\(labelled)")
        #expect(labelled.contains("PERSON محمد البرادعي"))
    }

    /// A country's name inside a person's (جورجيا ميلوني) names the person,
    /// not the country; a nisba inside an ORG is still a COUNTRY (guidelines).
    @Test func countryInsidePersonIsDroppedButNotInsideOrg() throws {
        let (kept, dropped) = Merger().merge([span(0, 14, "PERSON", rule: "p"), span(0, 6, "COUNTRY", rule: "c")])
        #expect(kept.map(\.label) == ["PERSON"])
        #expect(dropped.first?.reason.contains("COUNTRY inside PERSON") == true)
        let (both, _) = Merger().merge([span(0, 20, "ORG", rule: "o"), span(12, 20, "COUNTRY", rule: "c")])
        #expect(both.count == 2)
        let text = "وشارك كير ستارمر وأولاف شولتس وجورجيا ميلوني في القمة، ثم زارت جورجيا."
        let report = BundledPipeline.annotate(text)
        let labelled = report.spans.map { "\($0.label) \($0.text)" }
        #expect(labelled.contains("PERSON جورجيا ميلوني"))
        #expect(labelled.filter { $0 == "COUNTRY جورجيا" }.count == 1, "only the country itself: \(labelled)")
        #expect(report.discarded.contains { $0.span.label == "COUNTRY" && $0.reason.contains("inside PERSON") })
    }

    /// A title or a name inside a place's name (مطار الملكة علياء، معبر إبراهيم
    /// الخليل) belongs to the place.
    @Test func titleAndPersonInsideALocationAreDropped() throws {
        let text = "ووصل الوفد إلى مطار الملكة علياء الدولي ثم إلى معبر إبراهيم الخليل"
        let report = BundledPipeline.annotate(text)
        #expect(report.spans.map { "\($0.label) \($0.text)" } == ["LOCATION مطار الملكة علياء الدولي", "LOCATION معبر إبراهيم الخليل"])
    }

    /// The words of a compound rank (الجنرال دو كور دارمي) are not a name,
    /// though a name follows the shorter rank inside it (الجنرال): the
    /// person extractor reads names after the longer rank only, and the
    /// merger drops a PERSON that starts inside a RANK.
    @Test func personInsideARankIsDropped() throws {
        let report = BundledPipeline.annotate("أكد الجنرال دو كور دارمي محمد بريظ أن المناورات")
        #expect(report.spans.map { "\($0.label) \($0.text)" } == ["RANK الجنرال دو كور دارمي", "PERSON محمد بريظ"])
        let (kept, dropped) = Merger().merge([span(0, 10, "RANK", rule: "r"), span(5, 15, "PERSON", rule: "p")])
        #expect(kept.map(\.label) == ["RANK"])
        #expect(dropped.contains { $0.span.label == "PERSON" && $0.reason.contains("inside RANK") })
    }

    /// Two labels on exactly the same words: the configured winner stays.
    @Test func sameRangeKeepsThePreferredLabel() throws {
        let (kept, dropped) = Merger().merge([span(0, 7, "LOCATION", rule: "l"), span(0, 7, "ORG", rule: "o")])
        #expect(kept.map(\.label) == ["ORG"])
        #expect(dropped.map(\.reason) == ["LOCATION on the same words as ORG 0..7 't' (o) is not annotated"])
        // Without the preference both stay; a longer span is not "the same words".
        #expect(Merger(preferOnSameRange: []).merge([span(0, 7, "LOCATION", rule: "l"), span(0, 7, "ORG", rule: "o")])
            .kept.count == 2)
        #expect(Merger(dropInside: []).merge([span(0, 9, "LOCATION", rule: "l"), span(0, 7, "ORG", rule: "o")]).kept.count == 2)
        // In the pipeline: a club and a newspaper named like their city.
        let report = BundledPipeline.annotate("وفاز برشلونة الإسباني، وكتبت صحيفة القدس")
        #expect(report.spans.map { "\($0.label) \($0.text)" } == ["ORG برشلونة", "COUNTRY الإسباني", "ORG القدس"])
    }

    /// A city named after a date, read by a place rule on the date's own
    /// words, is the place; the date alone stays a DATE.
    @Test func cityNamedAfterADateIsThePlace() throws {
        let (kept, _) = Merger().merge([span(0, 15, "DATE", rule: "date/arabic"), span(0, 15, "LOCATION", rule: "l")])
        #expect(kept.map(\.label) == ["LOCATION"])
        let report = BundledPipeline.annotate("وتشمل الخطة مدن الشروق وبدر والعاشر من رمضان.")
        #expect(report.spans.contains { $0.label == Label.location && $0.text == "العاشر من رمضان" })
        #expect(!report.spans.contains { $0.label == Label.date })
    }

    /// A given name read inside a country's name is dropped (ساو تومي وبرينسيب).
    @Test func personInsideACountryIsDropped() throws {
        let (kept, _) = Merger().merge([span(0, 20, "COUNTRY", rule: "c"), span(4, 20, "PERSON", rule: "person/given-name")])
        #expect(kept.map(\.label) == ["COUNTRY"])
        let report = BundledPipeline.annotate("وصل رئيس وزراء ساو تومي وبرينسيب إلى لشبونة")
        #expect(!report.spans.contains { $0.label == Label.person })
    }

    /// A group named after its founder: the ORG rule's span and the PERSON
    /// read on the same words; the body is kept.
    @Test func companyNamedAfterItsFounderIsTheBody() throws {
        let (kept, _) = Merger().merge([span(0, 17, "PERSON", rule: "person/given-name"), span(0, 17, "ORG", rule: "o")])
        #expect(kept.map(\.label) == ["ORG"])
        let report = BundledPipeline.annotate("بمساهمة مجموعة يوسف بن أحمد كانو ومجموعة الزياني")
        #expect(!report.spans.contains { $0.label == Label.person })
        #expect(report.spans.contains { $0.label == Label.org && $0.text == "يوسف بن أحمد كانو" })
    }

    /// On the same words, a span of higher priority beats the preferred
    /// label: the neighbourhood after حي over the club of an ORG lexicon.
    @Test func higherPriorityBeatsThePreferredLabel() throws {
        let (kept, dropped) = Merger().merge([span(0, 7, "LOCATION", rule: "l", priority: 1), span(0, 7, "ORG", rule: "o")])
        #expect(kept.map(\.label) == ["LOCATION"])
        #expect(dropped.first?.reason.contains("ORG on the same words as LOCATION") == true)
        // Equal priorities: the preferred label, as before.
        #expect(Merger().merge([span(0, 7, "LOCATION", rule: "l", priority: 1), span(0, 7, "ORG", rule: "o", priority: 1)])
            .kept.map(\.label) == ["ORG"])
        let report = BundledPipeline.annotate("وقع الانفجار في حي الزمالك بالقاهرة مساء أمس")
        #expect(report.spans.map { "\($0.label) \($0.text)" } == ["LOCATION الزمالك", "LOCATION القاهرة"])
        // The club elsewhere stays an ORG.
        let club = BundledPipeline.annotate("واستجاب الزمالك لكل مطالب اللجنة")
        #expect(club.spans.map { "\($0.label) \($0.text)" } == ["ORG الزمالك"])
    }

    /// A place rule's LOCATION on exactly the words of a name read as a
    /// person (a kunya + given name: أبو موسى the Gulf island) drops the PERSON,
    /// as a PERSON inside a LOCATION is dropped.
    @Test func locationOnTheSameWordsAsAPersonWins() throws {
        let (kept, dropped) = Merger().merge([span(0, 8, "PERSON", rule: "p"), span(0, 8, "LOCATION", rule: "l")])
        #expect(kept.map(\.label) == ["LOCATION"])
        #expect(dropped.first?.reason.contains("PERSON on the same words as LOCATION") == true)
        let report = BundledPipeline.annotate("السيادة على جزر طنب الكبرى وطنب الصغرى وأبو موسى التي تحتلها إيران")
        let labelled = report.spans.map { "\($0.label) \($0.text)" }
        #expect(labelled.contains("LOCATION أبو موسى"), "\(labelled)")
        #expect(!labelled.contains("PERSON أبو موسى"), "\(labelled)")
    }

    /// A capital inside a country's name names no place of its own.
    @Test func locationInsideACountryIsDropped() throws {
        let report = BundledPipeline.annotate("وزار الوفد غينيا بيساو أمس")
        #expect(report.spans.map { "\($0.label) \($0.text)" } == ["COUNTRY غينيا بيساو"])
        #expect(report.discarded.contains { $0.span.label == "LOCATION" && $0.reason.contains("inside COUNTRY") })
    }

    /// A ship named after a person or a city (VESSEL, the label
    /// rules/vessels.yaml adds) holds no PERSON or LOCATION of its own; the
    /// places and the nisba around it stay.
    @Test func personAndPlaceInsideVesselAreDropped() {
        let (kept, dropped) = Merger().merge([span(0, 14, "VESSEL", rule: "v"), span(4, 14, "PERSON", rule: "p")])
        #expect(kept.map(\.label) == ["VESSEL"])
        #expect(dropped.first?.reason.contains("PERSON inside VESSEL") == true)
        let (same, sameDropped) = Merger().merge([span(0, 14, "LOCATION", rule: "l"), span(0, 14, "VESSEL", rule: "v")])
        #expect(same.map(\.label) == ["VESSEL"])
        #expect(sameDropped.first?.reason.contains("LOCATION on the same words as VESSEL") == true)
        let text = "استهدفت حاملة الطائرات الأميركية دوايت أيزنهاور في البحر الأحمر، وتصدت الفرقاطة الهندية آي إن إس كولكاتا لهجوم قرب عدن."
        let labelled = BundledPipeline.annotate(text).spans.map { "\($0.label) \($0.text)" }
        #expect(labelled.contains("VESSEL دوايت أيزنهاور"), "\(labelled)")
        #expect(labelled.contains("VESSEL آي إن إس كولكاتا"), "\(labelled)")
        #expect(!labelled.contains { $0.hasPrefix("PERSON") || $0 == "LOCATION كولكاتا" }, "\(labelled)")
        #expect(labelled.contains("LOCATION البحر الأحمر") && labelled.contains("LOCATION عدن"), "\(labelled)")
        #expect(labelled.contains("COUNTRY الأميركية") && labelled.contains("COUNTRY الهندية"), "\(labelled)")
    }

    /// A ship named after a king or a country holds no TITLE or COUNTRY of
    /// its own; a base or a square named after a date holds no DATE.
    @Test func titleInsideVesselAndDateInsidePlaceAreDropped() {
        let (kept, dropped) = Merger().merge([span(0, 20, "VESSEL", rule: "v"), span(0, 5, "TITLE", rule: "t"),
                                              span(6, 12, "COUNTRY", rule: "c")])
        #expect(kept.map(\.label) == ["VESSEL"])
        #expect(dropped.map(\.reason).contains { $0.contains("TITLE inside VESSEL") })
        #expect(dropped.map(\.reason).contains { $0.contains("COUNTRY inside VESSEL") })
        let (place, placeDropped) = Merger().merge([span(0, 22, "LOCATION", rule: "l"), span(6, 14, "DATE", rule: "d")])
        #expect(place.map(\.label) == ["LOCATION"])
        #expect(placeDropped.first?.reason.contains("DATE inside LOCATION") == true)
        let labelled = BundledPipeline.annotate("وافتتح الرئيس قاعدة 3 يوليو البحرية في جرجوب يوم الخميس")
            .spans.map { "\($0.label) \($0.text)" }
        #expect(labelled.contains("LOCATION قاعدة 3 يوليو البحرية"), "\(labelled)")
        #expect(!labelled.contains("DATE 3 يوليو"), "\(labelled)")
        #expect(labelled.contains("DATE يوم الخميس"), "\(labelled)")
    }

    /// A country's name read as a list item after a plural place head
    /// (مدن مصر وليبيا) is the COUNTRY, not a LOCATION on the same words.
    @Test func countryWinsOverLocationOnTheSameWords() {
        let (kept, dropped) = Merger().merge([span(4, 7, "LOCATION", rule: "l"), span(4, 7, "COUNTRY", rule: "c")])
        #expect(kept.map(\.label) == ["COUNTRY"])
        #expect(dropped.first?.reason.contains("LOCATION on the same words as COUNTRY") == true)
        let labelled = BundledPipeline.annotate("زار الوفد مدن مصر وليبيا وتونس.").spans.map { "\($0.label) \($0.text)" }
        #expect(labelled == ["COUNTRY مصر", "COUNTRY ليبيا", "COUNTRY تونس"], "\(labelled)")
    }
}

/// A TITLE cut inside a place of several words («مدير جامعة حفر» + the
/// LOCATION «حفر الباطن») runs to the place's end; the PERSON read right
/// after the cut («الباطن محمد الحربي») starts after the place.
struct MergerTitleOverPlaceTests {
    let text = "استقبل مدير جامعة حفر الباطن محمد الحربي أمس"
    func span(_ piece: String, _ label: String, occurrence: Int = 0) -> Span {
        let scalars = Array(text.unicodeScalars), p = Array(piece.unicodeScalars)
        var found = 0
        for s in 0...(scalars.count - p.count) where Array(scalars[s..<(s + p.count)]) == p {
            if found == occurrence {
                return Span(start: s, end: s + p.count, label: label, text: piece, provenance: [Provenance(extractor: "x")])
            }
            found += 1
        }
        fatalError("no \(piece)")
    }

    @Test func titleRunsToThePlaceEndAndThePersonAfterIt() {
        let (kept, _) = Merger().merge([
            span("مدير جامعة حفر", "TITLE"), span("حفر الباطن", "LOCATION"), span("الباطن محمد الحربي", "PERSON"),
        ])
        let got = kept.map { "\($0.label) \($0.text)" }
        #expect(got == ["TITLE مدير جامعة حفر الباطن", "LOCATION حفر الباطن", "PERSON محمد الحربي"])
        let title = kept[0], person = kept[2]
        #expect(title.end == span("حفر الباطن", "LOCATION").end)
        #expect(person.range == span("محمد الحربي", "PERSON").range)
    }

    /// A place right after a TITLE, or one the TITLE wholly holds, changes nothing.
    @Test func otherPlacesLeaveTheTitleAlone() {
        let spans = [span("مدير جامعة", "TITLE"), span("حفر الباطن", "LOCATION")]
        #expect(Merger().merge(spans).kept.map(\.text) == ["مدير جامعة", "حفر الباطن"])
        let whole = [span("مدير جامعة حفر الباطن", "TITLE"), span("حفر الباطن", "LOCATION")]
        #expect(Merger().merge(whole).kept.map(\.text) == ["مدير جامعة حفر الباطن", "حفر الباطن"])
    }
}
