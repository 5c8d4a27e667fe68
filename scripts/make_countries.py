#!/usr/bin/env python3
"""Regenerate rules/countries.yaml (COUNTRY spans) and check it.

    python3 scripts/make_countries.py            write rules/countries.yaml
    python3 scripts/make_countries.py --check    validate the written file, report
                                                 coverage and a sanity score on
                                                 /work/shared/gold/seeds.jsonl
    python3 scripts/make_countries.py --stdout   print the YAML instead of writing it

Where the forms come from
  * Debian iso-codes: the country list and its Arabic names
    (/usr/share/iso-codes/json/iso_3166-1.json,
    /usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo). Their names are often
    formal ("جمهورية ...") and sometimes odd; they are cleaned (diacritics off,
    "X، Y" and "X (Y)" split, "و " glued) and kept as extra terms unless
    scripts/data/country_forms.tsv lists them under iso_skip.
  * scripts/data/country_forms.tsv: the hand-curated short names used by news,
    spelling variants, formal names and nationality (nisba) stems, one row per
    country. The script inflects each nisba stem (masc/fem, ال/indefinite,
    sound plurals).
  * AMBIGUOUS below: forms that are ordinary Arabic words in most uses. They
    are removed from every rule, whatever the TSV or iso-codes say.

Spelling variants that differ only in أ/إ/آ/ا, ى/ي or diacritics are written
once: the engine normalizes text and terms alike (rules/README.md), and a
second copy would only trigger a "listed twice" warning.

Python 3 stdlib + PyYAML.
"""
import argparse
import gettext
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "rules", "countries.yaml")
FORMS_TSV = os.path.join(ROOT, "scripts", "data", "country_forms.tsv")
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
LOCALE_DIR = "/usr/share/locale"
GOLD = "/work/shared/gold/seeds.jsonl"

# The 193 UN member states (ISO 3166-1 alpha-2).
UN_MEMBERS = """
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY
BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES
ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR
IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA
MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM
PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR
SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS
YE ZA ZM ZW""".split()
# Observer states, partly recognised states and territories news treats as countries.
EXTRA = {"PS": None, "VA": None, "XK": "Kosovo", "TW": None, "EH": None, "HK": None,
         "GL": None, "SU": "Soviet Union",  # SU: the former state, still named in news (ISO 3166-1 reserved code)
         "GF": None,  # GF: French Guiana, Europe's launch base (Kourou), ISO-coded like HK and GL
         "PR": None,  # PR: Puerto Rico, ISO-coded like GL; its singers and players are البورتوريكي (hollywood41)
         # (caribbeandesk59) Caribbean territories ISO-coded like PR and GF, named in
         # hurricane, tax-haven and migration news
         "AW": None, "CW": None, "MQ": None, "GP": None, "KY": None, "TC": None,
         "VG": None, "VI": None, "AI": None}

# Forms left out because they are ordinary words (or name another place) in most
# uses. Compared after normalization, so one spelling per entry is enough.
AMBIGUOUS = [
    (["مالي", "المالي", "المالية", "مالية", "الماليين", "ماليين", "الماليون", "ماليون",
      "الماليات", "ماليات"],
     "'financial' / 'my money' (Mali: see the ml-context rule)"),
    (["عمان"], "Amman (capital of Jordan) as often as Oman; سلطنة عمان is kept"),
    (["كوريا", "الكوري", "الكورية", "كوري", "كورية", "الكوريين", "كوريين", "الكوريون",
      "كوريون", "الكوريات"], "which Korea? (كوريا الجنوبية/الشمالية are kept)"),
    (["الكونغو", "الكونغولي", "الكونغولية", "كونغولي", "كونغولية", "الكونغوليين",
      "كونغوليين", "الكونغوليون"],
     "which Congo? (الكونغو الديمقراطية/برازافيل are kept; bare forms: cd-congo-bare/cd-congo-nisba)"),
    (["بنين"], "'boys/sons' (مدرسة بنين); جمهورية بنين and البنيني are kept"),
    (["بوتان"], "butane (غاز بوتان); مملكة بوتان and بهوتان are kept"),
    (["قطري", "قطرية", "قطريا"],
     "indefinite: 'diagonal/diametric', 'regional' (قُطري، قطريا وإقليميا); القطري/القطرية are kept"),
    (["المجري", "مجري", "مجريا", "المجريان", "مجريان"],
     "= المجرى/مجرى 'channel, course' after ى->ي (مجرى الأحداث); المجرية, الهنغاري kept (after نظيره / الوزراء …: hu-nisba-context)"),
    (["القمري", "القمرية", "قمري", "قمرية", "قمريا"], "'lunar' (التقويم القمري); جزر القمر kept"),
    (["الروماني", "الرومانية", "روماني", "رومانية"],
     "'Roman' (الآثار الرومانية); رومانيا and الرومانيين kept (after نظيره / الرئيس / الحكومة …: ro-nisba-context)"),
    (["التركماني", "التركمانية", "تركماني", "تركمانية", "التركمانيين", "تركمانيين",
      "التركمانيون", "تركمانيون", "التركمانيات", "تركمانيات", "تركمانيا"],
     "the Turkmen minority of Iraq/Syria, not Turkmenistan (التركمانستاني kept) (after نظيره / الرئيس: tm-nisba-context)"),
    (["الصحراوي", "الصحراوية", "صحراوي", "صحراوية", "صحراويا"],
     "'desert' (adjective: طريقا صحراويا); الصحراء الغربية kept (after الشعب / الرئيس / الخارجية …: eh-nisba-context)"),
    (["بولونيا"], "Bologna (Italy) as often as Poland"),
    (["كوبي"], "the given name Kobe; الكوبي/الكوبية kept"),
    (["مجريات", "المجريات"], "'course of events' (مجريات الأحداث)"),
    (["صاموا"], "'they fasted' (Samoa is written ساموا)"),
    (["الألبان"], "'dairy products' (never used for Albanians here)"),
    (["برازيليا"], "the capital Brasília (a LOCATION), more often than 'Brazilian' in the accusative"),
    (["الأمريكيتين", "الأميركيتين", "أمريكيتين", "أميركيتين", "الأمريكيتان", "الأميركيتان"],
     "'the two Americas' (القارتين الأمريكيتين), a continent, not the US"),
]

# Stems whose singular is ambiguous (AMBIGUOUS above) but whose duals are not:
# الكوبيتين, الرومانيتين/الرومانيان, المجريتين/المجريان name the two Cuban,
# Romanian, Hungarian (governments, teams …); the other reading has no such dual
# (Kobe is a name; مجرى «channel» makes مجريان/مجريين, removed above; «Roman» is not said of two
# bodies in news). Mali is not here: الماليتين is «the two fiscal (years)».
DUAL_DESPITE_AMBIGUOUS = {"كوبي", "روماني", "مجري"}

# Kept on purpose although they have another reading: in news the country
# reading dominates. Documented so that nobody "fixes" them by accident.
KEPT_DESPITE = [
    ("يمني", "also يمنى (the name Yumna) after ى->ي; اليمني: see ye-nisba-context"),
    ("تركي", "also the given name Turki"),
    ("غاني", "also the surname Ghani (Ashraf Ghani)"),
    ("لاوس", "also read inside كلاوس (Klaus = ك + لاوس)"),
    ("السوداني", "also a surname (Iraq's PM Mohammed Shia al-Sudani) and 'peanuts' in Egypt"),
    ("المغرب", "also the sunset prayer and the Maghreb region (المغرب العربي)"),
    ("الجزائر/تونس/الكويت/جيبوتي/سنغافورة", "also the capital city (a LOCATION only in a dateline: DATELINE_CAPITAL)"),
    ("البحرين", "also 'the two seas'"),
    ("الأردن", "also the river Jordan"),
    ("جورجيا", "also the US state"),
    ("العماني", "also 'from Amman' (عمّاني)"),
    ("الهندي", "also in المحيط الهندي (Indian Ocean)"),
    ("الجبل الأسود", "also a literal 'black mountain'"),
]

# After ى->ي normalization اليمنى 'the right (one)' reads as اليمني 'the Yemeni'.
# In news it follows a feminine body part or side (يده اليمنى، الزاوية اليمنى،
# الضفة اليمنى); 'Yemeni' agrees with masculine nouns (الرئيس/نظيره اليمني).
# الرجل is left out on purpose: الرجل اليمني 'the Yemeni man' is common.
# People named by their trade or their team before a nisba: there an
# ambiguous nisba is the person's nationality (المخرج المالي, the Malian
# director, not «the financial director»: المدير المالي stays financial;
# المنتخب القمري, the Comoros team). Not فريق («the financial team»).
PERSON_TRADE_NOUNS = ["المخرج", "المخرجة", "الممثل", "الممثلة", "اللاعب", "اللاعبة", "المهاجم",
                      "المدافع", "الحارس", "المدرب", "الكاتب", "الكاتبة", "الروائي", "الروائية",
                      "المغني", "المغنية", "الفنان", "الفنانة", "الموسيقار", "الشاعر", "الشاعرة",
                      "العداء", "العداءة", "الملاكم", "النجم", "النجمة", "الدولي", "المنتخب",
                      # letters, music and art (culture37): «الكاتب المجري لاسلو كراسناهوركاي»
                      "المترجم", "المترجمة", "الناقد", "الناقدة", "الأديب", "الأديبة", "المؤلف",
                      "المؤلفة", "الملحن", "المطرب", "المطربة", "عازف البيانو", "عازفة البيانو",
                      "المايسترو", "السوبرانو", "الرسام", "الرسامة", "النحات", "المصور",
                      "المؤرخ", "الفيلسوف",
                      # football positions (footballeu40): «الظهير المجري ميلوش كيركيز»
                      "الظهير", "لاعب الوسط", "صانع الألعاب", "حارس المرمى"]
# (not الباحث, المفكر, الأكاديمي: «الباحث المالي» is a financial researcher)
TRADE_BEFORE = "".join(f"|(?<={w} )" for w in PERSON_TRADE_NOUNS)

# (ambassadorsdesk56) The words of a mission and its head before a nationality
# adjective whose bare form is also an ordinary word (الروماني 'Roman', المجري
# 'channel', القمري 'lunar'): السفير / السفيرة / السفارة / القائم(ة) بالأعمال /
# القنصلية / الخارجية (also وزير الخارجية) / نظيرته name a state, never the Roman
# empire or the moon. (Not القنصل alone: «القنصل الروماني» is also a consul of Rome.)
DIPLOMAT_BEFORE = "".join(f"|(?<={w} )" for w in [
    "السفير", "السفيرة", "السفارة", "بالاعمال", "القنصلية", "الخارجية", "نظيرته"])

# (footballeu40) In a sports sentence a Romanian or Hungarian nisba names the
# nationality of a coach or player written before it, also with up to two
# words between (مدرب إنتر الروماني كريستيان كيفو, لاعب الوسط الروماني,
# لاعبة التنس الرومانية, حارس مرمى ليون المجري): no Roman empire or
# channel reads there. Not after the nouns of Roman antiquity or a church.
SPORT_HEADS = ["مدرب", "مدربة", "مدربه", "مدربها", "المدرب", "المدربة", "لاعب", "لاعبة", "لاعبه",
               "اللاعب", "اللاعبة", "مهاجم", "المهاجم", "مدافع", "المدافع", "حارس", "الحارس",
               "الحارسة", "جناح", "الجناح", "ظهير", "الظهير", "هداف", "الهداف", "المنتخب"]
ROMAN_NOUNS = ["الإمبراطورية", "الامبراطورية", "العصر", "الحقبة", "الآثار", "المسرح", "الحضارة",
               "القانون", "الكنيسة", "الكاثوليكية", "الأرقام", "الحمامات", "الجيش", "الفترة",
               "المدرج", "الجسر", "الطريق", "الدولة"]


def sport_nisba_rule(code, forms, match, no_match):
    return {
        "id": f"{code.lower()}-nisba-sport",
        "form": "nisba",
        "description": f"{' / '.join(forms)} as the nationality of a coach or player named "
                       "before it, with up to two words between (a club or a position: مدرب "
                       "إنتر الروماني, لاعب الوسط المجري); not after the nouns of antiquity "
                       "(الإمبراطورية, المسرح, الآثار …).",
        "pattern": "(?:" + "|".join(SPORT_HEADS) + r")(?: [^\s،,.:؛!?؟«»()]+){0,2}? "
                   + "".join(f"(?<!{w} )" for w in ROMAN_NOUNS)
                   + "(?<span>(?:" + "|".join(forms) + r"))(?![\p{L}\p{M}\p{N}])",
        "replaces": [],
        "match": match,
        "no_match": no_match,
    }

