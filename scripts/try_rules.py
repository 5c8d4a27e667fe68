#!/usr/bin/env python3
"""Try Rasid rule files (by default rules/ranks.yaml and rules/titles.yaml)
without the Swift engine.

What it emulates (see rules/README.md and Sources/RasidEngine/):

* Normalization of text, terms and patterns with the file's `normalize:`
  switches (diacritics and tatweel removed, أ إ آ ٱ → ا, ى → ي, ة → ه only
  when switched on, Arabic-Indic/Persian digits → ASCII, presentation forms
  folded, ا/و/ي + combining hamza composed), keeping for every normalized
  character the index of the original character it came from. A span's end
  takes the removed marks that follow its last letter with it.
* `{{NAME}}` definitions, nested ones included; a list definition becomes a
  prefix-factored alternation of its (escaped, literal) items, the way
  RegexSource.trieAlternation writes it; every insertion is wrapped in `(?:…)`.
* The wrapper every pattern gets (RegexSource.wrap): a word start, or one or
  two proclitics (و/ف then ب/ك/ل) at a word start, looked *behind* (never part
  of the match); no letter, mark or digit after the match; a pattern that
  starts with the article ال and has no top-level `|` also matches its لل
  contraction, the span starting at the second ل. `(?<span>…)` selects the
  span. Matching resumes after the whole match.
* Literal `terms`: the same boundaries, plus the لل form of an ال term.
* PCRE2 itself: patterns are compiled by the system's libpcre2-8 (UTF + UCP)
  through ctypes, so what PCRE2 10.42 rejects (a variable-length lookbehind…)
  fails here too.

Checks and scores
* every rule's `examples`: a `match` text must give at least one span of the
  rule and, for every [[…]] it marks, exactly that span; a `no_match` text
  must give none (each rule alone, as `rasid check` does);
* the merged spans (per label: priority, then longest, then leftmost; a RANK
  inside a TITLE is dropped, as the engine's merger does) against the gold
  file, exact and overlap precision / recall / F1 per label.

Usage
    scripts/try_rules.py                       examples + seed scores
    scripts/try_rules.py --errors              ... and list misses / false alarms
    scripts/try_rules.py --text "نص ..."        annotate one string
    scripts/try_rules.py --file article.txt    annotate a file
    scripts/try_rules.py --rules rules/x.yaml  other rule files
    scripts/try_rules.py --show-pattern titles/minister
                                               print a rule's expanded pattern
"""
import argparse
import ctypes
import ctypes.util
import json
import os
import sys
import unicodedata

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_RULES = [os.path.join(ROOT, "rules", "ranks.yaml"), os.path.join(ROOT, "rules", "titles.yaml")]
DEFAULT_GOLD = os.path.join(os.path.dirname(ROOT), "shared", "gold", "seeds.jsonl")
DROP_INSIDE = [("ORG", "TITLE"), ("PERSON", "ORG"), ("TITLE", "ORG"), ("LOCATION", "ORG"),
               ("RANK", "TITLE"), ("TITLE", "PERSON"), ("ORG", "PERSON"), ("LOCATION", "PERSON")]

# --------------------------------------------------------------------------
# Normalization (Sources/RasidEngine/Normalizer.swift)

DEFAULT_SWITCHES = {"diacritics": True, "tatweel": True, "alef": True, "alef_maqsura": True,
                    "ta_marbuta": False, "digits": True, "presentation_forms": True,
                    "persian_letters": True, "nfc": True}


class Normalized:
    """A normalized string and, for each of its characters, the original index."""

    def __init__(self, text, origin, original_len):
        self.text = text
        self.origin = origin
        self.original_len = original_len
        self.b2c = None  # byte offset -> char index, built on demand

    def original_range(self, s, e):
        """normalized [s, e) -> original [s', e'), trailing removed marks included."""
        start = self.origin[s] if s < len(self.origin) else self.original_len
        if e <= s:
            return start, start
        nxt = self.origin[e] if e < len(self.origin) else self.original_len
        last = self.origin[e - 1]
        return start, (nxt if nxt > last else last + 1)

    def byte_to_char(self, b):
        if self.b2c is None:
            m = {}
            pos = 0
            for i, ch in enumerate(self.text):
                m[pos] = i
                pos += len(ch.encode("utf-8"))
            m[pos] = len(self.text)
            self.b2c = m
        return self.b2c[b]


