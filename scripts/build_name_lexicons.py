#!/usr/bin/env python3
"""Build the PERSON-name lexicons of the rule engine.

Writes (UTF-8, one entry per line, `#` comments, already normalized):

  rules/lexicons/person-given.txt            given names that start a name
  rules/lexicons/person-given-ambiguous.txt  given names that are also ordinary
                                             words: a name start only when a
                                             second name-like word follows
  rules/lexicons/person-family.txt           family names, nisba surnames and
                                             name particles (بن، أبو، آل …):
                                             second and later words of a name
  rules/lexicons/common-words.txt            ordinary words that stop a name

Usage (from the repository root; Python 3 standard library only):

  python3 scripts/build_name_lexicons.py            # rebuild, print stats
  python3 scripts/build_name_lexicons.py --check    # exit 1 if out of date
  python3 scripts/build_name_lexicons.py --anercorp PATH --top-common 5000

The output depends only on the inputs below, so re-running it is safe and
gives byte-identical files.

Inputs
------
* ANERcorp, CAMeL Lab split, TRAIN part only
  (shared/external/anercorp/ANERCorp_CamelLab_train.txt, CoNLL `token TAG`,
  tags B-/I- PERS LOC ORG MISC). The test split is for measuring and is never
  read: the script refuses any input path containing "test". ANERcorp is
  CC BY-SA 4.0 (Benajiba et al. 2007; Obeid et al. 2020); the lists carry
  that attribution in their headers.
* Hand-written lists in scripts/data/:
    names-given-curated.txt    Arabic given names  ([given] / [ambiguous])
    names-foreign-curated.txt  foreign given names in Arabic script (same)
    names-family-curated.txt   [family], [particles], [family-ordinary]
    names-common-curated.txt   stop words by section ([function] [verbs] …)
    names-exclude.txt          data-derived candidates rejected by hand

How the ANERcorp counts are used
--------------------------------
Tokens are normalized like the engine (see `normalize`). PERS chunks follow
conlleval (a chunk starts at B-X or at an I-X after O / another type). For
each token we count: first token of a multi-token PERS chunk (fm), a
one-token PERS chunk (single), a later token of a PERS chunk (later), last
token of a multi-token chunk (last), tagged O, inside LOC/ORG/MISC (other).
ANERcorp keeps proclitics on the token (ومحمد): a PERS chunk's first token
that is و ف ب ل ك (or وب ول فب فل وك) + a known name is counted as that name;
"known" = in a curated list or seen ≥ 2 times unprefixed in PERS chunks; a
token that is itself a curated name (وليد، بشار) is never split.

* given:     fm ≥ 2, Arabic letters only, no leading ال (unless curated).
             O ≤ 0.2·pc → person-given; O ≤ 3·pc → ambiguous; else dropped
             (pc = fm + single + later). A chunk starting with a particle
             (عبد، أبو، أبي، ابن، بن، آل …) gives the two-word compound
             (عبد الله, أبو بكر) instead, when seen ≥ 2 times.
             A curated given name becomes ambiguous only when O ≥ 3 and
             O > 0.5·pc.
* family:    last + single ≥ 2, O ≤ 0.5·pc, not a particle, not mainly a
             given name (fm > last + single), and not mainly the second half
             of a compound (الله, العزيز after عبد / ابو / آل): such tails
             are added as the two-word compound instead (عبد العزيز, ال ثاني)
             when seen ≥ 2 times.
* common:    the --top-common (default 5000) most frequent O tokens made of
             Arabic letters whose PERS count is ≤ 5 % of their O count.

Merging and conflicts
---------------------
* Curated entries are added; every عبد-/أبو-/-الدين/-الله compound gets its
  joined or spaced twin (عبد الله ↔ عبدالله). Curated common words get
  proclitic variants: و+word always, ف+word for verbs, ب/ل (لل)/وب/ول + word
  for words with the article; a variant that equals a name is not added.
* A word in both [given] and [ambiguous] is ambiguous.
* A given name that is also a common word is moved to the ambiguous list
  (so person-given ∩ common-words is empty). The common word is then dropped,
  except in the "strong" curated sections [function] [verbs] [nisba] [time]
  [titles]: those stay in common-words too (e.g. علي = على, تركي, صباح,
  اشرف), meaning "may start a name when a name word follows, never continues
  one".
* A family name that is a strong common word is dropped from the family list
  (ترأس → تراس beats Truss). Other overlaps between person-family and
  common-words are kept on purpose: a surname that is also an ordinary word
  ([family-ordinary] in names-family-curated.txt: صالح, سلام, الكبير …) may
  continue a name but must never be taken as a name on its own.
* The PERSON extractor looks words up one at a time, so for two-word entries
  the head of a given compound (فخر of فخر الدين) is added as ambiguous when
  it is not a common word, the tail is added to the family list when it is a
  common word (الاسلام of سيف الاسلام), and the proper-name words of a family
  compound are added as family names (غفير of بن غفير).
"""