# The words that tell a paragraph is about Jordan or about Oman, for bare عمان
# (Amman or Oman): defined once, in rules/locations.yaml (its rules
# amman-in-jordan-* use them too), and read from there.
def _place_markers():
    with open(os.path.join(ROOT, "rules", "locations.yaml"), encoding="utf-8") as f:
        defs = yaml.safe_load(f)["definitions"]
    return defs["JORDAN_WORD"], defs["OMAN_WORD"]


JORDAN_WORD, OMAN_WORD = _place_markers()

RIGHT_SIDE_NOUNS = [
    "يد", "اليد", "يده", "يدها", "يدي", "قدم", "القدم", "قدمه", "قدمها", "قدمي",
    "ركبة", "الركبة", "ركبته", "ركبتها", "ساق", "الساق", "ساقه", "ساقها", "عين", "العين",
    "عينه", "عينها", "أذن", "الأذن", "أذنه", "أذنها", "كتف", "الكتف", "كتفه", "ذراع",
    "الذراع", "ذراعه", "الرئة", "زاوية", "الزاوية", "جهة", "الجهة", "ضفة", "الضفة",
    "ناحية", "الناحية", "الجبهة", "الكفة",
]

# Rules that need context, so they are PCRE2 patterns, not terms. The listed
# `replaces` forms are taken out of the country's term rule.
PATTERN_RULES = {
    "US": [{
        "id": "us-america",
        "form": "name",
        "description": "أمريكا/أميركا as the United States, not the continents "
                       "(أمريكا اللاتينية/الجنوبية/الشمالية/الوسطى).",
        "pattern": "أم(?:ري|ير)كا(?! (?:اللاتينية|الجنوبية|الشمالية|الوسطى))",
        "replaces": ["أمريكا", "أميركا"],
        "match": ["أعلنت [[أمريكا]] فرض عقوبات جديدة",
                  "وقالت [[أميركا]] إنها لن تنسحب",
                  "العلاقات بين الصين و[[أمريكا]] متوترة"],
        "no_match": ["جال الوزير في دول أمريكا اللاتينية",
                     "زار الرئيس أميركا الجنوبية"],
    }],
    "AZ": [{
        "id": "az",
        "form": "name",
        "description": "Azerbaijan: names and formal names. Not inside the Iranian provinces "
                       "أذربيجان الغربية/الشرقية (LOCATION, locations/regions): a name holding a "
                       "country is not that country.",
        "pattern": "(?:جمهورية )?أذربيجان(?! (?:الغربية|الشرقية)(?![\\p{L}\\p{M}\\p{N}]))",
        "replaces": ["أذربيجان", "جمهورية أذربيجان"],
        "match": ["أعلنت [[أذربيجان]] ترحيبها بالاتفاق",
                  "وقع وزير خارجية [[جمهورية أذربيجان]] على الاتفاقية",
                  "العلاقات بين [[أذربيجان]] وأرمينيا الغربية التوجه"],
        "no_match": ["ضرب زلزال محافظة أذربيجان الغربية شمال غربي إيران",
                     "زار مدينة تبريز عاصمة أذربيجان الشرقية"],
    }],
    "MN": [{
        "id": "mn",
        "form": "name",
        "description": "Mongolia: names and formal names. Not inside منغوليا الداخلية (Inner "
                       "Mongolia, a Chinese region: LOCATION, locations/regions).",
        "pattern": "(?:جمهورية )?م(?:و)?نغوليا(?! الداخلية(?![\\p{L}\\p{M}\\p{N}]))",
        "replaces": ["منغوليا", "مونغوليا"],
        "match": ["أعلنت [[منغوليا]] ترحيبها بالاتفاق", "وصل الوفد إلى [[مونغوليا]]",
                  "وقع وزير خارجية [[جمهورية منغوليا]] على الاتفاقية"],
        "no_match": ["ضربت عاصفة رملية منطقة منغوليا الداخلية شمالي الصين"],
    }],
    # Nisbas left out of the lists as ambiguous (التركماني the Turkmen minority,
    # الروماني «Roman», المجري «channel» after ى→ي, الصحراوي «desert») are the
    # country's after a counterpart or a head of state or government: a
    # minority, an empire or a channel has no نظير (the counterpart of a
    # minister or president).
    "EH": [{
        "id": "eh-nisba-context",
        "form": "nisba",
        "description": "الصحراوي / الصحراوية / الصحراويين as Western Sahara's after the words of a people or a state (الشعب, اللاجئين, الرئيس, نظيره, الخارجية, الحكومة, الجمهورية, الدولة, الجيش); elsewhere «desert» (الطريق الصحراوي, المناخ الصحراوي).",
        "pattern": "(?:(?<=الشعب )|(?<=اللاجئين )|(?<=الرئيس )|(?<=نظيره )|(?<=الخارجية )|(?<=الحكومة )|(?<=الجمهورية )|(?<=الدولة )|(?<=الجيش ))(?:الصحراوي|الصحراوية|الصحراويين)(?!\\w)",
        "replaces": [],
        "match": ["وقال الرئيس [[الصحراوي]] إبراهيم غالي", "أكدت الخارجية [[الصحراوية]] رفضها للقرار", "مخيمات اللاجئين [[الصحراويين]] في تندوف"],
        "no_match": ["وقع الحادث على الطريق الصحراوي", "يسود المناخ الصحراوي معظم البلاد"],
    }, {
        "id": "eh-bare-context",
        "form": "name",
        "description": "The bare الصحراء as Western Sahara after the words of its dispute (قضية, ملف, نزاع, مسألة, مغربية, الحكم الذاتي في, the envoy's «للأمين العام إلى», «للأمم المتحدة إلى», «الأممي إلى», «الشخصي إلى»); elsewhere «the desert» (not before الكبرى, الغربية, العربية, الأفريقية or another adjective in ية: الصحراء الليبية).",
        "pattern": "(?:(?<=قضية )|(?<=ملف )|(?<=نزاع )|(?<=مسالة )|(?<=مغربية )|(?<=الذاتي في )|(?<=الذاتي ب)|(?<=للامين العام الي )|(?<=المتحدة الي )|(?<=الاممي الي )|(?<=الشخصي الي ))الصحراء(?! (?:الكبري|الغربية|العربية|الافريقية|ال\\w+ية)(?!\\w))(?!\\w)",
        "replaces": [],
        "match": ["سيقدم المغرب صيغة مفصلة لمبادرة الحكم الذاتي في [[الصحراء]] قريبا", "أكد دعم بلاده للمغرب في ملف [[الصحراء]]", "التقى المبعوث الشخصي للأمين العام للأمم المتحدة إلى [[الصحراء]] ستافان دي ميستورا", "وقال المبعوث الأممي إلى [[الصحراء]] إنه سيزور"],
        "no_match": ["ضلت القافلة طريقها في الصحراء", "تهريب عبر الصحراء الكبرى", "في ملف الصحراء الغربية"],
    }],
    "KR": [{
        "id": "kr-nisba-arts-context",
        "form": "nisba",
        "description": "(culture39) الكوري / الكورية alone, which Korea is not said, as South "
                       "Korea's after a person's trade in film, music and letters (المخرج الكوري "
                       "بارك تشان ووك, الروائية الكورية هان كانغ), after إخراج / بطولة «directed / "
                       "starring», and after the works and forms of its popular culture (الدراما "
                       "الكورية, المسلسلات الكورية, فرقة البوب الكورية, الموجة الكورية): the "
                       "Korean drama and pop of the news are the South's. Not after a sport's "
                       "trade (a North Korean athlete or team is as likely), nor before "
                       "الجنوبي / الشمالي (the listed forms).",
        "pattern": "(?:" + "|".join(f"(?<={w} )" for w in [w for w in PERSON_TRADE_NOUNS if w not in (
                       "اللاعب", "اللاعبة", "المهاجم", "المدافع", "الحارس", "المدرب", "العداء",
                       "العداءة", "الملاكم", "الدولي", "المنتخب", "النجم", "النجمة")] + [
                       "إخراج", "بطولة", "الدراما", "المسلسل", "المسلسلات", "الفيلم", "الأفلام",
                       "السينما", "الموسيقى", "البوب", "الموجة", "الفرقة", "فرقة", "الفرق", "فرق",
                       "الأغاني", "الروايات", "الرواية",
                       # (eastasiapeople40) its exported content and entertainment
                       "المحتوى", "الثقافة", "الترفيه"]) + ")"
                   "(?:الكوري|الكورية)(?!\\w)(?! (?:الجنوبي|الجنوبية|الشمالي|الشمالية)(?!\\w))",
        "replaces": [],
        "match": ["مسلسل جديد من إخراج [[الكوري]] بارك تشان ووك",
                  "فازت الروائية [[الكورية]] هان كانغ بجائزة نوبل",
                  "تحظى الدراما [[الكورية]] بشعبية واسعة", "فرقة البوب [[الكورية]] بي تي إس"],
        "no_match": ["قال المخرج الكوري الجنوبي إن", "فاز اللاعب الكوري على منافسه",
                     "انعقد مؤتمر حزب العمال الكوري"],
    }, {
        "id": "kr-diplomatic-context",
        "form": "name",
        "description": "(ambassadorsdesk56) Bare كوريا, and الكوري / الكورية alone, which Korea "
                       "is not said, as South Korea's after the words of a mission, its head "
                       "and its foreign minister (سفير كوريا لدى المملكة, سفارة كوريا, السفير "
                       "الكوري, القنصلية الكورية, وزير خارجية كوريا): North Korea's few "
                       "missions are named by its formal name (جمهورية كوريا الديمقراطية "
                       "الشعبية) or كوريا الشمالية. «سفير كوريا» gave the PERSON «كوريا». "
                       "Not before الجنوبية / الشمالية / الديمقراطية / الشعبية (the listed forms).",
        "pattern": "(?:(?<=سفير )|(?<=سفيرة )|(?<=سفارة )|(?<=قنصل )|(?<=قنصلية )|(?<=خارجية )"
                   "|(?<=بالاعمال )|(?<=باعمال سفارة ))كوريا(?!\\w)(?! (?:الجنوبية|الشمالية|الديمقراطية|الديموقراطية|الشعبية|الجنوبيه|الشماليه)(?!\\w))"
                   "|(?:(?<=السفير )|(?<=السفيرة )|(?<=السفارة )|(?<=القنصلية )|(?<=بالاعمال ))(?:الكوري|الكورية)(?!\\w)"
                   "(?! (?:الجنوبي|الجنوبية|الشمالي|الشمالية)(?!\\w))",
        "replaces": [],
        "match": ["خلال استقباله سفير [[كوريا]] لدى المملكة", "أعلنت سفارة [[كوريا]] في الكويت",
                  "وقال السفير [[الكوري]] تشوي يونغ سام", "وقال وزير خارجية [[كوريا]] تشو هيون"],
        "no_match": ["استقبل سفير كوريا الجنوبية", "وأعلنت السفارة الكورية الجنوبية",
                     "وقال سفير كوريا الشمالية", "زار وفد من كوريا المعرض"],
    }],
    "TM": [{
        "id": "tm-nisba-context",
        "form": "nisba",
        "description": "التركماني / التركمانية as Turkmenistan's after نظيره / نظيرته / الرئيس, and (namespersian42) after the offices of a state: رئيس الوزراء / وزير الخارجية / وزير الدفاع / وزير الداخلية / السفير / السفارة, and (asiadesk45) after الزعيم الوطني, Gurbanguly Berdimuhamedov's office, and (centralasiadesk48) after العاصمة / الحكومة / الخارجية / الغاز / الحدود / الرئاسة, which the Turkmen minority has not (elsewhere the Turkmen minority of Iraq and Syria).",
        "pattern": "(?:(?<=نظيره )|(?<=نظيرته )|(?<=الرئيس )|(?<=الوزراء )|(?<=وزير الخارجية )|(?<=وزير الدفاع )|(?<=وزير الداخلية )|(?<=السفير )|(?<=السفارة )|(?<=الزعيم الوطني )|(?<=العاصمة )|(?<=الحكومة )|(?<=الخارجية )|(?<=الغاز )|(?<=الحدود )|(?<=الرئاسة ))(?:التركماني|التركمانية)(?!\\w)",
        "replaces": [],
        "match": ["التقى الرئيس الأوزبكي بنظيره [[التركماني]] في عشق آباد",
                  "واستقبل وزير الخارجية [[التركماني]] رشيد مريدوف", "قال السفير [[التركماني]] في أنقرة",
                  "حيث سيلتقي الزعيم الوطني [[التركماني]] قربان قولي بردي محمدوف",
                  "انطلقت في العاصمة [[التركمانية]] أعمال القمة", "ويصدر الغاز [[التركماني]] إلى الصين"],
        "no_match": ["قالت الجبهة التركمانية في كركوك", "يشكل المكون التركماني ثالث قومية في العراق", "قال النائب التركماني عن كركوك"],
    }],
    "RO": [{
        "id": "ro-nisba-context",
        "form": "nisba",
        "description": "الروماني / الرومانية as Romania's after نظيره / نظيرته / الرئيس / رئيس الوزراء / وزير الخارجية / وزير الدفاع / الحكومة, and (ambassadorsdesk56) after a mission and its head: السفير / السفيرة / السفارة / القائم بالأعمال / القنصلية / الخارجية (elsewhere also «Roman»: الآثار الرومانية; القنصل alone is also Rome's).",
        "pattern": "(?:(?<=نظيره )|(?<=نظيرته )|(?<=الرئيس )|(?<=الوزراء )|(?<=وزير الخارجية )|(?<=وزير الدفاع )|(?<=الحكومة )" + DIPLOMAT_BEFORE + ")(?:الروماني|الرومانية)(?!\\w)",
        "replaces": [],
        "match": ["استقبل الرئيس المصري نظيره [[الروماني]]", "قالت الحكومة [[الرومانية]] إن",
                  "بحضور القائم بالأعمال [[الروماني]] أندريه بوبيسكو", "أعلنت السفارة [[الرومانية]] في الكويت"],
        "no_match": ["اكتشاف مسرح يعود إلى العصر الروماني", "زار الآثار الرومانية في جرش"],
    }, {
        "id": "ro-nisba-trade",
        "form": "nisba",
        "description": "(agriculturedesk52) الروماني / الرومانية as Romania's in grain and trade news: after a grain (القمح، الشعير، الذرة) or coordinated after another European country's nisba (القمح الروسي والروماني، الأوكرانية والرومانية).",
        "pattern": "(?:(?<=القمح )|(?<=الشعير )|(?<=الذرة )|(?<=الروسي و)|(?<=الروسية و)|(?<=الاوكراني و)|(?<=الاوكرانية و)|(?<=البلغاري و)|(?<=البلغارية و)|(?<=المجري و)|(?<=المجرية و)|(?<=البولندي و)|(?<=البولندية و)|(?<=الفرنسي و)|(?<=الفرنسية و)|(?<=الالماني و)|(?<=الالمانية و)|(?<=المولدوفي و)|(?<=المولدوفية و))(?:الروماني|الرومانية)(?!\\w)",
        "replaces": [],
        "match": ["اشترت الهيئة القمح الروسي و[[الروماني]]", "تراجعت صادرات القمح [[الروماني]] هذا العام", "وقالت السلطات البلغارية و[[الرومانية]] إن"],
        "no_match": ["يعود القانون الروماني إلى العصور القديمة", "زار المسرح الروماني في جرش"],
    }, sport_nisba_rule("RO", ["الروماني", "الرومانية"],
                        ["وأشاد مدرب إنتر [[الروماني]] كريستيان كيفو بلاعبيه",
                         "تأهلت اللاعبة [[الرومانية]] سيمونا هاليب", "تعاقد مع لاعب الوسط [[الروماني]]"],
                        ["زار مدرب الفريق المسرح الروماني في جرش",
                         "تحدث المدرب عن تاريخ الإمبراطورية الرومانية"])],
    "HU": [{
        "id": "hu-nisba-context",
        "form": "nisba",
        "description": "المجري as Hungary's after نظيره / الرئيس / رئيس الوزراء / وزير الخارجية / وزير الدفاع or a person's trade (الكاتب المجري, المخرج المجري) or (ambassadorsdesk56) a mission and its head (السفير المجري, القائم بالأعمال المجري) (normalized it is also المجرى «channel»: مجرى النهر; المجرية is listed).",
        "pattern": "(?:(?<=نظيره )|(?<=الرئيس )|(?<=الوزراء )|(?<=وزير الخارجية )|(?<=وزير الدفاع )" + TRADE_BEFORE + DIPLOMAT_BEFORE + ")المجري(?!\\w)",
        "replaces": [],
        "match": ["وقال رئيس الوزراء [[المجري]] فيكتور أوربان", "التقى وزير الخارجية التركي نظيره [[المجري]]",
                  "استقبل الوزير السفير [[المجري]] في مكتبه",
                  "ترجمة أعمال الكاتب [[المجري]] لاسلو كراسناهوركاي"],
        "no_match": ["غير المجرى مسار الأحداث"],
    }, sport_nisba_rule("HU", ["المجري"],
                        ["قال مدرب ليفربول [[المجري]] إن", "انضم إليه الظهير [[المجري]] ميلوش كيركيز"],
                        ["غير المجرى مسار الأحداث", "نظف المدرب مجرى المياه"])],
    "KM": [{
        "id": "km-nisba-context",
        "form": "nisba",
        "description": "القمري / القمرية as the Comoros' after نظيره / نظيرته / الرئيس / وزير الخارجية / رئيس الوزراء / الحكومة or a person's trade or team (المنتخب القمري, اللاعب القمري), or (ambassadorsdesk56) a mission and its head (السفير القمري, السفارة القمرية); elsewhere «lunar» (التقويم القمري, الشهر القمري).",
        "pattern": "(?:(?<=نظيره )|(?<=نظيرته )|(?<=الرئيس )|(?<=وزير الخارجية )|(?<=الوزراء )|(?<=الحكومة )" + TRADE_BEFORE + DIPLOMAT_BEFORE + ")(?:القمري|القمرية)(?!\\w)",
        "replaces": [],
        "match": ["فاز المنتخب المغربي على نظيره [[القمري]] بهدفين", "استقبل الرئيس [[القمري]] غزالي عثماني الوفد",
                  "تسلم أوراق اعتماد السفير [[القمري]] لدى المملكة"],
        "no_match": ["يبدأ الشهر القمري غدا", "يعتمد التقويم القمري في الأعياد"],
    }],
    "YE": [{
        "id": "ye-nisba-context",
        "form": "nisba",
        "description": "اليمني 'the Yemeni (m.)', but not اليمنى 'the right' (same letters "
                       "after ى->ي) after a feminine body part or side.",
        "pattern": "".join(f"(?<!{w} )" for w in RIGHT_SIDE_NOUNS) + "اليمني",
        "replaces": ["اليمني"],
        "match": ["أكد الجانب [[اليمني]] أن المحادثات كانت مثمرة",
                  "التقى وزير الخارجية نظيره [[اليمني]] في الرياض",
                  "أدى الرئيس [[اليمني]] اليمين الدستورية"],
        "no_match": ["أصيب اللاعب بكسر في يده اليمنى",
                     "سدد الكرة في الزاوية اليمنى للمرمى",
                     "تقدمت القوات على الضفة اليمنى للنهر"],
    }],
    "OM": [{
        "id": "om-context",
        "form": "name",
        "description": "Bare عمان is Amman (عمّان) or Oman, the same letters once "
                       "normalized; it is Oman after its sultan, its government "
                       "and embassy nouns, its national team (منتخب عمان: a city has "
                       "none), or a country joined by و (السعودية وعمان; سوريا وعمان in "
                       "a list of national teams; الأردن وعمان: two countries, as "
                       "locations/amman-in-jordan-story reads it).",
        "pattern": "(?:(?:سلطان|حكومة|سلطات|سفير|سفارة|وزير خارجية|وزارة خارجية|ولي عهد|منتخب|منتخبا|منتخبي|لاعبو منتخب|مندوب|مندوبة|سفيرة) "
                   "|(?:السعودية|الإمارات|قطر|الكويت|البحرين|اليمن|العراق|سوريا|سورية|لبنان|مصر|الأردن|فلسطين|ليبيا|السودان|المغرب|موريتانيا|الصومال|إيران|الهند|باكستان|تركيا|فرنسا|سويسرا|ألمانيا|إيطاليا|إسبانيا|بريطانيا|الصين|اليابان)،? و)"
                   "(?<span>عمان)(?!\\w)",
        "replaces": [],
        "match": ["استقبل سلطان [[عمان]] هيثم بن طارق الوزير",
                  "دول الخليج: السعودية والإمارات وقطر والكويت والبحرين و[[عمان]]",
                  "قال وزير خارجية [[عمان]] بدر البوسعيدي",
                  "يلتقي منتخب [[عمان]] نظيره القطري في الدوحة",
                  "خاض المنتخب مباريات ودية مع مصر وسوريا و[[عمان]] قبل البطولة"],
        "no_match": ["وصل الملك إلى عمان قادما من الرياض",
                     "عقد الاجتماع في العاصمة الأردنية عمان"],
    }, {
        "id": "om-context-list",
        "form": "name",
        "description": "عمان first in a list of Gulf states (عمان والبحرين): Oman.",
        "pattern": "(?<span>عمان)(?=،? و(?:السعودية|الإمارات|قطر|الكويت|البحرين|اليمن)(?!\\w))",
        "replaces": [],
        "match": ["وقعت [[عمان]] والإمارات اتفاقا للربط الكهربائي"],
        "no_match": ["زار الوفد عمان والقدس", "زار الوفد عمان ودمشق والرياض"],
    }, {
        "id": "om-context-story",
        "form": "name",
        "description": "Bare عمان in a story about Oman: after an Omani word earlier in the "
                       "paragraph (سلطنة عمان, العماني, مسقط, ظفار, الدقم …) with no "
                       "Jordanian word between, and none later in its sentence (a "
                       "Jordanian word makes it Amman: locations/amman-in-jordan-story). "
                       "Not in خليج عمان / بحر عمان.",
        "pattern": f"{OMAN_WORD}(?!\\w)"
                   # (an عمان ahead in the next 1,500 characters of the line, or no
                   # need to walk on: a long line would be walked to its end for
                   # every Omani word, and stopped by PCRE2's limits)
                   "(?=[^\\n]{0,1500}?عمان)"
                   f"(?:(?!{JORDAN_WORD})[^\\n])*? [وفبل]{{0,2}}(?<!سلطنة )(?<!خليج )(?<!بحر )"
                   f"(?<span>عمان)(?!\\w)(?![^.\\n؟!]{{0,100}}?{JORDAN_WORD})",
        "replaces": [],
        "match": ["افتتحت سلطنة عمان ميناء جديدا. وتسعى [[عمان]] إلى جذب الاستثمارات",
                  "وقال المسؤول العماني إن [[عمان]] ستواصل الوساطة"],
        "no_match": ["زار الوفد سلطنة عمان ثم عاد إلى الأردن. وفي عمان التقى الملك",
                     "أعلنت سلطنة عمان. وفي عمان، قال وزير الخارجية الأردني إن",
                     "وصل الملك إلى عمان قادما من الرياض",
                     "ناقلة في خليج عمان قرب مسقط"],
    }, {
        "id": "om-context-sentence",
        "form": "name",
        "description": "Bare عمان before an Omani word later in its sentence (وفي عمان، "
                       "أعلنت وزارة الطاقة العمانية) and no Jordanian one (then it is "
                       "Amman: locations/amman-in-jordan-story). Not in خليج عمان / بحر عمان.",
        "pattern": "(?<!سلطنة )(?<!خليج )(?<!بحر )(?<span>عمان)(?!\\w)"
                   f"(?![^.\\n؟!]{{0,100}}?{JORDAN_WORD})"
                   f"(?=[^.\\n؟!]{{0,100}}?{OMAN_WORD}(?!\\w))",
        "replaces": [],
        "match": ["وفي [[عمان]]، أعلنت وزارة الطاقة العمانية عن اكتشاف نفطي"],
        "no_match": ["وفي عمان، قال وزير الخارجية الأردني إن المملكة ترفض التهجير",
                     "وفي عمان، التقى الصفدي نظيره العماني وأكد موقف الأردن",
                     "ناقلة في خليج عمان قرب مسقط"],
    }],
    "CD": [{
        "id": "cd-congo-bare",
        "form": "name",
        "description": "Bare الكونغو names either Congo; in news it is overwhelmingly the "
                       "DR Congo (Kinshasa, Goma, M23), so it is read as CD. Not before "
                       "الديمقراطية/برازافيل/كينشاسا (those are full names), not the river "
                       "or its basin (نهر/حوض الكونغو).",
        "pattern": "(?<!نهر )(?<!حوض )الكونغو(?! (?:الديمقراطية|الديموقراطية|برازافيل|برازفيل|كينشاسا)(?!\\w))(?!\\w)",
        "replaces": [],
        "match": ["اندلعت اشتباكات عنيفة شرق [[الكونغو]] أمس",
                  "وقعت رواندا و[[الكونغو]] اتفاق سلام"],
        "no_match": ["يعد نهر الكونغو من أطول أنهار أفريقيا"],
    }, {
        "id": "cd-congo-nisba",
        "form": "nisba",
        "description": "الكونغولي/الكونغولية and plurals: Congolese, read as the DR Congo "
                       "like bare الكونغو (cd-congo-bare).",
        "pattern": "(?:ال)?كونغولي(?:ة|ين|ون|ات)?(?!\\w)",
        "replaces": [],
        "match": ["قال الرئيس [[الكونغولي]] فيليكس تشيسيكيدي",
                  "استعادت القوات [[الكونغولية]] السيطرة على المدينة",
                  "قتل ثلاثة جنود [[كونغوليين]] في الهجوم"],
        "no_match": ["انعقد الكونغرس الأمريكي أمس"],
    }],
    "BJ": [{
        "id": "bj-context",
        "form": "name",
        "description": "Bare بنين is mostly 'sons, boys' (مدرسة بنين); it is Benin after a "
                       "preposition, a direction, a government or border noun, a verb of "
                       "visiting, or a neighbour joined by و (النيجر وبنين; first in "
                       "such a pair: bj-context-list). Not before بنات (بنين وبنات).",
        "pattern": "(?:(?:في|إلى|مع|عن|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|وسط|حكومة|رئيس|سفير|سفارة|جيش|حدود|أراضي|سلطات|غادر|غادرت|زار|زارت) "
                   "|(?:النيجر|نيجيريا|توغو|بوركينا فاسو|مالي|غانا)،? و)(?<span>بنين)(?!\\w)(?! ?و?بنات)",
        "replaces": [],
        "match": ["أعلنت السلطات إغلاق الحدود مع [[بنين]]",
                  "تصدر النيجر نفطها عبر ميناء سيمي في [[بنين]]",
                  "توتر بين النيجر و[[بنين]] بسبب خط الأنابيب"],
        "no_match": ["افتتاح مدرسة بنين جديدة في المدينة",
                     "رزقه الله من بنين وبنات"],
    }, {
        "id": "bj-context-list",
        "form": "name",
        "description": "بنين first in a pair with a neighbour joined by و (بنين ونيجيريا): Benin.",
        "pattern": "(?<span>بنين)(?=،? و(?:النيجر|نيجيريا|توغو|بوركينا فاسو)(?!\\w))",
        "replaces": [],
        "match": ["وقعت [[بنين]] والنيجر اتفاقا لإعادة فتح الحدود"],
        "no_match": ["مدرسة بنين وبنات"],
    }],
    "ML": [{
        "id": "ml-context",
        "form": "name",
        "description": "Bare مالي is mostly 'financial'; it is Mali only after a "
                       "preposition, a direction, a government noun or a West African "
                       "neighbour joined by و (also after a comma: السنغال، ومالي; "
                       "ساحل العاج ومالي where a company lists its subsidiaries).",
        "pattern": "(?:(?:في|إلى|من|مع|عن|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|وسط|عاصمة|حكومة|رئيس|سفير|سفارة|جيش|حدود|أراضي"
                   "|جمهورية|سلطات|شعب|غادر|غادرت|يغادر|تغادر|زار|زارت|يزور|تزور|دخل|دخلت"
                   # (saheldesk53) a head of government, a ministry or a
                   # woman president or envoy governs the country («رئيس وزراء مالي»،
                   # «وزير خارجية مالي»، «وزير دفاع مالي»)
                   "|وزراء|خارجية|دفاع|رئيسة|سفيرة|رئاسة"
                   # (saheldesk55) movement towards or inside the country
                   # («إمدادات الوقود نحو مالي»، «داخل مالي»)
                   "|نحو|باتجاه|داخل|خارج) "
                   "|(?:النيجر|بوركينا فاسو|موريتانيا|الجزائر|السنغال|غينيا|تشاد|ساحل العاج|كوت ديفوار|غانا|نيجيريا|بنين|توغو)،? و)"
                   "(?<span>مالي)(?! الخاص)",
        "replaces": [],
        "match": ["انسحبت القوات الفرنسية من [[مالي]] العام الماضي",
                  "وقع هجوم في شمال [[مالي]] أمس",
                  "انهار منجم للذهب في منطقة كايس غربي [[مالي]]",
                  "هاجم مسلحون قرية في وسط [[مالي]]",
                  "اجتمع قادة النيجر و[[مالي]] وبوركينا فاسو",
                  "وكانت البعثة الأممية قد غادرت [[مالي]] نهائيا",
                  "وصل الوفد إلى باماكو بعد أن زار [[مالي]] ثلاث مرات",
                  "بفضل أداء فروعها في ساحل العاج و[[مالي]].",
                  "افتتح البنك فروعا في السنغال، و[[مالي]]",
                  "إضافة إلى رئيس وزراء [[مالي]] الجنرال عبد الله مايغا",
                  "التقى وزير خارجية [[مالي]] عبد الله ديوب نظيره",
                  "عطلت الهجمات إمدادات الوقود نحو [[مالي]]."],
        "no_match": ["أعلن المدير المالي للشركة عن الأرباح",
                     "أعلن البنك عن دعم مالي جديد للحكومة",
                     "دفعت الثمن من مالي الخاص",
                     "أقرت وزارة المالية دعم مالي إضافي لوزراء الحكومة"],
    }, {
        "id": "ml-context-clause",
        "form": "name",
        "description": "(saheldesk55) مالي as the subject of a clause after أن / إن "
                       "with a feminine, future or negated verb (أن مالي ستستعيد، إن مالي "
                       "ترفض، أن مالي لن تقبل): a country takes a feminine verb; "
                       "'my money' (مالي) would take a masculine one (إن مالي يكفي).",
        "pattern": "(?<=أن |إن )(?<span>مالي)(?= [\"«“]?(?:ست|تت|تع|تر|تؤ|تس|تق|تم|تح|تد|تب|تط|تش|تن|تو|تل|لن |لم |قد |باتت |أصبحت |كانت )\\p{L})",
        "replaces": [],
        "match": ["وأكد الرئيس أن [[مالي]] \"ستستعيد السيطرة على ثرواتها\"",
                  "وقال الوزير إن [[مالي]] ترفض أي تدخل",
                  "أعلن أن [[مالي]] لن تقبل الوساطة"],
        "no_match": ["قال إن مالي يكفي لشراء البيت",
                     "أوضح أن مالي الخاص لا يكفي",
                     "قالت إن مالي ذهب"],
    }, {
        "id": "ml-clitic",
        "form": "name",
        "description": "مالي glued to the preposition ل or ب (المندوب الدائم لمالي، "
                       "المقيمين بمالي) is Mali: an adjective 'financial' takes no preposition "
                       "of its own, and 'for/with my money' does not occur in news.",
        "pattern": "(?:ل|ب)(?<span>مالي)(?! الخاص)",
        "replaces": [],
        "match": ["دعا المندوب الدائم ل[[مالي]] إلى رفع القيود",
                  "قتل جنديان في هجوم على قاعدة ب[[مالي]] أمس",
                  "سلم السفير أوراق اعتماده سفيرا لمالي"],
        "no_match": ["قدم البنك دعم مالي وتقني للحكومة", "يعاني القطاع من عجز إداري ومالي",
                     "أعلن المدير المالي للشركة", "زار الوفد ماليزيا والبلدان المجاورة لماليزيا"],
    }, {
        "id": "ml-context-list",
        "form": "name",
        "description": "مالي first in a pair or list with a Sahel neighbour joined by و "
                       "(مالي وبوركينا فاسو، مالي والنيجر): Mali, whatever comes before.",
        "pattern": "(?<span>مالي)(?=،? و(?:النيجر|بوركينا فاسو|موريتانيا|الجزائر|السنغال|غينيا|تشاد|ساحل العاج|كوت ديفوار)(?!\\w))",
        "replaces": [],
        "match": ["انسحبت النيجر إلى جانب [[مالي]] وبوركينا فاسو من المجموعة",
                  "وقعت [[مالي]] والنيجر ميثاق ليبتاكو غورما"],
        "no_match": ["قدم البنك دعم مالي وتقني للحكومة", "أعلن المدير المالي والإداري للشركة"],
    }, {
        "id": "ml-nisba-context",
        "form": "nisba",
        "description": "المالي / المالية are mostly 'financial'; they are Malian "
                       "after an army (الجيش، الجيوش: رئيس أركان الجيوش المالية), the gendarmerie, "
                       "forces, soldiers, the people, an ambassador or embassy, the territory "
                       "(الأراضي المالية), a junta, a transitional council, "
                       "president or government or state television "
                       "(الجيش المالي، القوات المالية، المجلس العسكري المالي، الرئيس الانتقالي المالي); not after "
                       "الحكومة (الحكومة المالية is also 'the financial government'). The plural "
                       "الماليين / الماليون is Malian after people who have a nationality and no "
                       "trade (اللاجئين، المواطنين، الرعايا، النازحين); not after المسؤولين, "
                       "الخبراء or المستشارين (financial officials, experts, advisers).",
        "pattern": "(?:(?<=الجيش )|(?<=الجيوش )|(?<=الدرك )|(?<=الشعب )|(?<=السفير )|(?<=السفيرة )|(?<=السفارة )|(?<=الأراضي )|(?<=القوات )|(?<=الرئيس )|(?<=المجلس العسكري )|(?<=الجنود )|(?<=المسلحة )"
                   "|(?<=نظيره )|(?<=نظيرته )|(?<=نظيريه )|(?<=وزير الخارجية )|(?<=وزير الدفاع )"
                   "|(?<=الانتقالي )|(?<=الانتقالية )|(?<=التلفزيون الرسمي )|(?<=المجلس الانتقالي )"
                   "|(?<=رئيس الوزراء )" + TRADE_BEFORE + ")"
                   "(?:المالي|المالية)(?!\\w)"
                   # (saheldesk55) a minister of a named field: «وزير المناجم المالي»
                   # (a minister is never 'financial'; the nisba agrees with وزير)
                   "|(?:(?<=وزير المناجم )|(?<=وزير الطاقة )|(?<=وزير الداخلية )|(?<=وزير العدل )|(?<=وزير المالية )|(?<=وزير الاقتصاد والمالية )|(?<=وزير الأمن )|(?<=وزير الصحة )|(?<=وزير الزراعة )|(?<=وزير النقل )|(?<=وزير التجارة )|(?<=وزير الصناعة )|(?<=وزير الاتصال )|(?<=وزير المصالحة )|(?<=وزير التعليم )|(?<=وزير الثقافة )|(?<=وزير الإدارة الترابية )|(?<=وزير الشؤون الدينية )|(?<=وزير الرياضة )|(?<=وزير البيئة )|(?<=وزير الشباب )|(?<=وزير الإعلام ))المالي(?!\\w)"
                   "|(?<=العاصمة )المالية(?= باماكو(?!\\w))"
                   # (saheldesk50) the Malian side of a border: «من الجانب المالي للحدود»
                   "|(?<=الجانب )المالي(?= (?:للحدود|من الحدود)(?!\\w))"
                   "|(?:(?<=اللاجئين )|(?<=اللاجئون )|(?<=المواطنين )|(?<=المواطنون )|(?<=الرعايا )"
                   "|(?<=النازحين )|(?<=المهاجرين )|(?<=المدنيين )|(?<=الرعاة )|(?<=الجنود )"
                   "|(?<=العسكريين )|(?<=الضباط )|(?<=المسلحين )|(?<=الجهاديين )|(?<=الصيادين )"
                   "|(?<=التجار )|(?<=الطلاب )|(?<=نظرائهم )|(?<=نظرائه ))(?:الماليين|الماليون)(?!\\w)",
        "replaces": [],
        "match": ["نفذ [[الجيش المالي]] عمليات قرب كيدال".replace("[[الجيش المالي]]", "الجيش [[المالي]]"),
                  "انسحبت القوات [[المالية]] من تمبكتو",
                  "بحث وزير الدفاع الموريتاني مع نظيره [[المالي]] ملف الحدود",
                  "وقال وزير الخارجية [[المالي]] عبد الله ديوب",
                  "أعلن الرئيس الانتقالي [[المالي]] أسيمي غويتا",
                  "قالت الحكومة الانتقالية [[المالية]] إنها ستنظم الانتخابات",
                  "فرضت الجماعة حصارا على العاصمة [[المالية]] باماكو",
                  "وقال رئيس الوزراء [[المالي]] عبد الله مايغا",
                  "قال وزير المناجم [[المالي]] أمادو كيتا",
                  "تقدر المفوضية عدد اللاجئين [[الماليين]] في مخيم امبره",
                  "أفرج المسلحون عن ثلاثة من الجنود [[الماليين]]",
                  "وفاز بالجائزة المخرج [[المالي]] عبد الرحمن سيساكو",
                  "سجل المنتخب [[المالي]] هدفين",
                  "وقال رئيس أركان الجيوش [[المالية]] الجنرال عمر ديارا",
                  "استدعت الخارجية السفير [[المالي]] في الجزائر",
                  "توغلت المسيرة داخل الأراضي [[المالية]]",
                  "قدموا على دراجات نارية من الجانب [[المالي]] للحدود"],
        "no_match": ["أعلن المدير المالي للشركة عن الأرباح",
                     "قدمت الحكومة دعما ماليا",
                     "تعاني الحكومة المالية من عجز",
                     "أصبحت دبي العاصمة المالية للمنطقة",
                     "تعد الرياض العاصمة المالية والاقتصادية",
                     "اجتمع المسؤولين الماليين في الوزارة",
                     "قال أحد المستشارين الماليين للبنك",
                     "ناقش الاجتماع الجانب المالي للمشروع"],
    }],
}

