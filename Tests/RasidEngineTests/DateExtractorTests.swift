import Testing
@testable import RasidEngine
import RasidModel

/// The DATE extractor in the pipeline (its overlapping candidates merged):
/// each kind of date, its span and its ISO norm.
struct DateExtractorTests {
    func dates(_ text: String) throws -> [String] {
        BundledPipeline.annotate(text).spans.filter { $0.label == Label.date }.map { "\($0.text)=\($0.norm ?? "-")" }
    }

    /// A date pattern without provable start literals is tried at every
    /// byte of every document: folding ordinal ranges into the day-month
    /// pattern once made the date extractor 17 times slower.
    @Test func everyDatePatternIsTriedOnlyAtItsStartLiterals() {
        #expect(DateExtractor().everyPatternPrefiltered)
    }

    @Test func isoAndNumericDates() throws {
        #expect(try dates("صدر في 2024-03-01 القرار") == ["2024-03-01=2024-03-01"])
        // Day first, with / - or . between the parts.
        #expect(try dates("يوم الأحد 12/5/2024 في جنيف") == ["يوم الأحد=-", "12/5/2024=2024-05-12"])
        #expect(try dates("وفي 03-11-2023 أيضا، و1.2.2025").contains("03-11-2023=2023-11-03"))
        #expect(try dates("و1.2.2025 بعدها").contains("1.2.2025=2025-02-01"))
        // A fraction or a two-digit year is not a date.
        #expect(try dates("نسبة 2/3 من الأصوات") == [])
        #expect(try dates("في 12/5/24 مساء") == [])
        // Year first, with / or .
        #expect(try dates("بتاريخ 2024/05/12 وقع") == ["2024/05/12=2024-05-12"])
        #expect(try !dates("الإصدار 2024.5.123 متاح").contains { $0.contains("2024-05") })
    }

