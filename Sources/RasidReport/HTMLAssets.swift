/// The style sheet and script of the HTML report, as literals so that the
/// binary and every page it writes are self-contained (no resources, no
/// network). The script renders the texts from the JSON the page embeds and
/// runs the review: see `HTMLReportWriter` and the README's "Reviewing".
enum HTMLAssets {
    static let style = #"""
    :root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--paper:#fff;--wash:#f6f8fa;--panel:340px;
      --arabic:"Noto Naskh Arabic","Noto Sans Arabic","Amiri","Scheherazade New","Geeza Pro","Segoe UI",Tahoma,"DejaVu Sans",sans-serif;
      --latin:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
    *{box-sizing:border-box}
    html,body{margin:0;background:var(--wash);color:var(--ink);font:15px/1.5 var(--latin)}
    body{display:grid;grid-template-columns:var(--panel) minmax(0,1fr);min-height:100vh}
    #panel{grid-column:1;grid-row:1;position:sticky;top:0;height:100vh;overflow:auto;background:var(--paper);border-right:1px solid var(--line);padding:14px 16px}
    #page{grid-column:2;grid-row:1;min-width:0}
    #bar{position:sticky;top:0;z-index:5;background:var(--paper);border-bottom:1px solid var(--line);padding:10px 20px;display:flex;flex-wrap:wrap;gap:8px 18px;align-items:center}
    #bar h1{font-size:18px;margin:0 8px 0 0}
    #legend{display:flex;flex-wrap:wrap;gap:6px}
    #review-bar{display:flex;gap:8px;align-items:center;margin-left:auto}
    #progress{color:var(--muted);font-size:13px}
    #status{font-size:13px;color:#9a3412}
    button,select,input{font:inherit;font-size:13px}
    button{border:1px solid var(--line);background:var(--wash);border-radius:6px;padding:4px 10px;cursor:pointer;color:var(--ink)}
    button:hover{background:#eaeef2}
    button.primary{background:#1f6feb;border-color:#1f6feb;color:#fff}
    button.danger{color:#b42318}
    main{display:flex;flex-direction:column;gap:18px;padding:18px 20px 60px}
    #docs{display:flex;flex-direction:column;gap:18px}
    #index{order:-1}
    #index[hidden]{display:none}
    article.doc{scroll-margin-top:90px}
    section#index,article.doc{overflow-x:auto;background:var(--paper);border:1px solid var(--line);border-radius:10px;padding:14px 18px}
    h2{font-size:16px;margin:0 0 4px}
    .meta{color:var(--muted);font-size:13px;margin:0 0 6px;display:flex;flex-wrap:wrap;gap:4px 6px;align-items:center}
    .problem{background:#fff4e5;border:1px solid #f0b46c;border-radius:6px;padding:4px 8px;font-size:13px}
    .chip{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;line-height:20px;color:#fff;background:var(--c,#666);white-space:nowrap}
    .legend-item{display:inline-flex;align-items:center;gap:6px;border-radius:14px;padding:2px 10px 2px 4px;background:var(--paper);border:1px solid var(--line)}
    .legend-item .swatch{width:14px;height:14px;border-radius:7px;background:var(--c);display:inline-block}
    .legend-item .n{color:var(--muted);font-size:12px}
    .legend-item[aria-pressed="false"]{opacity:.45;text-decoration:line-through}
    .doc-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:0 14px}
    .doc-head h2{flex:0 0 auto}
    .doc-actions{margin-left:auto}
    .doc-progress{color:var(--muted);font-size:12px}
    .doc-text{font-family:var(--arabic);font-size:19px;line-height:2.5;white-space:pre-wrap;text-align:start;unicode-bidi:isolate;padding:6px 2px;border-top:1px solid var(--line)}
    mark.span{color:inherit;background:var(--bg);border-bottom:2px solid var(--c);border-radius:3px;padding:2px 0 calc(1px + var(--h,0) * 5px);cursor:pointer}
    mark.span:hover{background:rgba(0,0,0,.09)}
    mark.span.off{background:none;border-bottom-color:transparent;cursor:text}
    mark.span.selected{outline:2px solid #111;outline-offset:1px}
    mark[data-review="accepted"]{border-bottom-width:3px}
    mark[data-span][data-review="accepted"]::after{content:"✓";font:bold 11px var(--latin);color:var(--c);vertical-align:super;margin:0 1px}
    mark[data-review="rejected"]{background:repeating-linear-gradient(135deg,#eee 0 4px,#fafafa 4px 8px);border-bottom:2px dashed #888;text-decoration:line-through;text-decoration-color:#b42318;color:#666}
    mark[data-span][data-review="rejected"]::after{content:"✗";font:bold 11px var(--latin);color:#b42318;vertical-align:super;margin:0 1px}
    mark[data-review="relabelled"]{border-bottom-style:double;border-bottom-width:4px}
    mark[data-span][data-review="relabelled"]::after{content:"✎";font:bold 11px var(--latin);color:var(--c);vertical-align:super;margin:0 1px}
    mark[data-review="added"]{outline:1px dashed var(--c);outline-offset:1px}
    mark[data-span][data-review="added"]::after{content:"+";font:bold 12px var(--latin);color:var(--c);vertical-align:super;margin:0 1px}
    details.entities{content-visibility:auto;margin-top:8px;border-top:1px solid var(--line);padding-top:6px}
    details.entities summary{cursor:pointer;color:var(--muted);font-size:13px}
    table{border-collapse:collapse;font-size:14px;margin:6px 0}
    th,td{border-bottom:1px solid var(--line);padding:3px 8px;text-align:start;vertical-align:top}
    th{font-size:12px;color:var(--muted);font-weight:600}
    td bdi,.ref{font-family:var(--arabic)}
    td.num{text-align:end;font-variant-numeric:tabular-nums}
    tr.total td{font-weight:600}
    .ref{color:#0b57d0;text-decoration:none;border-bottom:1px dotted #0b57d0;margin:0 2px}
    .ref small{color:var(--muted);margin-inline-start:3px;font-family:var(--latin);direction:ltr;unicode-bidi:isolate}
    .role{font-size:12px;color:var(--muted)}
    .index-grid{display:flex;flex-wrap:wrap;gap:10px 40px;align-items:flex-start}
    caption{text-align:start;font-size:12px;color:var(--muted);font-weight:600;padding:0 8px}
    .doc-list{width:100%}
    #panel h3{font-size:14px;margin:14px 0 6px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
    #panel h3:first-child{margin-top:0}
    #panel .big{font-family:var(--arabic);font-size:22px;line-height:1.8;margin:4px 0 8px;word-break:break-word}
    #panel dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:0 0 10px;font-size:13px}
    #panel dt{color:var(--muted)}
    #panel dd{margin:0;word-break:break-word}
    #panel .row{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin:6px 0}
    #panel .row label{font-size:12px;color:var(--muted);display:flex;gap:4px;align-items:center}
    #panel input{width:8em}
    #panel .hint{color:var(--muted);font-size:13px}
    #panel .msg{color:#b42318;font-size:13px;min-height:1em}
    #panel kbd{border:1px solid var(--line);border-bottom-width:2px;border-radius:4px;padding:0 4px;font-size:11px;background:var(--wash)}
    #panel button.primary kbd{background:transparent;color:inherit;border-color:rgba(255,255,255,.7)}
    #panel button.near{font-family:var(--arabic);font-size:14px;margin:0 4px 4px 0;padding:1px 6px}
    .review-state{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;background:var(--wash);border:1px solid var(--line)}
    @media (max-width:900px){body{display:block}#panel{position:fixed;top:auto;bottom:0;left:0;right:0;height:auto;max-height:42vh;z-index:10;border-right:0;border-top:2px solid var(--line)}main{padding-bottom:45vh}}
    @media print{#panel,#review-bar,.doc-actions{display:none}body{display:block}}
    """#

    static let script = #"""
    (() => {
    'use strict';
    const $ = (s, root = document) => root.querySelector(s);
    const $$ = (s, root = document) => Array.from(root.querySelectorAll(s));
    function h(tag, attrs, ...kids) {
      const el = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs || {})) {
        if (v == null || v === false) continue;
        if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
        else if (k === 'dataset') Object.assign(el.dataset, v);
        else el.setAttribute(k, v === true ? '' : v);
      }
      for (const k of kids.flat()) if (k != null && k !== false) el.append(k.nodeType ? k : String(k));
      return el;
    }

    const summary = JSON.parse($('#rasid-summary').textContent);
    const LABELS = summary.labels;
    const rank = l => { const i = LABELS.indexOf(l); return i < 0 ? LABELS.length : i; };
    const byPosition = (a, b) => a.start - b.start || b.end - a.end || rank(a.label) - rank(b.label) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

    // Offsets are Unicode scalars (code points), as in the report: a text is
    // handled as Array.from(text), never by UTF-16 index.
    const docs = $$('article.doc').map(article => {
      const data = JSON.parse($('script.rasid-doc', article).textContent);
      const entityOf = new Map();
      for (const e of data.entities || []) for (const m of e.mentions) entityOf.set(m, e);
      return { d: Number(article.dataset.doc), data, cps: Array.from(data.text), article, textEl: $('.doc-text', article), entityOf };
    });
    const docAt = new Map(docs.map(doc => [doc.d, doc]));
    const slice = (doc, a, b) => doc.cps.slice(a, b).join('');

    // Decisions, in localStorage under the report's key:
    // docs[d] = {spans: {i: {review, label?, norm?}}, added: [{n, start, end, label, norm?}], next}
    const STORE = 'rasid-review:' + summary.key;
    let store = { version: 1, docs: {} };
    try {
      const saved = JSON.parse(localStorage.getItem(STORE) || 'null');
      if (saved && saved.version === 1 && saved.docs) store = saved;
    } catch (e) { status('Saved decisions could not be read; starting afresh.'); }
    function persist() {
      try { localStorage.setItem(STORE, JSON.stringify(store)); }
      catch (e) { status('This browser does not keep decisions for this file: download the gold JSONL before closing.'); }
    }
    const stateOf = d => store.docs[d] || (store.docs[d] = { spans: {}, added: [], next: 1 });
    function status(text) { const s = $('#status'); if (s) s.textContent = text; }

    // The spans as reviewed: the report's spans with their decisions, then the added ones.
    function views(doc) {
      const st = store.docs[doc.d] || { spans: {}, added: [] };
      const out = doc.data.spans.map((s, i) => {
        const dec = st.spans[i];
        const label = dec && dec.label ? dec.label : s.label;
        const norm = dec && 'norm' in dec ? dec.norm : (label === s.label ? (s.norm ?? null) : null);
        return { key: String(i), i, start: s.start, end: s.end, label, norm, text: s.text, review: dec ? dec.review : null, orig: s };
      });
      for (const a of st.added) {
        out.push({ key: 'a' + a.n, added: a, start: a.start, end: a.end, label: a.label, norm: a.norm ?? null, text: slice(doc, a.start, a.end), review: 'added', orig: null });
      }
      return out;
    }
    const findView = (doc, key) => views(doc).find(v => v.key === key);

    const hidden = new Set();
    let selected = null;   // {d, key}
    let pending = null;    // {d, start, end}: a text selection that can become a span

    function tooltip(v) {
      const parts = [v.label];
      if (v.norm) parts.push('norm ' + v.norm);
      if (v.orig) {
        if (v.orig.rule) parts.push('rule ' + v.orig.rule);
        if (v.orig.extractor) parts.push('extractor ' + v.orig.extractor);
        if (v.label !== v.orig.label) parts.push('was ' + v.orig.label);
      }
      if (v.review) parts.push(v.review);
      return parts.join(' · ');
    }

    function mark(doc, v, continued) {
      const m = h('mark', { class: 'span', title: tooltip(v) });
      m.setAttribute(continued ? 'data-cont' : 'data-span', doc.d + ':' + v.key);
      m.dataset.label = v.label;
      if (v.review) m.dataset.review = v.review;
      if (hidden.has(v.label)) m.classList.add('off');
      if (selected && selected.d === doc.d && selected.key === v.key) m.classList.add('selected');
      return m;
    }

    // One <mark data-span> per span, nested as the spans nest. A span that
    // crosses another's end goes on in <mark data-cont> pieces.
    function renderText(doc) {
      const el = doc.textEl, n = doc.cps.length;
      el.textContent = '';
      const order = views(doc).filter(v => v.start >= 0 && v.start < v.end && v.end <= n).sort(byPosition);
      const points = [...new Set([0, n, ...order.flatMap(v => [v.start, v.end])])].sort((a, b) => a - b);
      const stack = [];
      const top = () => stack.length ? stack[stack.length - 1].el : el;
      let pos = 0, next = 0;
      for (const p of points) {
        if (p > pos) { top().append(slice(doc, pos, p)); pos = p; }
        for (let k; (k = stack.findIndex(e => e.v.end <= p)) >= 0;) {
          const reopen = stack.splice(k).slice(1).filter(e => e.v.end > p);
          for (const e of reopen) { const m = mark(doc, e.v, true); top().append(m); stack.push({ v: e.v, el: m }); }
        }
        while (next < order.length && order[next].start === p) {
          const v = order[next++];
          const m = mark(doc, v, false); top().append(m); stack.push({ v, el: m });
        }
      }
      (function depth(node) {
        let d = 0;
        for (const c of node.children) d = Math.max(d, depth(c) + 1);
        if (node !== el) node.style.setProperty('--h', d);
        return d;
      })(el);
    }

    function progress() {
      let reviewed = 0, total = 0, added = 0;
      for (const doc of docs) {
        const st = store.docs[doc.d] || { spans: {}, added: [] };
        const r = Object.keys(st.spans).length, t = doc.data.spans.length;
        reviewed += r; total += t; added += st.added.length;
        for (const cell of $$('.doc-progress[data-doc="' + doc.d + '"]'))
          cell.textContent = cell.tagName === 'TD' ? r + '/' + t + (st.added.length ? ' +' + st.added.length : '')
            : (r || st.added.length ? '· reviewed ' + r + '/' + t + (st.added.length ? ', ' + st.added.length + ' added' : '') : '');
      }
      $('#progress').textContent = 'Reviewed ' + reviewed + ' of ' + total + ' spans' + (added ? ', ' + added + ' added' : '');
    }

    function refresh(doc) {
      renderText(doc);
      progress();
      renderPanel();
    }

    // ---- the side panel ----
    function labelSelect(id, value) {
      return h('select', { id }, LABELS.map(l => h('option', { value: l, selected: l === value }, l)));
    }
    function overlapping(doc, start, end, label, exceptKey) {
      return views(doc).find(v => v.key !== exceptKey && v.review !== 'rejected' && v.label === label && v.start < end && start < v.end);
    }
    function message(text) { const m = $('#panel .msg'); if (m) m.textContent = text; }

    function renderPanel() {
      const body = $('#panel-body');
      body.textContent = '';
      const doc = selected && docAt.get(selected.d);
      const v = doc && findView(doc, selected.key);
      if (v) {
        const e = v.orig && doc.entityOf.get(v.i);
        const facts = [['offsets', v.start + '–' + v.end + ' (code points)'], ['norm', v.norm]];
        if (v.orig) {
          facts.push(['rule', v.orig.rule], ['extractor', v.orig.extractor]);
          if (v.orig.sources) facts.push(['also from', v.orig.sources.slice(1).map(s => s.rule || s.extractor).join(', ')]);
          for (const [k, val] of Object.entries(v.orig)) if (!['start', 'end', 'label', 'text', 'norm', 'rule', 'extractor', 'sources'].includes(k)) facts.push([k, String(val)]);
          if (v.label !== v.orig.label) facts.push(['report said', v.orig.label]);
        }
        if (e) facts.push(['entity', e.id + ' ' + e.name]);
        facts.push(['document', doc.data.id]);
        // Nested and overlapping spans, to reach one hidden under another.
        const near = views(doc).filter(x => x.key !== v.key && x.start < v.end && v.start < x.end).sort(byPosition);
        if (near.length) facts.push(['overlaps', h('span', null, near.map(x => h('button', { type: 'button', class: 'near', dir: 'rtl',
          onclick: () => select(doc.d, x.key, true) }, h('span', { class: 'chip', dataset: { label: x.label } }, x.label), ' ', x.text)))]);
        body.append(
          h('h3', null, v.added ? 'Added span' : 'Span'),
          h('div', { class: 'big', dir: 'rtl', lang: 'ar' }, h('span', { class: 'chip', dataset: { label: v.label } }, v.label), ' ', v.text),
          h('dl', null, facts.filter(f => f[1] != null && f[1] !== '').flatMap(([k, val]) => [h('dt', null, k), h('dd', { dir: 'auto' }, val)])),
          h('div', { class: 'row' }, 'Review: ', h('span', { class: 'review-state', id: 'review-state' }, v.review || 'not reviewed')),
          v.added
            ? h('div', { class: 'row' }, h('button', { type: 'button', id: 'remove', class: 'danger', onclick: () => undo(doc, v) }, 'Remove'))
            : h('div', { class: 'row' },
                h('button', { type: 'button', id: 'accept', class: 'primary', onclick: () => decide(doc, v, { review: 'accepted' }) }, 'Accept ', h('kbd', null, 'A')),
                h('button', { type: 'button', id: 'reject', class: 'danger', onclick: () => decide(doc, v, { review: 'rejected' }) }, 'Reject ', h('kbd', null, 'R')),
                h('button', { type: 'button', id: 'undo', onclick: () => undo(doc, v), disabled: !v.review }, 'Undo ', h('kbd', null, 'U'))),
          h('div', { class: 'row' },
            h('label', null, 'label ', labelSelect('relabel-label', v.label)),
            h('label', null, 'norm ', h('input', { id: 'span-norm', value: v.norm ?? '', dir: 'ltr', spellcheck: 'false' })),
            h('button', { type: 'button', id: 'apply', onclick: () => apply(doc, v) }, v.added ? 'Change' : 'Correct')),
          h('p', { class: 'msg' }));
      }
      const p = pending && docAt.get(pending.d);
      if (p) {
        body.append(
          h('h3', null, 'New span from the selection'),
          h('div', { class: 'big', dir: 'rtl', lang: 'ar' }, slice(p, pending.start, pending.end)),
          h('dl', null, h('dt', null, 'offsets'), h('dd', null, pending.start + '–' + pending.end), h('dt', null, 'document'), h('dd', null, p.data.id)),
          h('div', { class: 'row' },
            h('label', null, 'label ', labelSelect('add-label', LABELS[0])),
            h('label', null, 'norm ', h('input', { id: 'add-norm', dir: 'ltr', spellcheck: 'false' })),
            h('button', { type: 'button', id: 'add', class: 'primary', onmousedown: ev => ev.preventDefault(), onclick: add }, 'Add span')),
          h('p', { class: 'msg' }));
      }
      if (!v && !p) {
        body.append(h('h3', null, 'Review'),
          h('p', { class: 'hint' }, 'Click a highlighted span to see its label, norm, rule and extractor, and to accept, reject or correct it. Select text in an article to add a span the report missed.'),
          h('p', { class: 'hint' }, 'Keys: ', h('kbd', null, 'A'), ' accept · ', h('kbd', null, 'R'), ' reject · ', h('kbd', null, 'U'), ' undo · ', h('kbd', null, 'N'), ' next unreviewed · ', h('kbd', null, 'Esc'), ' close'),
          h('p', { class: 'hint' }, 'Decisions stay in this browser (key ' + summary.key + '). “Download gold JSONL” writes the corrected spans in the gold format.'));
      }
    }

    function select(d, key, scroll) {
      selected = key == null ? null : { d, key };
      for (const m of $$('mark.selected')) m.classList.remove('selected');
      if (selected) {
        const els = $$('[data-span="' + d + ':' + key + '"],[data-cont="' + d + ':' + key + '"]');
        for (const m of els) m.classList.add('selected');
        if (scroll && els[0]) els[0].scrollIntoView({ block: 'center', behavior: 'instant' });
      }
      renderPanel();
    }

    function decide(doc, v, decision) {
      stateOf(doc.d).spans[v.i] = decision;
      persist();
      const after = views(doc).sort(byPosition);
      const at = after.findIndex(x => x.key === v.key);
      const nextOne = after.slice(at + 1).find(x => !x.review);
      selected = nextOne ? { d: doc.d, key: nextOne.key } : { d: doc.d, key: v.key };
      refresh(doc);
    }

    function undo(doc, v) {
      const st = stateOf(doc.d);
      if (v.added) { st.added = st.added.filter(a => a.n !== v.added.n); selected = null; }
      else delete st.spans[v.i];
      persist();
      refresh(doc);
    }

    function apply(doc, v) {
      const label = $('#relabel-label').value;
      const normText = $('#span-norm').value.trim();
      if (overlapping(doc, v.start, v.end, label, v.key)) return message('That overlaps another ' + label + ' span; reject that one first.');
      if (v.added) {
        v.added.label = label;
        if (normText) v.added.norm = normText; else delete v.added.norm;
      } else {
        const dec = { review: label === v.orig.label ? 'accepted' : 'relabelled' };
        if (label !== v.orig.label) dec.label = label;
        const base = label === v.orig.label ? (v.orig.norm ?? '') : '';
        if (normText !== base) dec.norm = normText || null;
        stateOf(doc.d).spans[v.i] = dec;
      }
      persist();
      refresh(doc);
    }

    function add() {
      const doc = pending && docAt.get(pending.d);
      if (!doc) return;
      const label = $('#add-label').value;
      const normText = $('#add-norm').value.trim();
      const { start, end } = pending;
      const clash = overlapping(doc, start, end, label, null);
      if (clash) return message('That overlaps ' + label + ' “' + clash.text + '”; reject or change that one first.');
      const st = stateOf(doc.d);
      const a = { n: st.next++, start, end, label };
      if (normText) a.norm = normText;
      st.added.push(a);
      persist();
      pending = null;
      window.getSelection().removeAllRanges();
      selected = { d: doc.d, key: 'a' + a.n };
      refresh(doc);
    }

    // A selection inside one article's text, in code points, trimmed of white space.
    function selectionSpan() {
      const sel = window.getSelection();
      if (!sel.rangeCount) return null;
      const r = sel.getRangeAt(0);
      const box = n => (n.nodeType === 1 ? n : n.parentElement)?.closest('.doc-text');
      const textEl = box(r.startContainer);
      if (!textEl || textEl !== box(r.endContainer)) return undefined;
      const doc = docs.find(x => x.textEl === textEl);
      if (r.collapsed) return null;
      const offset = (node, off) => { const q = document.createRange(); q.setStart(textEl, 0); q.setEnd(node, off); return Array.from(q.toString()).length; };
      let start = offset(r.startContainer, r.startOffset), end = offset(r.endContainer, r.endOffset);
      while (start < end && /\s/u.test(doc.cps[start])) start++;
      while (end > start && /\s/u.test(doc.cps[end - 1])) end--;
      return start < end ? { d: doc.d, start, end } : null;
    }
    document.addEventListener('selectionchange', () => {
      const s = selectionSpan();
      if (s === undefined) return;   // the selection left the texts (a click in the panel): keep what we had
      const before = JSON.stringify(pending);
      pending = s;
      if (JSON.stringify(pending) !== before) renderPanel();
    });

    // ---- clicks, keys, legend, export ----
    for (const doc of docs) {
      doc.textEl.addEventListener('click', ev => {
        const m = ev.target.closest('mark');
        if (!m || m.classList.contains('off') || !window.getSelection().isCollapsed) return;
        const id = m.dataset.span || m.dataset.cont;
        select(doc.d, id.slice(id.indexOf(':') + 1), false);
      });
    }
    for (const a of $$('a.ref')) {
      a.addEventListener('click', ev => {
        ev.preventDefault();
        const refs = a.dataset.refs.split(' ');
        const at = Number(a.dataset.at || 0);
        a.dataset.at = (at + 1) % refs.length;
        select(Number(a.dataset.doc), refs[at], true);
      });
    }
    for (const b of $$('button.accept-rest')) {
      b.addEventListener('click', () => {
        const doc = docAt.get(Number(b.dataset.doc));
        const st = stateOf(doc.d);
        doc.data.spans.forEach((s, i) => { if (!st.spans[i]) st.spans[i] = { review: 'accepted' }; });
        persist();
        refresh(doc);
      });
    }
    document.addEventListener('keydown', ev => {
      if (ev.ctrlKey || ev.metaKey || ev.altKey || /^(INPUT|SELECT|TEXTAREA)$/.test(ev.target.tagName)) return;
      const doc = selected && docAt.get(selected.d);
      const v = doc && findView(doc, selected.key);
      const key = ev.key.toLowerCase();
      if (key === 'escape') { pending = null; select(null, null); }
      else if (key === 'n') nextUnreviewed();
      else if (!v) return;
      else if (key === 'a' && !v.added) decide(doc, v, { review: 'accepted' });
      else if (key === 'r' && !v.added) decide(doc, v, { review: 'rejected' });
      else if (key === 'u') undo(doc, v);
      else return;
      ev.preventDefault();
    });
    function nextUnreviewed() {
      const from = selected ? docs.findIndex(x => x.d === selected.d) : 0;
      for (let k = 0; k < docs.length; k++) {
        const doc = docs[(from + k) % docs.length];
        const list = views(doc).sort(byPosition);
        let after = list;
        if (k === 0 && selected) { const at = list.findIndex(x => x.key === selected.key); after = list.slice(at + 1); }
        const v = after.find(x => !x.review);
        if (v) return select(doc.d, v.key, true);
      }
      status('Every span has a decision.');
    }

    const legend = $('#legend');
    for (const l of Object.keys(summary.counts)) {
      legend.append(h('button', { type: 'button', class: 'legend-item', 'aria-pressed': 'true', title: 'Show or hide ' + l, dataset: { label: l },
        onclick: ev => {
          const b = ev.currentTarget;
          const off = !hidden.has(l);
          if (off) hidden.add(l); else hidden.delete(l);
          b.setAttribute('aria-pressed', String(!off));
          for (const m of $$('mark[data-label="' + CSS.escape(l) + '"]')) m.classList.toggle('off', off);
        } }, h('span', { class: 'swatch' }), l, h('span', { class: 'n' }, summary.counts[l])));
    }

    // The reviewed report in the gold format of the guidelines, one document
    // per line: spans a reviewer kept (each with its "review"), rejected ones
    // apart in "rejected" so that scoring never sees them.
    function goldJSONL() {
      return docs.map(doc => {
        const spans = [], rejected = [];
        for (const v of views(doc)) {
          const o = { start: v.start, end: v.end, label: v.label, text: v.text };
          if (v.review === 'rejected') {
            if (v.orig.norm != null) o.norm = v.orig.norm;
            o.label = v.orig.label;
            o.review = 'rejected';
            rejected.push(o);
            continue;
          }
          if (v.norm != null && v.norm !== '') o.norm = v.norm;
          o.review = v.review || 'unreviewed';
          if (v.orig && v.label !== v.orig.label) o.original_label = v.orig.label;
          if (v.orig && v.orig.norm != null && v.orig.norm !== (o.norm ?? null)) o.original_norm = v.orig.norm;
          spans.push(o);
        }
        spans.sort(byPosition);
        rejected.sort(byPosition);
        const rec = { id: doc.data.id, text: doc.data.text, spans };
        if (rejected.length) rec.rejected = rejected;
        return JSON.stringify(rec) + '\n';
      }).join('');
    }
    $('#export').addEventListener('click', () => {
      const url = URL.createObjectURL(new Blob([goldJSONL()], { type: 'application/x-ndjson' }));
      const a = h('a', { href: url, download: summary.file, hidden: true });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      status('Downloaded ' + summary.file);
    });
    $('#clear').addEventListener('click', () => {
      if (!confirm('Forget every review decision for this report?')) return;
      store = { version: 1, docs: {} };
      persist();
      selected = pending = null;
      for (const doc of docs) renderText(doc);
      progress();
      renderPanel();
    });
    window.rasidReview = { goldJSONL, key: summary.key };

    for (const doc of docs) renderText(doc);
    progress();
    renderPanel();
    })();
    """#
}