# A country's bare name after ولاية / ولايتي / ولايات names a state or
# province of the same name, a LOCATION (locations/state-named-like-a-country):
# the US state of Georgia (ولاية جورجيا), the State of Mexico (ولاية
# المكسيك), the wilayas of Algiers and Tunis (والي ولاية الجزائر, ولاية
# تونس). The bare name is therefore a pattern that refuses that head; the
# other forms stay literal terms. A COUNTRY on the same words would win over
# the LOCATION in the merger, so the country rule itself must not match.
# (the lookbehinds follow the name, so that the pattern begins with its
# literal: the engine tries it only where the name starts, and builds the
# contracted ل variant of ال-names, للجزائر)
# The same after «مجلس قضاء», Algeria's court of appeal named by its city
# (مجلس قضاء الجزائر: Algiers, inside the ORG orgs/algerian-judicial-council).
def state_head_lookbehind(name):
    return "".join(f"(?<!{h} {name})" for h in ("ولاية", "ولايتي", "ولايات", "مجلس قضاء"))
STATE_NAMED_LIKE_COUNTRY = {
    "DZ": ("الجزائر", "", "قال والي ولاية الجزائر إن الأشغال ستنطلق"),
    "TN": ("تونس", "", "أعلنت السلطات في ولاية تونس عن إجراءات جديدة"),
    "MX": ("المكسيك", "", "ضرب زلزال ولاية المكسيك وسط البلاد"),
    # Nigeria's Niger State (ولاية النيجر, main38)
    "NE": ("النيجر", "", "خطف مسلحون تلاميذ في ولاية النيجر وسط نيجيريا"),
    # جورجيا الأمريكية: the US state without the head; also where only the
    # US state can be meant (GE_US_STATE_CONTEXT below)
    "GE": ("جورجيا", "(?! ال(?:امريكية|اميركية)(?![\\p{L}\\p{M}\\p{N}]))",
           "فاز المرشح الديمقراطي في ولاية جورجيا"),
}
# (usadesk55) The US state of Georgia without ولاية, where the country cannot
# be meant: after حاكم / حاكمة (the country has no governor), after موانئ /
# ميناء (the Georgia Ports Authority, the port of Savannah), and in a list
# with another US state (فلوريدا وجورجيا، جورجيا وكارولينا الجنوبية). The same
# contexts are a LOCATION in locations/state-named-like-a-country.
US_STATES_BESIDE_GEORGIA = [
    "فلوريدا", "ألاباما", "كارولينا الشمالية", "كارولينا الجنوبية",
    "كارولاينا الشمالية", "كارولاينا الجنوبية", "تينيسي", "تكساس", "أريزونا",
    "نيفادا", "ميشيغان", "ويسكونسن", "بنسلفانيا", "فرجينيا", "فيرجينيا",
    "أوهايو", "ميسيسيبي", "لويزيانا", "كنتاكي", "كاليفورنيا", "إلينوي",
    "ماريلاند", "أوكلاهوما", "أركنساس", "كولورادو", "مينيسوتا", "أيوا",
    "ميزوري", "إنديانا", "نيوجيرسي", "ديلاوير", "كونيتيكت", "ماساتشوستس",
]
# and after a city of the state (أتلانتا بجورجيا, سافانا في جورجيا) or a
# senator's «عن» (السيناتور الديمقراطي عن جورجيا: the country has no senate)
GEORGIA_CITIES = ["أتلانتا", "سافانا", "أوغوستا", "ماكون", "كولومبوس"]
SENATOR_HEADS = [f"{h}{m} عن" for h in ("السيناتور", "سيناتور", "السناتور", "سناتور",
                                          "السيناتورة", "سيناتورة")
                 for m in ("", " الديمقراطي", " الجمهوري", " الديمقراطية", " الجمهورية")]