import argparse
import collections
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "scripts", "data")
OUT = os.path.join(ROOT, "rules", "lexicons")
DEFAULT_ANERCORP = os.path.normpath(os.path.join(
    ROOT, "..", "shared", "external", "anercorp", "ANERCorp_CamelLab_train.txt"))
if not os.path.exists(DEFAULT_ANERCORP):
    DEFAULT_ANERCORP = "/work/shared/external/anercorp/ANERCorp_CamelLab_train.txt"

# ---------------------------------------------------------------- normalize
_DIACRITICS = re.compile("[\u064B-\u065F\u0670\u0640]")  # + tatweel
_ALEF = re.compile("[\u0623\u0625\u0622\u0671]")           # أ إ آ ٱ
_ARABIC_WORD = re.compile("[\u0621-\u063A\u0641-\u064A]+")


def normalize(s):
    """The engine's default normalization (ta marbuta is kept)."""
    s = unicodedata.normalize("NFC", s)
    s = "".join(unicodedata.normalize("NFKC", c)
                if ("\uFB50" <= c <= "\uFDFF" or "\uFE70" <= c <= "\uFEFF") else c
                for c in s)
    s = _DIACRITICS.sub("", s)
    s = _ALEF.sub("\u0627", s).replace("\u0649", "\u064A")  # ى → ي
    s = s.translate({ord(d): str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")})
    s = s.translate({ord(d): str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")})
    return " ".join(s.split())


def is_arabic(entry):
    return all(_ARABIC_WORD.fullmatch(w) for w in entry.split(" "))


# ------------------------------------------------------------ curated files
def read_sections(path, split_words=False):
    """{section: [entries]} of a curated list. Entries normalized."""
    out = collections.OrderedDict()
    section = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            m = re.fullmatch(r"\[([a-z-]+)\]", line)
            if m:
                section = m.group(1)
                out.setdefault(section, [])
                continue
            if section is None:
                sys.exit(f"{path}: entry before any [section]: {line!r}")
            items = line.split() if split_words else [line]
            for item in items:
                n = normalize(item)
                if not is_arabic(n):
                    sys.exit(f"{path}: not Arabic letters: {item!r}")
                out[section].append(n)
    return out


PARTICLE_STARTS = {"عبد", "ابو", "ابي", "ابا", "ابن", "بن", "بنت", "ال", "ولد"}
CLITICS = ["وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك"]


def twins(entry):
    """Joined/spaced twin of a compound name (عبد الله ↔ عبدالله)."""
    out = set()
    words = entry.split(" ")
    if len(words) == 2:
        a, b = words
        if a in ("عبد", "ابو") or b in ("الدين", "الله"):
            out.add(a + b)
    elif len(words) == 1:
        w = words[0]
        for head in ("عبد", "ابو"):
            if w.startswith(head + "ال") and len(w) > len(head) + 3:
                out.add(head + " " + w[len(head):])
        for tail in ("الدين", "الله"):
            if w.endswith(tail) and len(w) >= len(tail) + 2 and not w.startswith("عبد"):
                out.add(w[: -len(tail)] + " " + tail)
    return out


def web_spellings(entry):
    """Spellings of web and regional news: a word-final ة written ه, ئ written
    ي and ؤ written و (each alone and together). A ئ/ؤ that would leave يي
    or وو is not a spelling (ميخائيل، ليؤور)."""
    def ta(e):
        return " ".join(w[:-1] + "ه" if w.endswith("ة") and len(w) >= 3 else w
                        for w in e.split(" "))

    def seat(e):
        return e.replace("ئ", "ي").replace("ؤ", "و")

    out = {ta(entry), seat(entry), ta(seat(entry))}
    out.discard(entry)
    # ئ/ؤ between vowels of a foreign name (ميخائيل، ليؤور) give يي/وو: not a spelling.
    return {v for v in out if "يي" not in v and "وو" not in v}


# ----------------------------------------------------------------- ANERcorp
def read_conll(path):
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            tok, tag = line.rsplit(" ", 1)
            cur.append((normalize(tok), tag))
    if cur:
        sents.append(cur)
    return sents


def chunks(sent):
    """conlleval chunks: [(type, [tokens])]; O tokens are not returned."""
    out, cur = [], None
    for tok, tag in sent:
        if tag == "O":
            typ, begin = None, False
        else:
            bi, typ = tag.split("-", 1)
            begin = bi == "B" or cur is None or cur[0] != typ
        if cur is not None and (typ is None or begin):
            out.append(cur)
            cur = None
        if typ is not None:
            if cur is None:
                cur = (typ, [])
            cur[1].append(tok)
    if cur is not None:
        out.append(cur)
    return out


class Counts:
    def __init__(self, sents, known_names):
        self.fm = collections.Counter()
        self.single = collections.Counter()
        self.later = collections.Counter()
        self.last = collections.Counter()
        self.O = collections.Counter()
        self.other = collections.Counter()
        self.compound = collections.Counter()
        self.tail = collections.Counter()   # token right after عبد/ابو/ابي/ابن/بن/ال
        self.tail_compound = collections.Counter()
        self.stripped = collections.Counter()
        pers = []
        for s in sents:
            for tok, tag in s:
                if tag == "O":
                    self.O[tok] += 1
            for typ, toks in chunks(s):
                if typ == "PERS":
                    pers.append(list(toks))
                else:
                    for t in toks:
                        self.other[t] += 1
        # names seen unprefixed at least twice inside PERS chunks
        inside = collections.Counter(t for p in pers for t in p)
        known = set(known_names) | {t for t, c in inside.items() if c >= 2}
        for p in pers:
            p[0] = self._strip(p[0], known, known_names)
            if len(p) == 1:
                self.single[p[0]] += 1
            else:
                self.fm[p[0]] += 1
                self.last[p[-1]] += 1
                if p[0] in PARTICLE_STARTS:
                    self.compound[p[0] + " " + p[1]] += 1
            for i, t in enumerate(p[1:], 1):
                self.later[t] += 1
                if p[i - 1] in ("عبد", "ابو", "ابي", "ال"):
                    self.tail[t] += 1
                    self.tail_compound[p[i - 1] + " " + t] += 1
        self.n_pers = len(pers)

    def _strip(self, tok, known, curated):
        if tok in curated:
            return tok
        for c in CLITICS:
            rest = tok[len(c):]
            if tok.startswith(c) and len(rest) >= 2 and rest in known:
                self.stripped[(tok, rest)] += 1
                return rest
        return tok

    def pc(self, t):
        return self.fm[t] + self.single[t] + self.later[t]


# -------------------------------------------------------------------- build
STRONG_SECTIONS = ("function", "verbs", "nisba", "time", "titles")


def build(args):
    if "test" in os.path.basename(args.anercorp).lower():
        sys.exit("refusing to read a test split: " + args.anercorp)
    log = []

    def say(*a):
        log.append(" ".join(str(x) for x in a))

    given_cur = read_sections(os.path.join(DATA, "names-given-curated.txt"))
    foreign_cur = read_sections(os.path.join(DATA, "names-foreign-curated.txt"))
    family_cur = read_sections(os.path.join(DATA, "names-family-curated.txt"))
    common_cur = read_sections(os.path.join(DATA, "names-common-curated.txt"), split_words=True)
    exclude = set()
    for v in read_sections(os.path.join(DATA, "names-exclude.txt")).values():
        exclude.update(v)

    G_cur = set(given_cur.get("given", [])) | set(foreign_cur.get("given", []))
    A_cur = set(given_cur.get("ambiguous", [])) | set(foreign_cur.get("ambiguous", []))
    F_cur = set(family_cur.get("family", []))
    P_cur = set(family_cur.get("particles", []))
    for s in (G_cur, A_cur, F_cur):
        for e in list(s):
            s.update(twins(e))
    curated_names = G_cur | A_cur | F_cur | P_cur

    strong, soft = set(), set()
    for sec, words in common_cur.items():
        (strong if sec in STRONG_SECTIONS else soft).update(words)
    variants = set()
    for sec, words in common_cur.items():
        for w in words:
            variants.add("و" + w)
            if sec == "verbs":
                variants.add("ف" + w)
            if w.startswith("ال") and len(w) > 3:
                variants.update({"ب" + w, "ل" + w[1:], "وب" + w, "ول" + w[1:]})
    variants -= strong | soft

    # ---------------- ANERcorp train
    sents = read_conll(args.anercorp)
    c = Counts(sents, curated_names)
    say(f"ANERcorp train: {len(sents)} sentences, {sum(len(s) for s in sents)} tokens,"
        f" {c.n_pers} PERS chunks, {sum(c.O.values())} O tokens")
    say(f"  proclitic splits: {sum(c.stripped.values())} "
        f"({', '.join(f'{a}→{b}' for (a, b), _ in c.stripped.most_common(12))} …)")

    G_dat, A_dat, dropped = set(), set(), []
    for t, n in c.fm.items():
        if n < 2 or t in PARTICLE_STARTS or t in exclude or not is_arabic(t) or len(t) < 2:
            continue
        if t.startswith("ال") and t not in curated_names:
            continue
        pc, o = c.pc(t), c.O[t]
        if t in G_cur:  # curated: ambiguous only when clearly an ordinary word too
            (A_dat if o >= 3 and o > 0.5 * pc else G_dat).add(t)
            continue
        if o <= 0.2 * pc:
            G_dat.add(t)
        elif o <= 3 * pc:
            A_dat.add(t)
        else:
            dropped.append(f"{t}(fm{n},O{o})")
    for comp, n in c.compound.items():
        if n >= 2 and comp not in exclude and is_arabic(comp) and comp.split()[1] not in PARTICLE_STARTS:
            G_dat.add(comp)
            G_dat.update(twins(comp))
    say(f"  data given: {len(G_dat)} (+{len(A_dat)} ambiguous); dropped as mostly O: {' '.join(sorted(dropped))}")

    F_dat = set()
    for t in set(c.last) | set(c.single):
        n = c.last[t] + c.single[t]
        if (n < 2 or t in PARTICLE_STARTS or t in P_cur or t in exclude
                or not is_arabic(t) or len(t) < 2):
            continue
        if c.O[t] > 0.5 * c.pc(t):
            continue
        if c.fm[t] > n:  # mainly a given name
            continue
        if c.tail[t] >= 0.5 * c.pc(t):  # الله of عبد الله: keep the compound only
            continue
        F_dat.add(t)
    for comp, n in c.tail_compound.items():
        if (n >= 2 and comp not in exclude and is_arabic(comp)
                and comp.split()[1] not in PARTICLE_STARTS):
            F_dat.add(comp)
            F_dat.update(twins(comp))
    say(f"  data family: {len(F_dat)}")

    ranked = sorted((t for t in c.O if is_arabic(t)), key=lambda t: (-c.O[t], t))
    C_dat, skipped = [], []
    for t in ranked:
        if len(C_dat) >= args.top_common:
            break
        if c.pc(t) > 0.05 * c.O[t]:
            skipped.append(t)
            continue
        C_dat.append(t)
    C_dat = set(C_dat)
    say(f"  data common: {len(C_dat)} (O-frequency ≥ {min(c.O[t] for t in C_dat)});"
        f" skipped as name-like: {len(skipped)}")

    # ---------------- web spellings
    # Web and regional news write ة as ه (فاطمه، حمزه، شحاته), ئ as ي
    # (عايشة، وايل، رايد) and ؤ as و (لوي، مومن، فواد). Every given, ambiguous
    # and family name gets those spellings in its own list, unless the new
    # spelling is an ordinary word: in common-words (curated or ANERcorp), in
    # names-exclude.txt (possessive forms such as ناديه "his club", هبه
    # "his gift", رحمه "his mercy", منه "from him"), or an O token of ANERcorp
    # more often than a PERS one. (ى → ي and the hamza on alef need nothing:
    # normalization already makes مصطفي = مصطفى and اسامة = أسامة.)
    ordinary = strong | soft | C_dat | variants
    web_added, web_skipped = collections.Counter(), []
    # A three-letter word ending in ه (هبه، عزه from هبة، عزة) is a noun + ه
    # too often to start a name alone: such a given name becomes ambiguous.
    # The ه spelling of a surname that is an ordinary word ([family-ordinary],
    # بركة → بركه) is one too.
    F_ord = set(family_cur.get("family-ordinary", []))
    G_web, A_web, F_web, F_ord_web = set(), set(), set(), set()
    # names already listed, of the same kind (a web spelling that is only a
    # surname, رايد, may still become a given name)
    listed_given, listed_family = G_cur | A_cur | G_dat | A_dat, F_cur | F_ord | F_dat
    for src, dst, key, listed in ((G_cur | G_dat, G_web, "given", listed_given),
                                  (A_cur | A_dat, A_web, "ambiguous", listed_given),
                                  (F_cur | F_dat, F_web, "family", listed_family),
                                  (F_ord, F_ord_web, "family-ordinary", listed_family)):
        for e in sorted(src):
            for v in web_spellings(e):
                if v in listed:
                    continue
                short = any(len(w) == 3 and w.endswith("ه") and w[:2] + "ة" in e.split(" ")
                            for w in v.split(" "))
                if (v in exclude or any(w in ordinary for w in v.split(" "))
                        or c.O[v] > c.pc(v)):
                    web_skipped.append(v)
                    continue
                (A_web if short and key == "given" else dst).add(v)
                web_added[key] += 1
    say(f"web spellings added: {dict(web_added)}; skipped as ordinary words ({len(web_skipped)}): "
        f"{' '.join(sorted(set(web_skipped)))}")

    # ---------------- merge
    F_ord |= F_ord_web
    A = A_cur | A_dat | A_web
    G = (G_cur | G_dat | G_web) - A
    F = F_cur | F_dat | P_cur | F_ord | F_web
    names = G | A | F
    variants -= names
    C = strong | soft | C_dat | variants | F_ord
    C_data_only = C_dat - strong - soft

    moved = sorted(G & C)
    G -= C
    A |= set(moved)
    say(f"given names that are common words → ambiguous ({len(moved)}): {' '.join(moved)}")

    removed_common = sorted(A & (C - strong - F_ord))
    C -= set(removed_common)
    say(f"common words dropped because they are ambiguous names ({len(removed_common)}): "
        f"{' '.join(removed_common)}")

    fam_dropped = sorted((F & strong) - P_cur - F_ord)
    F -= set(fam_dropped)
    say(f"family names dropped as strong common words ({len(fam_dropped)}): {' '.join(fam_dropped)}")

    # Two-word entries, for an extractor that looks words up one at a time:
    # the head of a given compound must be able to start a name, the tail of
    # a given compound must be able to continue one, and the proper-name words
    # of a family compound (بن غفير → غفير) are family names themselves.
    heads, no_head, tails, no_tail = [], [], [], []
    for e in sorted(G | A):
        words = e.split(" ")
        if len(words) != 2:
            continue
        x, y = words
        if x not in G and x not in A:
            if x in C:
                no_head.append(e)
            else:
                A.add(x)
                heads.append(x)
        if y in C and y not in F:
            if y in strong:  # عبد الملك, عبد الامير: a title word stays a stop word
                no_tail.append(e)
            else:
                F.add(y)
                tails.append(y)
    say(f"heads of given compounds added as ambiguous ({len(heads)}): {' '.join(sorted(set(heads)))}")
    say(f"given compounds whose head is a common word, so they cannot start a name word by word: "
        f"{' | '.join(no_head)}")
    say(f"tails of given compounds that are common words, added to family too: {' '.join(sorted(set(tails)))}")
    say(f"given compounds whose tail is a strong common word (only the joined form works word by word): "
        f"{' | '.join(no_tail)}")
    split = []
    for e in sorted(F):
        words = e.split(" ")
        if len(words) < 2 or words[0] in ("عبد", "ابو", "ابي", "ابا", "ال", "العبد"):
            continue
        for k, w in enumerate(words):
            if k > 0 and words[k - 1] in ("عبد", "ابو", "ابي", "ال"):
                continue  # الرحمن of بن عبد الرحمن is not a name on its own
            if (w not in PARTICLE_STARTS and w not in ("الله", "الدين") and len(w) >= 3
                    and w not in C and w not in F):
                F.add(w)
                split.append(w)
    say(f"words of family compounds added as family names ({len(split)}): {' '.join(split)}")

    fam_both = sorted((F & C) - P_cur)
    say(f"in BOTH family and common-words: surnames that are ordinary words ({len(fam_both)}): "
        f"{' '.join(fam_both)}")
    both = sorted(A & C)
    say(f"in BOTH ambiguous and common-words ({len(both)}): {' '.join(both)}")
    say(f"name particles also in common-words: {' '.join(sorted(P_cur & C))}")

    assert not (G & C) and not (G & A) and not ((A & C) - strong - F_ord)
    say(f"family ∩ given (patronymics, allowed) : {len(F & G)}")

    stats = {
        "person-given": (len(G), f"curated {len(G_cur & G)}, ANERcorp {len(G_dat & G)}, web spellings {len(G_web & G)}"),
        "person-given-ambiguous": (len(A), f"curated {len(A_cur & A)}, ANERcorp {len(A_dat & A)}, "
                                           f"web spellings {len(A_web & A)}, moved {len(moved)}"),
        "person-family": (len(F), f"curated {len((F_cur | P_cur) & F)}, ANERcorp {len(F_dat & F)}, "
                                  f"web spellings {len((F_web | F_ord_web) & F)}"),
        "common-words": (len(C), f"curated {len((strong | soft) & C)}, ANERcorp {len(C_data_only & C)}, "
                                 f"proclitic variants {len(variants & C)}"),
    }
    return {"given": G, "ambiguous": A, "family": F, "common": C}, stats, log


HEADERS = {
    "person-given": """\
Given names that START a person's name (Arabic and foreign, in Arabic
script). Some entries are two words (عبد الله, صلاح الدين) and the joined
form is listed too (عبدالله); the head word alone is also an entry (عبد) or
an ambiguous one (فخر). A given name may also be a later word (patronymic).
No entry is in common-words.txt.""",
    "person-given-ambiguous": """\
Given names that are also ordinary words (كامل "complete", أمين, سعيد, حسن,
نور …), that equal a function word after normalization (على → علي, منى →
مني), and name particles (ابو, ابن, بن). Accept one as a name start only
when a second name-like word follows. Entries also in common-words.txt
(علي, تركي, صباح, اشرف, باسم …) are stop words first: they should not
continue a name (and the current extractor never starts one with them).""",
    "person-family": """\
Family names, nisba-style surnames, regnal numbers and name particles
(بن، ابن، ابو، ال for آل، ولد، عبد): these let a name go on after its
first word. Entries also in common-words.txt (صالح, سلام, الكبير, الدين,
الله, الثاني …) are surnames or name parts that are ordinary words too:
they may continue a name but must never be taken as a name on their own.
Some entries are two words (نصر الله, بن غفير); their words are listed too.""",
    "common-words": """\
Ordinary words that STOP a name: function words, pronouns, frequent verbs
(3rd person, past and present), nouns and adjectives of news text,
nationality adjectives, months, weekdays, titles and honorifics, with their
common proclitic forms (وقال، بالاجتماع، للاجتماع). None is in
person-given.txt; the few also in person-given-ambiguous.txt or
person-family.txt are explained in those files.""",
}


def render(name, entries, stats):
    count, detail = stats[name]
    lines = [f"# {name}.txt — generated by scripts/build_name_lexicons.py; do not edit by hand"]
    lines += ["# " + l for l in HEADERS[name].splitlines()]
    lines += [
        "# Normalized like the engine: أ إ آ ٱ → ا, ى → ي, diacritics (U+064B–U+065F,",
        "# U+0670) and tatweel removed; ة kept. One entry per line, sorted.",
        f"# {count} entries ({detail}).",
        "# Sources: hand-written lists in scripts/data/names-*.txt and counts from the",
        "# ANERcorp train split (CAMeL Lab), CC BY-SA 4.0: Benajiba, Rosso & Benedí",
        "# Ruiz 2007; Obeid et al. 2020 (CAMeL Tools).",
        "",
    ]
    lines += sorted(entries)
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--anercorp", default=DEFAULT_ANERCORP,
                    help="ANERcorp CAMeL train split (CoNLL)")
    ap.add_argument("--top-common", type=int, default=5000,
                    help="how many frequent O tokens to take as common words")
    ap.add_argument("--out", default=OUT, help="output folder")
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 when a file would change")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()

    lists, stats, log = build(args)
    files = {
        "person-given": lists["given"],
        "person-given-ambiguous": lists["ambiguous"],
        "person-family": lists["family"],
        "common-words": lists["common"],
    }
    stale = []
    os.makedirs(args.out, exist_ok=True)
    for name, entries in files.items():
        path = os.path.join(args.out, name + ".txt")
        text = render(name, entries, stats)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old != text:
            stale.append(path)
            if not args.check:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
    if not args.quiet:
        print("\n".join(log))
        print()
        for name, (count, detail) in stats.items():
            print(f"{name + '.txt':30s} {count:6d}  ({detail})")
    if args.check:
        if stale:
            print("out of date: " + ", ".join(stale), file=sys.stderr)
            sys.exit(1)
        print("lexicons up to date")
    elif not args.quiet:
        print(("written: " + ", ".join(os.path.relpath(p, ROOT) for p in stale)) if stale
              else "no change")


if __name__ == "__main__":
    main()
