import Testing
@testable import RasidEngine
import RasidModel

/// The DATE extractor in the pipeline (its overlapping candidates merged):
/// each kind of date, its span and its ISO norm.
struct DateExtractorTests {
    func dates(_ text: String) throws -> [String] {
        BundledPipeline.annotate(text).spans.filter { $0.label == Label.date }.map { "\($0.text)=\($0.norm ?? "-")" }
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
    }

    @Test func arabicAndEnglishMonthNames() throws {
        #expect(try dates("في 7 أكتوبر 2023 شنت") == ["7 أكتوبر 2023=2023-10-07"])
        #expect(try dates("في الرابع عشر من مايو المقبل") == ["الرابع عشر من مايو=-"])
        #expect(try dates("منذ كانون الثاني 2020") == ["كانون الثاني 2020=2020-01"])
        #expect(try dates("on 1st March, 2024") == ["1st March, 2024=2024-03-01"])
        // Hijri months have no ISO norm.
        #expect(try dates("في 15 رمضان 1445") == ["15 رمضان 1445=-"])
    }

    @Test func yearsAndDayReferences() throws {
        #expect(try dates("خلال العام 2022 تراجعت") == ["العام 2022=2022"])
        #expect(try dates("وصل أمس الثلاثاء إلى") == ["أمس الثلاثاء=-"])
    }
}
