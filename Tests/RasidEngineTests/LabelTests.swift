import Foundation
import Testing
@testable import RasidEngine
import RasidModel

/// Each label through the whole bundled pipeline, on sentences that are not in the seeds.
struct LabelTests {
    func spans(_ text: String) -> [Span] { BundledPipeline.annotate(text).spans }

    func has(_ spans: [Span], _ label: String, _ text: String, norm: String? = nil) -> Bool {
        spans.contains { $0.label == label && $0.text == text && (norm == nil || $0.norm == norm) }
    }

    @Test func builtInLabelsAreToldApartFromEveryOther() {
        for (k, label) in Label.builtIn.enumerated() {
            #expect(Label.builtInIndex(label) == k)
            #expect(Label.builtInIndex(String(decoding: Array(label.utf8), as: UTF8.self)) == k)  // not the same storage
            #expect(Label.same(label, String(label)))
        }
        // Same length and first letter as a built-in label, a lower-case one, a
        // longer or empty one: a label of a rule file, not a built-in one.
        for other in ["WEAPON", "RANT", "DATA", "DRUG", "TITLES", "ORG ", "org", "Rank", "", "LOCATIONS", "COUNTRX", "PERSOn"] {
            #expect(Label.builtInIndex(other) == nil, "\(other)")
            #expect(!Label.builtIn.contains { Label.same($0, other) }, "\(other)")
        }
    }

    @Test func rank() {
        let s = spans("وأعلن اللواء الركن سالم العبيدي أن العقيد أحمد المسماري سيحضر")
        #expect(has(s, "RANK", "اللواء الركن"))
        #expect(has(s, "RANK", "العقيد"))
    }

    /// A stem in ل loses the article's ل too after the preposition ل
    /// (ل + اللواء → للواء, ل + اللاذقية → للاذقية): the span leaves out the
    /// preposition's ل only, for a pattern (the rank) and a term (the city).
    @Test func contractionOfAStemInLam() {
        let s = spans("وللواء الركن سالم العبيدي دور كبير، وتوجه الوفد للاذقية ثم عاد")
        #expect(has(s, "RANK", "لواء الركن"))
        #expect(has(s, "PERSON", "سالم العبيدي"))
        #expect(has(s, "LOCATION", "لاذقية"))
        // The ordinary contraction is unchanged.
        #expect(has(spans("وقدم التحية للعقيد أحمد المسماري"), "RANK", "لعقيد"))
    }

    @Test func countryNameAndNisbaWithForm() {
        let s = spans("وصل الوفد المصري إلى السودان قادما من المملكة العربية السعودية")
        #expect(s.contains { $0.label == "COUNTRY" && $0.text == "المصري" && $0.norm == "EG" && $0.attrs["form"] == "nisba" })
        #expect(s.contains { $0.label == "COUNTRY" && $0.text == "السودان" && $0.norm == "SD" && $0.attrs["form"] == "name" })
        #expect(has(s, "COUNTRY", "المملكة العربية السعودية", norm: "SA"))
    }

    @Test func personAfterNationalityQualifiedTitle() {
        let s = spans("واستقبل وزير الخارجية الجزائري أحمد عطاف نظيره في العاصمة")
        #expect(has(s, "COUNTRY", "الجزائري", norm: "DZ"))
        #expect(has(s, "PERSON", "أحمد عطاف"))
    }

    @Test func familyNameMentionsFollowTheFullName() {
        let s = spans("قال الفريق أول ركن عبد الرازق الناظوري إن الجيش مستعد. وأضاف الناظوري أن")
        #expect(s.filter { $0.label == "PERSON" }.map(\.text) == ["عبد الرازق الناظوري", "الناظوري"])
    }

    @Test func namesWithParticlesAndNoNameAfterAPreposition() {
        let s = spans("قال السفير الفرنسي جان مارك دو لا سابليير إن الاتفاق قريب، وزار الأمير حمد بن عيسى آل خليفة الرياض. ودعا الأمين العام للأمم المتحدة")
        let persons = s.filter { $0.label == "PERSON" }.map(\.text)
        #expect(persons == ["جان مارك دو لا سابليير", "حمد بن عيسى آل خليفة"])
        #expect(has(s, "LOCATION", "الرياض"))
        #expect(has(s, "ORG", "لأمم المتحدة"))
    }

    @Test func titlesStopAtPrepositionsAndNisba() {
        let s = spans("واجتمع وزير الداخلية المصري مع رئيس مجلس النواب في القاهرة، ونائب وزير خارجية جمهورية إندونيسيا")
        #expect(has(s, "TITLE", "وزير الداخلية"))
        #expect(has(s, "COUNTRY", "المصري", norm: "EG"))
        #expect(has(s, "TITLE", "رئيس مجلس النواب"))
        #expect(has(s, "TITLE", "نائب وزير خارجية"))
        #expect(has(s, "COUNTRY", "جمهورية إندونيسيا", norm: "ID"))
        #expect(has(s, "LOCATION", "القاهرة"))
        #expect(!s.contains { $0.label == "ORG" && $0.text == "مجلس النواب" })
    }

    @Test func organisations() {
        let s = spans("أعلنت وزارة الخارجية التونسية أن الجيش السوداني وحلف شمال الأطلسي وصندوق النقد الدولي")
        #expect(has(s, "ORG", "وزارة الخارجية التونسية"))
        #expect(has(s, "COUNTRY", "التونسية", norm: "TN"))
        #expect(has(s, "ORG", "الجيش السوداني"))
        #expect(has(s, "ORG", "حلف شمال الأطلسي"))
        #expect(has(s, "ORG", "صندوق النقد الدولي"))
    }

    @Test func locations() {
        let s = spans("وصلت السفينة إلى ميناء بنغازي قادمة من البحر الأحمر مرورا بمدينة مصراتة")
        #expect(s.contains { $0.label == "LOCATION" && $0.text.hasSuffix("بنغازي") })
        #expect(has(s, "LOCATION", "البحر الأحمر"))
        #expect(has(s, "LOCATION", "مصراتة"))
    }

    @Test func dates() {
        let s = spans("وقعت الاتفاقية في 15 كانون الثاني 2023 ثم في الخامس من يونيو العام 2024 ويوم الأحد 1445-09-01")
        #expect(s.contains { $0.label == "DATE" && $0.text == "15 كانون الثاني 2023" && $0.norm == "2023-01-15" })
        #expect(s.contains { $0.label == "DATE" && $0.text == "الخامس من يونيو العام 2024" && $0.norm == "2024-06-05" })
        #expect(has(s, "DATE", "يوم الأحد"))
        let m = spans("Published: March 3, 2025 — أمس الاثنين وفي 12 جانفي 2021")
        #expect(m.contains { $0.text == "March 3, 2025" && $0.norm == "2025-03-03" })
        #expect(has(m, "DATE", "أمس الاثنين"))
        #expect(m.contains { $0.text == "12 جانفي 2021" && $0.norm == "2021-01-12" })
    }

    @Test func entitiesLinkPersonToRankAndCountryMentions() {
        let text = "وصل الفريق أول ركن صدام حفتر إلى ليبيا. وأكد حفتر أن ليبيا والليبيين"
        let r = BundledPipeline.annotate(text)
        let person = r.entities.first { $0.label == "PERSON" }
        #expect(person?.name == "صدام حفتر")
        #expect(person?.mentions.count == 2)
        #expect(person?.related["rank"]?.count == 1)
        let ly = r.entities.first { $0.label == "COUNTRY" && $0.norm == "LY" }
        #expect(ly?.mentions.count == 3)
    }
}
