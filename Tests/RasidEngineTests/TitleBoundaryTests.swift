import Testing
@testable import RasidEngine
import RasidModel

/// The PERSON boundary right after a TITLE or RANK (title20): where the
/// name ends and the sentence goes on, and names the title step cut short.
struct TitleBoundaryTests {
    func persons(_ text: String) throws -> [String] {
        BundledPipeline.annotate(text).spans.filter { $0.label == Label.person }.map(\.text)
    }

    /// The name after a title or rank ends before the sentence goes on
    /// (title20): ب + a verbal noun before its object, a noun heading an
    /// idafa, a past verb of two letters after the office's body, the
    /// oath (اليمين أمام), and a given name after a full name (the next
    /// person).
    @Test func nameAfterATitleEndsBeforeTheSentence() throws {
        #expect(try persons("أمر النائب العام المستشار محمد شوقي بحبس المتهمين أربعة أيام.") == ["محمد شوقي"])
        #expect(try persons("وبحث المشير عاصم منير سبل تعزيز التعاون العسكري.") == ["عاصم منير"])
        #expect(try persons("وتفقد وزير الدفاع الفريق أول ركن حسن محمود سير العمليات في الجبهة.") == ["حسن محمود"])
        #expect(try persons("وقال رئيس أركان الجيش الأوكراني صد الهجمات.") == [])
        #expect(try persons("وأدى وزير الداخلية الجديد اللواء محمود توفيق اليمين أمام الرئيس.") == ["محمود توفيق"])
        #expect(try persons("وعين الرئيس الفرنسي إيمانويل ماكرون سيباستيان لوكورنو وزيرا للقوات المسلحة.")
            == ["إيمانويل ماكرون", "سيباستيان لوكورنو"])
    }

    /// After النائب (a role noun), a plural in construct (مسؤولي الوزارة)
    /// or a verbal noun as an indefinite accusative (استجوابا) is the
    /// object, not a name (title20).
    @Test func objectAfterTheDeputyIsNoName() throws {
        #expect(try persons("وسأل النائب مسؤولي الوزارة عن أسباب التأخير.") == [])
        #expect(try persons("وقدم النائب استجوابا إلى وزير المالية.") == [])
        #expect(try persons("وأعلن رئيس الحكومة العراقية تكليف اللواء عبد الأمير رشيد يار الله برئاسة الأركان.")
            == ["عبد الأمير رشيد يار الله"])
    }

    /// Names the title step cut short (title20): a Persian family name in
    /// ي after a compound given name, a given name that is an ordinary
    /// word (أمير) before a foreign family name in ا and إن.
    @Test func fullNamesAfterATitle() throws {
        #expect(try persons("وقتل العميد محمد رضا زاهدي في الغارة على القنصلية.") == ["محمد رضا زاهدي"])
        #expect(try persons("وأشاد العقيد الركن محمد رضا آشتياني بأداء القوات.") == ["محمد رضا آشتياني"])
        #expect(try persons("وقال رئيس الكنيست أمير أوحانا إن الجلسة ستعقد الأسبوع المقبل.") == ["أمير أوحانا"])
        #expect(try persons("وانتخب النواب هيبت الحلبوسي رئيسا للمجلس.") == ["هيبت الحلبوسي"])
        #expect(try persons("وذكر البيان أن الفريق أول عبد المجيد صقر التقى نظيره اليوناني.") == ["عبد المجيد صقر"])
        #expect(try persons("وقررت الحكومة إعفاء اللواء أحمد محمد علي من منصبه.") == ["أحمد محمد علي"])
    }

    func spans(_ text: String, _ label: String) -> [String] {
        BundledPipeline.annotate(text).spans.filter { $0.label == label }.map(\.text)
    }

    /// A dynasty after a sultan or caliph describes the holder (title21): no
    /// PERSON when no name follows, the name after it when one does.
    @Test func dynastyAfterARoyalTitleIsNoName() throws {
        #expect(try persons("وتركت القصيدة أثرها في نفس السلطان الحفصي ، فبادر إلى نجدة البلدة.") == [])
        #expect(try persons("وزار السلطان المملوكي قلاوون القاهرة.") == ["قلاوون"])
        #expect(try persons("وقال رئيس الحكومة العثماني إن الحكومة ستواصل الإصلاحات.") == ["العثماني"])
    }

    /// An office whose body carries a possessive pronoun is one TITLE, and
    /// the name after it is still read (title21); the treasurer is a TITLE,
    /// not the given name أمين.
    @Test func possessedBodyAndTreasurer() throws {
        let t = "واستقبل الرئيس التركي وزير خارجيته هاكان فيدان في أنقرة."
        #expect(spans(t, Label.title) == ["الرئيس", "وزير خارجيته"])
        #expect(try persons(t) == ["هاكان فيدان"])
        #expect(spans("وكلف الرئيس رئيس وزرائه الجديد بتشكيل الحكومة.", Label.title) == ["الرئيس", "رئيس وزرائه"])
        let u = "ويختار المجلس الأمين العام الفخري وأمين الخزينة الفخري."
        #expect(try persons(u) == [])
        #expect(spans(u, Label.title) == ["الأمين العام الفخري", "أمين الخزينة الفخري"])
    }

    /// علي inside a name after a rank ends it before إلى or مع and before
    /// و + the next rank (title22): the preposition على takes neither.
    @Test func aliEndsTheNameBeforeTheNextRank() throws {
        #expect(try persons("وأصيب المقدم محمد علي والنقيب أحمد سعيد في الهجوم.") == ["محمد علي", "أحمد سعيد"])
        #expect(try persons("وتوجه الرقيب أول حسن علي إلى موقع الحادث.") == ["حسن علي"])
        #expect(try persons("وحضر العقيد أحمد علي مع قادة الوحدات.") == ["أحمد علي"])
    }

    /// The compound given name محمد الأمين ends a name before إن، في or a
    /// mark, also after a rank and a retired marker (title22).
    @Test func compoundGivenNameAfterARank() throws {
        #expect(try persons("وشارك العميد ركن (م) محمد الأمين في الندوة.") == ["محمد الأمين"])
        #expect(try persons("وقال العميد ركن محمد الأمين إن الوضع مستقر.") == ["محمد الأمين"])
    }

    /// An ethnic or confessional adjective right after an office describes
    /// the holder (title22); a dynasty listed as a family name too, after
    /// الخليفة or السلطان only.
    @Test func ethnicAdjectiveAfterAnOfficeIsNoName() throws {
        #expect(try persons("وقال رئيس الوزراء الكردي في بيان إن الحوار مستمر.") == [])
        #expect(try persons("وقال الزعيم الدرزي وليد جنبلاط إن الحوار مستمر.") == ["وليد جنبلاط"])
        #expect(try persons("وفي عهد الخليفة العباسي هارون الرشيد ازدهرت بغداد.") == ["هارون الرشيد"])
        #expect(try persons("وأشاد السلطان العثماني بالقائد.") == [])
        #expect(try persons("وقال رئيس الحكومة العثماني إن الحكومة ستواصل الإصلاحات.") == ["العثماني"])
    }

    /// The name after a body joined by ل, when the body ends in a nisba
    /// that is also a name (title22: تركي was read into the ORG).
    @Test func nameAfterABodyInLam() throws {
        let t = "أعلن رئيس مجلس إدارة الهيئة العامة للترفيه تركي آل الشيخ أن الموسم سيبدأ."
        #expect(try persons(t) == ["تركي آل الشيخ"])
        #expect(spans(t, Label.title) == ["رئيس مجلس إدارة الهيئة العامة"])
    }

    /// السعيد is a given name too (Algeria): the name after a rank is read
    /// whole, not split in two (title22).
    @Test func saidAsAGivenName() throws {
        #expect(try persons("واستقبل الفريق أول السعيد شنقريحة قائد القوات البحرية.") == ["السعيد شنقريحة"])
        #expect(try persons("وقال وزير الداخلية السعيد سعيود إن.") == ["السعيد سعيود"])
    }
}