GE_US_CITY_OR_SENATOR = ([f"{c} بجورجيا|{c} في جورجيا|{c}، جورجيا" for c in GEORGIA_CITIES]
                         + [f"{h} جورجيا" for h in SENATOR_HEADS])
GE_US_STATE_CONTEXT = (
    "(?<!حاكم جورجيا|حاكمة جورجيا|موانئ جورجيا|ميناء جورجيا)"
    + "(?<!" + "|".join(GE_US_CITY_OR_SENATOR) + ")"
    + "(?<!" + "|".join(f"{st} وجورجيا|{st}، جورجيا|{st}، وجورجيا"
                       for st in US_STATES_BESIDE_GEORGIA) + ")"
    + "(?! و?(?:" + "|".join(US_STATES_BESIDE_GEORGIA) + ")(?![\\p{L}\\p{M}\\p{N}]))"
    + "(?!، و?(?:" + "|".join(US_STATES_BESIDE_GEORGIA) + ")(?![\\p{L}\\p{M}\\p{N}]))"
)
STATE_NAMED_LIKE_COUNTRY["GE"] = (STATE_NAMED_LIKE_COUNTRY["GE"][0],
                                  STATE_NAMED_LIKE_COUNTRY["GE"][1] + GE_US_STATE_CONTEXT,
                                  STATE_NAMED_LIKE_COUNTRY["GE"][2])