    @Test func arabicAndEnglishMonthNames() throws {
        #expect(try dates("في 7 أكتوبر 2023 شنت") == ["7 أكتوبر 2023=2023-10-07"])
        #expect(try dates("في الرابع عشر من مايو المقبل") == ["الرابع عشر من مايو=-"])
        #expect(try dates("منذ كانون الثاني 2020") == ["كانون الثاني 2020=2020-01"])
        // A digit day joined by «من» like an ordinal one: «15 من شهر مارس 2025».
        #expect(try dates("وذلك يوم 15 من شهر مارس 2025") == ["15 من شهر مارس 2025=2025-03-15"])
        #expect(try dates("قتل 20 من المدنيين في مارس") == [])
        // The first of a month in its Maghrebi and Hijri words: فاتح, الفاتح من, غرة.
        #expect(try dates("تنطلق الدورة في فاتح يناير 2026") == ["فاتح يناير 2026=2026-01-01"])
        #expect(try dates("صدر القرار في الفاتح من نوفمبر 2024") == ["الفاتح من نوفمبر 2024=2024-11-01"])
        #expect(try dates("صدر المرسوم في غرة شهر رجب 1446 هـ") == ["غرة شهر رجب 1446=-"])
        #expect(try dates("قال محمد الفاتح إن الغرة بيضاء") == [])
        // A Hijri year after its word, with the era mark (after a space it
        // stays out), or glued on a bare year; a Gregorian year with its
        // glued era letter after الموافق.
        #expect(try dates("ولد عام 1375 هـ في مكة المكرمة") == ["عام 1375=-"])
        #expect(try dates("في عام 1446هـ الموافق 2024م.") == ["عام 1446هـ=-", "2024م=2024"])
        #expect(try dates("في 1446هـ كان") == ["1446هـ=-"])
        #expect(try dates("رقم 1446 هاتف") == [])
        // A year of history after its word is a DATE with its norm; a Hijri
        // mark after it keeps it the Hijri plugin's.
        #expect(try dates("سقطت غرناطة عام 1492 بعد حصار") == ["عام 1492=1492"])
        #expect(try dates("حرر القدس سنة 1187 للميلاد") == ["سنة 1187=1187"])
        #expect(try dates("توفي سنة 1187 هـ في القاهرة") != ["سنة 1187=1187"])
        #expect(try dates("قرابة 1492 جنديا") == [])
        // 1300–1449 without a mark may be either calendar: a DATE, no norm.
        #expect(try dates("كتبها في غرناطة عام 1369 قبل") == ["عام 1369=-"])
        // أول أمس (the day before yesterday) with its weekday is one DATE.
        #expect(try dates("اجتمعوا أول أمس الأحد في الرباط") == ["أول أمس الأحد=-"])
        // Two weekdays after the dual يومي are one day reference.
        #expect(try dates("ويزور الوزير الجزائر يومي الأحد والاثنين المقبلين") == ["يومي الأحد والاثنين=-"])
        #expect(try dates("وتعقد الجلسات يومي الثلاثاء و الأربعاء") == ["يومي الثلاثاء و الأربعاء=-"])
        // A movement named after a day is not a date.
        #expect(try dates("وهاجم قوى 14 آذار وحركة 20 فبراير") == [])
        // So is a place named after a day (a stadium, a street, a bridge, a city).
        #expect(try dates("في ملعب 5 جويلية وعلى جسر 6 أكتوبر وفي مدينة 6 أكتوبر") == [])
        // A week, decade or quarter counted in a month is no day of it.
        #expect(try dates("وصلوا خلال الأسبوع الأول من أغسطس وفي النصف الثاني من مارس") == [])
        // Cities named after a date: مدينة السادس من أكتوبر, مدينة العاشر من رمضان.
        #expect(try dates("في مدينة السادس من أكتوبر ومدينة العاشر من رمضان") == [])
        #expect(try dates("في شارع 26 يوليو يوم 23 يوليو") == ["23 يوليو=-"])
        #expect(try dates("on 1st March, 2024") == ["1st March, 2024=2024-03-01"])
        // Hijri months have no ISO norm.
        #expect(try dates("في 15 رمضان 1445") == ["15 رمضان 1445=-"])
        // A Hijri era mark after a space stays out of the date (as the Hijri plugin has it), a
        // glued one stays in; a month and a Hijri year with the mark is a date.
        #expect(try dates("في 15 رمضان 1445 هـ الموافق") == ["15 رمضان 1445=-"])
        #expect(try dates("في 12 ربيع الأول 1446هـ") == ["12 ربيع الأول 1446هـ=-"])
        #expect(try dates("منذ شوال 1445 للهجرة عاد") == ["شوال 1445=-"])
        #expect(try dates("دفع 1445 هـ") == [])
        #expect(try dates("في 5 مايو 2024 هـ") == ["5 مايو 2024=2024-05-05"])
        // The Gregorian era letter glued to the year, and a day with the article.
        #expect(try dates("بتاريخ 15/03/2024م صدر") == ["15/03/2024م=2024-03-15"])
        #expect(try dates("في عام 2023م ارتفعت") == ["عام 2023م=2023"])
        #expect(try dates("في 7 أكتوبر 2023م شنت") == ["7 أكتوبر 2023م=2023-10-07"])
        #expect(try dates("في الـ15 من مارس الماضي") == ["الـ15 من مارس=-"])
        #expect(try dates("في 2024 مع شركائه") == [])
        // A preposition of means or manner after the year: the sentence goes on.
        #expect(try dates("التجديد النصفي في 2027 عبر استطلاعات رأي") == ["2027=2027"])
        #expect(try dates("ستجرى الانتخابات في 2027 وفق الدستور") == ["2027=2027"])
        #expect(try dates("خلال شهر رمضان المبارك 1445 ارتفعت") == ["شهر رمضان المبارك 1445=-"])
        #expect(try dates("سجل 1445 هدفا") == [])
        #expect(try dates("في الخامس والعشرين من ديسمبر كانون الأول 2023") == ["الخامس والعشرين من ديسمبر كانون الأول 2023=2023-12-25"])
        #expect(try dates("منذ حزيران يونيو 2024 حتى") == ["حزيران يونيو 2024=2024-06"])
        // A month followed by its twin in the other naming: one date.
        #expect(try dates("في 3 شباط/فبراير 2023 أعلن") == ["3 شباط/فبراير 2023=2023-02-03"])
        #expect(try dates("في الأول من يوليو/تموز 2022") == ["الأول من يوليو/تموز 2022=2022-07-01"])
        #expect(try dates("منذ أيلول (سبتمبر) 2021") == ["أيلول (سبتمبر) 2021=2021-09"])
        #expect(try dates("في اكتوبر ( تشرين الاول ) 2005 ،") == ["اكتوبر ( تشرين الاول ) 2005=2005-10"])
        // Brackets that hold no month are not a twin: only the year is a date.
        #expect(try dates("في اكتوبر ( 2005 )") == ["2005=2005"])
    }

