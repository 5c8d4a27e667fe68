#!/usr/bin/env python3
"""Tests the HTML report in a real headless browser (Chromium, over the
DevTools protocol; Python's standard library only).

It writes the HTML and JSONL reports of seeds/ plus one document with
characters outside the BMP (so code points and UTF-16 units differ), opens
the page from file://, and checks: no console error and no request leaving
the file; one <mark data-span> per span covering exactly the span's text;
right-to-left text; label colours; the legend toggles; tooltips; the side
panel; the corpus index first; the entity tables. Then it reviews through
the DOM — accept, reject (by click and by key), relabel, add a span from a
text selection —, reloads to see the decisions kept, clicks "Download gold
JSONL" and compares the downloaded file with the expected gold.

    python3 scripts/test-html.py [--rasid .build/debug/rasid] [--out DIR] [--chromium PATH]

Exit status 0: all checks passed; 1: a check failed; 77: no Chromium.
Screenshots: DIR/report.png (as opened) and DIR/review.png (after review).
"""
import argparse, base64, glob, json, os, shutil, socket, struct, subprocess, sys, tempfile, time, urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILTIN = ["RANK", "TITLE", "PERSON", "COUNTRY", "ORG", "LOCATION", "DATE"]
# The extra document: emoji (two UTF-16 units each) before and between spans,
# a word no rule knows (ماربيا) to add as a span from a selection.
EXTRA_ID = "zz-astral"
EXTRA_TEXT = "😀😀 وصل المشير خليفة حفتر إلى تونس 😀 ثم زار مدينة ماربيا 🇪🇸 مع وفد قرنفلوش يوم الخميس.\n"
ADD_WORD = "قرنفلوش"


class Failure(Exception):
    pass


def check(cond, what):
    if not cond:
        raise Failure(what)