# A country whose capital has its name (تونس, الجزائر, الكويت, جيبوتي) opens
# an agency's dateline with the CITY the report was filed from: «تونس - أعلنت
# …», «الجزائر (واج) - …», «الكويت – كونا». The guidelines name capitals as
# LOCATION («Capitals used for their governments (أنقرة، باريس) are
# LOCATION»), so the name at the start of a line before a dash (after an
# optional bracketed agency) is the city (locations/dateline-capital) and the
# bare country rule refuses it there.
DATELINE_CAPITAL = {"TN": "تونس", "DZ": "الجزائر", "KW": "الكويت", "DJ": "جيبوتي"}
def dateline_lookahead(name):
    # (the name starts the text or a line: no character but a newline before it;
    # or a bulletin item's bullet and a space: «- تونس: أصدرت …», briefsdesk56)
    return ("(?!(?:(?<![^\n]" + name + ")|(?<=^[-*•] " + name + "|\n[-*•] " + name + "))"
            + DATELINE_TAIL + ")")
# What follows the city in a dateline: an optional date («، 5 مايو»، «في 12
# جانفي 2025»), an optional bracketed agency («(كونا)»), then a dash, or a
# slash before the agency («تونس/وات -»). The same in locations/dateline-capital.
# (briefsdesk56) The news-brief bulletins' item dateline puts a colon where the
# agencies put a dash: «تونس: أصدرت الدائرة الجنائية …»; only before a verb
# that opens a dispatch, since «الجزائر: …» may also head an item about the
# country.
DATELINE_VERB = ("(?:قال|قالت|اعلن|اعلنت|افاد|افادت|ذكر|ذكرت|اكد|اكدت|كشف|كشفت|"
                 "استقبل|استقبلت|التقي|التقت|دعا|دعت|اصدر|اصدرت|عقد|عقدت|شهد|شهدت|"
                 "اقر|اقرت|وقع|وقعت|افتتح|افتتحت|ترأس|ترأست|بحث|بحثت|حذر|حذرت|"
                 "صادق|صادقت|اعتقل|اعتقلت|امر|امرت)(?![\\p{L}\\p{M}\\p{N}])")
DATELINE_TAIL = ("(?: ?[،,]? ?(?:في )?\\d{1,2} [^\\s\\d()]+(?: \\d{4})?)? ?"
                 "(?:\\([^)\n]{1,30}\\) ?)?(?:[-–—]|/|: ?" + DATELINE_VERB + ")")
for _code, _name in DATELINE_CAPITAL.items():
    if _code not in STATE_NAMED_LIKE_COUNTRY:
        STATE_NAMED_LIKE_COUNTRY[_code] = (_name, None, None)
for _code, (_name, _after, _no) in STATE_NAMED_LIKE_COUNTRY.items():
    _state = _after is not None
    _dateline = _code in DATELINE_CAPITAL
    _why = []
    if _state:
        _why.append("after ولاية / ولايتي / ولايات, where it names a state or province "
                    "(a LOCATION, locations/state-named-like-a-country)")
    if _dateline:
        _why.append("at the start of a line (or after a bulletin's bullet) before a dash, "
                    "or a colon and a verb that opens a dispatch, an agency's dateline naming the "
                    "capital city (a LOCATION, locations/dateline-capital)")
    if _code == "GE":
        _why.append("after حاكم / حاكمة / موانئ / ميناء, after a senator's عن, after a "
                    "city of the state (أتلانتا بجورجيا) and beside another US state in "
                    "a list (فلوريدا وجورجيا), where only the US state can be meant")
    _nos = ([_no] if _state else []) + ([f"{_name} - أعلنت الحكومة اليوم عن إجراءات جديدة",
                                         f"نص سابق.\n- {_name}: أعلنت الحكومة اليوم عن إجراءات جديدة"]
                                        if _dateline else [])
    PATTERN_RULES.setdefault(_code, []).insert(0, {
        "id": f"{_code.lower()}-bare",
        "form": "name",
        "description": f"The bare name {_name}, except " + "; and ".join(_why) + ".",
        "pattern": _name + (state_head_lookbehind(_name) + _after if _state else "")
                   + (dateline_lookahead(_name) if _dateline else "")
                   + "(?![\\p{L}\\p{M}\\p{N}])",
        "replaces": [_name],
        "match": [f"وصل الوفد إلى [[{_name}]] أمس في زيارة رسمية",
                  f"بين المغرب و[[{_name}]]"]
                 + ([f"وأعلنت [[{_name}]] - في بيان - رفضها"] if _dateline else []),
        "no_match": _nos + (["قررت غرفة الاتهام لدى مجلس قضاء الجزائر رفض الطلب"]
                            if _code == "DZ" else [])
                    + (["وقال حاكم جورجيا براين كيمب إن", "قالت هيئة موانئ جورجيا إن",
                        "وفي مدينة أتلانتا بجورجيا أعلن",
                        "وقال السيناتور الديمقراطي عن جورجيا رافائيل وارنوك",
                        "ضربت العاصفة فلوريدا وجورجيا", "في جورجيا وكارولينا الجنوبية"]
                       if _code == "GE" else []),
    })