def _emit(ch, origin, sw, out, org):
    v = ord(ch)
    if v < 0x80:
        out.append(ch); org.append(origin); return
    if 0x0600 <= v <= 0x06FF:
        if 0x064B <= v <= 0x065F or v == 0x0670:
            if sw["nfc"] and 0x0653 <= v <= 0x0655 and _compose_last(ch, sw, out, org):
                return
            if sw["diacritics"]:
                return
        elif v == 0x0640:
            if sw["tatweel"]:
                return
        elif v in (0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673):
            if sw["alef"]:
                out.append("\u0627"); org.append(origin); return
        elif v == 0x0649:
            if sw["alef_maqsura"]:
                out.append("\u064A"); org.append(origin); return
        elif v == 0x0629:
            if sw["ta_marbuta"]:
                out.append("\u0647"); org.append(origin); return
        elif 0x0660 <= v <= 0x0669:
            if sw["digits"]:
                out.append(chr(0x30 + v - 0x0660)); org.append(origin); return
        elif 0x06F0 <= v <= 0x06F9:
            if sw["digits"]:
                out.append(chr(0x30 + v - 0x06F0)); org.append(origin); return
        elif v == 0x06CC:
            if sw["persian_letters"]:
                out.append("\u064A"); org.append(origin); return
        elif v == 0x06A9:
            if sw["persian_letters"]:
                out.append("\u0643"); org.append(origin); return
        out.append(ch); org.append(origin); return
    if sw["presentation_forms"] and (0xFB50 <= v <= 0xFDFF or 0xFE70 <= v <= 0xFEFE):
        k = unicodedata.normalize("NFKC", ch)
        if k != ch and k:
            if len(k) > 1:
                k = k.replace(" ", "")
            for c in k:
                _emit(c, origin, sw, out, org)
            return
    if sw["nfc"] and unicodedata.category(ch) == "Mn" and _compose_last(ch, sw, out, org):
        return
    out.append(ch); org.append(origin)


def _compose_last(mark, sw, out, org):
    if not out:
        return False
    composed = unicodedata.normalize("NFC", out[-1] + mark)
    if len(composed) != 1:
        return False
    o = org[-1]
    out.pop(); org.pop()
    _emit(composed, o, sw, out, org)
    return True


def normalize(text, sw):
    out, org = [], []
    for i, ch in enumerate(text):
        _emit(ch, i, sw, out, org)
    return Normalized("".join(out), org, len(text))


def normalize_string(text, sw):
    return normalize(text, sw).text

# --------------------------------------------------------------------------
# PCRE2 through ctypes (libpcre2-8, like Sources/PCRE2)


PCRE2_UTF = 0x00080000
PCRE2_UCP = 0x00020000
PCRE2_NO_UTF_CHECK = 0x40000000
PCRE2_ERROR_NOMATCH = -1
PCRE2_INFO_MATCHEMPTY = 13
UNSET = ctypes.c_size_t(-1).value


class PCRE2Error(Exception):
    pass


class Pcre2:
    def __init__(self):
        name = ctypes.util.find_library("pcre2-8") or "libpcre2-8.so.0"
        lib = ctypes.CDLL(name)
        lib.pcre2_compile_8.restype = ctypes.c_void_p
        lib.pcre2_compile_8.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint32,
                                        ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_size_t),
                                        ctypes.c_void_p]
        lib.pcre2_match_data_create_from_pattern_8.restype = ctypes.c_void_p
        lib.pcre2_match_data_create_from_pattern_8.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        lib.pcre2_match_8.restype = ctypes.c_int
        lib.pcre2_match_8.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_size_t,
                                      ctypes.c_uint32, ctypes.c_void_p, ctypes.c_void_p]
        lib.pcre2_get_ovector_pointer_8.restype = ctypes.POINTER(ctypes.c_size_t)
        lib.pcre2_get_ovector_pointer_8.argtypes = [ctypes.c_void_p]
        lib.pcre2_substring_number_from_name_8.restype = ctypes.c_int
        lib.pcre2_substring_number_from_name_8.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        lib.pcre2_get_error_message_8.restype = ctypes.c_int
        lib.pcre2_get_error_message_8.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_size_t]
        lib.pcre2_pattern_info_8.restype = ctypes.c_int
        lib.pcre2_pattern_info_8.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_void_p]
        lib.pcre2_jit_compile_8.restype = ctypes.c_int
        lib.pcre2_jit_compile_8.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
        self.lib = lib

    def compile(self, pattern):
        b = pattern.encode("utf-8")
        err = ctypes.c_int(0)
        off = ctypes.c_size_t(0)
        code = self.lib.pcre2_compile_8(b, len(b), PCRE2_UTF | PCRE2_UCP, ctypes.byref(err), ctypes.byref(off), None)
        if not code:
            buf = ctypes.create_string_buffer(256)
            self.lib.pcre2_get_error_message_8(err.value, buf, 256)
            char_off = len(b[:off.value].decode("utf-8", "replace"))
            raise PCRE2Error("%s (at offset %d)" % (buf.value.decode(), char_off))
        self.lib.pcre2_jit_compile_8(code, 1)  # PCRE2_JIT_COMPLETE
        return Compiled(self, code)