    /// A Hijri month that reads like a name (ربيع الأول) is not a PERSON inside a date.
    @Test func noPersonInsideADate() throws {
        let report = BundledPipeline.annotate("ولد في 12 ربيع الأول 1445 هـ")
        #expect(report.spans.map(\.label) == [Label.date], "\(report.spans.map(\.text))")
    }

    @Test func yearsAndDayReferences() throws {
        #expect(try dates("خلال العام 2022 تراجعت") == ["العام 2022=2022"])
        #expect(try dates("وصل أمس الثلاثاء إلى") == ["أمس الثلاثاء=-"])
        // A bare year after في / منذ / أواخر … when the sentence goes on with
        // a definite word or a particle; an indefinite noun makes it a count.
        #expect(try dates("بلغ النمو 3% في 2024 مقابل 2.5% في 2023.") == ["2024=2024", "2023=2023"])
        #expect(try dates("وكان ذلك في أواخر 2023 عندما أعلن") == ["2023=2023"])
        #expect(try dates("منذ 2011 والبلاد تعاني") == ["2011=2011"])
        #expect(try dates("قتل نحو ألف شخص في 2014 وحده") == ["2014=2014"])
        #expect(try dates("ويعمل في 1500 موقع حول العالم") == [])
        #expect(try dates("على بعد 2000 كيلومتر من") == [])
        // After a quarter or a half of the year, and before بنسبة / مقارنة / أن.
        #expect(try dates("وقالت الشركة في نتائج الربع الثاني من 2026 إن الأرباح زادت") == ["2026=2026"])
        #expect(try dates("ارتفع الإنتاج خلال 2025 بنسبة 4%") == ["2025=2025"])
        #expect(try dates("وأظهر تقرير صدر في 2024 أن البطالة تراجعت") == ["2024=2024"])
        #expect(try dates("بلغ عدد الموظفين في النصف الأول من 2000 موظف") == [])
        // The year in a quoted name of an exercise or an event is part of
        // the name, as the set annotates it (31 such names, none a DATE).
        #expect(try dates("بدء مناورات \"الأسد الإفريقي 2026\"، بحضور") == [])
    }

    @Test func regionalMonthSpellings() throws {
        // Moroccan يوليوز; Iraqi and Syrian two-word months without the article.
        #expect(try dates("تنطلق الحملة في 20 يوليوز 2025 بالمغرب") == ["20 يوليوز 2025=2025-07-20"])
        #expect(try dates("وفي 12 تشرين أول 2023 بدأت") == ["12 تشرين أول 2023=2023-10-12"])
        #expect(try dates("وفي كانون ثاني 2024 أعلنت") == ["كانون ثاني 2024=2024-01"])
        // A Hijri date in digits with its era mark (no ISO norm); not without it.
        #expect(try dates("بتاريخ ١٤٤٦/٩/١٥هـ صدر") == ["١٤٤٦/٩/١٥هـ=-"])
        #expect(try dates("الموافق 15/09/1446 هـ") == ["15/09/1446=-"])
        #expect(try dates("الرقم 1446/9/15 في السجل") == [])
        // The day's article written apart (الـ 15), not the end of a word
        // before a day (قال 15 مايو); the slashes of a numeric date spaced.
        #expect(try dates("وفي الـ 15 من شهر أغسطس الماضي") == ["الـ 15 من شهر أغسطس=-"])
        #expect(try dates("وقال 15 مايو إنه") == ["15 مايو=-"])
        #expect(try dates("وجرى الاجتماع بتاريخ 15 / 3 / 2025.") == ["15 / 3 / 2025=2025-03-15"])
    }