# Hand-written examples for the big countries (clitics, formal names, the لل
# contraction where the span starts at the second ل). Key: rule id.
HAND_EXAMPLES = {
    "ly": ["وشاركت في الاجتماع دول تونس و[[ليبيا]] والجزائر",
           "وصل الوفد إلى [[دولة ليبيا]] في زيارة رسمية",
           "وشاركت [[الجماهيرية العربية الليبية]] في القمة عام 2005"],
    "ly-nisba": ["بين الجانبين التركي و[[الليبي]]",
                 "وجه الرئيس رسالة ل[[ليبيين]] في الخارج"],
    "dz-bare": ["في زيارة رسمية ل[[لجزائر]] تستمر يومين"],
    "eg": ["أجرى الوزير مباحثات في القاهرة مع نظيره، وأكد دعم بلاده ل[[مصر]]"],
    "fr": ["وقع الاتفاق سفير [[الجمهورية الفرنسية]] لدى ليبيا",
           "بين إيطاليا و[[فرنسا]]"],
    "fr-nisba": ["وصل إلى طرابلس وفد من ضباط [[فرنسيين]]"],
    "gb": ["أكدت سفيرة [[المملكة المتحدة]] لدى ليبيا دعم بلادها",
           "وعقدت [[بريطانيا]] اجتماعا طارئا"],
    "id": ["التقى نائب وزير خارجية [[جمهورية إندونيسيا]] بالسفير"],
    "qa": ["أعلنت [[دولة قطر]] عن مبادرة جديدة", "ووصل الأمير إلى [[قطر]]"],
    "qa-nisba": ["قالت وزارة الخارجية [[القطرية]] في بيان"],
    "ma": ["أكد وزير خارجية [[المملكة المغربية]] أن", "دعم ل[[لمغرب]] في ملف الصحراء"],
    "ru": ["بين أوكرانيا و[[روسيا]]", "أكد الكرملين أن [[الاتحاد الروسي]] مستعد للحوار"],
    "tr": ["في زيارة ل[[تركيا]] تستمر يومين"],
    "tr-nisba": ["التقى وزير الدفاع [[التركي]] ياشار غولر نظيره"],
    "us": ["القائم بأعمال سفارة [[الولايات المتحدة]] لدى ليبيا",
           "أعلنت [[الولايات المتحدة الأمريكية]] دعمها للاتفاق"],
    "us-nisba": ["قال المسؤول [[الأميركي]] إن", "أكدت الخارجية [[الأمريكية]] أن",
                 "استقبل الرئيس وفدا [[أمريكيا]] رفيع المستوى"],  # the accusative in ا
    "il-nisba": ["أصاب القناص جنديا [[إسرائيليا]] في رفح"],
    "az-nisba": ["وأرسلت باكو وفدا [[أذربيجانيا]] إلى يريفان"],
    "sa-nisba": ["وقع الجانبان اتفاقا [[سعوديا]] إماراتيا مشتركا"],
    "by": ["وصل الوفد إلى [[بيلاروسيا]]", "التقى رئيس [[روسيا البيضاء]] نظيره"],
    "sa": ["أعلنت [[المملكة العربية السعودية]] ترحيبها", "وصل الوزير إلى [[السعودية]]"],
    "ae": ["أعلنت [[دولة الإمارات العربية المتحدة]] عن مساعدات", "زار الوفد [[الإمارات]] أمس"],
    "kr": ["وقعت [[كوريا الجنوبية]] عقدا لتوريد دبابات"],
    "za": ["وصل الرئيس إلى [[جنوب أفريقيا]]"],
    "za-nisba": ["قال الرئيس [[الجنوب أفريقي]] إن"],
}

# no_match examples that show what the AMBIGUOUS list protects. Key: rule id.
NO_MATCH = {
    "om": ["وصل الملك إلى عمان قادما من الرياض"],
    "kr": ["يزور الرئيس كوريا الأسبوع المقبل"],
    "kp": ["يزور الرئيس كوريا الأسبوع المقبل"],
    "kr-nisba": ["التقى الوزير نظيره الكوري"],
    "kp-nisba": ["التقى الوزير نظيره الكوري"],
    "cd": ["اندلعت اشتباكات في الكونغو"],
    "cg": ["اندلعت اشتباكات في الكونغو"],
    "bj": ["افتتاح مدرسة بنين جديدة في المدينة"],
    "bt": ["ارتفع سعر أسطوانة غاز بوتان"],
    "qa-nisba": ["رسم المهندس خط قطري بين الزاويتين", "تنسيق الجهود قطريا وإقليميا ودوليا"],
    "hu-nisba": ["تغير مجرى الأحداث بعد الاجتماع", "عبرت السفينة المجرى الملاحي"],
    "km-nisba": ["يبدأ الشهر وفق التقويم القمري"],
    "ro-nisba": ["اكتشاف آثار رومانية في المدينة"],
    "tm-nisba": ["طالب المكون التركماني في كركوك بحقوقه"],
    "ml": ["أعلن المدير المالي للشركة عن الأرباح"],
    "pl": ["فاز فريق بولونيا على ميلان"],
    "cu-nisba": ["سجل كوبي براينت ثمانين نقطة"],
    "za-nisba": ["تعاني دول الجنوب الأفريقي من الجفاف"],
    "us": ["جال الوزير في دول أمريكا اللاتينية"],
}

# Templates for generated examples ({} = the term).
NAME_TEMPLATES = ["وصل الوفد إلى [[{}]] أمس في زيارة رسمية",
                  "أعلنت [[{}]] ترحيبها بالاتفاق",
                  "بحث الوزير مع سفير [[{}]] سبل التعاون"]
FORMAL_TEMPLATE = "وقع وزير خارجية [[{}]] على الاتفاقية"
NISBA_TEMPLATES = {"m": "أكد الجانب [[{}]] أن المحادثات كانت مثمرة",
                   "f": "قالت الحكومة [[{}]] في بيان رسمي",
                   "p": "التقى الوزير وفدا من المسؤولين [[{}]]"}
# No derived formal names: «جمهورية الصين» / «الجمهورية الصينية» alone may be the
# Republic of China (Taiwan), not the PRC; the emirates, sultanates, principalities
# and the federal monarchies are neither «جمهورية» nor «المملكة».
NO_DERIVED_REPUBLIC = set("CN AE KW QA OM BN MC LI LU AD MY VA".split())
# «جمهورية» + the short name as one COUNTRY span (guidelines). ANERcorp leaves the
# head word out (جمهورية ⟦LOC أفغانستان⟧): on its train split this costs 2 exact spans.
DERIVE_REPUBLIC_OF_NAME = True
# Kingdoms (and the UK): their derived formal name is «المملكة» + nisba (المملكة الهولندية).
MONARCHIES = set("SA JO MA BH GB ES BE NL SE NO DK TH KH JP BT LS SZ TO".split())

FORMAL_HEADS = ("جمهورية", "الجمهورية", "مملكة", "المملكة", "دولة", "سلطنة", "إمارة",
                "اتحاد", "الاتحاد", "كومنولث", "دوقية", "الولايات", "ولايات")

# ---------------------------------------------------------------- normalization

DIACRITICS = set(range(0x064B, 0x0660)) | {0x0670}
ALEFS = {0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673}
PROCLITICS = set("وفبكل")


def norm_char(c):
    """The normalized replacement of one character ('' = removed)."""
    v = ord(c)
    if v in DIACRITICS or v == 0x0640:
        return ""
    if v in ALEFS:
        return "ا"
    if v == 0x0649 or v == 0x06CC:
        return "ي"
    if v == 0x06A9:
        return "ك"
    if 0x0660 <= v <= 0x0669:
        return chr(0x30 + v - 0x0660)
    if 0x06F0 <= v <= 0x06F9:
        return chr(0x30 + v - 0x06F0)
    if 0xFB50 <= v <= 0xFDFF or 0xFE70 <= v <= 0xFEFE:
        return "".join(norm_char(x) for x in unicodedata.normalize("NFKC", c))
    return c


def normalize(s):
    """rules/README.md normalization (the engine's defaults)."""
    return "".join(norm_char(c) for c in unicodedata.normalize("NFC", s))


def normalize_map(text):
    """(normalized text, origin index of every normalized char)."""
    out, origin = [], []
    for i, c in enumerate(text):
        for r in norm_char(c):
            out.append(r)
            origin.append(i)
    return "".join(out), origin


def strip_marks(s):
    return "".join(c for c in s if ord(c) not in DIACRITICS and ord(c) != 0x0640)


def is_arabic(s):
    return any("\u0621" <= c <= "\u064A" for c in s) and not re.search(r"[A-Za-z]", s)

# ---------------------------------------------------------------- sources