class Compiled:
    def __init__(self, pcre, code):
        self.p = pcre
        self.code = code
        self.md = pcre.lib.pcre2_match_data_create_from_pattern_8(code, None)
        num = pcre.lib.pcre2_substring_number_from_name_8(code, b"span")
        self.span_group = num if num > 0 else None

    def can_match_empty(self):
        v = ctypes.c_uint32(0)
        self.p.lib.pcre2_pattern_info_8(self.code, PCRE2_INFO_MATCHEMPTY, ctypes.byref(v))
        return v.value != 0

    def finditer(self, subject_bytes):
        """yields (whole_start, whole_end, span_start, span_end) in bytes."""
        pos = 0
        n = len(subject_bytes)
        lib = self.p.lib
        while pos <= n:
            rc = lib.pcre2_match_8(self.code, subject_bytes, n, pos, PCRE2_NO_UTF_CHECK, self.md, None)
            if rc == PCRE2_ERROR_NOMATCH:
                return
            if rc < 0:
                buf = ctypes.create_string_buffer(256)
                lib.pcre2_get_error_message_8(rc, buf, 256)
                print("  ! match error: %s" % buf.value.decode(), file=sys.stderr)
                return
            ov = lib.pcre2_get_ovector_pointer_8(self.md)
            ws, we = ov[0], ov[1]
            ss, se = ws, we
            if self.span_group is not None and self.span_group < rc:
                a, b = ov[2 * self.span_group], ov[2 * self.span_group + 1]
                if a != UNSET:
                    ss, se = a, b
            if se > ss:
                yield ws, we, ss, se
            if we > ws:
                pos = we
            else:
                pos = we + 1
                while pos < n and (subject_bytes[pos] & 0xC0) == 0x80:
                    pos += 1

# --------------------------------------------------------------------------
# Pattern source helpers (Sources/RasidEngine/RegexSource.swift)


WORD_CLASS = "[\\p{L}\\p{M}\\p{N}]"
NON_WORD = "[^\\p{L}\\p{M}\\p{N}]"
START = ("(?:(?<!%s)|(?<=^[وفبكل]|%s[وفبكل]|^[وف][بكل]|%s[وف][بكل]))" % (WORD_CLASS, NON_WORD, NON_WORD))
CONTRACTED_START = "(?<=^ل|%sل|^[وف]ل|%s[وف]ل)" % (NON_WORD, NON_WORD)
END = "(?!%s)" % WORD_CLASS


def escape(s):
    return "".join(("\\" + c) if c in "\\^$.|?*+()[]{}" else c for c in s)


def trie_alternation(words):
    root = {"kids": [], "terminal": False}
    for w in sorted(set(words), key=words.index):
        if not w:
            continue
        n = root
        for c in w:
            for k, child in n["kids"]:
                if k == c:
                    n = child
                    break
            else:
                child = {"kids": [], "terminal": False}
                n["kids"].append((c, child))
                n = child
        n["terminal"] = True

    def emit(n):
        kids = sorted(n["kids"], key=lambda kc: kc[0])
        alts = [escape(c) + emit(child) for c, child in kids]
        if not alts:
            return ""
        if len(alts) == 1 and not n["terminal"]:
            return alts[0]
        alts.sort(key=lambda a: -len(a))
        return "(?:" + "|".join(alts) + ")" + ("?" if n["terminal"] else "")
    return emit(root)


