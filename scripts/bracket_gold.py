#!/usr/bin/env python3
"""Builds a gold JSONL file from articles annotated inline with brackets.

An annotated article is plain text in which every entity is written
⟦LABEL text⟧ or ⟦LABEL:NORM text⟧ (e.g. ⟦COUNTRY:TR التركي⟧); brackets nest
(⟦ORG وزارة الدفاع ⟦COUNTRY:TR التركية⟧⟧). Removing the markup gives the
document text; spans get offsets in Unicode scalars, as the guidelines say.

    python3 scripts/bracket_gold.py eval/fresh -o eval/fresh.gold.jsonl
    python3 scripts/bracket_gold.py eval/fresh -o eval/fresh.gold.jsonl --check

Every document also becomes a plain text file (``--texts DIR``) so that
``rasid annotate DIR`` reads exactly the gold's text. ``--check`` fails when
the written files differ from what the annotated articles give.
"""
import argparse, json, os, re, sys

LABELS = {"RANK", "TITLE", "PERSON", "COUNTRY", "ORG", "LOCATION", "DATE"}
OPEN, CLOSE = "⟦", "⟧"
HEAD = re.compile(r"([A-Z]+)(?::([^\s⟦⟧]+))? ")


class MarkupError(Exception):
    pass


def parse(path, raw):
    """(text, spans) of one annotated article."""
    out, spans, stack = [], [], []
    i, line = 0, 1
    while i < len(raw):
        c = raw[i]
        if c == OPEN:
            m = HEAD.match(raw, i + 1)
            if not m or m.group(1) not in LABELS:
                raise MarkupError(f"{path}:{line}: expected ⟦LABEL text⟧ with LABEL one of {sorted(LABELS)}, "
                                  f"found {raw[i:i + 20]!r}")
            stack.append((len(out), m.group(1), m.group(2), line))
            i = m.end()
            continue
        if c == CLOSE:
            if not stack:
                raise MarkupError(f"{path}:{line}: ⟧ closes nothing")
            start, label, norm, _ = stack.pop()
            if start == len(out):
                raise MarkupError(f"{path}:{line}: empty {label} span")
            span = {"start": start, "end": len(out), "label": label, "text": "".join(out[start:])}
            if norm:
                span["norm"] = norm
            spans.append(span)
            i += 1
            continue
        if c == "\n":
            line += 1
        out.append(c)
        i += 1
    if stack:
        raise MarkupError(f"{path}:{stack[-1][3]}: ⟦{stack[-1][1]} is never closed")
    text = "".join(out)
    for s in spans:
        if s["text"] != s["text"].strip():
            raise MarkupError(f"{path}: span {s['label']} {s['text']!r} starts or ends with a space")
    by_label = {}
    for s in sorted(spans, key=lambda s: (s["start"], s["end"])):
        prev = by_label.get(s["label"])
        if prev and s["start"] < prev["end"]:
            raise MarkupError(f"{path}: two {s['label']} spans overlap: {prev['text']!r} and {s['text']!r}")
        by_label[s["label"]] = s
    spans.sort(key=lambda s: (s["start"], -s["end"], s["label"]))
    return text, spans


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", help="annotated articles (*.txt)")
    ap.add_argument("-o", "--out", required=True, help="gold JSONL to write")
    ap.add_argument("--texts", help="folder for the plain texts (default: OUT without .gold.jsonl)")
    ap.add_argument("--check", action="store_true", help="fail if the written files are out of date")
    a = ap.parse_args()
    texts_dir = a.texts or re.sub(r"(\.gold)?\.jsonl$", "", a.out) + "-texts"
    lines, texts = [], {}
    try:
        for name in sorted(os.listdir(a.folder)):
            if not name.endswith(".txt"):
                continue
            path = os.path.join(a.folder, name)
            with open(path, encoding="utf-8", newline="") as f:
                text, spans = parse(path, f.read())
            doc_id = name[:-4]
            texts[name] = text
            lines.append(json.dumps({"id": doc_id, "text": text, "spans": spans}, ensure_ascii=False))
    except MarkupError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    gold = "\n".join(lines) + "\n"
    n_spans = sum(len(json.loads(l)["spans"]) for l in lines)
    if a.check:
        stale = []
        if not os.path.exists(a.out) or open(a.out, encoding="utf-8", newline="").read() != gold:
            stale.append(a.out)
        for name, text in texts.items():
            p = os.path.join(texts_dir, name)
            if not os.path.exists(p) or open(p, encoding="utf-8", newline="").read() != text:
                stale.append(p)
        have = set(os.listdir(texts_dir)) if os.path.isdir(texts_dir) else set()
        stale += [os.path.join(texts_dir, n) for n in sorted(have - set(texts))]
        if stale:
            print("out of date (rerun without --check): " + ", ".join(stale), file=sys.stderr)
            return 1
        print(f"{a.out}: up to date ({len(lines)} documents, {n_spans} spans)")
        return 0
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        f.write(gold)
    os.makedirs(texts_dir, exist_ok=True)
    for n in set(os.listdir(texts_dir)) - set(texts):
        os.remove(os.path.join(texts_dir, n))
    for name, text in texts.items():
        with open(os.path.join(texts_dir, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    print(f"written: {a.out} ({len(lines)} documents, {n_spans} spans) and {texts_dir}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