def load_iso():
    """code -> (English name, [Arabic names from iso-codes, cleaned])."""
    tr = gettext.translation("iso_3166-1", LOCALE_DIR, ["ar"])
    with open(ISO_JSON, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    out = {}
    for e in entries:
        en = e.get("common_name") or e["name"]
        ar = []
        for key in ("name", "official_name"):
            if key not in e:
                continue
            t = tr.gettext(e[key])
            if t == e[key] or not is_arabic(t):
                continue
            for part in re.split(r"[،,()]", strip_marks(t)):
                part = re.sub(r"\s+و\s+", " و", part)
                part = re.sub(r"\s+", " ", part).strip()
                if part and part not in ar:
                    ar.append(part)
        out[e["alpha_2"]] = (en, ar)
    return out


def load_forms():
    rows = {}
    with open(FORMS_TSV, encoding="utf-8") as f:
        header = None
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            if len(cells) != len(header):
                sys.exit(f"{FORMS_TSV}:{n}: {len(cells)} cells, expected {len(header)}")
            row = dict(zip(header, cells))
            for k in header[1:]:
                row[k] = [] if row[k].strip() in ("", "-") else [x.strip() for x in row[k].split("|")]
            if row["code"] in rows:
                sys.exit(f"{FORMS_TSV}:{n}: {row['code']} listed twice")
            rows[row["code"]] = row
    return rows

# ---------------------------------------------------------------- forms


def inflect(stem):
    """All forms of a masculine singular indefinite nisba stem.

    Returned grouped by kind: m (masc sg, with the indefinite accusative in ا),
    f (fem sg), p (masc pl ين/ون, fem pl ات), d (duals of a one-word stem:
    masc nominative ان, fem تان/تين — «الوفدين القطري والبحريني» has the
    singular, but «الشركتان الإماراتيتان»، «الحكومتين السعوديتين»، «سوريان»
    the dual; the masc oblique ين is the plural form already); definite
    forms first."""
    tokens = [t.replace("_", " ") for t in stem.split()]
    forms = {"m": [], "f": [], "p": [], "d": []}
    for art in ("ال", ""):
        # The indefinite accusative takes alif (tanween fatha): وفدا أمريكيا،
        # جنديا إسرائيليا، اتفاقا سعوديا إماراتيا. Where it is spelled like
        # the country's name (روسيا، تركيا، سوريا) the name rule has it already.
        masculine = [""] if art else ["", "ا"]
        for kind, suffixes in (("m", masculine), ("f", ["ة"]), ("p", ["ين", "ون", "ات"])):
            for suf in suffixes:
                forms[kind].append(" ".join(art + t + suf for t in tokens))
        if len(tokens) == 1:
            forms["d"] += [art + tokens[0] + suf for suf in ("ان", "تان", "تين")]
    return forms


def democratic_variants(term):
    out = [term]
    if "الديمقراطية" in term:
        out.append(term.replace("الديمقراطية", "الديموقراطية"))
    if "الديموقراطية" in term:
        out.append(term.replace("الديموقراطية", "الديمقراطية"))
    return out


def ambiguous_index():
    idx = {}
    for forms, why in AMBIGUOUS:
        for f in forms:
            idx[normalize(f)] = why
    return idx


class Builder:
    def __init__(self):
        self.iso = load_iso()
        self.rows = load_forms()
        self.amb = ambiguous_index()
        self.removed = defaultdict(set)   # normalized ambiguous form -> codes it was removed from

    def codes(self):
        codes = sorted(set(UN_MEMBERS) | set(EXTRA))
        missing = [c for c in codes if c not in self.rows]
        if missing:
            sys.exit(f"{FORMS_TSV}: no row for {' '.join(missing)}")
        extra_rows = sorted(set(self.rows) - set(codes))
        if extra_rows:
            sys.exit(f"{FORMS_TSV}: rows for codes that are not covered: {' '.join(extra_rows)}")
        return codes

    def english(self, code):
        if code in self.iso:
            return self.iso[code][0]
        return EXTRA[code]

    def _keep(self, term, code, seen):
        k = normalize(term)
        if k in self.amb:
            self.removed[k].add(code)
            return False
        if k in seen:
            return False
        seen.add(k)
        return True

    def country(self, code):
        row = self.rows[code]
        replaced = {normalize(t) for p in PATTERN_RULES.get(code, []) for t in p["replaces"]}
        skip = {normalize(t) for t in row["iso_skip"]}
        seen = set(replaced)
        names = []
        iso_names = self.iso.get(code, (None, []))[1]
        for t in row["names"] + [t for t in iso_names if normalize(t) not in skip]:
            for v in democratic_variants(t):
                if self._keep(v, code, seen):
                    names.append(v)
        nisba = {"m": [], "f": [], "p": [], "d": []}
        for stem in row["nisba"]:
            # no dual of a stem whose singular is an ordinary word (المالي →
            # الماليتين "the two fiscal …")
            stem_amb = (any(normalize(a + stem) in self.amb for a in ("", "ال"))
                        and stem not in DUAL_DESPITE_AMBIGUOUS)
            for kind, forms in inflect(stem).items():
                if kind == "d" and stem_amb:
                    continue
                for f in forms:
                    if self._keep(f, code, seen):
                        nisba[kind].append(f)
        for f in row["nisba_extra"]:
            if self._keep(f, code, seen):
                nisba["p"].append(f)
        # (countries41) Formal names the news builds for any country, one COUNTRY
        # span (guidelines: formal country names): «جمهورية» + the short name
        # (جمهورية الصومال, جمهورية رومانيا) and «الجمهورية/المملكة» + the
        # definite feminine nisba (الجمهورية الموريتانية, المملكة الهولندية).
        # «المملكة» for the monarchies, «(ال)جمهورية» for the others. Not where a
        # pattern rule takes the name rule's id (AZ, MN: the pattern has the forms).
        derive = (code not in NO_DERIVED_REPUBLIC
                  and not any(p["id"] == code.lower() for p in PATTERN_RULES.get(code, [])))
        for t in list(names) if DERIVE_REPUBLIC_OF_NAME and derive and code not in MONARCHIES else []:
            if t.split()[0] in FORMAL_HEADS:
                continue
            if self._keep("جمهورية " + t, code, seen):
                names.append("جمهورية " + t)
        head = "المملكة " if code in MONARCHIES else "الجمهورية "
        for f in list(nisba["f"]) if derive else []:
            if f.startswith("ال") and " " not in f and f.endswith("ة"):
                if self._keep(head + f, code, seen):
                    names.append(head + f)
        return names, nisba

    def build(self):
        countries = []
        for code in self.codes():
            names, nisba = self.country(code)
            countries.append((code, names, nisba))
        return countries

# ---------------------------------------------------------------- examples


def name_examples(code, names, i):
    out = [NAME_TEMPLATES[i % len(NAME_TEMPLATES)].format(names[0])] if names else []
    formal = [t for t in names[1:] if t.split()[0] in FORMAL_HEADS]
    if formal:
        out.append(FORMAL_TEMPLATE.format(formal[0]))
    return out


def nisba_examples(nisba):
    out = []
    for kind in ("m", "f", "p"):
        definite = [t for t in nisba[kind] if t.startswith("ال")]
        if definite:
            out.append(NISBA_TEMPLATES[kind].format(definite[0]))
    if not out:
        for kind in ("m", "f", "p"):
            if nisba[kind]:
                out.append(NISBA_TEMPLATES[kind].format(nisba[kind][0]))
                break
    return out

# ---------------------------------------------------------------- YAML output

PLAIN = re.compile(r"^[\u0621-\u064A\u0660-\u0669 ]+$")


def q(s):
    """A YAML scalar: plain when it is safe, else JSON-quoted (valid YAML)."""
    return s if PLAIN.match(s) else json.dumps(s, ensure_ascii=False)


def header(b, countries):
    no_nisba = [c for c, _n, nis in countries if not any(nis.values())]
    lines = [
        "# rules/countries.yaml: COUNTRY spans, i.e. countries named as a noun or as a",
        "# nationality adjective (see /work/shared/annotation-guidelines.md).",
        "#",
        "# GENERATED FILE, do not edit by hand. Change scripts/data/country_forms.tsv or",
        "# scripts/make_countries.py, then run from the repository root:",
        "#     python3 scripts/make_countries.py           # rewrites this file",
        "#     python3 scripts/make_countries.py --check   # validates it, shows coverage",
        "# Sources: Debian iso-codes (country list, Arabic names from iso_3166-1.mo) plus the",
        "# hand-curated forms of scripts/data/country_forms.tsv.",
        "#",
        "# Coverage: the 193 UN member states + PS (Palestine), VA (Vatican), XK (Kosovo),",
        "# TW (Taiwan), EH (Western Sahara), HK (Hong Kong), GL (Greenland), SU (the former Soviet Union,",
        "# names only: its nisba السوفيتي is mostly 'Soviet-era'). Rules are in alphabetical order",
        "# of the code; `norm` is the ISO 3166-1 alpha-2 code (XK is the usual",
        "# user-assigned code for Kosovo). For each country:",
        "#   <code>        attrs {form: name}: the country as a noun, spelling variants and",
        "#                 formal names (ليبيا، دولة ليبيا، الجمهورية الفرنسية). A formal",
        "#                 name is one term, so it wins over its shorter part as one span.",
        "#   <code>-nisba  attrs {form: nisba}: nationality adjectives / demonyms:",
        "#                 masculine and feminine, definite and indefinite, sound plurals",
        "#                 and a few broken plurals (الليبي الليبية ليبي ليبية الليبيين",
        "#                 ليبيين الليبيون ليبيون الليبيات; الأتراك الروس المغاربة).",
        "#   <code>-nisba-dual  attrs {form: dual}: the duals (الليبيان الليبيتان الليبيتين",
        "#                 ليبيان …), apart so that {{@COUNTRY/nisba}} lists stay short.",
        "# Pattern rules give the forms that need context: us-america (أمريكا/أميركا, but",
        "# not in أمريكا اللاتينية/الجنوبية/الشمالية/الوسطى), ml-context (مالي after",
        "# في/إلى/شمال...), ml-context-list (مالي before و + a Sahel neighbour),",
        "# ml-nisba-context (المالي after الجيش/القوات/الرئيس, not",
        "# 'financial'), om-context, om-context-list, om-context-story and",
        "# om-context-sentence (عمان as Oman, not Amman: after its sultan, in a list",
        "# of Gulf states, or with an Omani word in its paragraph or sentence),",
        "# bj-context and bj-context-list (بنين as Benin, not 'sons'),",
        "# cd-congo-bare and cd-congo-nisba (الكونغو and الكونغولي, not نهر الكونغو), and",
        "# ye-nisba-context (اليمني, but not اليمنى 'the right' after يده/الزاوية/الضفة...).",
        "#",
        "# Not listed on purpose:",
        "#   - forms with proclitics (وليبيا، بليبيا، للجزائر): the engine allows و ف ب ك ل",
        "#     before every term and builds the لل contraction of every ال term itself;",
        "#   - variants that differ only in أ/إ/آ/ا, ى/ي or diacritics (اسبانيا = إسبانيا,",
        "#     الليبى = الليبي): the engine normalizes text and terms the same way.",
        "#",
        "# Left out as ambiguous (ordinary words or other places in most uses):",
    ]
    for forms, why in AMBIGUOUS:
        lines.append(f"#   {'، '.join(forms[:4])}{' …' if len(forms) > 4 else ''}: {why}")
    lines.append("# Kept although they have another reading (the country reading dominates in news):")
    for forms, why in KEPT_DESPITE:
        lines.append(f"#   {forms}: {why}")
    lines.append("# Without a nisba rule (no usual or no unambiguous demonym): " + " ".join(no_nisba) + ".")
    lines.append("# Known gap: غينيا alone inside غينيا الجديدة (the island) reads as GN.")
    lines.append("# A name holding a country (أذربيجان الغربية, منغوليا الداخلية) is a LOCATION")
    lines.append("# (locations/regions); the country rule's pattern stops before it (az, mn).")
    return "\n".join(lines) + "\n"


def rule_yaml(rid, code, form, description, terms=None, pattern=None, match=(), no_match=()):
    qid = rid if yaml.safe_load(rid) == rid else json.dumps(rid)  # "no" would be a boolean
    out = [f"  - id: {qid}", f"    norm: \"{code}\"", f"    attrs: {{form: {form}}}",
           f"    description: {q(description)}"]
    if terms is not None:
        out.append("    terms:")
        out += [f"      - {q(t)}" for t in terms]
    else:
        out.append(f"    pattern: {json.dumps(pattern, ensure_ascii=False)}")
    out.append("    examples:")
    out.append("      match:")
    out += [f"        - {json.dumps(x, ensure_ascii=False)}" for x in match]
    if no_match:
        out.append("      no_match:")
        out += [f"        - {json.dumps(x, ensure_ascii=False)}" for x in no_match]
    return "\n".join(out)


def pattern_yaml(code, p):
    return rule_yaml(p["id"], code, p["form"], p["description"], pattern=p["pattern"],
                     match=p["match"] + HAND_EXAMPLES.get(p["id"], []),
                     no_match=p["no_match"] + NO_MATCH.get(p["id"], []))


def with_ta_variants(terms, known):
    """terms + the web spelling of each with its word-final ة written ه (المصريه،
    الولايات المتحده، دوله قطر), unless that form is already a term of some country
    (known: every normalized term). The engine keeps ة and ه apart (rules/README.md,
    ta_marbuta off) and this file's terms feed {{@COUNTRY}} lists in every other
    file, so the forms are listed rather than the file's normalization switched."""
    out = list(terms)
    for t in terms:
        v = re.sub("\u0629(?= |$)", "\u0647", t)
        if v != t and normalize(v) not in known:
            known.add(normalize(v))
            out.append(v)
    return out


def render(b, countries):
    known = {normalize(t) for _c, names, nisba in countries
             for t in list(names) + [x for k in nisba for x in nisba[k]]}
    countries = [(code, with_ta_variants(names, known),
                  {k: (with_ta_variants(v, known) if k in "mfp" else v) for k, v in nisba.items()})
                 for code, names, nisba in countries]
    parts = [header(b, countries),
             "description: Countries as nouns and as nationality adjectives (nisba); norm = ISO 3166-1 alpha-2.",
             "defaults:", "  label: COUNTRY", "rules:"]
    for i, (code, names, nisba) in enumerate(countries):
        low = code.lower()
        en = b.english(code)
        parts.append(f"  # {code}: {en}")
        if names:
            parts.append(rule_yaml(low, code, "name", f"{en}: names and formal names.", terms=names,
                                   match=name_examples(code, names, i) + HAND_EXAMPLES.get(low, []),
                                   no_match=NO_MATCH.get(low, [])))
        patterns = PATTERN_RULES.get(code, [])
        for p in [p for p in patterns if p["form"] == "name"]:
            parts.append(pattern_yaml(code, p))
        flat = nisba["m"] + nisba["f"] + nisba["p"]
        if flat:
            rid = f"{low}-nisba"
            parts.append(rule_yaml(rid, code, "nisba", f"{en}: nationality adjectives (nisba).", terms=flat,
                                   match=nisba_examples(nisba) + HAND_EXAMPLES.get(rid, []),
                                   no_match=NO_MATCH.get(rid, [])))
        # Duals in a rule of their own, form «dual»: {{@COUNTRY/nisba}} lists
        # in orgs/locations patterns need none of them, and with them every
        # such list grew by half (start-up +0.35 G instructions, +7 M per MB).
        if nisba["d"]:
            rid = f"{low}-nisba-dual"
            ex = next((f for f in nisba["d"] if not f.startswith("ال") and f.endswith("ان")
                       and not f.endswith("تان")), nisba["d"][0])
            parts.append(rule_yaml(rid, code, "dual", f"{en}: nationality adjectives in the dual "
                                   "(الإماراتيتان، إسرائيليتين، عراقيان); a nisba like the others "
                                   "for the PERSON extractor.", terms=nisba["d"],
                                   match=[f"وقتل جنديان [[{ex}]] في الهجوم"]))
        for p in [p for p in patterns if p["form"] == "nisba"]:
            parts.append(pattern_yaml(code, p))
    return "\n".join(parts) + "\n"

# ---------------------------------------------------------------- engine emulation


def is_word(c):
    return unicodedata.category(c)[0] in "LMN"


def start_ok(t, i, contracted=False):
    """rasid's TextScan.isStartBoundary on normalized text."""
    def free(j):  # nothing word-like right before index j
        return j == 0 or not is_word(t[j - 1])
    if contracted:
        if i == 0 or t[i - 1] != "ل":
            return False
        return free(i - 1) or (t[i - 2] in "وف" and free(i - 2))
    if free(i):
        return True
    c1 = t[i - 1]
    if c1 not in PROCLITICS:
        return False
    if free(i - 1):
        return True
    return t[i - 2] in "وف" and c1 not in "وف" and free(i - 2)


def end_ok(t, j):
    return j >= len(t) or not is_word(t[j])


def compile_pattern(src):
    """`src` compiled by the regex module when it is installed (it reads PCRE2's
    \\p{L} and lookbehinds of several lengths, as rasid does), else by re with
    the letter class written as a word character; None when neither can."""
    try:
        import regex
        return regex.compile(src, regex.V0)
    except ImportError:
        pass
    except Exception:
        return None
    try:
        return re.compile(src.replace("[\\p{L}\\p{M}\\p{N}]", "\\w"))
    except re.error:
        return None


class Matcher:
    """Finds the spans one or more rules produce, the way rasid does, then keeps
    the longest of overlapping spans (same-label merge)."""

    def __init__(self, rules):
        self.terms = defaultdict(list)    # normalized term -> [(rule index, contracted)]
        self.patterns = []
        self.unreadable = set()   # rules whose pattern no Python engine here compiles
        self.rules = rules
        for ri, r in enumerate(rules):
            if "terms" in r:
                for t in r["terms"]:
                    k = normalize(t if isinstance(t, str) else t["term"])
                    self.terms[k].append((ri, False))
                    if k.startswith("ال") and len(k) > 3:
                        self.terms[k[1:]].append((ri, True))
            elif "pattern" in r:
                src = normalize(r["pattern"]).replace("(?<span>", "(?P<span>")
                rx = compile_pattern(src)
                if rx is None:
                    # Neither engine here reads it (PCRE2's lookbehinds of
                    # several lengths, \p{L} without the regex module):
                    # `rasid check` runs this rule's examples with PCRE2.
                    self.unreadable.add(ri)
                    continue
                self.patterns.append((ri, rx, False))
                contracted = compile_pattern("ل" + src[2:]) if src.startswith("ال") else None
                if contracted is not None:  # the engine's contracted variant (للجزائر)
                    self.patterns.append((ri, contracted, True))
        self.by_first = defaultdict(list)
        for k in self.terms:
            self.by_first[k[0]].append(k)

    def raw(self, t):
        hits = []
        for i, c in enumerate(t):
            for k in self.by_first.get(c, ()):
                if t.startswith(k, i) and end_ok(t, i + len(k)):
                    for ri, contracted in self.terms[k]:
                        if start_ok(t, i, contracted):
                            hits.append((i, i + len(k), ri))
        for ri, rx, contracted in self.patterns:
            for i in range(len(t)):
                if not start_ok(t, i, contracted):
                    continue
                m = rx.match(t, i)
                if m and end_ok(t, m.end()):
                    s, e = m.span("span") if "span" in rx.groupindex else m.span()
                    hits.append((s, e, ri))
        return hits

    def spans(self, text):
        t, origin = normalize_map(text)
        hits = sorted(set(self.raw(t)), key=lambda h: (-(h[1] - h[0]), h[0]))
        kept = []
        for h in hits:
            if all(h[1] <= k[0] or h[0] >= k[1] for k in kept):
                kept.append(h)
        out = []
        for s, e, ri in sorted(kept):
            os_ = origin[s]
            oe = origin[e] if e < len(origin) else len(text)
            out.append((os_, oe, ri))
        return out


MARK = re.compile(r"\[\[(.+?)\]\]")


def unmark(example):
    """text without [[ ]] and the marked (start, end) offsets."""
    text, spans, pos = "", [], 0
    for m in MARK.finditer(example):
        text += example[pos:m.start()]
        spans.append((len(text), len(text) + len(m.group(1))))
        text += m.group(1)
        pos = m.end()
    return text + example[pos:], spans

# ---------------------------------------------------------------- --check


def rule_terms(r):
    return [t if isinstance(t, str) else t["term"] for t in r.get("terms") or []]


def check(path):
    problems = []
    with open(path, encoding="utf-8") as f:
        written = f.read()
    doc = yaml.safe_load(written)
    b = Builder()
    if render(b, b.build()) != written:
        problems.append(f"{os.path.relpath(path, ROOT)} is not what this script writes: it was edited by "
                        "hand or the script changed since. Make the change in scripts/make_countries.py "
                        "(or scripts/data/country_forms.tsv) and run it without --check")
    dlabel = (doc.get("defaults") or {}).get("label")
    rules = doc.get("rules") or []
    ids, owners = set(), defaultdict(set)
    for r in rules:
        rid = r.get("id")
        where = f"rule {rid!r}"
        if not rid or not re.fullmatch(r"[a-z0-9-]+", str(rid)):
            problems.append(f"{where}: id missing or not [a-z0-9-]+")
        if rid in ids:
            problems.append(f"{where}: duplicate id")
        ids.add(rid)
        if (r.get("label") or dlabel) != "COUNTRY":
            problems.append(f"{where}: label is not COUNTRY")
        if not re.fullmatch(r"[A-Z]{2}", str(r.get("norm") or "")):
            problems.append(f"{where}: norm missing or not an alpha-2 code")
        if not rule_terms(r) and not r.get("pattern"):
            problems.append(f"{where}: no terms (and no pattern)")
        if (r.get("attrs") or {}).get("form") not in ("name", "nisba", "dual"):
            problems.append(f"{where}: attrs.form is not name/nisba/dual")
        seen = set()
        for t in rule_terms(r):
            k = normalize(t)
            if k in seen:
                problems.append(f"{where}: term {t} listed twice (after normalization)")
            seen.add(k)
            owners[k].add((r.get("norm"), rid))
    # Order.
    codes = [r["norm"] for r in rules]
    if codes != sorted(codes):
        problems.append("rules are not in alphabetical order of code")
    # Collisions.
    collisions = []
    for k, own in sorted(owners.items()):
        if len({n for n, _ in own}) > 1:
            collisions.append(f"{k}: " + ", ".join(f"{rid} ({n})" for n, rid in sorted(own)))
        elif len(own) > 1:
            problems.append(f"term {k} is in several rules of one country: {sorted(own)}")
    # Examples: each rule alone, as rasid check does.
    n_examples = 0
    for r in rules:
        m = Matcher([r])
        if m.unreadable:
            continue
        terms = {normalize(t) for t in rule_terms(r)}
        ex = r.get("examples") or {}
        if not ex.get("match"):
            problems.append(f"rule {r['id']}: no match example")
        for e in ex.get("match") or []:
            n_examples += 1
            text, marked = unmark(e)
            for s, end in marked:
                span = normalize(text[s:end])
                ok = span in terms or (span.startswith("ل") and "ا" + span in terms)
                if terms and not ok:
                    problems.append(f"rule {r['id']}: marked span '{text[s:end]}' is not a term: {e}")
            got = [(s, end) for s, end, _ in m.spans(text)]
            if (marked and sorted(got) != sorted(marked)) or (not marked and not got):
                problems.append(f"rule {r['id']}: match example gives {[text[s:e2] for s, e2 in got]}: {e}")
        for e in ex.get("no_match") or []:
            n_examples += 1
            got = m.spans(e)
            if got:
                problems.append(f"rule {r['id']}: no_match example matches {[e[s:e2] for s, e2, _ in got]}: {e}")
    # Coverage.
    countries = sorted({r["norm"] for r in rules})
    n_name = sum(len(rule_terms(r)) for r in rules if r["attrs"]["form"] == "name")
    n_nisba = sum(len(rule_terms(r)) for r in rules if r["attrs"]["form"] in ("nisba", "dual"))
    n_pat = sum(1 for r in rules if r.get("pattern"))
    expected = set(UN_MEMBERS) | set(EXTRA)
    if set(countries) != expected:
        problems.append(f"coverage differs: missing {sorted(expected - set(countries))}, "
                        f"extra {sorted(set(countries) - expected)}")
    print(f"{path}: {len(rules)} rules, {len(countries)} countries "
          f"({len(set(countries) & set(UN_MEMBERS))} UN members + "
          f"{len(set(countries) - set(UN_MEMBERS))} others), "
          f"terms: {n_name} name + {n_nisba} nisba = {n_name + n_nisba}, "
          f"{n_pat} pattern rules, {n_examples} examples")
    print(f"collisions (one term, several norms): {len(collisions)}")
    for c in collisions:
        print("  " + c)
    gold_sanity(rules)
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("check: OK")
    return 0


def gold_sanity(rules):
    if not os.path.exists(GOLD):
        print(f"gold sanity: {GOLD} not found")
        return
    term_norm = defaultdict(set)
    for r in rules:
        for t in rule_terms(r):
            term_norm[normalize(t)].add(r["norm"])
    # names a pattern rule took over from the term list (الجزائر: dz-bare)
    for code, ps in PATTERN_RULES.items():
        for p in ps:
            for t in p["replaces"]:
                term_norm[normalize(t)].add(code)
    docs = [json.loads(line) for line in open(GOLD, encoding="utf-8") if line.strip()]
    gold = [(d, s) for d in docs for s in d["spans"] if s["label"] == "COUNTRY"]
    hit, missed = 0, []
    for _d, s in gold:
        k = normalize(s["text"])
        norms = term_norm.get(k, set()) | term_norm.get("ا" + k, set()) if k.startswith("ل") else term_norm.get(k, set())
        if s.get("norm") in norms:
            hit += 1
        else:
            missed.append(f"{s['text']} ({s.get('norm')})")
    print(f"gold sanity: {hit}/{len(gold)} gold COUNTRY span texts are terms with the right norm"
          + (f"; not covered: {', '.join(sorted(set(missed)))}" if missed else ""))
    # Emulated extraction with this file alone (exact start/end/norm).
    m = Matcher(rules)
    tp = fp = 0
    fps, fns = [], []
    for d in docs:
        g = {(s["start"], s["end"], s.get("norm")) for s in d["spans"] if s["label"] == "COUNTRY"}
        p = {(s, e, rules[ri]["norm"]) for s, e, ri in m.spans(d["text"])}
        tp += len(g & p)
        fp += len(p - g)
        fps += [d["text"][s:e] for s, e, _ in p - g]
        fns += [d["text"][s:e] for s, e, _ in g - p]
    fn = len(gold) - tp
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"emulated extraction on seeds (exact, COUNTRY only): P={prec:.3f} R={rec:.3f} F1={f1:.3f}"
          f" (tp={tp} fp={fp} fn={fn})")
    if fps:
        print("  false alarms: " + ", ".join(fps))
    if fns:
        print("  misses: " + ", ".join(fns))

# ---------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="validate rules/countries.yaml instead of writing it")
    ap.add_argument("--stdout", action="store_true", help="print the YAML instead of writing it")
    ap.add_argument("--out", default=OUT, help="output path (default rules/countries.yaml)")
    a = ap.parse_args()
    if a.check:
        return check(a.out)
    b = Builder()
    countries = b.build()
    text = render(b, countries)
    yaml.safe_load(text)  # must parse
    if a.stdout:
        sys.stdout.write(text)
        return 0
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)
    n_name = sum(len(n) for _c, n, _ in countries)
    n_nisba = sum(sum(len(v) for v in nis.values()) for _c, _n, nis in countries)
    print(f"wrote {os.path.relpath(a.out, ROOT)}: {len(countries)} countries, "
          f"{n_name} name terms, {n_nisba} nisba terms")
    removed = sorted(f"{k} ({' '.join(sorted(v))})" for k, v in b.removed.items())
    print("ambiguous forms removed from generated/iso terms: " + ", ".join(removed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