# ---- a minimal WebSocket client (RFC 6455, text frames, client masking) ----
class WebSocket:
    def __init__(self, url, timeout=30):
        u = urllib.parse.urlparse(url)
        self.sock = socket.create_connection((u.hostname, u.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {u.path} HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        self.buf = b""
        while b"\r\n\r\n" not in self.buf:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise Failure("the browser closed the DevTools connection during the handshake")
            self.buf += chunk
        head, self.buf = self.buf.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise Failure("DevTools handshake refused: " + head.decode(errors="replace"))

    def _exact(self, n):
        while len(self.buf) < n:
            chunk = self.sock.recv(max(65536, n - len(self.buf)))
            if not chunk:
                raise Failure("the browser closed the DevTools connection")
            self.buf += chunk
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def _frame(self, opcode, payload):
        head = bytes([0x80 | opcode])
        n = len(payload)
        if n < 126:
            head += bytes([0x80 | n])
        elif n < 65536:
            head += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            head += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        m = int.from_bytes((mask * (n // 4 + 1))[:n], "big") if n else 0
        body = (int.from_bytes(payload, "big") ^ m).to_bytes(n, "big") if n else b""
        self.sock.sendall(head + mask + body)

    def send(self, text):
        self._frame(0x1, text.encode())

    def recv(self, timeout):
        self.sock.settimeout(timeout)
        message = b""
        while True:
            b0, b1 = self._exact(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._exact(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._exact(8))[0]
            mask = self._exact(4) if b1 & 0x80 else None
            payload = self._exact(n)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            opcode = b0 & 0x0F
            if opcode == 0x8:
                raise Failure("the browser closed the DevTools connection")
            if opcode == 0x9:
                self._frame(0xA, payload)
                continue
            if opcode in (0x0, 0x1, 0x2):
                message += payload
                if b0 & 0x80:
                    return message.decode()


class DevTools:
    """Commands and events over one browser-level connection, pages by flat sessions."""

    def __init__(self, ws):
        self.ws, self.next_id, self.events = ws, 0, []

    def call(self, method, params=None, session=None, timeout=30):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        deadline = time.time() + timeout
        while True:
            left = deadline - time.time()
            if left <= 0:
                raise Failure(f"no answer to {method} in {timeout} s")
            m = json.loads(self.ws.recv(left))
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise Failure(f"{method}: {m['error']}")
                return m.get("result", {})
            if "method" in m:
                self.events.append(m)

    def wait_event(self, method, timeout=30, since=0):
        deadline = time.time() + timeout
        while True:
            for e in self.events[since:]:
                if e["method"] == method:
                    return e
            left = deadline - time.time()
            if left <= 0:
                raise Failure(f"no {method} event in {timeout} s")
            try:
                m = json.loads(self.ws.recv(left))
            except socket.timeout:
                continue
            if "method" in m:
                self.events.append(m)

    def drain(self, seconds):
        end = time.time() + seconds
        while time.time() < end:
            try:
                m = json.loads(self.ws.recv(max(0.01, end - time.time())))
                if "method" in m:
                    self.events.append(m)
            except socket.timeout:
                pass


class Page:
    def __init__(self, dt, session):
        self.dt, self.session = dt, session

    def call(self, method, params=None, timeout=30):
        return self.dt.call(method, params, self.session, timeout)

    def js(self, expression, await_promise=False):
        r = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": await_promise})
        if "exceptionDetails" in r:
            d = r["exceptionDetails"]
            raise Failure("page script failed: " + (d.get("exception", {}).get("description") or d.get("text", "")))
        return r["result"].get("value")

    def click(self, selector):
        ok = self.js(f"(() => {{ const el = document.querySelector({json.dumps(selector)}); if (!el) return false; el.click(); return true; }})()")
        check(ok, f"nothing to click at {selector}")

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", {"format": "png"}, timeout=60)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def load(self, url, reload=False):
        since = len(self.dt.events)
        if reload:
            self.call("Page.reload", {"ignoreCache": True})
        else:
            self.call("Page.navigate", {"url": url})
        self.dt.wait_event("Page.loadEventFired", 30, since)
        self.dt.drain(0.3)


def find_chromium(given):
    for c in [given, os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"]:
        if c and shutil.which(c):
            return shutil.which(c)
    return None


def start_browser(chromium, profile, log):
    args = [chromium, "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--remote-debugging-port=0", f"--user-data-dir={profile}",
            "--window-size=1400,1000", "about:blank"]
    if os.geteuid() == 0:
        args.insert(1, "--no-sandbox")
    proc = subprocess.Popen(args, stdout=log, stderr=log, start_new_session=True)
    port_file = os.path.join(profile, "DevToolsActivePort")
    deadline = time.time() + 60
    while time.time() < deadline:
        if proc.poll() is not None:
            raise Failure(f"chromium exited with status {proc.returncode} before it listened (log: {log.name})")
        try:
            with open(port_file) as f:
                lines = f.read().split("\n")
            if len(lines) >= 2 and lines[0].strip() and lines[1].strip():
                return proc, f"ws://127.0.0.1:{lines[0].strip()}{lines[1].strip()}"
        except FileNotFoundError:
            pass
        time.sleep(0.1)
    proc.kill()
    raise Failure("chromium did not open its DevTools port in 60 s")


def annotate(rasid, fmt, out, inputs):
    r = subprocess.run([rasid, "annotate", *inputs, "--format", fmt, "-o", out, "--quiet"], cwd=ROOT,
                       capture_output=True, text=True)
    check(r.returncode == 0, f"rasid annotate --format {fmt} failed ({r.returncode}): {r.stderr}")


def label_rank(label, labels):
    return labels.index(label) if label in labels else len(labels)


def span_key(labels):
    return lambda s: (s["start"], -s["end"], label_rank(s["label"], labels), s["label"])


def expected_gold(docs, decisions, added, labels):
    """The gold the page must write: decisions[(d, i)] = ("accepted"|"rejected"|("relabelled", label))."""
    lines = []
    for d, doc in enumerate(docs):
        spans, rejected = [], []
        for i, s in enumerate(doc["spans"]):
            o = {"start": s["start"], "end": s["end"], "label": s["label"], "text": s["text"]}
            dec = decisions.get((d, i))
            if dec == "rejected":
                if "norm" in s:
                    o["norm"] = s["norm"]
                o["review"] = "rejected"
                rejected.append(o)
                continue
            if isinstance(dec, tuple):
                o["label"] = dec[1]
                o["review"] = "relabelled"
                o["original_label"] = s["label"]
                if "norm" in s:
                    o["original_norm"] = s["norm"]
            else:
                if "norm" in s:
                    o["norm"] = s["norm"]
                o["review"] = dec or "unreviewed"
            spans.append(o)
        for a in added.get(d, []):
            spans.append({"start": a["start"], "end": a["end"], "label": a["label"],
                          "text": doc["text"][a["start"]:a["end"]], "review": "added"})
        spans.sort(key=span_key(labels))
        rejected.sort(key=span_key(labels))
        rec = {"id": doc["id"], "text": doc["text"], "spans": spans}
        if rejected:
            rec["rejected"] = rejected
        lines.append(rec)
    return lines


def run(args, work):
    rasid = os.path.abspath(args.rasid)
    check(os.access(rasid, os.X_OK), f"{rasid}: no rasid binary; run `swift build` first")
    extra = os.path.join(work, "extra")
    os.makedirs(extra, exist_ok=True)
    with open(os.path.join(extra, EXTRA_ID + ".txt"), "w", encoding="utf-8") as f:
        f.write(EXTRA_TEXT)
    inputs = [os.path.join(ROOT, "seeds"), extra]
    html_path, jsonl_path = os.path.join(work, "report.html"), os.path.join(work, "report.jsonl")
    annotate(rasid, "html", html_path, inputs)
    annotate(rasid, "jsonl", jsonl_path, inputs)
    with open(jsonl_path, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    total = sum(len(d["spans"]) for d in docs)
    check(len(docs) == 6 and docs[-1]["id"] == EXTRA_ID, f"expected 5 seeds and {EXTRA_ID}, got {[d['id'] for d in docs]}")
    with open(html_path, encoding="utf-8") as f:
        html = f.read()
    for needle in ["http://", "https://", "src=", "@import", "url("]:
        check(needle not in html.split('<script type="application/json"')[0], f"the page head refers to something outside: {needle}")

    chromium = find_chromium(args.chromium)
    if not chromium:
        print("skip: no chromium (install Debian's chromium package)")
        return 77
    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads, exist_ok=True)
    log = open(os.path.join(work, "chromium.log"), "w")
    proc, ws_url = start_browser(chromium, os.path.join(work, "profile"), log)
    try:
        dt = DevTools(WebSocket(ws_url))
        target = dt.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = dt.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(dt, session)
        for domain in ["Runtime", "Log", "Page", "Network"]:
            page.call(domain + ".enable")
        dt.call("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads, "eventsEnabled": True})
        page.call("Emulation.setDeviceMetricsOverride", {"width": 1400, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
        url = "file://" + urllib.parse.quote(html_path)
        page.load(url)
        return review(page, dt, docs, total, work, downloads)
    finally:
        try:
            os.killpg(proc.pid, 9)
        except ProcessLookupError:
            pass
        proc.wait()
        log.close()


def problems(dt):
    """Console errors, uncaught exceptions, error log entries, and requests leaving the page."""
    out = []
    for e in dt.events:
        m, p = e["method"], e.get("params", {})
        if m == "Runtime.exceptionThrown":
            d = p["exceptionDetails"]
            out.append("exception: " + (d.get("exception", {}).get("description") or d.get("text", "")))
        elif m == "Runtime.consoleAPICalled" and p["type"] in ("error", "assert", "warning"):
            out.append(f"console.{p['type']}: " + " ".join(str(a.get("value", a.get("description", ""))) for a in p["args"]))
        elif m == "Log.entryAdded" and p["entry"]["level"] == "error":
            out.append(f"log {p['entry']['level']}: {p['entry']['text']} {p['entry'].get('url', '')}")
        elif m == "Network.requestWillBeSent":
            u = p["request"]["url"]
            if not (u.startswith("file://") or u.startswith("blob:") or u.startswith("data:") or u == "about:blank"):
                out.append("request leaving the page: " + u)
    return out


def review(page, dt, docs, total, work, downloads):
    labels = page.js("JSON.parse(document.getElementById('rasid-summary').textContent).labels")
    check(labels[:7] == BUILTIN, f"labels offered for relabelling: {labels}")
    # One highlighted element per span, covering exactly the span's text.
    marks = page.js("""Array.from(document.querySelectorAll('[data-span]')).map(m => {
        const id = m.dataset.span;
        const parts = document.querySelectorAll('[data-span="' + id + '"],[data-cont="' + id + '"]');
        return [id, m.dataset.label, Array.from(parts).map(p => p.textContent).join('')]; })""")
    check(len(marks) == total, f"{len(marks)} [data-span] elements for {total} spans")
    expected = {f"{d}:{i}": (s["label"], s["text"]) for d, doc in enumerate(docs) for i, s in enumerate(doc["spans"])}
    for mid, label, text in marks:
        check(expected.get(mid) == (label, text), f"span {mid}: page shows {label} {text!r}, report has {expected.get(mid)}")
    check(len({m[0] for m in marks}) == total, "a span is highlighted twice")
    # The article text is the document text, right to left, starting at the right edge.
    texts = page.js("Array.from(document.querySelectorAll('.doc-text')).map(e => e.textContent)")
    check(texts == [d["text"] for d in docs], "the rendered texts differ from the documents")
    rtl = page.js("""(() => { const el = document.querySelector('#doc-0 .doc-text');
        const r = document.createRange(); const t = el.firstChild.nodeType === 3 ? el.firstChild : el.querySelector('mark').firstChild;
        r.setStart(t, 0); r.setEnd(t, 1); const c = r.getBoundingClientRect(), b = el.getBoundingClientRect();
        return [getComputedStyle(el).direction, Math.round(b.right - c.right), Math.round(c.left - b.left)]; })()""")
    check(rtl[0] == "rtl" and rtl[1] < 20 and rtl[2] > 200, f"the text does not start at the right edge (direction, gap right, gap left): {rtl}")
    # Colours by label, readable: a tinted background and a coloured underline per label.
    colours = page.js("""(() => { const out = {}; for (const m of document.querySelectorAll('[data-span]')) {
        if (!out[m.dataset.label]) { const s = getComputedStyle(m); out[m.dataset.label] = [s.backgroundColor, s.borderBottomColor, s.color]; } } return out; })()""")
    check(len({c[1] for c in colours.values()}) == len(colours), f"two labels share a colour: {colours}")
    check(all(c[0] not in ("rgba(0, 0, 0, 0)", "transparent") for c in colours.values()), f"a label has no highlight: {colours}")
    # Tooltips name label, norm, rule and extractor.
    d0 = docs[0]
    s_norm = next(i for i, s in enumerate(d0["spans"]) if "norm" in s and s.get("rule"))
    tip = page.js(f"document.querySelector('[data-span=\"0:{s_norm}\"]').title")
    sn = d0["spans"][s_norm]
    for part in [sn["label"], sn["norm"], sn["rule"], sn["extractor"]]:
        check(part in tip, f"tooltip {tip!r} lacks {part!r}")
    # The legend hides and shows a label.
    page.click('#legend [data-label="PERSON"]')
    off = page.js("""Array.from(document.querySelectorAll('mark[data-label="PERSON"]')).every(m => m.classList.contains('off') && getComputedStyle(m).backgroundColor === 'rgba(0, 0, 0, 0)')""")
    other = page.js("""getComputedStyle(document.querySelector('mark[data-label="COUNTRY"]')).backgroundColor""")
    page.click('#legend [data-label="PERSON"]')
    on = page.js("""Array.from(document.querySelectorAll('mark[data-label="PERSON"]')).every(m => !m.classList.contains('off'))""")
    check(off and on and other != "rgba(0, 0, 0, 0)", "the legend does not toggle PERSON alone")
    # The corpus index comes first and counts what the report has.
    idx = page.js("""(() => { const i = document.getElementById('index'); const rows = {};
        for (const r of i.querySelectorAll('tr[data-label-row]')) rows[r.dataset.labelRow] = Number(r.children[1].textContent);
        return [i.hidden, i.getBoundingClientRect().top < document.getElementById('doc-0').getBoundingClientRect().top, rows,
                i.querySelectorAll('.top-entities tbody tr').length, i.querySelectorAll('.doc-list tbody tr').length]; })()""")
    counts = {}
    for doc in docs:
        for s in doc["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    check(idx[0] is False and idx[1], "the corpus index is hidden or not first")
    check(idx[2] == counts, f"index counts {idx[2]} != report {counts}")
    check(idx[3] > 0 and idx[4] == len(docs), f"index: {idx[3]} frequent entities, {idx[4]} document rows")
    # Entity tables: one row per linked entity.
    for d, doc in enumerate(docs):
        n = page.js(f"document.querySelectorAll('#doc-{d} tr[data-entity]').length")
        check(n == len(doc.get("entities", [])), f"document {d}: {n} entity rows for {len(doc.get('entities', []))} entities")
    page.screenshot(os.path.join(work, "report.png"))

    # ---- review through the DOM ----
    decisions, added = {}, {}

    def click_span(d, i):
        page.click(f'[data-span="{d}:{i}"]')

    click_span(0, 0)
    panel = page.js("document.getElementById('panel').textContent")
    s0 = d0["spans"][0]
    for part in [s0["label"], s0["text"], s0.get("rule") or "", s0["extractor"]]:
        check(part in panel, f"the panel for span 0:0 lacks {part!r}")
    page.click("#accept")
    decisions[(0, 0)] = "accepted"
    click_span(0, 1)
    page.click("#reject")
    decisions[(0, 1)] = "rejected"
    # Relabel a span with a norm to a label no other span of it overlaps.
    ri = next(i for i, s in enumerate(d0["spans"]) if i > 2 and "norm" in s)
    rs = d0["spans"][ri]
    new_label = next(l for l in ["LOCATION", "ORG", "DATE", "TITLE"] if l != rs["label"] and not any(
        o["label"] == l and o["start"] < rs["end"] and rs["start"] < o["end"] for o in d0["spans"]))
    click_span(0, ri)
    page.js(f"document.getElementById('relabel-label').value = {json.dumps(new_label)}; document.getElementById('span-norm').value = ''")
    page.click("#apply")
    decisions[(0, ri)] = ("relabelled", new_label)
    # A key press: R rejects the selected span.
    click_span(0, 2)
    page.call("Input.dispatchKeyEvent", {"type": "keyDown", "key": "r", "code": "KeyR", "text": "r", "windowsVirtualKeyCode": 82})
    page.call("Input.dispatchKeyEvent", {"type": "keyUp", "key": "r", "code": "KeyR", "windowsVirtualKeyCode": 82})
    decisions[(0, 2)] = "rejected"
    # The document with emoji: accept its last span, then add a missed one from a selection.
    de = len(docs) - 1
    dx = docs[de]
    last = len(dx["spans"]) - 1
    click_span(de, last)
    page.click("#accept")
    decisions[(de, last)] = "accepted"
    check(not any(s["text"] == ADD_WORD for s in dx["spans"]), f"{ADD_WORD} is already a span; pick another word for the test")
    start = dx["text"].index(ADD_WORD)
    end = start + len(ADD_WORD)
    # Select the word with the mouse, as a reviewer does: press just right of it
    # (the text runs right to left), drag to just left of it. Whatever white
    # space the drag takes in, the page trims.
    # (Articles off screen are laid out only when near: scroll, let the page settle, then measure.)
    page.js(f"document.querySelector('#doc-{de} .doc-text').scrollIntoView({{ block: 'center' }})")
    page.js("new Promise(r => setTimeout(r, 300))", await_promise=True)
    rect = page.js(f"""(() => {{
        const el = document.querySelector('#doc-{de} .doc-text');
        function at(cp) {{   // the DOM position of a code point offset
          const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT); let n, left = cp;
          while ((n = w.nextNode())) {{ const cps = Array.from(n.data);
            if (left < cps.length) return [n, cps.slice(0, left).join('').length]; left -= cps.length; }}
          throw new Error('offset out of range'); }}
        const r = document.createRange(); r.setStart(...at({start})); r.setEnd(...at({end - 1})); r.setEnd(r.endContainer, r.endOffset + 1);
        const b = r.getBoundingClientRect(); return [b.left, b.right, (b.top + b.bottom) / 2]; }})()""")
    left, right, y = rect
    mouse = {"button": "left", "clickCount": 1}
    page.call("Input.dispatchMouseEvent", {"type": "mousePressed", "x": right + 2, "y": y, **mouse})
    for k in range(1, 6):
        page.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": right + 2 - k * (right - left + 4) / 5, "y": y, "button": "left", "buttons": 1})
    page.call("Input.dispatchMouseEvent", {"type": "mouseReleased", "x": left - 2, "y": y, **mouse})
    page.js("new Promise(r => setTimeout(r, 100))", await_promise=True)
    shown = page.js("document.querySelector('#panel').textContent")
    check(f"{start}–{end}" in shown, f"the panel does not offer {start}–{end} for the selection: {shown[:300]!r}")
    page.js("document.getElementById('add-label').value = 'ORG'")
    page.click("#add")
    added[de] = [{"start": start, "end": end, "label": "ORG"}]
    n_after = page.js("document.querySelectorAll('[data-span]').length")
    check(n_after == total + 1, f"{n_after} spans highlighted after adding one to {total}")
    added_text = page.js(f"document.querySelector('[data-span=\"{de}:a1\"]').textContent")
    check(added_text == ADD_WORD, f"the added span shows {added_text!r}")

    # The decisions survive a reload (localStorage, keyed by report).
    page.load(None, reload=True)
    want = {f"{d}:{i}": ([v[0], v[1]] if isinstance(v, tuple) else [v, docs[d]["spans"][i]["label"]]) for (d, i), v in decisions.items()}
    want[f"{de}:a1"] = ["added", "ORG"]
    # The page restores the decisions after it has rendered; on a loaded
    # machine that can land after the load event, so poll (bounded).
    deadline = time.time() + 15
    while True:
        states = page.js("""Object.fromEntries(Array.from(document.querySelectorAll('[data-span][data-review]')).map(m => [m.dataset.span, [m.dataset.review, m.dataset.label]]))""")
        if states == want or time.time() > deadline:
            break
        page.js("new Promise(r => setTimeout(r, 200))", await_promise=True)
    check(states == want, f"after reload the page shows {states}, expected {want}")
    progress = page.js("document.getElementById('progress').textContent")
    check(progress == f"Reviewed {len(decisions)} of {total} spans, 1 added", f"progress line: {progress!r}")
    click_span(0, ri)
    page.js(f"document.querySelector('#doc-0').scrollIntoView()")
    page.js("new Promise(r => setTimeout(r, 100))", await_promise=True)
    page.screenshot(os.path.join(work, "review.png"))

    # Download the gold JSONL and compare it with what the decisions mean.
    since = len(dt.events)
    page.click("#export")
    done = None
    deadline = time.time() + 30
    while time.time() < deadline and not done:
        dt.drain(0.2)
        done = next((e for e in dt.events[since:] if e["method"] == "Browser.downloadProgress" and e["params"]["state"] in ("completed", "canceled")), None)
    check(done and done["params"]["state"] == "completed", "the download did not complete")
    files = [f for f in glob.glob(os.path.join(downloads, "*")) if not f.endswith(".crdownload")]
    check(len(files) == 1, f"downloads: {files}")
    gold_path = os.path.join(work, "report.gold.jsonl")
    shutil.copy(files[0], gold_path)
    check(os.path.basename(files[0]) == "report.gold.jsonl", f"download name {os.path.basename(files[0])}")
    with open(gold_path, encoding="utf-8") as f:
        raw = f.read()
    got = [json.loads(line) for line in raw.split("\n") if line]
    want_gold = expected_gold(docs, decisions, added, labels)
    check(len(got) == len(want_gold), f"{len(got)} documents in the gold, expected {len(want_gold)}")
    for g, w in zip(got, want_gold):
        check(g == w, f"gold for {w['id']} differs:\n got  {json.dumps(g, ensure_ascii=False)[:1500]}\n want {json.dumps(w, ensure_ascii=False)[:1500]}")
        check(list(g.keys())[:3] == ["id", "text", "spans"], f"gold keys {list(g.keys())}")
        for s in g["spans"] + g.get("rejected", []):
            check(list(s.keys())[:4] == ["start", "end", "label", "text"], f"span keys {list(s.keys())}")
            check(g["text"][s["start"]:s["end"]] == s["text"], f"{g['id']}: {s} does not slice the text (code points)")
    bad = problems(dt)
    check(not bad, "the page logged problems:\n  " + "\n  ".join(bad))
    print(f"ok: {total} spans in {len(docs)} documents highlighted once each; no console errors, no requests out; "
          f"review of {len(decisions)} spans + 1 added survived a reload; downloaded gold matches ({gold_path})")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rasid", default=os.path.join(ROOT, ".build", "debug", "rasid"))
    ap.add_argument("--out", help="keep the reports, screenshots and gold here (default: a temporary folder)")
    ap.add_argument("--chromium")
    args = ap.parse_args()
    work = os.path.abspath(args.out) if args.out else tempfile.mkdtemp(prefix="rasid-html-")
    os.makedirs(work, exist_ok=True)
    for stale in ["downloads", "profile"]:
        shutil.rmtree(os.path.join(work, stale), ignore_errors=True)
    try:
        status = run(args, work)
    except Failure as e:
        print(f"FAIL: {e}\n(files in {work})")
        return 1
    if args.out:
        print(f"screenshots: {os.path.join(work, 'report.png')} {os.path.join(work, 'review.png')}")
    elif status == 0:
        shutil.rmtree(work, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