def has_top_level_alternation(p):
    depth, in_class, escaped = 0, False, False
    for ch in p:
        if escaped:
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        elif ch == "(" and not in_class:
            depth += 1
        elif ch == ")" and not in_class:
            depth -= 1
        elif ch == "|" and not in_class and depth == 0:
            return True
    return False


def wrap(p):
    if p.startswith("ال") and not has_top_level_alternation(p):
        return "(?:%sال|%sل)(?:%s)%s" % (START, CONTRACTED_START, p[2:], END)
    return "%s(?:%s)%s" % (START, p, END)


def expand(source, defs, stack=()):
    out, i = [], 0
    while i < len(source):
        if source.startswith("{{", i):
            j = source.find("}}", i + 2)
            if j < 0:
                raise ValueError("unclosed '{{'")
            name = source[i + 2:j].strip()
            if name not in defs:
                raise ValueError("unknown definition {{%s}}" % name)
            if name in stack:
                raise ValueError("definition %s refers to itself" % name)
            d = defs[name]
            rep = trie_alternation(d) if isinstance(d, list) else expand(d, defs, stack + (name,))
            out.append("(?:" + rep + ")")
            i = j + 2
        else:
            out.append(source[i])
            i += 1
    return "".join(out)

# --------------------------------------------------------------------------
# Rules


NESTED_Q = None


class Rule:
    def __init__(self, domain, raw, defaults, sw, defs, pcre, problems):
        import re
        global NESTED_Q
        if NESTED_Q is None:
            NESTED_Q = re.compile(r"\((?:\?:)?[^()]*[+*]\)[+*{]")
        self.id = raw.get("id")
        self.full_id = "%s/%s" % (domain, self.id)
        self.label = raw.get("label", defaults.get("label"))
        self.priority = raw.get("priority", defaults.get("priority", 0))
        self.norm = raw.get("norm")
        self.sw = sw
        self.raw = raw
        self.examples = raw.get("examples") or {}
        self.description = raw.get("description")
        self.terms = []
        self.regexes = []
        self.expanded = None
        bodies = [k for k in ("terms", "pattern", "gazetteer") if k in raw]
        if len(bodies) != 1:
            problems.append("%s: needs exactly one of terms/pattern/gazetteer" % self.full_id)
        if "terms" in raw:
            for t in raw["terms"]:
                text, norm = (t, None) if isinstance(t, str) else (t["term"], t.get("norm"))
                nt = normalize_string(text, sw)
                self.terms.append((nt, norm or self.norm))
        if "pattern" in raw:
            src = raw["pattern"]
            if NESTED_Q.search(src):
                problems.append("%s: warning: nested quantifiers" % self.full_id)
            try:
                exp = expand(src, defs)
            except ValueError as e:
                problems.append("%s: %s" % (self.full_id, e))
                return
            norm_p = normalize_string(exp, sw)
            self.expanded = norm_p
            try:
                bare = pcre.compile(norm_p)
                if bare.can_match_empty():
                    problems.append("%s: warning: pattern can match the empty string" % self.full_id)
                self.regexes.append(pcre.compile(wrap(norm_p)))
            except PCRE2Error as e:
                problems.append("%s: PCRE2: %s" % (self.full_id, e))

    def find(self, ntext):
        """spans (normalized char offsets) of this rule in a Normalized text."""
        out = []
        t = ntext.text
        if self.regexes:
            sb = t.encode("utf-8")
            for rx in self.regexes:
                for ws, we, ss, se in rx.finditer(sb):
                    out.append((ntext.byte_to_char(ss), ntext.byte_to_char(se), self.norm))
        for term, norm in self.terms:
            variants = [(term, False)]
            if term.startswith("ال") and len(term) > 3:
                variants.append((term[1:], True))
            for v, contracted in variants:
                start = 0
                while True:
                    k = t.find(v, start)
                    if k < 0:
                        break
                    start = k + 1
                    e = k + len(v)
                    if e < len(t) and is_word(t[e]):
                        continue
                    if start_boundary(t, k, contracted):
                        out.append((k, e, norm))
        return out


def is_word(ch):
    cat = unicodedata.category(ch)
    return cat[0] in "LMN"