    @Test func rangesOfYearsAreOneDate() throws {
        // With or without the year word; the norm is an ISO 8601 interval.
        #expect(try dates("ضمن برنامج التحضير القتالي للسنة 2025-2026.") == ["لسنة 2025-2026=2025/2026"])
        #expect(try dates("خلال الموسم 2024-2025 وفي الفترة 2020–2023 وأقر العام 2025/2026 بالكامل")
            == ["2024-2025=2024/2025", "2020–2023=2020/2023", "العام 2025/2026=2025/2026"])
        #expect(try dates("ارتفع الإنتاج بين عامي 2019 و2021 بنسبة") == ["عامي 2019 و2021=2019/2021"])
        // A bare range at the end of a sentence (the full stop is no third part of it).
        #expect(try dates("خلال السنة المالية 2025-2026.") == ["2025-2026=2025/2026"])
        // The article's form contracted after ل, as the guidelines cut لل.
        #expect(try dates("أقر البرلمان الميزانية للعام 2025 أمس") == ["لعام 2025=2025"])
        // Not a range: a date written year first, and a year before a count.
        #expect(try dates("صدر القرار 2024/05/12 في") == ["2024/05/12=2024-05-12"])
        #expect(try dates("بين 2019 و150 شخصا") == [])
        // Two bare years after من / بين / منذ: one DATE, the introducing word out.
        #expect(try dates("وخلال الفترة من 2014 إلى 2022 قتل أكثر من 14 ألف شخص") == ["2014 إلى 2022=2014/2022"])
        #expect(try dates("تضاعف الإنتاج بين 2019 و2021 مرتين") == ["2019 و2021=2019/2021"])
        // Not after a word that only ends in من (ضمن), nor before a count.
        #expect(try dates("ضمن 2019 و2021 مرتين") == [])
        #expect(try dates("ارتفع العدد من 1990 إلى 2000 %") == [])
    }

    @Test func twoDaysOfOneMonthAreOneDate() throws {
        // The days and the word between them are inside; the word that
        // introduces the range (يومي، بين، من) is not. With a year the norm
        // is an ISO 8601 interval.
        #expect(try dates("تعقد القمة يومي 12 و13 نوفمبر 2025 في الرياض")
            == ["12 و13 نوفمبر 2025=2025-11-12/2025-11-13"])
        #expect(try dates("الاجتماعات التحضيرية بين 3 و5 مارس 2025 في الدوحة")
            == ["3 و5 مارس 2025=2025-03-03/2025-03-05"])
        #expect(try dates("يقام المعرض من 1 إلى 3 أبريل في الدوحة") == ["1 إلى 3 أبريل=-"])
        // A hyphen or an en dash between the days, spaced or not.
        #expect(try dates("يستمر التمرين خلال الفترة 3 – 7 مارس 2026 في جدة")
            == ["3 – 7 مارس 2026=2026-03-03/2026-03-07"])
        #expect(try dates("يستمر التمرين 3–7 مارس في جدة") == ["3–7 مارس=-"])
        #expect(try dates("يستمر التمرين 3-7 مارس 2026 في جدة") == ["3-7 مارس 2026=2026-03-03/2026-03-07"])
        #expect(try dates("جرت الانتخابات في 10 و 11 مايو الماضي") == ["10 و 11 مايو=-"])
        #expect(try dates("تقام المباريات في 1 و2 و3 يناير 2026 بالدوحة") == ["1 و2 و3 يناير 2026=2026-01-01/2026-01-03"])
        // A year before the day is not the first day of a range.
        #expect(try dates("في عام 2011 و14 فبراير 2012") == ["عام 2011=2011", "14 فبراير 2012=2012-02-14"])
    }

    @Test func twoOrdinalDaysOfOneMonthAreOneDate() throws {
        // Ordinal days as digit days: the range word inside, من out.
        #expect(try dates("تعقد اجتماعاتها من الثالث إلى الخامس من مارس، على أن")
            == ["الثالث إلى الخامس من مارس=-"])
        #expect(try dates("تقام الدورة من العاشر حتى الرابع عشر من مايو 2026 في")
            == ["العاشر حتى الرابع عشر من مايو 2026=2026-05-10/2026-05-14"])
        #expect(try dates("بين الثالث والخامس من أبريل 2025 جرت") == ["الثالث والخامس من أبريل 2025=2025-04-03/2025-04-05"])
        // A compound ordinal is one day, not a range of two.
        #expect(try dates("في الحادي والعشرين من مارس 2025 وقع") == ["الحادي والعشرين من مارس 2025=2025-03-21"])
        #expect(try dates("في الثالث والعشرين من مارس بدأ") == ["الثالث والعشرين من مارس=-"])
    }

    @Test func dayReferenceWithTomorrowOrYesterday() throws {
        // يوم غد / يوم أمس before the weekday: one day reference.
        #expect(try dates("سيصل الوفد إلى أربيل يوم غد الأربعاء لوضع") == ["يوم غد الأربعاء=-"])
        #expect(try dates("وكان قد وصل يوم أمس الثلاثاء إلى") == ["يوم أمس الثلاثاء=-"])
        // A numeric date written year first with its Gregorian era letter glued on.
        #expect(try dates("وثيقة مؤرخة في 2026/3/3م، وأنها") == ["2026/3/3م=2026-03-03"])
        #expect(try dates("بتاريخ 2026/03/03م صدر") == ["2026/03/03م=2026-03-03"])
    }

    @Test func rangeOfMonthsIsOneDate() throws {
        // The month-and-year DATE is widened over the first month; من / بين stay out.
        #expect(try dates("ارتفعت الصادرات من يناير إلى سبتمبر 2026 بنسبة") == ["يناير إلى سبتمبر 2026=2026-01/2026-09"])
        // Joined by و after بين, the two months are two DATEs, the first in the second's year
        // (as the fresh gold has them: «بين [يناير] و[مارس 2027]»).
        #expect(try dates("تراجعت المبيعات بين مارس ويونيو 2025 بسبب الحرب") == ["مارس=2025-03", "يونيو 2025=2025-06"])
        #expect(try dates("تراجعت المبيعات بين مارس و يونيو 2025 بسبب الحرب") == ["مارس=2025-03", "يونيو 2025=2025-06"])
        #expect(try dates("في الفترة من شهر مارس حتى شهر يونيو 2025 سجلت") == ["شهر مارس حتى شهر يونيو 2025=2025-03/2025-06"])
        #expect(try dates("في الربع مارس - يونيو 2025 سجلت") == ["مارس - يونيو 2025=2025-03/2025-06"])
        #expect(try dates("بين تشرين الأول وكانون الأول 2023 حدث") == ["تشرين الأول=2023-10", "كانون الأول 2023=2023-12"])
        #expect(try dates("بين نوفمبر وفبراير 2026 حدث") == ["نوفمبر=-", "فبراير 2026=2026-02"])
        #expect(try dates("منذ الفترة من أبريل / نيسان إلى يونيو / حزيران 2000 ارتفع")
            == ["أبريل / نيسان إلى يونيو / حزيران 2000=2000-04/2000-06"])
        // Across the new year: one DATE, no norm.
        #expect(try dates("من نوفمبر إلى فبراير 2026 يستمر") == ["نوفمبر إلى فبراير 2026=-"])
        // Two months joined by و without بين are not a range; nor is a month after a comma.
        #expect(try dates("في يناير وسبتمبر 2026 جرت") == ["سبتمبر 2026=2026-09"])
        #expect(try dates("في يناير، وسبتمبر 2026 جرت") == ["سبتمبر 2026=2026-09"])
        // A first month with its own day or year keeps its own DATE.
        #expect(try dates("من 5 يناير إلى سبتمبر 2026 عمل") == ["5 يناير=-", "سبتمبر 2026=2026-09"])
        #expect(try dates("من الأول من يناير إلى سبتمبر 2026 عمل") == ["الأول من يناير=-", "سبتمبر 2026=2026-09"])
        #expect(try dates("من نوفمبر 2025 إلى فبراير 2026 يستمر") == ["نوفمبر 2025=2025-11", "فبراير 2026=2026-02"])
    }

    @Test func rangeOfDaysInTwoMonthsIsOneDate() throws {
        // Two day-and-month DATEs joined by a range word, the year after the second.
        #expect(try dates("الفترة من 1 يناير إلى 31 مارس 2024 شهدت نموا") == ["1 يناير إلى 31 مارس 2024=2024-01-01/2024-03-31"])
        // Joined by و (after بين or not) they are two DATEs, the first in the second's year.
        #expect(try dates("يستمر المعرض بين 28 فبراير و5 مارس 2025 في") == ["28 فبراير=2025-02-28", "5 مارس 2025=2025-03-05"])
        #expect(try dates("تجري الانتخابات بين 17 أبريل و2 مايو 2027 في") == ["17 أبريل=2027-04-17", "2 مايو 2027=2027-05-02"])
        #expect(try dates("من الأول من يناير حتى الثلاثين من يونيو 2025 تسري")
            == ["الأول من يناير حتى الثلاثين من يونيو 2025=2025-01-01/2025-06-30"])
        // Across the new year: one DATE, no norm; two dates joined by و without بين stay two.
        #expect(try dates("من 15 نوفمبر حتى 10 فبراير 2026 تجري") == ["15 نوفمبر حتى 10 فبراير 2026=-"])
        #expect(try dates("وقعت الأحداث في 5 يناير و7 مارس 2025") == ["5 يناير=2025-01-05", "7 مارس 2025=2025-03-07"])
        // Without a year, and in Hijri months: one DATE, no norm; not across calendars.
        #expect(try dates("وتستمر المناورات من 28 فبراير إلى 2 مارس في البحر") == ["28 فبراير إلى 2 مارس=-"])
        #expect(try dates("وتمتد الهدنة من 10 رمضان حتى 20 رمضان.") == ["10 رمضان حتى 20 رمضان=-"])
        #expect(try dates("وتمتد الهدنة من 10 رمضان حتى 20 مارس.") == ["10 رمضان=-", "20 مارس=-"])
    }

    @Test func weekdayAndPartOfMonthStayOutOfTheDate() throws {
        // A weekday is a DATE only after a day-reference word (guidelines).
        #expect(try dates("وأعلنت الوزارة الإثنين 3 مارس 2025 عن الخطة") == ["3 مارس 2025=2025-03-03"])
        #expect(try dates("أعلنت النتائج يوم الخميس 15 مايو 2025") == ["يوم الخميس=-", "15 مايو 2025=2025-05-15"])
        // منتصف / أواخر / مطلع before a month stay out, like صباح / مساء.
        #expect(try dates("تبدأ المرحلة منتصف مارس 2025 وتنتهي أواخر يونيو 2026 بعد مطلع يناير 2025")
            == ["مارس 2025=2025-03", "يونيو 2026=2026-06", "يناير 2025=2025-01"])
    }

    /// A bare year after بحلول / اعتبارا من, or before من / في, is a date;
    /// after في before an indefinite noun it is still a count.
    @Test func bareYearBeforeMinOrFi() throws {
        #expect(try dates("تبدأ الشحنات في 2028 من مشروع التوسعة") == ["2028=2028"])
        #expect(try dates("ويتوقع فائضا اعتبارا من 2027 في الأسواق") == ["2027=2027"])
        #expect(try dates("وتعهدت بخفض الانبعاثات بحلول 2030 في القطاع") == ["2030=2030"])
        #expect(try dates("ونفذت الطائرات غارات في 1500 موقع") == [])
    }
}
