#!/usr/bin/env python3
"""Rasid plugin: Hijri dates with their Gregorian date (standard library only).

Rasid's `date` extractor finds `15 رمضان 1445` but leaves its `norm` empty,
because a Hijri date has no ISO form. This plugin finds Hijri dates
(day-month-year and month-year, with Arabic or Western digits, diacritics and
alef/ya variants allowed) and returns them as DATE spans with

    attrs.calendar = "hijri", attrs.hijri = "1445-09-15",
    norm = the Gregorian date in ISO 8601 (day-month-year only).

Gregorian dates come from the arithmetical (tabular) Islamic calendar, which
can differ by a day or two from a calendar based on moon sighting or
Umm al-Qura; `attrs.hijri` keeps the date as written.

Protocol (see README, "External extractors"): one JSON line per document on
standard input, {"id", "text", "spans"}; one JSON line {"spans": [...]} back.
Offsets are Python string indices into "text".

    extractors:
      - rules
      - date
      - hijri:
          command: [python3, examples/plugins/hijri_dates.py]
"""
import datetime
import json
import math
import re
import sys

# Month names after normalization (see normalize()), in calendar order.
MONTHS = [
    ["محرم"], ["صفر"], ["ربيع الاول"], ["ربيع الثاني", "ربيع الاخر"],
    ["جمادي الاولي", "جمادي الاول"], ["جمادي الاخرة", "جمادي الثانية", "جمادي الاخره", "جمادي الثانيه"],
    ["رجب"], ["شعبان"], ["رمضان"], ["شوال"],
    ["ذو القعدة", "ذي القعدة", "ذو القعده", "ذي القعده"],
    ["ذو الحجة", "ذي الحجة", "ذو الحجه", "ذي الحجه"],
]
MONTH_NUMBER = {name: i + 1 for i, names in enumerate(MONTHS) for name in names}
MONTH_RE = "|".join(sorted((re.escape(n) for n in MONTH_NUMBER), key=len, reverse=True))
ORDINALS = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]
ORDINAL_DAY = {w: i + 1 for i, w in enumerate(ORDINALS)} | {"الحادي": 1}
UNITS = {w: d for w, d in ORDINAL_DAY.items() if d < 10 and w != "الاول"}  # 11th is الحادي عشر
ORDINAL_DAY |= {f"{w} عشر": 10 + d for w, d in UNITS.items()}
ORDINAL_DAY |= {f"{w} والعشرين": 20 + d for w, d in UNITS.items()}
ORDINAL_DAY |= {"العشرين": 20, "الثلاثين": 30}
ORDINAL_RE = "|".join(sorted((re.escape(n) for n in ORDINAL_DAY), key=len, reverse=True))
WORD = r"[\w\u0600-\u06FF]"
# Day (digits or an ordinal word, optional), month, optional من / العام / عام / سنة, a 13xx-15xx year.
DATE_RE = re.compile(
    rf"(?<!{WORD})(?:(?:(?P<day>[0-3]?\d)|(?P<ordinal>{ORDINAL_RE})(?: من)?) )?(?:شهر )?(?P<month>{MONTH_RE})"
    rf"(?: من)?(?: (?:ال)?(?:عام|سنة|سنه))? (?P<year>1[3-5]\d\d)(?!\d)"
)

DIACRITICS = set(range(0x064B, 0x0660)) | {0x0670, 0x0640}  # harakat, dagger alef, tatweel
LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"}
DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}


def normalize(text):
    """The text without diacritics and with unified letters and digits, and for
    every character of the result the index of the character it came from."""
    chars, origin = [], []
    for i, ch in enumerate(text):
        if ord(ch) in DIACRITICS:
            continue
        chars.append(LETTERS.get(ch) or DIGITS.get(ch) or ch)
        origin.append(i)
    return "".join(chars), origin


def to_gregorian(year, month, day):
    """Tabular Islamic calendar (civil epoch 16 July 622) to a Gregorian date."""
    jdn = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439
    return datetime.date.fromordinal(jdn - 1721425)


def hijri_dates(text):
    norm, origin = normalize(text)
    spans = []
    for m in DATE_RE.finditer(norm):
        year, month = int(m["year"]), MONTH_NUMBER[m["month"]]
        day = int(m["day"]) if m["day"] else ORDINAL_DAY.get(m["ordinal"])
        if day is not None and not 1 <= day <= 30:
            continue
        start, end = origin[m.start()], origin[m.end() - 1] + 1
        span = {"start": start, "end": end, "label": "DATE", "text": text[start:end],
                "rule": "hijri/day-month-year" if day else "hijri/month-year",
                "attrs": {"calendar": "hijri",
                          "hijri": f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")}}
        if day:
            span["norm"] = to_gregorian(year, month, day).isoformat()
        spans.append(span)
    return spans


def main():
    for line in sys.stdin:
        doc = json.loads(line)
        answer = {"id": doc["id"], "spans": hijri_dates(doc["text"])}
        sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
        sys.stdout.flush()  # one answer per document, at once


if __name__ == "__main__":
    main()