def start_boundary(t, k, contracted):
    if k == 0:
        return not contracted
    c1 = t[k - 1]
    if contracted:
        if c1 != "ل":
            return False
        if k - 1 == 0 or not is_word(t[k - 2]):
            return True
        if t[k - 2] not in "وف":
            return False
        return k - 2 == 0 or not is_word(t[k - 3])
    if not is_word(c1):
        return True
    if c1 not in "وفبكل":
        return False
    if k - 1 == 0 or not is_word(t[k - 2]):
        return True
    if t[k - 2] not in "وف" or c1 in "وف":
        return False
    return k - 2 == 0 or not is_word(t[k - 3])


def load_rules(paths, pcre):
    rules, problems = [], []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
        domain = os.path.splitext(os.path.basename(path))[0]
        sw = dict(DEFAULT_SWITCHES)
        sw.update(doc.get("normalize") or {})
        defs = doc.get("definitions") or {}
        defaults = doc.get("defaults") or {}
        ids = set()
        used = set()
        for raw in doc.get("rules") or []:
            r = Rule(domain, raw, defaults, sw, defs, pcre, problems)
            if r.id in ids:
                problems.append("%s: duplicate id" % r.full_id)
            ids.add(r.id)
            if not r.description:
                problems.append("%s: no description" % r.full_id)
            if not r.examples.get("match"):
                problems.append("%s: no match examples" % r.full_id)
            src = raw.get("pattern", "")
            for name in defs:
                if "{{%s}}" % name in src:
                    used.add(name)
            rules.append(r)
        # definitions used only through other definitions
        changed = True
        while changed:
            changed = False
            for name, d in defs.items():
                if name in used and isinstance(d, str):
                    for other in defs:
                        if other not in used and "{{%s}}" % other in d:
                            used.add(other)
                            changed = True
        for name in defs:
            if name not in used:
                problems.append("%s: warning: definition %s is never used" % (domain, name))
    return rules, problems


def annotate(text, rules, cache=None):
    """all candidate spans [(start, end, label, rule, norm, priority)] in original offsets."""
    cands = []
    cache = {} if cache is None else cache
    for r in rules:
        key = tuple(sorted(r.sw.items()))
        if key not in cache:
            cache[key] = normalize(text, r.sw)
        nt = cache[key]
        for s, e, norm in r.find(nt):
            os_, oe = nt.original_range(s, e)
            cands.append((os_, oe, r.label, r.full_id, norm, r.priority))
    return cands


def merge(cands):
    uniq = {}
    for c in cands:
        k = (c[0], c[1], c[2])
        if k not in uniq or c[5] > uniq[k][5]:
            uniq[k] = c
    spans = list(uniq.values())
    kept0 = []
    for s in spans:
        outers = [o for (i, o) in DROP_INSIDE if i == s[2]]
        if any(o[2] in outers and o[0] <= s[0] and s[1] <= o[1] and (o[0], o[1]) != (s[0], s[1]) for o in spans):
            continue
        kept0.append(s)
    kept = []
    for label in sorted(set(s[2] for s in kept0)):
        ordered = sorted([s for s in kept0 if s[2] == label], key=lambda s: (-s[5], -(s[1] - s[0]), s[0]))
        acc = []
        for s in ordered:
            if any(a[0] < s[1] and s[0] < a[1] for a in acc):
                continue
            acc.append(s)
        kept.extend(acc)
    return sorted(kept)

# --------------------------------------------------------------------------
# Examples


def parse_marked(ex):
    """'a [[b]] c' -> ('a b c', [(2, 3)])"""
    out, spans, i = [], [], 0
    while i < len(ex):
        if ex.startswith("[[", i):
            j = ex.find("]]", i)
            start = len("".join(out))
            out.append(ex[i + 2:j])
            spans.append((start, start + j - i - 2))
            i = j + 2
        else:
            out.append(ex[i])
            i += 1
    return "".join(out), spans


def check_examples(rules, verbose=False):
    failures, count = [], 0
    for r in rules:
        for ex in r.examples.get("match") or []:
            count += 1
            text, marks = parse_marked(ex)
            got = {(s, e) for s, e, *_ in annotate(text, [r])}
            if not got:
                failures.append("%s: match example gives no span: %s" % (r.full_id, ex))
            for m in marks:
                if m not in got:
                    shown = ", ".join("'%s'" % text[s:e] for s, e in sorted(got)) or "nothing"
                    failures.append("%s: expected '%s' in: %s  (got %s)" % (r.full_id, text[m[0]:m[1]], ex, shown))
        for ex in r.examples.get("no_match") or []:
            count += 1
            got = annotate(ex, [r])
            if got:
                failures.append("%s: no_match example matched %s: %s" % (
                    r.full_id, ", ".join("'%s'" % ex[s:e] for s, e, *_ in got), ex))
    return count, failures

# --------------------------------------------------------------------------
# Scoring


def prf(tp, np_, ng):
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(rules, gold_path, labels, show_errors):
    docs = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
    stats = {l: {"tp": 0, "pred": 0, "gold": 0, "otp": 0} for l in labels}
    errors = []
    for d in docs:
        text = d["text"]
        pred = [s for s in merge(annotate(text, rules)) if s[2] in labels]
        gold = [(g["start"], g["end"], g["label"]) for g in d["spans"] if g["label"] in labels]
        gset = set(gold)
        pset = {(s[0], s[1], s[2]) for s in pred}
        for l in labels:
            pl = [p for p in pset if p[2] == l]
            gl = [g for g in gset if g[2] == l]
            stats[l]["pred"] += len(pl)
            stats[l]["gold"] += len(gl)
            stats[l]["tp"] += len(set(pl) & set(gl))
            used = set()
            for p in sorted(pl):
                for g in sorted(gl):
                    if g not in used and g[0] < p[1] and p[0] < g[1]:
                        used.add(g)
                        stats[l]["otp"] += 1
                        break
        ctx = lambda s, e: (text[max(0, s - 20):s] + "[" + text[s:e] + "]" + text[e:e + 20]).replace("\n", " ")
        for g in sorted(gset - pset):
            errors.append("%s MISS  %-5s %s" % (d["id"][:3], g[2], ctx(g[0], g[1])))
        for p in sorted(pset - gset):
            rule = next(s[3] for s in pred if (s[0], s[1], s[2]) == p)
            errors.append("%s FALSE %-5s %s  (%s)" % (d["id"][:3], p[2], ctx(p[0], p[1]), rule))
    print("\nScores against %s (%d documents)" % (os.path.relpath(gold_path), len(docs)))
    print("%-6s %5s %5s %5s | %6s %6s %6s | %6s %6s %6s" % ("label", "gold", "pred", "tp", "P", "R", "F1", "oP", "oR", "oF1"))
    for l in labels:
        s = stats[l]
        p, r, f = prf(s["tp"], s["pred"], s["gold"])
        op, orr, of = prf(s["otp"], s["pred"], s["gold"])
        print("%-6s %5d %5d %5d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f" % (l, s["gold"], s["pred"], s["tp"], p, r, f, op, orr, of))
    if show_errors:
        print("\nErrors (exact):")
        for e in errors:
            print("  " + e)
    return stats


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rules", nargs="*", default=DEFAULT_RULES)
    ap.add_argument("--gold", default=DEFAULT_GOLD)
    ap.add_argument("--labels", nargs="*", default=None, help="labels to score (default: those of the rules)")
    ap.add_argument("--errors", action="store_true", help="list misses and false alarms")
    ap.add_argument("--text")
    ap.add_argument("--file")
    ap.add_argument("--show-pattern")
    args = ap.parse_args()

    pcre = Pcre2()
    rules, problems = load_rules(args.rules, pcre)
    if args.show_pattern:
        for r in rules:
            if r.full_id == args.show_pattern:
                print(r.expanded)
        return 0
    if args.text or args.file:
        text = args.text if args.text else open(args.file, encoding="utf-8").read()
        for s in merge(annotate(text, rules)):
            print("%5d %5d %-6s %-40s %-14s %s" % (s[0], s[1], s[2], text[s[0]:s[1]], s[4] or "", s[3]))
        return 0

    n_rules = len(rules)
    n_forms = sum(len(r.terms) for r in rules)
    print("%d rules (%d literal terms) from %s" % (n_rules, n_forms, ", ".join(os.path.relpath(p) for p in args.rules)))
    for p in problems:
        print("  problem: " + p)
    count, failures = check_examples(rules)
    print("examples: %d checked, %d failing" % (count, len(failures)))
    for f in failures:
        print("  FAIL " + f)
    labels = args.labels or sorted(set(r.label for r in rules))
    if os.path.exists(args.gold):
        score(rules, args.gold, labels, args.errors)
    hard = [p for p in problems if "warning" not in p]
    return 1 if failures or hard else 0


if __name__ == "__main__":
    sys.exit(main())
